// Followers in the case view against the real caseportd, offscreen: Anna (the creator)
// opens "Add…", searches for Bo in the picker the server fills, adds him; the edit goes
// through the outbox and Bo's own workspace then shows the case in "Followed". Erik
// (full access, public case) follows and unfollows himself; Bo, a limited follower, may
// only leave.

#include "AppResources.h"
#include "CaseListPane.h"
#include "FollowerPickerDialog.h"
#include "FollowersWidget.h"
#include "LanguageManager.h"
#include "MainWindow.h"
#include "SidebarWidget.h"

#include "caseport/client/CaseListModel.h"
#include "caseport/client/Workspace.h"
#include "caseport/testsupport/CaseportdProcess.h"
#include "caseport/testsupport/ClientHelpers.h"

#include <QDialogButtonBox>
#include <QLineEdit>
#include <QListWidget>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>
#include <QUuid>

#include <memory>

using caseport::app::FollowerPickerDialog;
using caseport::app::FollowersWidget;
using caseport::app::MainWindow;
using caseport::app::SidebarWidget;
using caseport::client::CaseListModel;
using caseport::client::Workspace;
using caseport::testsupport::CaseportdProcess;

namespace {

// One user's logged-in workspace and main window.
struct Desk {
    std::unique_ptr<Workspace> workspace;
    std::unique_ptr<MainWindow> window;
};

} // namespace

class TestGuiFollowers : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void creatorAddsBoThroughThePicker();
    void fullMemberFollowsAndUnfollows();
    void limitedFollowerMayOnlyLeave();

private:
    // Logs `user` in, opens their window and waits for the case to be listed.
    void open(Desk& desk, const QString& user);
    // Selects the case in the desk's window; its followers widget.
    FollowersWidget* showCase(Desk& desk);

    CaseportdProcess m_server;
    QTemporaryDir m_cacheDir;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<caseport::app::LanguageManager> m_languages;
    QString m_caseId;
    Desk m_anna;
};

void TestGuiFollowers::initTestCase()
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

    const auto login = caseport::testsupport::loginAndWait(m_network.get(), m_server.baseUrl(),
                                                           QStringLiteral("anna@acme.example"),
                                                           QStringLiteral("demo"));
    QVERIFY2(login.ok, qPrintable(login.error));
    m_anna.workspace = std::make_unique<Workspace>(m_network.get(), m_server.baseUrl(), login.session,
                                                   m_cacheDir.filePath(QStringLiteral("anna")));
    QVERIFY(caseport::testsupport::waitForReady(*m_anna.workspace).ok);
    caseport::NewCase draft;
    draft.id = QUuid::createUuid().toString(QUuid::WithoutBraces).toStdString();
    draft.account = "acme";
    draft.product = "payroll";
    draft.subject = "Who should hear about this?";
    const auto submitted = caseport::testsupport::submitAndWait(*m_anna.workspace, draft);
    QVERIFY2(submitted.ok, qPrintable(submitted.error));
    m_caseId = QString::fromStdString(draft.id);
    m_anna.window = std::make_unique<MainWindow>(m_anna.workspace.get(), m_languages.get());
    m_anna.window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_anna.window.get()));
    QTRY_VERIFY_WITH_TIMEOUT(m_anna.workspace->caseListModel()->rowOf(m_caseId) >= 0, 20000);
}

void TestGuiFollowers::cleanupTestCase()
{
    m_anna.window.reset();
    m_anna.workspace.reset();
    m_server.stop();
}

void TestGuiFollowers::open(Desk& desk, const QString& user)
{
    const auto login = caseport::testsupport::loginAndWait(m_network.get(), m_server.baseUrl(), user,
                                                           QStringLiteral("demo"));
    QVERIFY2(login.ok, qPrintable(login.error));
    desk.workspace = std::make_unique<Workspace>(m_network.get(), m_server.baseUrl(), login.session,
                                                 m_cacheDir.filePath(user.section(QLatin1Char('@'), 0, 0)));
    desk.window = std::make_unique<MainWindow>(desk.workspace.get(), m_languages.get());
    desk.window->show();
    QVERIFY(caseport::testsupport::waitForReady(*desk.workspace).ok);
    QTRY_VERIFY_WITH_TIMEOUT(desk.workspace->caseListModel()->rowOf(m_caseId) >= 0, 20000);
}

FollowersWidget* TestGuiFollowers::showCase(Desk& desk)
{
    desk.window->findChild<SidebarWidget*>()->setCurrentView(SidebarWidget::View::All);
    desk.window->findChild<caseport::app::CaseListPane*>()->selectCase(m_caseId);
    return desk.window->findChild<FollowersWidget*>(QStringLiteral("followersWidget"));
}

void TestGuiFollowers::creatorAddsBoThroughThePicker()
{
    FollowersWidget* followers = showCase(m_anna);
    QVERIFY(followers);
    QTRY_VERIFY(followers->isVisible());
    QCOMPARE(followers->shownFollowers(), QStringList());
    auto* add = followers->findChild<QPushButton*>(QStringLiteral("addFollowerButton"));
    QVERIFY(add && add->isVisible());
    auto* follow = followers->findChild<QPushButton*>(QStringLiteral("followButton"));
    QVERIFY(follow && follow->isVisible()); // the creator may follow her own case too

    QTest::mouseClick(add, Qt::LeftButton);
    FollowerPickerDialog* picker = nullptr;
    QTRY_VERIFY((picker = followers->findChild<FollowerPickerDialog*>()) != nullptr);
    auto* list = picker->findChild<QListWidget*>(QStringLiteral("followerCandidates"));
    QVERIFY(list);
    QTRY_VERIFY_WITH_TIMEOUT(list->count() > 1, 10000);
    auto* ok = picker->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
    QVERIFY(!ok->isEnabled()); // nobody chosen yet

    QTest::keyClicks(picker->findChild<QLineEdit*>(QStringLiteral("followerSearch")), QStringLiteral("bo@"));
    QListWidgetItem* bo = nullptr;
    for (int row = 0; row < list->count(); ++row) {
        QListWidgetItem* item = list->item(row);
        if (item->data(Qt::UserRole).toString() == QLatin1String("bo@acme.example"))
            bo = item;
        else
            QVERIFY2(item->isHidden(), qPrintable(item->text())); // the search leaves only Bo
    }
    QVERIFY(bo && !bo->isHidden());
    bo->setSelected(true);
    QVERIFY(ok->isEnabled());
    QTest::mouseClick(ok, Qt::LeftButton);

    // As soon as the outbox holds the edit (before the server has it).
    QTRY_COMPARE(followers->shownFollowers(), QStringList{QStringLiteral("bo@acme.example")});
    // Delivered: the server's case carries Bo.
    QTRY_VERIFY_WITH_TIMEOUT(m_anna.workspace->pendingCount() == 0, 20000);
    const int row = m_anna.workspace->caseListModel()->rowOf(m_caseId);
    QTRY_VERIFY_WITH_TIMEOUT(m_anna.workspace->caseListModel()->caseAt(row)->followers
                                 == std::vector<std::string>{"bo@acme.example"},
                             20000);
    // The widget follows the delivered edit (no outbox item left to show it by).
    QTRY_COMPARE(followers->shownFollowers(), QStringList{QStringLiteral("bo@acme.example")});

    Desk boDesk;
    open(boDesk, QStringLiteral("bo@acme.example"));
    boDesk.window->findChild<SidebarWidget*>()->setCurrentView(SidebarWidget::View::Followed);
    auto* view = boDesk.window->findChild<QTreeView*>(QStringLiteral("caseList"));
    QTRY_COMPARE(view->model()->rowCount(), 1);
    QCOMPARE(view->model()->index(0, CaseListModel::Subject).data().toString(),
             QStringLiteral("Who should hear about this?"));
}

void TestGuiFollowers::fullMemberFollowsAndUnfollows()
{
    Desk erik;
    open(erik, QStringLiteral("erik@acme.example"));
    FollowersWidget* followers = showCase(erik);
    QVERIFY(followers);
    auto* follow = followers->findChild<QPushButton*>(QStringLiteral("followButton"));
    auto* unfollow = followers->findChild<QPushButton*>(QStringLiteral("unfollowButton"));
    QTRY_VERIFY(follow->isVisible());
    QVERIFY(!unfollow->isVisible());
    QTest::mouseClick(follow, Qt::LeftButton);
    QTRY_VERIFY(unfollow->isVisible());
    QVERIFY(followers->shownFollowers().contains(QStringLiteral("erik@acme.example")));
    QTRY_VERIFY_WITH_TIMEOUT(erik.workspace->pendingCount() == 0, 20000);
    QTest::mouseClick(unfollow, Qt::LeftButton);
    QTRY_VERIFY(follow->isVisible());
    QTRY_VERIFY_WITH_TIMEOUT(erik.workspace->pendingCount() == 0, 20000);
    QVERIFY(!followers->shownFollowers().contains(QStringLiteral("erik@acme.example")));
    QCOMPARE(erik.workspace->outboxItems().size(), 0); // nothing refused, nothing left
}

void TestGuiFollowers::limitedFollowerMayOnlyLeave()
{
    Desk bo;
    open(bo, QStringLiteral("bo@acme.example"));
    FollowersWidget* followers = showCase(bo);
    QVERIFY(followers);
    QTRY_VERIFY(followers->findChild<QPushButton*>(QStringLiteral("unfollowButton"))->isVisible());
    QVERIFY(!followers->findChild<QPushButton*>(QStringLiteral("addFollowerButton"))->isVisible());
    QVERIFY(!followers->findChild<QPushButton*>(QStringLiteral("followButton"))->isVisible());
}

QTEST_MAIN(TestGuiFollowers)
#include "tst_gui_followers.moc"
