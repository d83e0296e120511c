#pragma once

#include <QString>
#include <QWidget>

class QLabel;
class QTreeView;

namespace caseport::client {
class Workspace;
}

namespace caseport::app {

class CaseFilterProxyModel;

// The case list in the middle of the main window: the workspace's CaseListModel through a
// sort/filter proxy in a sortable tree view (Number, Subject, Product, Status, Updated).
// Keeps the selected case selected across model refreshes. workspace is not owned.
class CaseListPane : public QWidget {
    Q_OBJECT
public:
    explicit CaseListPane(caseport::client::Workspace* workspace, QWidget* parent = nullptr);

    // Show only cases whose status is not a closed state.
    void setOpenOnly(bool openOnly);
    [[nodiscard]] QString selectedCaseId() const;
    void selectCase(const QString& caseId);
    [[nodiscard]] QTreeView* view() const;

signals:
    // Empty when nothing is selected.
    void selectedCaseChanged(const QString& caseId);

protected:
    void changeEvent(QEvent* event) override;

private:
    void updateClosedStatuses();
    void updateEmptyHint();
    void onCurrentChanged();

    caseport::client::Workspace* m_workspace;
    CaseFilterProxyModel* m_proxy = nullptr;
    QTreeView* m_view = nullptr;
    QLabel* m_emptyHint = nullptr;
    QString m_selectedId;
};

} // namespace caseport::app
