#pragma once

#include "caseport/client/QueueFilter.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QToolButton;

namespace caseport::client {
class Workspace;
}

namespace caseport::app {

class LanguageManager;

// The staff queue's filter bar above the case list: status (any, open, or one state),
// product, account, assignee (anyone / unassigned / mine) and age (older than 1, 3 or 7
// days), plus Reset. Choices come from the workspace's catalog in the UI language; the
// filtering itself is CaseFilterProxyModel's (queue::accepts), so it works offline.
// workspace and languages are not owned and must outlive the bar.
class QueueFilterBar : public QWidget {
    Q_OBJECT
public:
    QueueFilterBar(caseport::client::Workspace* workspace, LanguageManager* languages,
                   QWidget* parent = nullptr);

    [[nodiscard]] caseport::client::QueueFilter filter() const;
    // Shows `filter` in the combo boxes (a queue view's preset); emits filterChanged.
    void setFilter(const caseport::client::QueueFilter& filter);

signals:
    void filterChanged(const caseport::client::QueueFilter& filter);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    // Refills the catalog-driven combo boxes, keeping what is chosen.
    void fillChoices();

    caseport::client::Workspace* m_workspace;
    LanguageManager* m_languages;
    QLabel* m_statusLabel = nullptr;
    QComboBox* m_status = nullptr;
    QLabel* m_productLabel = nullptr;
    QComboBox* m_product = nullptr;
    QLabel* m_accountLabel = nullptr;
    QComboBox* m_account = nullptr;
    QLabel* m_assigneeLabel = nullptr;
    QComboBox* m_assignee = nullptr;
    QLabel* m_ageLabel = nullptr;
    QComboBox* m_age = nullptr;
    QToolButton* m_reset = nullptr;
};

} // namespace caseport::app
