#pragma once

#include <QMainWindow>

class QAction;
class QMenu;
class QSplitter;
class QStackedWidget;
class QToolBar;

namespace caseport::client {
class Workspace;
}

namespace caseport::app {

class AccountSwitcher;
class CaseFormDialog;
class CaseListPane;
class CaseView;
class DraftsPage;
class LanguageManager;
class AccountFilesPage;
class MembersPage;
class NoticeBanner;
class NoticesPage;
class OutboxPage;
class ProductsPage;
class SidebarWidget;
class SyncStatusWidget;
class TrayNotifier;

// The window users live in, laid out like a mail client: the sidebar (account, views,
// pages) on the left; in the main area either the case list with the selected case on its
// right, or a page (Drafts, Outbox, Files, Products, Members, Notices); a status bar with
// online state, waiting changes and last sync. Syncs when the workspace is ready and on F5.
// Case forms autosave into Drafts, so quitting or logging out loses nothing and asks nothing.
// Composes per-feature widgets; holds no data itself.
// workspace and languages are not owned and must outlive the window.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    MainWindow(caseport::client::Workspace* workspace, LanguageManager* languages, QWidget* parent = nullptr);

    // Opens a new, empty case form in its own window (Ctrl+N) and returns it.
    CaseFormDialog* openCaseForm();
    // Staff: a case form in phone mode (Ctrl+Shift+N), filed for the customer who called.
    CaseFormDialog* openPhoneCallForm();
    // Opens a saved draft in a case form (or brings its open form forward).
    CaseFormDialog* openDraft(const QString& draftId);
    // Opens the side-by-side resolution of the outbox edit `seq` (a conflict).
    void openConflict(qint64 seq);
    // A click on a desktop notification: the case, switching to its account first.
    void showNotifiedCase(const QString& caseId, const QString& account);
    void openSettings();
    [[nodiscard]] CaseListPane* caseList() const;
    [[nodiscard]] AccountSwitcher* accountSwitcher() const;
    // Closes the open case forms (their drafts stay), then the window (logout, another user).
    void closeForms();
    void discardAndClose();

signals:
    void logoutRequested();

protected:
    void changeEvent(QEvent* event) override;
    void closeEvent(QCloseEvent* event) override;

private:
    void createActions();
    void createMenusAndToolBar();
    void retranslateUi();
    void showSelectedCase(const QString& caseId);
    void showView(int view); // a SidebarWidget::View
    void onCaseSubmitted(const QString& caseId, const QString& number, bool phoneCall);
    CaseFormDialog* showForm(CaseFormDialog* form);
    void saveLayout();
    void restoreLayout();

    caseport::client::Workspace* m_workspace;
    LanguageManager* m_languages;

    SidebarWidget* m_sidebar = nullptr;
    CaseListPane* m_caseList = nullptr;
    CaseView* m_caseView = nullptr;
    ProductsPage* m_productsPage = nullptr;
    AccountFilesPage* m_filesPage = nullptr;
    MembersPage* m_membersPage = nullptr;
    NoticesPage* m_noticesPage = nullptr;
    NoticeBanner* m_noticeBanner = nullptr; // above everything: the current notices
    DraftsPage* m_draftsPage = nullptr;
    OutboxPage* m_outboxPage = nullptr;
    QStackedWidget* m_pages = nullptr; // the case list + case view, or one of the pages
    QSplitter* m_caseSplitter = nullptr;
    SyncStatusWidget* m_syncStatus = nullptr;
    TrayNotifier* m_notifier = nullptr;
    AccountSwitcher* m_accountSwitcher = nullptr;
    QSplitter* m_splitter = nullptr;

    QMenu* m_fileMenu = nullptr;
    QMenu* m_helpMenu = nullptr;
    QToolBar* m_toolBar = nullptr;
    QAction* m_newCaseAction = nullptr;
    QAction* m_phoneCallAction = nullptr; // staff only
    QAction* m_syncAction = nullptr;
    QAction* m_settingsAction = nullptr;
    QAction* m_logoutAction = nullptr;
    QAction* m_quitAction = nullptr;
    QAction* m_aboutAction = nullptr;
};

} // namespace caseport::app
