// The sidebar's case views against the real caseportd: All, Open and Followed. Erik files a
// case with Anna as a follower, Bo one without her, Anna one of her own; in Anna's main
// window "Followed" shows only Erik's case (her own case is not "followed").

#include "AppResources.h"
#include "CaseListPane.h"
#include "LanguageManager.h"
#include "MainWindow.h"
#include "SidebarWidget.h"

#include "caseport/client/CaseListModel.h"
#include "caseport/client/Workspace.h"
#include "caseport/testsupport/CaseportdProcess.h"
#include "caseport/testsupport/ClientHelpers.h"

#include <QLabel>
#include <QListWidget>
#include <QNetworkAccessManager>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>
#include <QUuid>

#include <memory>

using caseport::app::MainWindow;
using caseport::app::SidebarWidget;
using caseport::client::CaseListModel;
using caseport::client::Workspace;
using caseport::testsupport::CaseportdProcess;

namespace {

caseport::NewCase draftFor(const QString& subject, std::vector<std::string> followers)
{
    caseport::NewCase draft;
    draft.id = QUuid::createUuid().toString(QUuid::WithoutBraces).toStdString();
    draft.account = "acme";
    draft.product = "payroll";
    draft.subject = subject.toStdString();
    draft.followers = std::move(followers);
    return draft;
}

} // namespace

class TestGuiCaseViews : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void followedShowsOnlyCasesTheUserFollows();
    void emptyFollowedViewExplainsItself();

private:
    // Files a case as `user` through their own workspace.
    void fileAs(const QString& user, const caseport::NewCase& draft);
    void clickView(const char* objectName);
    QStringList shownSubjects() const;

    CaseportdProcess m_server;
    QTemporaryDir m_cacheDir;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<caseport::app::LanguageManager> m_languages;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<MainWindow> m_window;
};

void TestGuiCaseViews::initTestCase()
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

    fileAs(QStringLiteral("erik@acme.example"),
           draftFor(QStringLiteral("Erik asks Anna to follow"), {"anna@acme.example"}));
    fileAs(QStringLiteral("bo@acme.example"), draftFor(QStringLiteral("Bo's own question"), {}));
    fileAs(QStringLiteral("anna@acme.example"), draftFor(QStringLiteral("Anna's own case"), {}));

    const auto login = caseport::testsupport::loginAndWait(m_network.get(), m_server.baseUrl(),
                                                           QStringLiteral("anna@acme.example"),
                                                           QStringLiteral("demo"));
    QVERIFY2(login.ok, qPrintable(login.error));
    m_workspace = std::make_unique<Workspace>(m_network.get(), m_server.baseUrl(), login.session,
                                              m_cacheDir.filePath(QStringLiteral("anna")));
    m_window = std::make_unique<MainWindow>(m_workspace.get(), m_languages.get());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QVERIFY(caseport::testsupport::waitForReady(*m_workspace).ok);
    QTRY_COMPARE_WITH_TIMEOUT(m_workspace->caseListModel()->rowCount(), 3, 20000);
}

void TestGuiCaseViews::cleanupTestCase()
{
    m_window.reset();
    m_workspace.reset();
    m_server.stop();
}

void TestGuiCaseViews::fileAs(const QString& user, const caseport::NewCase& draft)
{
    const auto login = caseport::testsupport::loginAndWait(m_network.get(), m_server.baseUrl(), user,
                                                           QStringLiteral("demo"));
    QVERIFY2(login.ok, qPrintable(login.error));
    Workspace workspace(m_network.get(), m_server.baseUrl(), login.session,
                        m_cacheDir.filePath(user.section(QLatin1Char('@'), 0, 0)));
    QVERIFY(caseport::testsupport::waitForReady(workspace).ok);
    const auto submitted = caseport::testsupport::submitAndWait(workspace, draft);
    QVERIFY2(submitted.ok, qPrintable(submitted.error));
}

void TestGuiCaseViews::clickView(const char* objectName)
{
    auto* list = m_window->findChild<QListWidget*>(QStringLiteral("viewList"));
    QVERIFY(list);
    for (int row = 0; row < list->count(); ++row) {
        QListWidgetItem* item = list->item(row);
        if (item->data(Qt::UserRole + 1).toString() == QLatin1String(objectName)) {
            QVERIFY(!item->isHidden());
            const QRect rect = list->visualItemRect(item);
            QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, rect.center());
            QCOMPARE(list->currentItem(), item);
            return;
        }
    }
    QFAIL(objectName);
}

QStringList TestGuiCaseViews::shownSubjects() const
{
    QStringList subjects;
    auto* view = m_window->findChild<QTreeView*>(QStringLiteral("caseList"));
    if (!view || !view->model())
        return subjects;
    for (int row = 0; row < view->model()->rowCount(); ++row)
        subjects.append(view->model()->index(row, CaseListModel::Subject).data().toString());
    subjects.sort();
    return subjects;
}

void TestGuiCaseViews::followedShowsOnlyCasesTheUserFollows()
{
    QCOMPARE(shownSubjects(), QStringList({QStringLiteral("Anna's own case"), QStringLiteral("Bo's own question"),
                                           QStringLiteral("Erik asks Anna to follow")}));
    clickView("followedCasesView");
    QCOMPARE(shownSubjects(), QStringList({QStringLiteral("Erik asks Anna to follow")}));
    clickView("openCasesView");
    QCOMPARE(shownSubjects().size(), 3); // every one of them is still open
    clickView("allCasesView");
    QCOMPARE(shownSubjects().size(), 3);
}

void TestGuiCaseViews::emptyFollowedViewExplainsItself()
{
    // Bo follows nothing.
    const auto login = caseport::testsupport::loginAndWait(m_network.get(), m_server.baseUrl(),
                                                           QStringLiteral("bo@acme.example"),
                                                           QStringLiteral("demo"));
    QVERIFY2(login.ok, qPrintable(login.error));
    Workspace workspace(m_network.get(), m_server.baseUrl(), login.session, m_cacheDir.filePath(QStringLiteral("bo2")));
    MainWindow window(&workspace, m_languages.get());
    window.show();
    QVERIFY(caseport::testsupport::waitForReady(workspace).ok);
    QTRY_VERIFY_WITH_TIMEOUT(workspace.caseListModel()->rowCount() >= 1, 20000);
    window.findChild<SidebarWidget*>()->setCurrentView(SidebarWidget::View::Followed);
    auto* view = window.findChild<QTreeView*>(QStringLiteral("caseList"));
    QCOMPARE(view->model()->rowCount(), 0);
    auto* hint = window.findChild<QLabel*>(QStringLiteral("caseListEmptyHint"));
    QVERIFY(hint);
    QVERIFY(hint->isVisible());
    QVERIFY2(hint->text().startsWith(QLatin1String("You follow no cases")), qPrintable(hint->text()));
}

QTEST_MAIN(TestGuiCaseViews)
#include "tst_gui_case_views.moc"
