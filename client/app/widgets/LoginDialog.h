#pragma once

#include "caseport/Session.h"
#include "caseport/client/ApiFailure.h"

#include <QDialog>
#include <QUrl>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QNetworkAccessManager;
class QProgressBar;
class QPushButton;

namespace caseport::client {
class ConnectionCheck;
}

namespace caseport::app {

class LanguageComboBox;
class LanguageManager;

// Server URL, e-mail and password; "Check connection"; a language selector; Log in.
// Runs ConnectionCheck and LoginJob asynchronously (the dialog stays responsive and shows
// a busy state) and puts failures in plain translated words. Remembers server and user
// in QSettings, never the password. Emits loggedIn() and then accepts.
// network and languages are not owned and must outlive the dialog.
class LoginDialog : public QDialog {
    Q_OBJECT
public:
    LoginDialog(QNetworkAccessManager* network, LanguageManager* languages, QWidget* parent = nullptr);

    // Values given on the command line win over the remembered ones.
    void prefill(const QString& server, const QString& user);
    // A note shown above the fields, e.g. why the user is back at the login.
    void setNotice(const QString& text);

    [[nodiscard]] QUrl serverUrl() const;

signals:
    void loggedIn(const QUrl& server, const caseport::SessionInfo& session);

protected:
    void changeEvent(QEvent* event) override;

private:
    void buildUi();
    void retranslateUi();
    void checkConnection();
    void logIn();
    void setBusy(bool busy, const QString& what = {});
    void showProblem(const QString& text);
    void showSuccess(const QString& text);
    void updateButtons();

    QNetworkAccessManager* m_network;
    LanguageManager* m_languages;
    caseport::client::ConnectionCheck* m_check = nullptr;
    bool m_busy = false;

    QLabel* m_title = nullptr;
    QLabel* m_notice = nullptr;
    QLabel* m_serverLabel = nullptr;
    QLabel* m_userLabel = nullptr;
    QLabel* m_passwordLabel = nullptr;
    QLabel* m_languageLabel = nullptr;
    QLineEdit* m_serverEdit = nullptr;
    QLineEdit* m_userEdit = nullptr;
    QLineEdit* m_passwordEdit = nullptr;
    LanguageComboBox* m_languageCombo = nullptr;
    QPushButton* m_checkButton = nullptr;
    QLabel* m_status = nullptr;
    QProgressBar* m_busyBar = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
    QPushButton* m_loginButton = nullptr;
    QPushButton* m_quitButton = nullptr;
};

} // namespace caseport::app
