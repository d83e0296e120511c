// The Products page against the real caseportd: Anna (payroll and HR full in Acme) sees
// those two with their support phone, e-mail (mailto), hours, guide links and categories,
// not Time; links open through QDesktopServices; names follow the language; staff see
// every product; Erik's page follows the account he switches to.

#include "AccountSwitcher.h"
#include "AppResources.h"
#include "LanguageManager.h"
#include "MainWindow.h"
#include "ProductsPage.h"
#include "SidebarWidget.h"

#include "caseport/client/Workspace.h"
#include "caseport/testsupport/CaseportdProcess.h"
#include "caseport/testsupport/ClientHelpers.h"

#include <QDesktopServices>
#include <QFrame>
#include <QLabel>
#include <QNetworkAccessManager>
#include <QSettings>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

#include <memory>

using caseport::app::MainWindow;
using caseport::app::SidebarWidget;
using caseport::client::Workspace;
using caseport::testsupport::CaseportdProcess;

// Receives the URLs QDesktopServices would hand to the browser or mail program.
class UrlCatcher : public QObject {
    Q_OBJECT
public:
    QList<QUrl> opened;
public slots:
    void open(const QUrl& url) { opened.append(url); }
};

class TestGuiProducts : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void cleanupTestCase();
    void showsTheUsersProducts();
    void linksOpenThroughDesktopServices();
    void namesFollowTheLanguage();
    void staffSeeEveryProduct();
    void followsTheChosenAccount();

private:
    void openAs(const QString& user);
    caseport::app::ProductsPage* showProducts();
    QStringList cardIds() const;
    QLabel* labelIn(const QString& productId, const char* objectName) const;

    CaseportdProcess m_server;
    QTemporaryDir m_cacheDir;
    UrlCatcher m_urls;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<caseport::app::LanguageManager> m_languages;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<MainWindow> m_window;
};

void TestGuiProducts::initTestCase()
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
    for (const char* scheme : {"https", "mailto"})
        QDesktopServices::setUrlHandler(QLatin1String(scheme), &m_urls, "open");
}

void TestGuiProducts::cleanup()
{
    m_window.reset();
    m_workspace.reset();
    m_languages->setLanguage(QStringLiteral("en"));
}

void TestGuiProducts::cleanupTestCase()
{
    for (const char* scheme : {"https", "mailto"})
        QDesktopServices::unsetUrlHandler(QLatin1String(scheme));
    m_server.stop();
}

void TestGuiProducts::openAs(const QString& user)
{
    const auto login = caseport::testsupport::loginAndWait(m_network.get(), m_server.baseUrl(), user,
                                                           QStringLiteral("demo"));
    QVERIFY2(login.ok, qPrintable(login.error));
    m_workspace = std::make_unique<Workspace>(m_network.get(), m_server.baseUrl(), login.session,
                                              m_cacheDir.filePath(user));
    m_window = std::make_unique<MainWindow>(m_workspace.get(), m_languages.get());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QVERIFY(caseport::testsupport::waitForReady(*m_workspace).ok);
    QTRY_VERIFY_WITH_TIMEOUT(!m_workspace->catalog().products.empty(), 20000);
}

caseport::app::ProductsPage* TestGuiProducts::showProducts()
{
    m_window->findChild<SidebarWidget*>()->setCurrentView(SidebarWidget::View::Products);
    auto* page = m_window->findChild<caseport::app::ProductsPage*>(QStringLiteral("productsPage"));
    auto* pages = m_window->findChild<QStackedWidget*>(QStringLiteral("mainPages"));
    if (!page || !pages || pages->currentWidget() != page || !page->isVisible())
        return nullptr;
    return page;
}

QStringList TestGuiProducts::cardIds() const
{
    QStringList ids;
    const auto* page = m_window->findChild<caseport::app::ProductsPage*>(QStringLiteral("productsPage"));
    for (const QFrame* card : page->findChildren<QFrame*>()) {
        if (card->objectName().startsWith(QLatin1String("productCard_")))
            ids.append(card->property("productId").toString());
    }
    return ids;
}

QLabel* TestGuiProducts::labelIn(const QString& productId, const char* objectName) const
{
    auto* card = m_window->findChild<QFrame*>(QStringLiteral("productCard_") + productId);
    return card ? card->findChild<QLabel*>(QLatin1String(objectName)) : nullptr;
}

void TestGuiProducts::showsTheUsersProducts()
{
    openAs(QStringLiteral("anna@acme.example"));
    QVERIFY(showProducts());
    QCOMPARE(cardIds(), QStringList({QStringLiteral("payroll"), QStringLiteral("hr")}));
    QCOMPARE(m_window->findChild<QLabel*>(QStringLiteral("productsTitle"))->text(),
             QStringLiteral("Products — Acme A/S"));

    QCOMPARE(labelIn(QStringLiteral("payroll"), "productName")->text(), QStringLiteral("Payroll"));
    QCOMPARE(labelIn(QStringLiteral("payroll"), "productPhone")->text(), QStringLiteral("+45 70 20 30 40"));
    QVERIFY(labelIn(QStringLiteral("payroll"), "productEmail")->text().contains(
        QLatin1String("href=\"mailto:payroll@caseport.example\"")));
    QCOMPARE(labelIn(QStringLiteral("payroll"), "productHours")->text(), QStringLiteral("Weekdays 8-16"));
    QCOMPARE(labelIn(QStringLiteral("payroll"), "productAccess")->text(), QStringLiteral("Full"));
    QLabel* guide = labelIn(QStringLiteral("payroll"), "guideLink");
    QVERIFY(guide && guide->isVisible());
    QVERIFY2(guide->text().contains(QLatin1String("href=\"https://docs.caseport.example/payroll\"")),
             qPrintable(guide->text()));
    QVERIFY(guide->text().contains(QLatin1String("Getting started with payroll")));
    QCOMPARE(labelIn(QStringLiteral("payroll"), "productCategories")->text(),
             QStringLiteral("Support request, Decisions/Documents"));
    QVERIFY(m_window->findChild<QLabel*>(QStringLiteral("productsEmpty"))->isHidden());
}

void TestGuiProducts::linksOpenThroughDesktopServices()
{
    openAs(QStringLiteral("anna@acme.example"));
    QVERIFY(showProducts());
    m_urls.opened.clear();
    QLabel* guide = labelIn(QStringLiteral("hr"), "guideLink");
    QVERIFY(guide);
    emit guide->linkActivated(QStringLiteral("https://docs.caseport.example/hr")); // a click on it
    QLabel* mail = labelIn(QStringLiteral("hr"), "productEmail");
    emit mail->linkActivated(QStringLiteral("mailto:hr@caseport.example"));
    QCOMPARE(m_urls.opened, QList<QUrl>({QUrl(QStringLiteral("https://docs.caseport.example/hr")),
                                         QUrl(QStringLiteral("mailto:hr@caseport.example"))}));
}

void TestGuiProducts::namesFollowTheLanguage()
{
    openAs(QStringLiteral("anna@acme.example"));
    QVERIFY(showProducts());
    m_languages->setLanguage(QStringLiteral("da"));
    QTRY_COMPARE(labelIn(QStringLiteral("payroll"), "productName")->text(), QStringLiteral("Løn"));
    QCOMPARE(labelIn(QStringLiteral("payroll"), "productHours")->text(), QStringLiteral("Hverdage 8-16"));
    QVERIFY2(labelIn(QStringLiteral("payroll"), "guideLink")->text().contains(QStringLiteral("Kom godt i gang med løn")), qPrintable(labelIn(QStringLiteral("payroll"), "guideLink")->text()));
    m_languages->setLanguage(QStringLiteral("sv"));
    QTRY_COMPARE(labelIn(QStringLiteral("payroll"), "productName")->text(), QStringLiteral("Lön"));
}

void TestGuiProducts::staffSeeEveryProduct()
{
    openAs(QStringLiteral("staff@caseport.example"));
    QVERIFY(showProducts());
    QCOMPARE(cardIds(), QStringList({QStringLiteral("payroll"), QStringLiteral("hr"), QStringLiteral("time")}));
    QVERIFY(!labelIn(QStringLiteral("time"), "productAccess")); // no level to show for staff
}

void TestGuiProducts::followsTheChosenAccount()
{
    openAs(QStringLiteral("erik@acme.example"));
    m_window->accountSwitcher()->choose(QStringLiteral("acme"));
    QVERIFY(showProducts());
    auto* title = m_window->findChild<QLabel*>(QStringLiteral("productsTitle"));
    QTRY_COMPARE(title->text(), QStringLiteral("Products — Acme A/S"));
    QCOMPARE(cardIds(), QStringList({QStringLiteral("payroll")}));
    m_window->accountSwitcher()->choose(QStringLiteral("nordic"));
    QTRY_COMPARE(title->text(), QStringLiteral("Products — Nordic Foods AB"));
    QCOMPARE(cardIds(), QStringList({QStringLiteral("payroll")}));
}

QTEST_MAIN(TestGuiProducts)
#include "tst_gui_products.moc"
