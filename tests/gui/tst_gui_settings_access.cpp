// Settings → "Your access" against the real caseportd: Bo sees Limited on payroll and None
// on HR and Time; Anna is customer admin of Acme; Cecilie's access is narrowed to the
// Aarhus office; Erik sees both his accounts; staff see "Staff — sees every case"; the
// levels follow the language.

#include "AppResources.h"
#include "LanguageManager.h"
#include "MainWindow.h"
#include "SettingsDialog.h"

#include "caseport/client/Workspace.h"
#include "caseport/testsupport/CaseportdProcess.h"
#include "caseport/testsupport/ClientHelpers.h"

#include <QGroupBox>
#include <QLabel>
#include <QNetworkAccessManager>
#include <QSettings>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using caseport::app::MainWindow;
using caseport::app::SettingsDialog;
using caseport::client::Workspace;
using caseport::testsupport::CaseportdProcess;

class TestGuiSettingsAccess : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void cleanupTestCase();
    void limitedAndNone();
    void customerAdmin();
    void scopedToASite();
    void severalAccounts();
    void staff();

private:
    // Logs in as `user`, opens Settings on "Your access".
    SettingsDialog* openAs(const QString& user);
    QString text(const QString& objectName) const;

    CaseportdProcess m_server;
    QTemporaryDir m_cacheDir;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<caseport::app::LanguageManager> m_languages;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<MainWindow> m_window;
};

void TestGuiSettingsAccess::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    caseport::app::initResources();
    QVERIFY2(CaseportdProcess::isAvailable(), "CASEPORTD_BIN does not name the caseportd binary");
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
    QVERIFY(m_cacheDir.isValid());
    m_network = std::make_unique<QNetworkAccessManager>();
    m_languages = std::make_unique<caseport::app::LanguageManager>(/*persist=*/false);
    m_languages->setLanguage(QStringLiteral("en"));
}

void TestGuiSettingsAccess::cleanup()
{
    m_window.reset();
    m_workspace.reset();
    m_languages->setLanguage(QStringLiteral("en"));
}

void TestGuiSettingsAccess::cleanupTestCase()
{
    m_server.stop();
}

SettingsDialog* TestGuiSettingsAccess::openAs(const QString& user)
{
    const auto login = caseport::testsupport::loginAndWait(m_network.get(), m_server.baseUrl(), user,
                                                           QStringLiteral("demo"));
    if (!login.ok) {
        qWarning("%s", qPrintable(login.error));
        return nullptr;
    }
    m_workspace = std::make_unique<Workspace>(m_network.get(), m_server.baseUrl(), login.session,
                                              m_cacheDir.filePath(user));
    m_window = std::make_unique<MainWindow>(m_workspace.get(), m_languages.get());
    m_window->show();
    if (!caseport::testsupport::waitForReady(*m_workspace).ok
        || !QTest::qWaitFor([this] { return !m_workspace->catalog().products.empty(); }, 20000))
        return nullptr;
    m_window->openSettings();
    auto* dialog = m_window->findChild<SettingsDialog*>(QStringLiteral("settingsDialog"));
    if (!dialog)
        return nullptr;
    dialog->setCurrentTab(SettingsDialog::Tab::Access);
    return dialog;
}

QString TestGuiSettingsAccess::text(const QString& objectName) const
{
    auto* dialog = m_window->findChild<SettingsDialog*>(QStringLiteral("settingsDialog"));
    auto* label = dialog ? dialog->findChild<QLabel*>(objectName) : nullptr;
    return label ? label->text() : QStringLiteral("<no %1>").arg(objectName);
}

void TestGuiSettingsAccess::limitedAndNone()
{
    SettingsDialog* dialog = openAs(QStringLiteral("bo@acme.example"));
    QVERIFY(dialog);
    auto* tabs = dialog->findChild<QTabWidget*>(QStringLiteral("settingsTabs"));
    QCOMPARE(tabs->tabText(tabs->currentIndex()), QStringLiteral("Your access"));
    auto* box = dialog->findChild<QGroupBox*>(QStringLiteral("access_acme"));
    QVERIFY(box && box->isVisible());
    QCOMPARE(box->title(), QStringLiteral("Acme A/S (DK12345678)"));
    QCOMPARE(text(QStringLiteral("level_acme_payroll")), QStringLiteral("Limited"));
    QCOMPARE(text(QStringLiteral("level_acme_hr")), QStringLiteral("None"));
    QCOMPARE(text(QStringLiteral("level_acme_time")), QStringLiteral("None"));
    QCOMPARE(text(QStringLiteral("objects_acme")), QStringLiteral("All sites"));
    QVERIFY(!dialog->findChild<QLabel*>(QStringLiteral("customerAdmin_acme")));

    m_languages->setLanguage(QStringLiteral("da"));
    QTRY_COMPARE(text(QStringLiteral("level_acme_payroll")), QStringLiteral("Begrænset"));
    QCOMPARE(text(QStringLiteral("level_acme_hr")), QStringLiteral("Ingen"));
    m_languages->setLanguage(QStringLiteral("sv"));
    QTRY_COMPARE(text(QStringLiteral("level_acme_payroll")), QStringLiteral("Begränsad"));
    QCOMPARE(text(QStringLiteral("level_acme_hr")), QStringLiteral("Ingen"));
}

void TestGuiSettingsAccess::customerAdmin()
{
    QVERIFY(openAs(QStringLiteral("anna@acme.example")));
    QCOMPARE(text(QStringLiteral("level_acme_payroll")), QStringLiteral("Full"));
    QCOMPARE(text(QStringLiteral("level_acme_hr")), QStringLiteral("Full"));
    QVERIFY(text(QStringLiteral("customerAdmin_acme")).startsWith(QLatin1String("Customer admin")));
}

void TestGuiSettingsAccess::scopedToASite()
{
    QVERIFY(openAs(QStringLiteral("cecilie@acme.example")));
    QCOMPARE(text(QStringLiteral("level_acme_payroll")), QStringLiteral("Full"));
    QCOMPARE(text(QStringLiteral("objects_acme")), QStringLiteral("Aarhus office"));
}

void TestGuiSettingsAccess::severalAccounts()
{
    QVERIFY(openAs(QStringLiteral("erik@acme.example")));
    QCOMPARE(text(QStringLiteral("level_acme_payroll")), QStringLiteral("Full"));
    QCOMPARE(text(QStringLiteral("level_nordic_payroll")), QStringLiteral("Full"));
    QCOMPARE(text(QStringLiteral("level_nordic_time")), QStringLiteral("None"));
}

void TestGuiSettingsAccess::staff()
{
    QVERIFY(openAs(QStringLiteral("staff@caseport.example")));
    QCOMPARE(text(QStringLiteral("accessStaff")), QStringLiteral("Staff — sees every case"));
    auto* dialog = m_window->findChild<SettingsDialog*>(QStringLiteral("settingsDialog"));
    QVERIFY(!dialog->findChild<QGroupBox*>(QStringLiteral("access_acme")));
}

QTEST_MAIN(TestGuiSettingsAccess)
#include "tst_gui_settings_access.moc"
