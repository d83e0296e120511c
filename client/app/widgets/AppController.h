#pragma once

#include "caseport/Session.h"

#include <QObject>
#include <QPointer>
#include <QString>
#include <QUrl>

class QNetworkAccessManager;

namespace caseport::client {
class Workspace;
}

namespace caseport::app {

class LanguageManager;
class LoginDialog;
class MainWindow;

// The application's flow: login → workspace → main window, and back to the login on
// log out or when the session expires. Owns the workspace and the windows it makes;
// network and languages are not owned and must outlive it. GUI thread only.
//
// Quit and Log out ask first when case forms hold unsent text. When the session expires
// the main window (and its open case forms, with what was typed) is kept but disabled
// while the login shows; logging in again as the same user on the same server renews
// the workspace's session and enables it again. Logging in as someone else (or on
// another server) replaces the workspace, and the old forms are discarded; cancelling
// the login closes the main window, asking about unsent cases first.
class AppController : public QObject {
    Q_OBJECT
public:
    struct Options {
        QString server; // --server, prefills the login
        QString user; // --user, prefills the login
        QString cacheDirectory; // where workspaces keep their SQLite cache
    };

    AppController(QNetworkAccessManager* network, LanguageManager* languages, Options options,
                  QObject* parent = nullptr);
    ~AppController() override;

    void start();

signals:
    // The user closed the login without logging in, or quit.
    void finished();

private:
    void showLogin(const QString& notice);
    void openWorkspace(const QUrl& server, const caseport::SessionInfo& session);
    void closeWorkspace(const QString& notice);
    void onSessionExpired();
    void onLoginRejected();
    // The login again after the session expired, prefilled with the workspace's user.
    void showRelogin();
    void finish();

    QNetworkAccessManager* m_network;
    LanguageManager* m_languages;
    Options m_options;
    QPointer<LoginDialog> m_login;
    QPointer<caseport::client::Workspace> m_workspace;
    QPointer<MainWindow> m_mainWindow;
    bool m_sessionExpired = false; // the main window waits for the user to log in again
    bool m_finished = false;
};

} // namespace caseport::app
