#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QListWidget;
class QListWidgetItem;

namespace caseport::client {
class Workspace;
}

namespace caseport::app {

// The left column of the main window: the account switcher (only when the user belongs to
// several accounts) and one list of views under section headings: the case views
// (All cases, Open, Followed, Drafts, Outbox — the last two with their counts), then the
// account's pages (Files; Products; Members for those who manage the account's members; Notices).
// Staff also get a Queue section on top (Unassigned, Mine, All open: every account's cases).
// workspace is not owned and must outlive the sidebar.
class SidebarWidget : public QWidget {
    Q_OBJECT
public:
    // The Queue views are staff's (every account's cases, unassigned / mine / all open).
    enum class View { All, Open, Followed, Drafts, Outbox, Products, Members, QueueUnassigned, QueueMine, QueueOpen, Notices, Files };

    explicit SidebarWidget(caseport::client::Workspace* workspace, QWidget* parent = nullptr);

    [[nodiscard]] View currentView() const;
    void setCurrentView(View view);

signals:
    void viewChanged(caseport::app::SidebarWidget::View view);
    // The user picked an account in the switcher (the owner switches and remembers it).
    void accountChosen(const QString& account);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void refreshAccounts();
    // Members shows only for those who manage the current account's members.
    void refreshPages();
    void refreshQueue(); // the Queue section shows for staff only
    void refreshCounts();
    void fitWidth(); // the list as wide as its longest entry
    QListWidgetItem* addSection();
    QListWidgetItem* addView(View view, const QIcon& icon, const char* objectName);
    [[nodiscard]] QListWidgetItem* itemFor(View view) const;

    caseport::client::Workspace* m_workspace;
    QLabel* m_accountLabel = nullptr;
    QComboBox* m_accountCombo = nullptr;
    QListWidget* m_views = nullptr;
    QListWidgetItem* m_queueSection = nullptr;
    QListWidgetItem* m_casesSection = nullptr;
    QListWidgetItem* m_accountSection = nullptr;
};

} // namespace caseport::app
