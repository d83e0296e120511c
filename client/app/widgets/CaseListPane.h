#pragma once

#include "caseport/client/QueueFilter.h"

#include <QString>
#include <QWidget>

class QLabel;
class QTreeView;

namespace caseport::client {
class CaseFilterProxyModel;
class Workspace;
}

namespace caseport::app {

class QueueFilterBar;

// The case list in the middle of the main window: the workspace's CaseListModel through a
// sort/filter proxy in a sortable tree view (Number, Subject, Product, Status, Updated).
// Keeps the selected case selected across model refreshes. workspace is not owned.
class CaseListPane : public QWidget {
    Q_OBJECT
public:
    explicit CaseListPane(caseport::client::Workspace* workspace, QWidget* parent = nullptr);

    // Which cases the list shows: every case of the account, those whose status is not
    // a closed state, or those the logged-in user follows.
    enum class Filter { All, Open, Followed };
    // Leaves the staff queue (if it was shown).
    void setFilter(Filter filter);
    [[nodiscard]] Filter filter() const;
    // Staff: the filter bar the queue uses, shown above the list while in the queue; the
    // pane takes ownership.
    void setQueueFilterBar(QueueFilterBar* bar);
    // Staff queue: every account's cases (Workspace::setListEveryAccount), the Account and
    // Assignee columns, filtered by the bar, which starts from `preset`.
    void showQueue(const caseport::client::QueueFilter& preset);
    [[nodiscard]] bool isQueueShown() const;
    [[nodiscard]] QString selectedCaseId() const;
    void selectCase(const QString& caseId);
    [[nodiscard]] QTreeView* view() const;

signals:
    // Empty when nothing is selected.
    void selectedCaseChanged(const QString& caseId);
    // Files were dropped on the row of this case.
    void filesDropped(const QString& caseId, const QStringList& files);

protected:
    void changeEvent(QEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void updateClosedStatuses();
    void updateStaffColumns();
    void updateEmptyHint();
    void onCurrentChanged();

    caseport::client::Workspace* m_workspace;
    caseport::client::CaseFilterProxyModel* m_proxy = nullptr;
    Filter m_filter = Filter::All;
    QueueFilterBar* m_queueBar = nullptr;
    bool m_queue = false;
    QTreeView* m_view = nullptr;
    QLabel* m_emptyHint = nullptr;
    QString m_selectedId;
};

} // namespace caseport::app
