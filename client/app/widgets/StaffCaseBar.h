#pragma once

#include "caseport/Case.h"

#include <QWidget>

#include <optional>

class QLabel;
class QMenu;
class QPushButton;
class QToolButton;

namespace caseport::client {
class Workspace;
}

namespace caseport::app {

class LanguageManager;

// The staff desk on the case view: who the case is assigned to, "Assign to me" (one
// click), "Assign to…" (a colleague from the catalog's staff list, or nobody) and
// "Status" (the moves the workflow allows; a closed state first asks for the answer in
// a CloseAnswerDialog, prefilled, and sends status and answer as one edit). Every change
// goes through the outbox (Workspace::updateCase) against the version shown, so it works
// offline and a concurrent edit becomes a conflict to resolve. Hidden for customers.
// workspace and languages are not owned and must outlive the bar.
class StaffCaseBar : public QWidget {
    Q_OBJECT
public:
    StaffCaseBar(caseport::client::Workspace* workspace, LanguageManager* languages, QWidget* parent = nullptr);

    // The case shown (std::nullopt: none); the bar shows itself only for staff.
    void setCase(const std::optional<caseport::Case>& shown);

signals:
    // An edit was queued in the outbox (for a status-bar word).
    void changeQueued();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void render();
    void fillAssignMenu();
    void fillStatusMenu();
    void assign(const QString& user);
    void changeStatus(const QString& status);
    void queue(const caseport::CaseUpdate& update);
    [[nodiscard]] QString staffName(const std::string& id) const;

    caseport::client::Workspace* m_workspace;
    LanguageManager* m_languages;
    std::optional<caseport::Case> m_case;
    QLabel* m_assignee = nullptr;
    QPushButton* m_assignToMe = nullptr;
    QToolButton* m_assignTo = nullptr;
    QMenu* m_assignMenu = nullptr;
    QToolButton* m_status = nullptr;
    QMenu* m_statusMenu = nullptr;
};

} // namespace caseport::app
