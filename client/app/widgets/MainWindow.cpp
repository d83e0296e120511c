#include "MainWindow.h"

#include "AccountSwitcher.h"
#include "AppResources.h"
#include "CaseFormDialog.h"
#include "CaseEditDialog.h"
#include "CaseListPane.h"
#include "CaseView.h"
#include "ConflictDialog.h"
#include "DraftsPage.h"
#include "LanguageManager.h"
#include "AccountFilesPage.h"
#include "MembersPage.h"
#include "NoticeBanner.h"
#include "NoticesPage.h"
#include "OutboxPage.h"
#include "ProductsPage.h"
#include "QueueFilterBar.h"
#include "SettingsDialog.h"
#include "SidebarWidget.h"
#include "SyncStatusWidget.h"
#include "TransfersWidget.h"
#include "TrayNotifier.h"

#include "caseport/Codec.h"
#include "caseport/client/CaseListModel.h"
#include "caseport/client/DraftListModel.h"
#include "caseport/client/Workspace.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QEvent>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStyle>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>

#include <memory>

namespace caseport::app {

using caseport::client::Workspace;

MainWindow::MainWindow(Workspace* workspace, LanguageManager* languages, QWidget* parent)
    : QMainWindow(parent)
    , m_workspace(workspace)
    , m_languages(languages)
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowIcon(appIcon());

    m_sidebar = new SidebarWidget(m_workspace, this);
    m_caseList = new CaseListPane(m_workspace, this);
    m_caseView = new CaseView(m_workspace, m_languages, this);
    m_caseList->setQueueFilterBar(new QueueFilterBar(m_workspace, m_languages));
    connect(m_caseView, &CaseView::staffChangeQueued, this, [this] {
        statusBar()->showMessage(m_workspace->isOnline()
                                     ? tr("Your change is saved and being sent.")
                                     : tr("Your change is saved in the Outbox and will be sent as soon as "
                                          "there is a connection."),
                                 10000);
    });
    m_caseSplitter = new QSplitter(Qt::Horizontal, this);
    m_caseSplitter->setObjectName(QStringLiteral("caseSplitter"));
    m_caseSplitter->addWidget(m_caseList);
    m_caseSplitter->addWidget(m_caseView);
    m_caseSplitter->setStretchFactor(0, 3);
    m_caseSplitter->setStretchFactor(1, 2);
    m_caseSplitter->setChildrenCollapsible(false);
    m_caseSplitter->setSizes({700, 370});
    m_productsPage = new ProductsPage(m_workspace, m_languages, this);
    m_pages = new QStackedWidget(this);
    m_pages->setObjectName(QStringLiteral("mainPages"));
    m_pages->addWidget(m_caseSplitter);
    m_pages->addWidget(m_productsPage);
    m_membersPage = new MembersPage(m_workspace, m_languages, this);
    m_pages->addWidget(m_membersPage);
    m_draftsPage = new DraftsPage(m_workspace, this);
    m_pages->addWidget(m_draftsPage);
    m_outboxPage = new OutboxPage(m_workspace, this);
    m_pages->addWidget(m_outboxPage);
    m_noticesPage = new NoticesPage(m_workspace, m_languages, this);
    m_pages->addWidget(m_noticesPage);
    m_filesPage = new AccountFilesPage(m_workspace, this);
    m_pages->addWidget(m_filesPage);
    connect(m_draftsPage, &DraftsPage::openDraft, this, &MainWindow::openDraft);
    connect(m_outboxPage, &OutboxPage::fixCase, this, &MainWindow::openDraft);
    connect(m_outboxPage, &OutboxPage::resolveConflict, this, &MainWindow::openConflict);
    connect(m_caseView, &CaseView::newCaseRequested, this, [this](const caseport::NewCase& prefilled) {
        caseport::client::Draft followUp;
        followUp.content = prefilled; // autosaved as a new draft once the user edits it
        showForm(new CaseFormDialog(m_workspace, m_languages, this, &followUp));
    });
    connect(m_caseView, &CaseView::editRequested, this, [this](const caseport::Case& shown) {
        auto* dialog = new CaseEditDialog(m_workspace, m_languages, shown, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &QDialog::accepted, this, [this] {
            statusBar()->showMessage(m_workspace->isOnline()
                                         ? tr("Your change is saved and being sent.")
                                         : tr("Your change is saved in the Outbox and will be sent as soon as "
                                              "there is a connection."),
                                     10000);
        });
        dialog->show();
    });
    m_notifier = new TrayNotifier(m_workspace, this);
    connect(m_notifier, &TrayNotifier::activated, this, &MainWindow::showNotifiedCase);
    // Someone changed the case first: ask the user now, while they remember their edit.
    connect(m_workspace, &Workspace::updateConflict, this, &MainWindow::openConflict);

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_splitter->addWidget(m_sidebar);
    m_splitter->addWidget(m_pages);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->setSizes({170, 1070});
    // The notice banner spans the window's top, above the sidebar and the main area.
    auto* central = new QWidget(this);
    auto* centralLayout = new QVBoxLayout(central);
    centralLayout->setContentsMargins(0, 0, 0, 0);
    centralLayout->setSpacing(0);
    m_noticeBanner = new NoticeBanner(m_workspace, m_languages, central);
    centralLayout->addWidget(m_noticeBanner);
    centralLayout->addWidget(m_splitter, 1);
    setCentralWidget(central);

    auto* transfers = new TransfersWidget(m_workspace, this);
    statusBar()->addPermanentWidget(transfers);
    connect(transfers, &TransfersWidget::uploadPaused, this, [this](const QString& fileName) {
        //: %1 a file's name; "Send now" is the Outbox's button
        statusBar()->showMessage(tr("%1 is paused in the Outbox. Send now resumes it.").arg(fileName), 10000);
    });
    m_syncStatus = new SyncStatusWidget(m_workspace, this);
    statusBar()->addPermanentWidget(m_syncStatus);

    m_accountSwitcher = new AccountSwitcher(m_workspace, this);
    connect(m_sidebar, &SidebarWidget::accountChosen, m_accountSwitcher, &AccountSwitcher::choose);

    createActions();
    createMenusAndToolBar();

    connect(m_sidebar, &SidebarWidget::viewChanged, this,
            [this](SidebarWidget::View view) { showView(static_cast<int>(view)); });
    connect(m_caseList, &CaseListPane::selectedCaseChanged, this, &MainWindow::showSelectedCase);
    // A sync that changes the shown case (status, answer, followers…) refreshes the view;
    // the selection does not change, so selectedCaseChanged does not fire.
    connect(m_workspace->caseListModel(), &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex& topLeft, const QModelIndex& bottomRight) {
                const QString shown = m_caseView->shownCaseId();
                const int row = shown.isEmpty() ? -1 : m_workspace->caseListModel()->rowOf(shown);
                if (row >= topLeft.row() && row <= bottomRight.row())
                    showSelectedCase(shown);
            });
    connect(m_caseList, &CaseListPane::filesDropped, this, [this](const QString& caseId, const QStringList& files) {
        m_caseList->selectCase(caseId);
        if (m_caseView->shownCaseId() == caseId && m_caseView->addFilesToUpdate(files))
            statusBar()->showMessage(tr("Write a few words and press Send to add the files to the case."), 10000);
    });
    // Sync on start: as soon as the cache is open (now, if it already is).
    connect(m_workspace, &Workspace::ready, this, [this] { m_workspace->sync(); });
    if (m_workspace->isReady())
        QTimer::singleShot(0, m_workspace, &Workspace::sync);
    connect(m_workspace, &Workspace::syncStarted, this, [this] { m_syncAction->setEnabled(false); });
    connect(m_workspace, &Workspace::syncFinished, this, [this] { m_syncAction->setEnabled(true); });
    connect(m_languages, &LanguageManager::languageChanged, this,
            [this](const QString& language) { m_workspace->caseListModel()->setLanguage(language); });
    m_workspace->caseListModel()->setLanguage(m_languages->language());

    retranslateUi();
    resize(1220, 720);
    restoreLayout();
}

void MainWindow::createActions()
{
    m_newCaseAction = new QAction(style()->standardIcon(QStyle::SP_FileIcon), QString(), this);
    m_newCaseAction->setObjectName(QStringLiteral("newCaseAction"));
    m_newCaseAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_N));
    connect(m_newCaseAction, &QAction::triggered, this, [this] { openCaseForm(); });

    m_phoneCallAction = new QAction(style()->standardIcon(QStyle::SP_FileDialogContentsView), QString(), this);
    m_phoneCallAction->setObjectName(QStringLiteral("phoneCallAction"));
    m_phoneCallAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    m_phoneCallAction->setVisible(m_workspace->session().user.staff);
    connect(m_phoneCallAction, &QAction::triggered, this, [this] { openPhoneCallForm(); });

    m_syncAction = new QAction(style()->standardIcon(QStyle::SP_BrowserReload), QString(), this);
    m_syncAction->setObjectName(QStringLiteral("syncAction"));
    m_syncAction->setShortcut(QKeySequence(Qt::Key_F5));
    connect(m_syncAction, &QAction::triggered, m_workspace, &Workspace::sync);

    m_settingsAction = new QAction(style()->standardIcon(QStyle::SP_FileDialogDetailedView), QString(), this);
    m_settingsAction->setObjectName(QStringLiteral("settingsAction"));
    m_settingsAction->setShortcut(QKeySequence::Preferences);
    m_settingsAction->setMenuRole(QAction::PreferencesRole);
    connect(m_settingsAction, &QAction::triggered, this, &MainWindow::openSettings);

    m_logoutAction = new QAction(style()->standardIcon(QStyle::SP_DialogCloseButton), QString(), this);
    m_logoutAction->setObjectName(QStringLiteral("logoutAction"));
    connect(m_logoutAction, &QAction::triggered, this, [this] {
        closeForms(); // their drafts stay in this user's cache for the next login
        emit logoutRequested();
    });

    m_quitAction = new QAction(QString(), this);
    m_quitAction->setObjectName(QStringLiteral("quitAction"));
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    m_aboutAction = new QAction(QString(), this);
    m_aboutAction->setObjectName(QStringLiteral("aboutAction"));
    m_aboutAction->setMenuRole(QAction::AboutRole);
    connect(m_aboutAction, &QAction::triggered, this, [this] {
        QMessageBox::about(this, tr("About Caseport"),
                           //: %1 is the version number
                           tr("<h3>Caseport %1</h3><p>File support cases, follow them and talk with "
                              "our staff — online or offline.</p>")
                               .arg(QApplication::applicationVersion()));
    });
}

void MainWindow::createMenusAndToolBar()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_fileMenu->addAction(m_newCaseAction);
    m_fileMenu->addAction(m_phoneCallAction);
    m_fileMenu->addAction(m_syncAction);
    m_fileMenu->addAction(m_accountSwitcher->action());
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_settingsAction);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_logoutAction);
    m_fileMenu->addAction(m_quitAction);
    m_helpMenu = menuBar()->addMenu(QString());
    m_helpMenu->addAction(m_aboutAction);

    m_toolBar = addToolBar(QString());
    m_toolBar->setObjectName(QStringLiteral("mainToolBar"));
    m_toolBar->setMovable(false);
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toolBar->addAction(m_newCaseAction);
    m_toolBar->addAction(m_phoneCallAction);
    m_toolBar->addAction(m_syncAction);
    m_toolBar->addSeparator();
    m_toolBar->addAction(m_settingsAction);
    m_toolBar->addAction(m_logoutAction);
    // The account in use, at the far end of the toolbar.
    auto* spacer = new QWidget(m_toolBar);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    m_toolBar->addWidget(spacer);
    m_toolBar->addAction(m_accountSwitcher->action());
}

void MainWindow::retranslateUi()
{
    const caseport::UserProfile& user = m_workspace->session().user;
    //: Main window title; %1 is the user's name
    setWindowTitle(tr("Caseport — %1").arg(QString::fromStdString(user.name.empty() ? user.id : user.name)));
    m_fileMenu->setTitle(tr("&File"));
    m_helpMenu->setTitle(tr("&Help"));
    m_toolBar->setWindowTitle(tr("Toolbar"));
    //: Action: create a new support case
    m_newCaseAction->setText(tr("&New case"));
    m_newCaseAction->setToolTip(tr("Create a new case (Ctrl+N)"));
    //: Action (staff): file a case for a customer who called
    m_phoneCallAction->setText(tr("Register &phone call…"));
    m_phoneCallAction->setToolTip(tr("File a case for a customer who called (Ctrl+Shift+N)"));
    //: Action: exchange changes with the server now
    m_syncAction->setText(tr("&Sync"));
    m_syncAction->setToolTip(tr("Get the latest changes from the server (F5)"));
    m_settingsAction->setText(tr("S&ettings…"));
    m_logoutAction->setText(tr("&Log out"));
    m_quitAction->setText(tr("&Quit"));
    m_aboutAction->setText(tr("&About Caseport"));
    m_accountSwitcher->retranslate();
}

void MainWindow::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QMainWindow::changeEvent(event);
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    // Disabled while the session is renewed: the login dialog decides what happens.
    if (!isEnabled()) {
        event->ignore();
        return;
    }
    closeForms();
    saveLayout();
    QMainWindow::closeEvent(event);
}

void MainWindow::closeForms()
{
    for (CaseFormDialog* form : findChildren<CaseFormDialog*>())
        form->closeKeepingDraft();
}

void MainWindow::discardAndClose()
{
    closeForms();
    setEnabled(true);
    close();
}

CaseFormDialog* MainWindow::openCaseForm()
{
    return showForm(new CaseFormDialog(m_workspace, m_languages, this));
}

CaseFormDialog* MainWindow::openPhoneCallForm()
{
    auto* form = new CaseFormDialog(m_workspace, m_languages, this);
    form->setPhoneMode();
    return showForm(form);
}

CaseFormDialog* MainWindow::openDraft(const QString& draftId)
{
    for (CaseFormDialog* open : findChildren<CaseFormDialog*>()) {
        if (open->draftId() == draftId && open->isVisible()) {
            open->raise();
            open->activateWindow();
            return open;
        }
    }
    const caseport::client::Draft* draft = m_workspace->draftListModel()->draft(draftId);
    if (!draft)
        return nullptr;
    return showForm(new CaseFormDialog(m_workspace, m_languages, this, draft));
}

CaseFormDialog* MainWindow::showForm(CaseFormDialog* form)
{
    // A child window: owned by the main window, not modal, deleted when closed.
    form->setAttribute(Qt::WA_DeleteOnClose);
    connect(form, &CaseFormDialog::submitted, this, [this, form](const QString& caseId, const QString& number) {
        onCaseSubmitted(caseId, number, form->isPhoneMode());
    });
    connect(form, &CaseFormDialog::queuedOffline, this, [this] {
        statusBar()->showMessage(tr("The case is saved in the Outbox and will be sent as soon as "
                                    "there is a connection."), 15000);
    });
    connect(form, &CaseFormDialog::keptAsDraft, this, [this] {
        statusBar()->showMessage(tr("The case is saved in Drafts."), 10000);
    });
    form->show();
    form->raise();
    form->activateWindow();
    return form;
}

void MainWindow::openConflict(qint64 seq)
{
    for (ConflictDialog* open : findChildren<ConflictDialog*>()) {
        if (open->seq() == seq && open->isVisible()) {
            open->raise();
            open->activateWindow();
            return;
        }
    }
    for (const caseport::client::OutboxItem& item : m_workspace->outboxItems()) {
        if (item.seq != seq || item.state != caseport::client::OutboxItem::State::Conflict || !item.current)
            continue;
        caseport::CaseUpdate mine;
        try {
            mine = caseport::codec::decode<caseport::CaseUpdate>(item.payload.toStdString());
        } catch (const caseport::CodecError&) {
            return; // unreadable: the Outbox offers Discard
        }
        auto* dialog = new ConflictDialog(m_workspace, m_languages, seq, mine, *item.current, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->show();
        return;
    }
}

void MainWindow::openSettings()
{
    auto* dialog = findChild<SettingsDialog*>();
    if (!dialog) {
        dialog = new SettingsDialog(m_workspace, m_languages, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
    }
    dialog->show();
    dialog->raise();
    dialog->activateWindow();
}

CaseListPane* MainWindow::caseList() const
{
    return m_caseList;
}

AccountSwitcher* MainWindow::accountSwitcher() const
{
    return m_accountSwitcher;
}

void MainWindow::showView(int view)
{
    switch (static_cast<SidebarWidget::View>(view)) {
    case SidebarWidget::View::All:
        m_caseList->setFilter(CaseListPane::Filter::All);
        m_pages->setCurrentWidget(m_caseSplitter);
        break;
    case SidebarWidget::View::Open:
        m_caseList->setFilter(CaseListPane::Filter::Open);
        m_pages->setCurrentWidget(m_caseSplitter);
        break;
    case SidebarWidget::View::Followed:
        m_caseList->setFilter(CaseListPane::Filter::Followed);
        m_pages->setCurrentWidget(m_caseSplitter);
        break;
    case SidebarWidget::View::Drafts:
        m_pages->setCurrentWidget(m_draftsPage);
        break;
    case SidebarWidget::View::Outbox:
        m_pages->setCurrentWidget(m_outboxPage);
        break;
    case SidebarWidget::View::Products:
        m_pages->setCurrentWidget(m_productsPage);
        break;
    case SidebarWidget::View::Members:
        m_pages->setCurrentWidget(m_membersPage);
        break;
    case SidebarWidget::View::QueueUnassigned:
    case SidebarWidget::View::QueueMine:
    case SidebarWidget::View::QueueOpen: {
        using caseport::client::QueueFilter;
        QueueFilter preset;
        preset.openOnly = true;
        if (view == static_cast<int>(SidebarWidget::View::QueueUnassigned))
            preset.assignee = QueueFilter::Assignee::Unassigned;
        else if (view == static_cast<int>(SidebarWidget::View::QueueMine))
            preset.assignee = QueueFilter::Assignee::Mine;
        m_caseList->showQueue(preset);
        m_pages->setCurrentWidget(m_caseSplitter);
        break;
    }
    case SidebarWidget::View::Notices:
        m_pages->setCurrentWidget(m_noticesPage);
        break;
    case SidebarWidget::View::Files:
        m_pages->setCurrentWidget(m_filesPage);
        break;
    }
}

void MainWindow::showSelectedCase(const QString& caseId)
{
    const caseport::client::CaseListModel* model = m_workspace->caseListModel();
    const int row = caseId.isEmpty() ? -1 : model->rowOf(caseId);
    if (const caseport::Case* shown = row < 0 ? nullptr : model->caseAt(row))
        m_caseView->showCase(*shown);
    else
        m_caseView->clear();
}

void MainWindow::showNotifiedCase(const QString& caseId, const QString& account)
{
    m_sidebar->setCurrentView(SidebarWidget::View::All);
    raise();
    activateWindow();
    if (account.isEmpty() || account == m_workspace->currentAccount()) {
        m_caseList->selectCase(caseId);
        return;
    }
    // The list reloads for the other account asynchronously: select the case once the
    // reloaded list is in (one reset; selectCase copes if the case is not there).
    auto connection = std::make_shared<QMetaObject::Connection>();
    *connection = connect(m_workspace->caseListModel(), &QAbstractItemModel::modelReset, this,
                          [this, caseId, connection] {
                              disconnect(*connection);
                              m_caseList->selectCase(caseId);
                          });
    m_accountSwitcher->choose(account);
}

void MainWindow::onCaseSubmitted(const QString& caseId, const QString& number, bool phoneCall)
{
    //: %1 is the case number, e.g. CP-2026-000123
    const QString text = phoneCall ? tr("The phone call was registered as case %1.").arg(number)
                                   : tr("Your case %1 was received.").arg(number);
    statusBar()->showMessage(text, 10000);
    // Show the new case, even when a page (e.g. Products) was showing.
    if (m_pages->currentWidget() != m_caseSplitter)
        m_sidebar->setCurrentView(SidebarWidget::View::All);
    m_caseList->selectCase(caseId);
    if (phoneCall)
        return; // staff know what happens next; the status bar is enough

    auto* box = new QMessageBox(QMessageBox::Information, tr("Case received"), text, QMessageBox::Ok, this);
    box->setObjectName(QStringLiteral("caseReceivedMessage"));
    box->setInformativeText(tr("You can follow it in the case list. We will answer as soon as we can."));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowModality(Qt::NonModal);
    box->show();
}

void MainWindow::saveLayout()
{
    QSettings settings;
    settings.setValue(QStringLiteral("mainWindow/geometry"), saveGeometry());
    // Keys named after the layout: the sidebar | pages split and the list | case split.
    settings.setValue(QStringLiteral("mainWindow/sidebarSplitter"), m_splitter->saveState());
    settings.setValue(QStringLiteral("mainWindow/caseSplitter"), m_caseSplitter->saveState());
}

void MainWindow::restoreLayout()
{
    const QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("mainWindow/geometry")).toByteArray());
    m_splitter->restoreState(settings.value(QStringLiteral("mainWindow/sidebarSplitter")).toByteArray());
    m_caseSplitter->restoreState(settings.value(QStringLiteral("mainWindow/caseSplitter")).toByteArray());
}

} // namespace caseport::app
