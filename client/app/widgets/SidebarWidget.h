#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QListWidget;

namespace caseport::client {
class Workspace;
}

namespace caseport::app {

// The left column of the main window: the account switcher (only when the user belongs to
// several accounts) and the case views. Followed, Drafts and Outbox join the views later.
// workspace is not owned and must outlive the sidebar.
class SidebarWidget : public QWidget {
    Q_OBJECT
public:
    enum class View { All, Open };

    explicit SidebarWidget(caseport::client::Workspace* workspace, QWidget* parent = nullptr);

    [[nodiscard]] View currentView() const;
    void setCurrentView(View view);

signals:
    void viewChanged(caseport::app::SidebarWidget::View view);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void refreshAccounts();

    caseport::client::Workspace* m_workspace;
    QLabel* m_accountLabel = nullptr;
    QComboBox* m_accountCombo = nullptr;
    QLabel* m_viewsLabel = nullptr;
    QListWidget* m_views = nullptr;
};

} // namespace caseport::app
