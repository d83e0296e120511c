#include "AppController.h"

#include "LoginDialog.h"
#include "MainWindow.h"

#include "caseport/client/Workspace.h"

#include <QMessageBox>

namespace caseport::app {

using caseport::client::Workspace;

AppController::AppController(QNetworkAccessManager* network, LanguageManager* languages, Options options,
                             QObject* parent)
    : QObject(parent)
    , m_network(network)
    , m_languages(languages)
    , m_options(std::move(options))
{
}

AppController::~AppController()
{
    delete m_mainWindow;
    delete m_login;
}

void AppController::start()
{
    showLogin(QString());
}

void AppController::showLogin(const QString& notice)
{
    if (!m_login) {
        m_login = new LoginDialog(m_network, m_languages);
        m_login->setAttribute(Qt::WA_DeleteOnClose);
        m_login->prefill(m_options.server, m_options.user);
        connect(m_login, &LoginDialog::loggedIn, this, &AppController::openWorkspace);
        connect(m_login, &LoginDialog::rejected, this, &AppController::onLoginRejected);
    }
    m_login->setNotice(notice);
    m_login->show();
    m_login->raise();
    m_login->activateWindow();
}

void AppController::openWorkspace(const QUrl& server, const caseport::SessionInfo& session)
{
    if (m_sessionExpired && m_workspace && m_mainWindow) {
        m_sessionExpired = false;
        const auto normalized = [](const QUrl& url) { return url.adjusted(QUrl::StripTrailingSlash); };
        if (normalized(server) == normalized(m_workspace->server()) && m_workspace->renewSession(session)) {
            // The same user again: carry on where they were, open forms included.
            m_mainWindow->setEnabled(true);
            m_mainWindow->raise();
            m_mainWindow->activateWindow();
            m_workspace->sync();
            return;
        }
        // Someone else (or another server): the old workspace and its forms cannot stay.
        m_mainWindow->discardAndClose();
        m_mainWindow = nullptr;
        m_workspace->deleteLater();
        m_workspace = nullptr;
    }
    // Once logged in, the command line's values have served their purpose.
    m_options.server.clear();
    m_options.user.clear();
    m_workspace = new Workspace(m_network, server, session, m_options.cacheDirectory, this);
    m_workspace->setLiveUpdates(true); // other people's changes appear without F5
    m_mainWindow = new MainWindow(m_workspace, m_languages);
    m_mainWindow->setAttribute(Qt::WA_DeleteOnClose);

    connect(m_mainWindow, &MainWindow::logoutRequested, this, [this] {
        if (m_workspace)
            m_workspace->logout();
    });
    connect(m_mainWindow, &QObject::destroyed, this, [this] {
        // Closed by the user (Quit or the window's close button) rather than by a logout.
        if (m_workspace && !m_login)
            finish();
    });
    connect(m_workspace, &Workspace::loggedOut, this, [this] { closeWorkspace(QString()); });
    connect(m_workspace, &Workspace::sessionExpired, this, &AppController::onSessionExpired);
    // Shown before the login dialog hides, so the application always has a window.
    m_mainWindow->show();
}

void AppController::closeWorkspace(const QString& notice)
{
    showLogin(notice);
    if (m_mainWindow) {
        MainWindow* window = m_mainWindow;
        m_mainWindow = nullptr;
        window->discardAndClose(); // the forms close; their drafts stay in the cache
    }
    if (m_workspace) {
        m_workspace->deleteLater();
        m_workspace = nullptr;
    }
}

void AppController::onSessionExpired()
{
    if (!m_mainWindow) {
        closeWorkspace(tr("Your session has expired. Please log in again."));
        return;
    }
    if (m_sessionExpired)
        return; // the login is showing already
    m_sessionExpired = true;
    // Keep the window and its case forms, text and all; nothing works until the login.
    m_mainWindow->setEnabled(false);
    showRelogin();
}

void AppController::onLoginRejected()
{
    if (!m_sessionExpired || !m_mainWindow) {
        finish();
        return;
    }
    // Not logging in again means leaving: close as Quit would (forms keep their drafts).
    m_mainWindow->setEnabled(true);
    if (m_mainWindow->close()) {
        finish();
        return;
    }
    // The user keeps the cases: back to the login (a new one; the old one is closing).
    m_mainWindow->setEnabled(false);
    m_login = nullptr;
    showRelogin();
}

void AppController::showRelogin()
{
    showLogin(tr("Your session has expired. Please log in again."));
    if (m_workspace && m_login) {
        m_login->prefill(m_workspace->server().toString(),
                         QString::fromStdString(m_workspace->session().user.id));
    }
}

void AppController::finish()
{
    if (m_finished)
        return;
    m_finished = true;
    emit finished();
}

} // namespace caseport::app
