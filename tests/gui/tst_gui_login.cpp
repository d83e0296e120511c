// The login dialog and the application flow against the real caseportd: "Check
// connection" in plain words, a wrong password, a good login, the language selector, and
// login → main window → log out → login again through AppController.

#include "AppController.h"
#include "AppResources.h"
#include "LanguageManager.h"
#include "LoginDialog.h"
#include "MainWindow.h"

#include "caseport/testsupport/CaseportdProcess.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QPointer>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using caseport::app::LanguageManager;
using caseport::app::LoginDialog;
using caseport::testsupport::CaseportdProcess;

namespace {

template <typename T>
T* findTopLevel()
{
    for (QWidget* widget : QApplication::topLevelWidgets()) {
        if (auto* found = qobject_cast<T*>(widget); found && found->isVisible())
            return found;
    }
    return nullptr;
}

} // namespace

class TestGuiLogin : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void checkConnectionFindsServer();
    void checkConnectionExplainsRefusal();
    void wrongPasswordIsExplained();
    void goodLoginEmitsSession();
    void languageSelectorRetranslates();
    void loginThenLogoutReturnsToLogin();

private:
    void fill(const QString& server, const QString& user, const QString& password);
    QString statusText() const;

    CaseportdProcess m_server;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<LanguageManager> m_languages;
    std::unique_ptr<LoginDialog> m_dialog;
};

void TestGuiLogin::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear(); // test-mode settings only: start from a clean slate
    caseport::app::initResources();
    QVERIFY2(CaseportdProcess::isAvailable(), "CASEPORTD_BIN does not name the caseportd binary");
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
    m_network = std::make_unique<QNetworkAccessManager>();
    m_languages = std::make_unique<LanguageManager>(/*persist=*/false);
}

void TestGuiLogin::init()
{
    m_languages->setLanguage(QStringLiteral("en"));
    m_dialog = std::make_unique<LoginDialog>(m_network.get(), m_languages.get());
    m_dialog->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_dialog.get()));
}

void TestGuiLogin::cleanup()
{
    m_dialog.reset();
}

void TestGuiLogin::fill(const QString& server, const QString& user, const QString& password)
{
    auto* serverEdit = m_dialog->findChild<QLineEdit*>(QStringLiteral("serverEdit"));
    auto* userEdit = m_dialog->findChild<QLineEdit*>(QStringLiteral("userEdit"));
    auto* passwordEdit = m_dialog->findChild<QLineEdit*>(QStringLiteral("passwordEdit"));
    QVERIFY(serverEdit && userEdit && passwordEdit);
    serverEdit->setText(server);
    userEdit->setText(user);
    passwordEdit->setText(password);
}

QString TestGuiLogin::statusText() const
{
    auto* status = m_dialog->findChild<QLabel*>(QStringLiteral("loginStatus"));
    return status ? status->text() : QString();
}

void TestGuiLogin::checkConnectionFindsServer()
{
    fill(m_server.baseUrl().toString(), {}, {});
    auto* check = m_dialog->findChild<QPushButton*>(QStringLiteral("checkConnectionButton"));
    QVERIFY(check && check->isEnabled());
    QTest::mouseClick(check, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(statusText().startsWith(QLatin1String("The Caseport server answers")), 20000);
    QVERIFY(check->isEnabled()); // no longer busy
}

void TestGuiLogin::checkConnectionExplainsRefusal()
{
    // A loopback port that was free a moment ago: nothing listens there.
    quint16 port = 0;
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        port = probe.serverPort();
    }
    fill(QStringLiteral("http://127.0.0.1:%1").arg(port), {}, {});
    QTest::mouseClick(m_dialog->findChild<QPushButton*>(QStringLiteral("checkConnectionButton")), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(statusText(),
                              QStringLiteral("No server answers at this address. Is caseportd running "
                                             "and the port right?"),
                              20000);
}

void TestGuiLogin::wrongPasswordIsExplained()
{
    fill(m_server.baseUrl().toString(), QStringLiteral("anna@acme.example"), QStringLiteral("wrong"));
    QSignalSpy loggedIn(m_dialog.get(), &LoginDialog::loggedIn);
    QTest::mouseClick(m_dialog->findChild<QPushButton*>(QStringLiteral("loginButton")), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(statusText(), QStringLiteral("The e-mail or password is not correct."), 20000);
    QCOMPARE(loggedIn.count(), 0);
    QVERIFY(m_dialog->isVisible());
}

void TestGuiLogin::goodLoginEmitsSession()
{
    fill(m_server.baseUrl().toString(), QStringLiteral("anna@acme.example"), QStringLiteral("demo"));
    QSignalSpy loggedIn(m_dialog.get(), &LoginDialog::loggedIn);
    QTest::mouseClick(m_dialog->findChild<QPushButton*>(QStringLiteral("loginButton")), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(loggedIn.count(), 1, 20000);
    const auto session = loggedIn.at(0).at(1).value<caseport::SessionInfo>();
    QCOMPARE(session.user.id, std::string("anna@acme.example"));
    QVERIFY(!session.token.empty());
    QTRY_VERIFY(!m_dialog->isVisible()); // accepted
}

void TestGuiLogin::languageSelectorRetranslates()
{
    auto* combo = m_dialog->findChild<QComboBox*>(QStringLiteral("languageCombo"));
    auto* login = m_dialog->findChild<QPushButton*>(QStringLiteral("loginButton"));
    QVERIFY(combo && login);
    QCOMPARE(login->text(), QStringLiteral("Log in"));
    const int danish = combo->findData(QStringLiteral("da"));
    QVERIFY(danish >= 0);
    combo->setCurrentIndex(danish);
    emit combo->activated(danish); // what a user's pick does
    QCOMPARE(m_languages->language(), QStringLiteral("da"));
    QTRY_COMPARE(login->text(), QStringLiteral("Log ind"));
    QTRY_COMPARE(m_dialog->windowTitle(), QStringLiteral("Log ind på Caseport"));
}

void TestGuiLogin::loginThenLogoutReturnsToLogin()
{
    m_dialog.reset();
    QTemporaryDir cacheDir;
    caseport::app::AppController controller(
        m_network.get(), m_languages.get(),
        {m_server.baseUrl().toString(), QStringLiteral("anna@acme.example"), cacheDir.path()});
    QSignalSpy finished(&controller, &caseport::app::AppController::finished);
    controller.start();

    QPointer<LoginDialog> login = findTopLevel<LoginDialog>();
    QVERIFY(login);
    QCOMPARE(login->findChild<QLineEdit*>(QStringLiteral("userEdit"))->text(), QStringLiteral("anna@acme.example"));
    login->findChild<QLineEdit*>(QStringLiteral("passwordEdit"))->setText(QStringLiteral("demo"));
    QTest::mouseClick(login->findChild<QPushButton*>(QStringLiteral("loginButton")), Qt::LeftButton);

    QTRY_VERIFY_WITH_TIMEOUT(findTopLevel<caseport::app::MainWindow>() != nullptr, 20000);
    QPointer<caseport::app::MainWindow> window = findTopLevel<caseport::app::MainWindow>();
    QTRY_VERIFY(!login); // the accepted login dialog deletes itself

    window->findChild<QAction*>(QStringLiteral("logoutAction"))->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(!window, 20000);
    QTRY_VERIFY(findTopLevel<LoginDialog>() != nullptr);
    QCOMPARE(finished.count(), 0); // logging out is not quitting
}

QTEST_MAIN(TestGuiLogin)
#include "tst_gui_login.moc"
