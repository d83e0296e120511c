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

    QNetworkAccessManager* m_network;
    LanguageManager* m_languages;
    Options m_options;
    QPointer<LoginDialog> m_login;
    QPointer<caseport::client::Workspace> m_workspace;
    QPointer<MainWindow> m_mainWindow;
};

} // namespace caseport::app
