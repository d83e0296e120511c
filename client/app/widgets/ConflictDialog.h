#pragma once

#include "caseport/Case.h"

#include <QDialog>
#include <QHash>

#include <set>
#include <string>

class QRadioButton;

namespace caseport::client {
class Workspace;
}

namespace caseport::app {

class LanguageManager;

// An edit met a newer version of the case (409). Shows, field by field, the user's
// value beside the server's, with a choice per field; "Keep mine", "Take theirs" or
// "Use my choices" resolve it: the kept fields are sent again against the server's
// version (merge::rebase), or the edit is dropped when nothing of it is kept.
// workspace and languages are not owned and must outlive the dialog.
class ConflictDialog : public QDialog {
    Q_OBJECT
public:
    ConflictDialog(caseport::client::Workspace* workspace, LanguageManager* languages, qint64 seq,
                   caseport::CaseUpdate mine, caseport::Case current, QWidget* parent = nullptr);

    [[nodiscard]] qint64 seq() const { return m_seq; }
    // The fields whose "mine" choice is selected.
    [[nodiscard]] std::set<std::string> keptFields() const;

    void keepMine();
    void takeTheirs();
    void applyChoices();

private:
    [[nodiscard]] QString fieldName(const std::string& field) const;
    QRadioButton* choiceButton(const QString& value, const QString& objectName);
    // The button alone, or (for a long value) the button with the full text under it.
    QWidget* choiceCell(QRadioButton* button);
    [[nodiscard]] QString mineText(const std::string& field) const;
    [[nodiscard]] QString theirText(const std::string& field) const;
    [[nodiscard]] QString valueText(const caseport::Case& c, const std::string& field) const;
    void resolve(const std::set<std::string>& keep);

    caseport::client::Workspace* m_workspace;
    LanguageManager* m_languages;
    qint64 m_seq;
    caseport::CaseUpdate m_mine;
    caseport::Case m_current;
    QHash<QString, QRadioButton*> m_keepMine; // field → its "mine" button
};

} // namespace caseport::app
