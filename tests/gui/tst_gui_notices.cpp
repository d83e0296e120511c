// Operational notices in the window, against the real caseportd (sample config, which
// has a payroll notice): staff publish through the Notices page's dialog; Bo (payroll,
// no HR) sees the payroll notice in his banner after the push-triggered sync, never the
// HR one; closing a notice sticks; a notice disappears by itself when it ends; a
// withdrawn notice leaves banner and page.

#include "AppResources.h"
#include "LanguageManager.h"
#include "MainWindow.h"
#include "NoticeBanner.h"
#include "NoticesPage.h"
#include "PublishNoticeDialog.h"
#include "SidebarWidget.h"

#include "caseport/NoticeRules.h"
#include "caseport/client/NoticeActions.h"
#include "caseport/client/Workspace.h"
#include "caseport/testsupport/CaseportdProcess.h"
#include "caseport/testsupport/ClientHelpers.h"

#include <QDateTime>
#include <QLabel>
#include <QListWidget>
#include <QNetworkAccessManager>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QTreeWidget>

#include <algorithm>
#include <memory>

using caseport::app::MainWindow;
using caseport::app::NoticeBanner;
using caseport::app::SidebarWidget;
using caseport::client::NoticeActions;
using caseport::client::Workspace;
using caseport::testsupport::CaseportdProcess;

namespace {

constexpr int kWaitMs = 20000;
const QString kSampleNotice = QStringLiteral("payroll-year-end");

struct Session {
    std::unique_ptr<Workspace> workspace;
    std::unique_ptr<MainWindow> window;
};

QStringList pageIds(const MainWindow& window)
{
    QStringList ids;
    const auto* list = window.findChild<QTreeWidget*>(QStringLiteral("noticesList"));
    for (int row = 0; list && row < list->topLevelItemCount(); ++row)
        ids << list->topLevelItem(row)->data(0, Qt::UserRole).toString();
    return ids;
}

} // namespace

class TestGuiNotices : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void sampleNoticeShowsForPayrollUsers();
    void staffPublishesAndCustomerSeesOnlyHisProducts();
    void closingANoticeSticks();
    void noticeLeavesWhenItEnds();
    void withdrawnNoticeLeaves();

private:
    void open(const QString& user, Session& session);
    QString publishThroughDialog(const QString& english, const QString& product);
    NoticeBanner* banner(const Session& session) const;

    CaseportdProcess m_server;
    QTemporaryDir m_cacheDir;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<caseport::app::LanguageManager> m_languages;
    Session m_bo;
    Session m_staff;
    QString m_payrollNotice;
    QString m_hrNotice;
};

void TestGuiNotices::initTestCase()
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
    open(QStringLiteral("bo@acme.example"), m_bo);
    open(QStringLiteral("staff@caseport.example"), m_staff);
}

void TestGuiNotices::cleanupTestCase()
{
    m_bo = {};
    m_staff = {};
    m_server.stop();
}

void TestGuiNotices::open(const QString& user, Session& session)
{
    const auto login = caseport::testsupport::loginAndWait(m_network.get(), m_server.baseUrl(), user,
                                                           QStringLiteral("demo"));
    QVERIFY2(login.ok, qPrintable(login.error));
    session.workspace = std::make_unique<Workspace>(m_network.get(), m_server.baseUrl(), login.session,
                                                    m_cacheDir.filePath(user));
    session.window = std::make_unique<MainWindow>(session.workspace.get(), m_languages.get());
    session.window->show();
    QVERIFY(QTest::qWaitForWindowExposed(session.window.get()));
    QVERIFY(caseport::testsupport::waitForReady(*session.workspace).ok);
    QTRY_VERIFY_WITH_TIMEOUT(!session.workspace->catalog().products.empty(), kWaitMs);
    // As the program does after login: others' changes (here: notices) arrive by push.
    session.workspace->setLiveUpdates(true);
    QTRY_VERIFY_WITH_TIMEOUT(session.workspace->isLive(), kWaitMs);
}

NoticeBanner* TestGuiNotices::banner(const Session& session) const
{
    return session.window->findChild<NoticeBanner*>(QStringLiteral("noticeBanner"));
}

QString TestGuiNotices::publishThroughDialog(const QString& english, const QString& product)
{
    m_staff.window->findChild<SidebarWidget*>()->setCurrentView(SidebarWidget::View::Notices);
    auto* publish = m_staff.window->findChild<QPushButton*>(QStringLiteral("publishNotice"));
    if (!publish || !publish->isVisible()) {
        qWarning("no visible Publish notice… button for staff");
        return {};
    }
    publish->click();
    // The one just opened: an earlier, accepted one may still await its deferred delete.
    caseport::app::PublishNoticeDialog* dialog = nullptr;
    for (auto* candidate : m_staff.window->findChildren<caseport::app::PublishNoticeDialog*>()) {
        if (candidate->isVisible())
            dialog = candidate;
    }
    if (!dialog)
        return {};
    dialog->findChild<QPlainTextEdit*>(QStringLiteral("noticeTextEn"))->setPlainText(english);
    dialog->findChild<QPlainTextEdit*>(QStringLiteral("noticeTextDa"))->setPlainText(QStringLiteral("Dansk: ") + english);
    auto* products = dialog->findChild<QListWidget*>(QStringLiteral("noticeProducts"));
    for (int row = 0; row < products->count(); ++row) {
        if (products->item(row)->data(Qt::UserRole).toString() == product)
            products->item(row)->setCheckState(Qt::Checked);
    }
    const QString id = QString::fromStdString(dialog->notice().id);
    QSignalSpy accepted(dialog, &QDialog::accepted);
    QSignalSpy finished(dialog, &QDialog::finished);
    const QPointer<QDialog> guard(dialog);
    dialog->findChild<QPushButton*>(QStringLiteral("publishNoticeButton"))->click();
    if (!finished.wait(kWaitMs) || accepted.isEmpty()) {
        const auto* error = guard ? guard->findChild<QLabel*>(QStringLiteral("noticeError")) : nullptr;
        qWarning("publish not accepted: %s", qPrintable(error ? error->text() : QString()));
        return {};
    }
    return id;
}

void TestGuiNotices::sampleNoticeShowsForPayrollUsers()
{
    QTRY_VERIFY_WITH_TIMEOUT(banner(m_bo)->shownIds().contains(kSampleNotice), kWaitMs);
    QVERIFY(banner(m_bo)->isVisible());
    const auto* row = banner(m_bo)->findChild<QWidget*>(QStringLiteral("notice"));
    QVERIFY(row);
    QCOMPARE(row->property("severity").toString(), QStringLiteral("info"));
    QVERIFY(row->findChild<QLabel*>(QStringLiteral("noticeText"))->text().startsWith(QStringLiteral("Year-end payroll")));
    // Bo's program speaks Danish: the text follows.
    m_languages->setLanguage(QStringLiteral("da"));
    QTRY_VERIFY(banner(m_bo)
                    ->findChild<QLabel*>(QStringLiteral("noticeText"))
                    ->text()
                    .startsWith(QStringLiteral("Årsafslutning")));
    m_languages->setLanguage(QStringLiteral("en"));
}

void TestGuiNotices::staffPublishesAndCustomerSeesOnlyHisProducts()
{
    m_payrollNotice = publishThroughDialog(QStringLiteral("Payroll runs late today"), QStringLiteral("payroll"));
    QVERIFY(!m_payrollNotice.isEmpty());
    m_hrNotice = publishThroughDialog(QStringLiteral("HR portal maintenance tonight"), QStringLiteral("hr"));
    QVERIFY(!m_hrNotice.isEmpty());
    // Staff see both on their page.
    QTRY_VERIFY_WITH_TIMEOUT(pageIds(*m_staff.window).contains(m_payrollNotice)
                                 && pageIds(*m_staff.window).contains(m_hrNotice),
                             kWaitMs);
    // Bo gets the catalog through the push channel's sync, with no action of his.
    QTRY_VERIFY_WITH_TIMEOUT(banner(m_bo)->shownIds().contains(m_payrollNotice), kWaitMs);
    QVERIFY(!banner(m_bo)->shownIds().contains(m_hrNotice));
    const auto& notices = m_bo.workspace->catalog().notices;
    QVERIFY(std::none_of(notices.begin(), notices.end(),
                         [&](const caseport::Notice& n) { return QString::fromStdString(n.id) == m_hrNotice; }));
    // Bo has no Publish button.
    m_bo.window->findChild<SidebarWidget*>()->setCurrentView(SidebarWidget::View::Notices);
    QVERIFY(pageIds(*m_bo.window).contains(m_payrollNotice));
    QVERIFY(!m_bo.window->findChild<QPushButton*>(QStringLiteral("publishNotice"))->isVisible());
}

void TestGuiNotices::closingANoticeSticks()
{
    QVERIFY(banner(m_bo)->shownIds().contains(m_payrollNotice));
    QToolButton* close = nullptr;
    for (QWidget* row : banner(m_bo)->findChildren<QWidget*>(QStringLiteral("notice"))) {
        if (row->property("noticeId").toString() == m_payrollNotice)
            close = row->findChild<QToolButton*>(QStringLiteral("dismissNotice"));
    }
    QVERIFY(close);
    close->click();
    QVERIFY(!banner(m_bo)->shownIds().contains(m_payrollNotice));
    QVERIFY(banner(m_bo)->shownIds().contains(kSampleNotice));
    QVERIFY(pageIds(*m_bo.window).contains(m_payrollNotice)); // still listed
    // A new window (a restart) remembers it.
    m_bo.window = std::make_unique<MainWindow>(m_bo.workspace.get(), m_languages.get());
    m_bo.window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_bo.window.get()));
    QVERIFY(banner(m_bo)->shownIds().contains(kSampleNotice));
    QVERIFY(!banner(m_bo)->shownIds().contains(m_payrollNotice));
}

void TestGuiNotices::noticeLeavesWhenItEnds()
{
    NoticeActions actions(m_staff.workspace.get());
    caseport::NewNotice notice = NoticeActions::newNotice();
    notice.severity = caseport::NoticeSeverity::Outage;
    notice.text.byLanguage["en"] = "Payroll is down for a moment";
    notice.products = {"payroll"};
    notice.until = caseport::notices::formatTime(QDateTime::currentSecsSinceEpoch() + 15);
    QSignalSpy published(&actions, &NoticeActions::published);
    actions.publish(notice);
    QVERIFY(published.wait(kWaitMs));
    const QString id = QString::fromStdString(notice.id);
    QTRY_VERIFY_WITH_TIMEOUT(banner(m_bo)->shownIds().contains(id), kWaitMs);
    // Nothing syncs now; the banner's own timer takes it down at `until`.
    QTRY_VERIFY_WITH_TIMEOUT(!banner(m_bo)->shownIds().contains(id), kWaitMs);
}

void TestGuiNotices::withdrawnNoticeLeaves()
{
    m_staff.window->findChild<SidebarWidget*>()->setCurrentView(SidebarWidget::View::Notices);
    QVERIFY(pageIds(*m_bo.window).contains(m_payrollNotice));
    NoticeActions actions(m_staff.workspace.get());
    QSignalSpy withdrawn(&actions, &NoticeActions::withdrawn);
    actions.withdraw(m_payrollNotice);
    QVERIFY(withdrawn.wait(kWaitMs));
    QTRY_VERIFY_WITH_TIMEOUT(!pageIds(*m_bo.window).contains(m_payrollNotice), kWaitMs);
    QTRY_VERIFY_WITH_TIMEOUT(!pageIds(*m_staff.window).contains(m_payrollNotice), kWaitMs);
    // A config notice cannot be withdrawn from the page: its button stays disabled.
    auto* list = m_staff.window->findChild<QTreeWidget*>(QStringLiteral("noticesList"));
    for (int row = 0; row < list->topLevelItemCount(); ++row) {
        if (list->topLevelItem(row)->data(0, Qt::UserRole).toString() == kSampleNotice)
            list->setCurrentItem(list->topLevelItem(row));
    }
    QVERIFY(!m_staff.window->findChild<QPushButton*>(QStringLiteral("withdrawNotice"))->isEnabled());
}

QTEST_MAIN(TestGuiNotices)
#include "tst_gui_notices.moc"
