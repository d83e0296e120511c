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
        connect(m_login, &LoginDialog::rejected, this, &AppController::finished);
    }
    m_login->setNotice(notice);
    m_login->show();
    m_login->raise();
    m_login->activateWindow();
}

void AppController::openWorkspace(const QUrl& server, const caseport::SessionInfo& session)
{
    // Once logged in, the command line's values have served their purpose.
    m_options.server.clear();
    m_options.user.clear();
    m_workspace = new Workspace(m_network, server, session, m_options.cacheDirectory, this);
    m_mainWindow = new MainWindow(m_workspace, m_languages);
    m_mainWindow->setAttribute(Qt::WA_DeleteOnClose);

    connect(m_mainWindow, &MainWindow::logoutRequested, this, [this] {
        if (m_workspace)
            m_workspace->logout();
    });
    connect(m_mainWindow, &QObject::destroyed, this, [this] {
        // Closed by the user (Quit or the window's close button) rather than by a logout.
        if (m_workspace && !m_login)
            emit finished();
    });
    connect(m_workspace, &Workspace::loggedOut, this, [this] { closeWorkspace(QString()); });
    connect(m_workspace, &Workspace::sessionExpired, this, [this] {
        closeWorkspace(tr("Your session has expired. Please log in again."));
    });
    // Shown before the login dialog hides, so the application always has a window.
    m_mainWindow->show();
}

void AppController::closeWorkspace(const QString& notice)
{
    showLogin(notice);
    if (m_mainWindow) {
        MainWindow* window = m_mainWindow;
        m_mainWindow = nullptr;
        window->close();
    }
    if (m_workspace) {
        m_workspace->deleteLater();
        m_workspace = nullptr;
    }
}

} // namespace caseport::app
