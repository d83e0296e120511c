#include "LoginDialog.h"

#include "AppResources.h"
#include "FailureText.h"
#include "LanguageComboBox.h"
#include "LanguageManager.h"

#include "caseport/client/ConnectionCheck.h"
#include "caseport/client/LoginJob.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QVBoxLayout>

namespace caseport::app {
namespace {

constexpr auto kServerKey = "login/server";
constexpr auto kUserKey = "login/user";

} // namespace

LoginDialog::LoginDialog(QNetworkAccessManager* network, LanguageManager* languages, QWidget* parent)
    : QDialog(parent)
    , m_network(network)
    , m_languages(languages)
    , m_check(new caseport::client::ConnectionCheck(network, this))
{
    setObjectName(QStringLiteral("loginDialog"));
    setWindowIcon(appIcon());
    buildUi();

    const QSettings settings;
    m_serverEdit->setText(
        settings.value(QLatin1String(kServerKey), QStringLiteral("http://127.0.0.1:8080")).toString());
    m_userEdit->setText(settings.value(QLatin1String(kUserKey)).toString());

    connect(m_check, &caseport::client::ConnectionCheck::finished, this,
            [this](bool ok, const caseport::client::ApiFailure& failure, const QString& version) {
                setBusy(false);
                if (ok) {
                    showSuccess(version.isEmpty()
                                    ? tr("The Caseport server answers.")
                                    //: %1 is the server's version, e.g. 0.1.0
                                    : tr("The Caseport server answers (version %1).").arg(version));
                } else {
                    showProblem(FailureText::describe(failure, FailureText::Context::Connection));
                }
            });
    connect(m_checkButton, &QPushButton::clicked, this, &LoginDialog::checkConnection);
    connect(m_loginButton, &QPushButton::clicked, this, &LoginDialog::logIn);
    connect(m_quitButton, &QPushButton::clicked, this, &LoginDialog::reject);
    for (QLineEdit* edit : {m_serverEdit, m_userEdit, m_passwordEdit})
        connect(edit, &QLineEdit::textChanged, this, &LoginDialog::updateButtons);

    retranslateUi();
    updateButtons();
    if (!m_userEdit->text().isEmpty())
        m_passwordEdit->setFocus();
}

void LoginDialog::buildUi()
{
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("loginTitle"));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    m_title->setFont(titleFont);

    auto* iconLabel = new QLabel(this);
    iconLabel->setPixmap(appIcon().pixmap(48, 48));

    auto* header = new QHBoxLayout;
    header->addWidget(iconLabel);
    header->addWidget(m_title, 1);

    m_notice = new QLabel(this);
    m_notice->setObjectName(QStringLiteral("loginNotice"));
    m_notice->setWordWrap(true);
    m_notice->setStyleSheet(QStringLiteral("QLabel { background: #fff4ce; border: 1px solid #e0c46c;"
                                           " border-radius: 3px; padding: 6px; color: #3b2f00; }"));
    m_notice->hide();

    m_serverEdit = new QLineEdit(this);
    m_serverEdit->setObjectName(QStringLiteral("serverEdit"));
    m_serverEdit->setInputMethodHints(Qt::ImhUrlCharactersOnly | Qt::ImhNoAutoUppercase);
    m_checkButton = new QPushButton(this);
    m_checkButton->setObjectName(QStringLiteral("checkConnectionButton"));
    auto* serverRow = new QHBoxLayout;
    serverRow->addWidget(m_serverEdit, 1);
    serverRow->addWidget(m_checkButton);

    m_userEdit = new QLineEdit(this);
    m_userEdit->setObjectName(QStringLiteral("userEdit"));
    m_userEdit->setInputMethodHints(Qt::ImhEmailCharactersOnly | Qt::ImhNoAutoUppercase);
    m_passwordEdit = new QLineEdit(this);
    m_passwordEdit->setObjectName(QStringLiteral("passwordEdit"));
    m_passwordEdit->setEchoMode(QLineEdit::Password);
    m_languageCombo = new LanguageComboBox(m_languages, this);
    m_languageCombo->setObjectName(QStringLiteral("languageCombo"));

    m_serverLabel = new QLabel(this);
    m_serverLabel->setBuddy(m_serverEdit);
    m_userLabel = new QLabel(this);
    m_userLabel->setBuddy(m_userEdit);
    m_passwordLabel = new QLabel(this);
    m_passwordLabel->setBuddy(m_passwordEdit);
    m_languageLabel = new QLabel(this);
    m_languageLabel->setBuddy(m_languageCombo);

    auto* form = new QFormLayout;
    form->addRow(m_serverLabel, serverRow);
    form->addRow(m_userLabel, m_userEdit);
    form->addRow(m_passwordLabel, m_passwordEdit);
    form->addRow(m_languageLabel, m_languageCombo);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("loginStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->setMinimumHeight(m_status->fontMetrics().height() * 2);
    m_busyBar = new QProgressBar(this);
    m_busyBar->setRange(0, 0);
    m_busyBar->setTextVisible(false);
    m_busyBar->setMaximumHeight(6);
    m_busyBar->hide();

    m_buttons = new QDialogButtonBox(this);
    m_loginButton = m_buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_loginButton->setObjectName(QStringLiteral("loginButton"));
    m_loginButton->setDefault(true);
    m_quitButton = m_buttons->addButton(QString(), QDialogButtonBox::RejectRole);
    m_quitButton->setObjectName(QStringLiteral("quitButton"));
    // The buttons are wired by hand: the box must not accept the dialog on its own.
    m_loginButton->setAutoDefault(true);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addWidget(m_notice);
    layout->addLayout(form);
    layout->addWidget(m_busyBar);
    layout->addWidget(m_status);
    layout->addStretch(1);
    layout->addWidget(m_buttons);
    setMinimumWidth(480);
}

void LoginDialog::retranslateUi()
{
    setWindowTitle(tr("Log in to Caseport"));
    m_title->setText(tr("Log in to Caseport"));
    m_checkButton->setText(tr("Check connection"));
    m_serverEdit->setPlaceholderText(tr("http://server.example:8080"));
    m_userEdit->setPlaceholderText(tr("name@company.example"));
    m_loginButton->setText(tr("Log in"));
    m_quitButton->setText(tr("Quit"));
    m_serverLabel->setText(tr("&Server:"));
    m_userLabel->setText(tr("&E-mail:"));
    m_passwordLabel->setText(tr("&Password:"));
    m_languageLabel->setText(tr("&Language:"));
}

void LoginDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void LoginDialog::prefill(const QString& server, const QString& user)
{
    if (!server.isEmpty())
        m_serverEdit->setText(server);
    if (!user.isEmpty()) {
        m_userEdit->setText(user);
        m_passwordEdit->setFocus();
    }
}

void LoginDialog::setNotice(const QString& text)
{
    m_notice->setText(text);
    m_notice->setVisible(!text.isEmpty());
}

QUrl LoginDialog::serverUrl() const
{
    QString text = m_serverEdit->text().trimmed();
    if (!text.isEmpty() && !text.contains(QLatin1String("://")))
        text.prepend(QLatin1String("http://"));
    return QUrl(text, QUrl::StrictMode);
}

void LoginDialog::checkConnection()
{
    setBusy(true, tr("Checking the connection…"));
    m_check->start(serverUrl());
}

void LoginDialog::logIn()
{
    if (m_busy || !m_loginButton->isEnabled())
        return;
    const QUrl server = serverUrl();
    const QString user = m_userEdit->text().trimmed();
    setBusy(true, tr("Logging in…"));

    auto* job = new caseport::client::LoginJob(m_network, server, user, m_passwordEdit->text(), this);
    connect(job, &caseport::client::LoginJob::succeeded, this,
            [this, server, user](const caseport::SessionInfo& session) {
                setBusy(false);
                QSettings settings;
                settings.setValue(QLatin1String(kServerKey), m_serverEdit->text().trimmed());
                settings.setValue(QLatin1String(kUserKey), user);
                m_passwordEdit->clear();
                emit loggedIn(server, session);
                accept();
            });
    connect(job, &caseport::client::LoginJob::failed, this,
            [this](const caseport::client::ApiFailure& failure) {
                setBusy(false);
                showProblem(FailureText::describe(failure, FailureText::Context::Login));
                if (failure.kind == caseport::client::ApiFailure::Kind::Unauthorized
                    || failure.errorCode == QLatin1String("invalid_credentials")) {
                    m_passwordEdit->selectAll();
                    m_passwordEdit->setFocus();
                }
            });
    job->start();
}

void LoginDialog::setBusy(bool busy, const QString& what)
{
    m_busy = busy;
    m_busyBar->setVisible(busy);
    for (QWidget* w : std::initializer_list<QWidget*>{m_serverEdit, m_userEdit, m_passwordEdit, m_checkButton})
        w->setEnabled(!busy);
    if (busy) {
        m_status->setStyleSheet(QString());
        m_status->setText(what);
    }
    updateButtons();
}

void LoginDialog::showProblem(const QString& text)
{
    m_status->setStyleSheet(QStringLiteral("QLabel { color: #b00020; }"));
    m_status->setText(text);
}

void LoginDialog::showSuccess(const QString& text)
{
    m_status->setStyleSheet(QStringLiteral("QLabel { color: #1b7a2f; }"));
    m_status->setText(text);
}

void LoginDialog::updateButtons()
{
    const bool complete = !m_serverEdit->text().trimmed().isEmpty()
        && !m_userEdit->text().trimmed().isEmpty() && !m_passwordEdit->text().isEmpty();
    m_loginButton->setEnabled(!m_busy && complete);
    m_checkButton->setEnabled(!m_busy && !m_serverEdit->text().trimmed().isEmpty());
}

} // namespace caseport::app
