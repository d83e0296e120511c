// End to end: the real caseportd with the sample config and the real client library.
// anna files a case through her Workspace; erik (same account, payroll full) syncs his
// own cache and sees it under the same number; bo (payroll limited) does not; a sync
// with nothing new receives nothing and keeps the cursor; the cursor survives a new
// Workspace over the same cache; 401 and offline are reported as such.

#include "caseport/client/CaseListModel.h"
#include "caseport/client/Workspace.h"
#include "caseport/testsupport/CaseportdProcess.h"
#include "caseport/testsupport/ClientHelpers.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace caseport;
using namespace caseport::client;
using namespace caseport::testsupport;

class TestE2eSync : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void annaSubmitsACase();
    void erikSeesItWithTheSameNumber();
    void boWithLimitedAccessDoesNotSeeIt();
    void concurrentSubmissionsAnswerWithTheirOwnIds();
    void syncWithNothingNewKeepsTheCursor();
    void newWorkspaceStartsFromTheCachedCursor();
    void revokedTokenExpiresTheSession();
    void stoppedServerMeansOffline();

private:
    // Logs in and opens a Workspace with its cache in its own temp dir; null on failure
    // (the failure is recorded with QVERIFY-style messages via `error`).
    std::unique_ptr<Workspace> openWorkspace(const QString& user, QString* error);

    QNetworkAccessManager m_network;
    CaseportdProcess m_server;
    QTemporaryDir m_cacheRoot;
    Case m_annasCase;
};

std::unique_ptr<Workspace> TestE2eSync::openWorkspace(const QString& user, QString* error)
{
    const LoginOutcome login = loginAndWait(&m_network, m_server.baseUrl(), user, QStringLiteral("demo"));
    if (!login.ok) {
        *error = login.error;
        return nullptr;
    }
    auto workspace = std::make_unique<Workspace>(&m_network, m_server.baseUrl(), login.session,
                                                 m_cacheRoot.filePath(user));
    const WaitOutcome ready = waitForReady(*workspace);
    if (!ready.ok) {
        *error = ready.error;
        return nullptr;
    }
    return workspace;
}

void TestE2eSync::initTestCase()
{
    QVERIFY(m_cacheRoot.isValid());
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
}

void TestE2eSync::cleanupTestCase()
{
    QVERIFY2(m_server.stop(), qPrintable(m_server.errorString()));
}

void TestE2eSync::annaSubmitsACase()
{
    QString error;
    auto anna = openWorkspace(QStringLiteral("anna@acme.example"), &error);
    QVERIFY2(anna, qPrintable(error));
    QSignalSpy online(anna.get(), &Workspace::onlineChanged);

    const WaitOutcome synced = syncAndWait(*anna);
    QVERIFY2(synced.ok, qPrintable(synced.error));
    QVERIFY(anna->isOnline());
    QCOMPARE(online.count(), 1);
    QVERIFY(anna->lastSync().isValid());
    QCOMPARE(anna->currentAccount(), QStringLiteral("acme"));
    QVERIFY(!anna->catalog().products.empty());

    NewCase draft; // id and account are filled in by the workspace
    draft.product = "payroll";
    draft.category = "support";
    draft.subject = "Payslips for March were not sent";
    draft.description = "None of our employees received a payslip.";
    const WaitOutcome submitted = submitAndWait(*anna, draft);
    QVERIFY2(submitted.ok, qPrintable(submitted.error));
    m_annasCase = submitted.created;
    QVERIFY(!m_annasCase.id.empty());
    QVERIFY(!m_annasCase.number.empty());
    QCOMPARE(m_annasCase.account, std::string("acme"));
    QCOMPARE(m_annasCase.creator, std::string("anna@acme.example"));

    // caseSubmitted comes after the cache stored it and the model was refreshed.
    CaseListModel* model = anna->caseListModel();
    const int row = model->rowOf(QString::fromStdString(m_annasCase.id));
    QVERIFY(row >= 0);
    QCOMPARE(model->data(model->index(row, CaseListModel::Number)).toString(),
             QString::fromStdString(m_annasCase.number));
    QCOMPARE(model->data(model->index(row, CaseListModel::Product)).toString(),
             QStringLiteral("Løn")); // anna reads Danish
}

void TestE2eSync::erikSeesItWithTheSameNumber()
{
    QVERIFY(!m_annasCase.id.empty());
    QString error;
    auto erik = openWorkspace(QStringLiteral("erik@acme.example"), &error);
    QVERIFY2(erik, qPrintable(error));
    const WaitOutcome synced = syncAndWait(*erik);
    QVERIFY2(synced.ok, qPrintable(synced.error));
    QVERIFY(erik->lastSyncRecordCount() > 0);
    QVERIFY(!erik->syncCursor().isEmpty());

    if (erik->currentAccount() != QLatin1String("acme")) {
        erik->setCurrentAccount(QStringLiteral("acme"));
        QCOMPARE(erik->currentAccount(), QStringLiteral("acme"));
    }
    CaseListModel* model = erik->caseListModel();
    const QString id = QString::fromStdString(m_annasCase.id);
    QTRY_VERIFY_WITH_TIMEOUT(model->rowOf(id) >= 0, 10000);
    const int row = model->rowOf(id);
    QCOMPARE(model->data(model->index(row, CaseListModel::Number)).toString(),
             QString::fromStdString(m_annasCase.number));
    QCOMPARE(model->data(model->index(row, CaseListModel::Subject)).toString(),
             QString::fromStdString(m_annasCase.subject));
    QCOMPARE(model->data(model->index(row, CaseListModel::Product)).toString(),
             QStringLiteral("Lön")); // erik reads Swedish

    // nordic's list does not show acme's case
    erik->setCurrentAccount(QStringLiteral("nordic"));
    QTRY_COMPARE_WITH_TIMEOUT(model->rowOf(id), -1, 10000);
    QVERIFY(erik->cacheFilePath() != QString()); // own file per server + user
}

void TestE2eSync::boWithLimitedAccessDoesNotSeeIt()
{
    QVERIFY(!m_annasCase.id.empty());
    QString error;
    auto bo = openWorkspace(QStringLiteral("bo@acme.example"), &error);
    QVERIFY2(bo, qPrintable(error));
    const WaitOutcome synced = syncAndWait(*bo);
    QVERIFY2(synced.ok, qPrintable(synced.error));
    QCOMPARE(bo->currentAccount(), QStringLiteral("acme"));
    QCOMPARE(bo->caseListModel()->rowOf(QString::fromStdString(m_annasCase.id)), -1);

    // bo's own case shows up for him
    NewCase draft;
    draft.product = "payroll";
    draft.subject = "Bo's own question";
    const WaitOutcome submitted = submitAndWait(*bo, draft);
    QVERIFY2(submitted.ok, qPrintable(submitted.error));
    QVERIFY(bo->caseListModel()->rowOf(QString::fromStdString(submitted.created.id)) >= 0);
    QCOMPARE(bo->caseListModel()->rowCount(), 1);
}

void TestE2eSync::syncWithNothingNewKeepsTheCursor()
{
    QString error;
    auto erik = openWorkspace(QStringLiteral("erik@acme.example"), &error);
    QVERIFY2(erik, qPrintable(error));
    WaitOutcome synced = syncAndWait(*erik);
    QVERIFY2(synced.ok, qPrintable(synced.error));
    const QString cursor = erik->syncCursor();
    QVERIFY(!cursor.isEmpty());

    synced = syncAndWait(*erik);
    QVERIFY2(synced.ok, qPrintable(synced.error));
    QCOMPARE(erik->lastSyncRecordCount(), 0);
    QCOMPARE(erik->syncCursor(), cursor);
}

void TestE2eSync::newWorkspaceStartsFromTheCachedCursor()
{
    QString error;
    QString cursor;
    QString cacheFile;
    {
        auto erik = openWorkspace(QStringLiteral("erik@acme.example"), &error);
        QVERIFY2(erik, qPrintable(error));
        const WaitOutcome synced = syncAndWait(*erik);
        QVERIFY2(synced.ok, qPrintable(synced.error));
        cursor = erik->syncCursor();
        cacheFile = erik->cacheFilePath();
    }
    auto erik = openWorkspace(QStringLiteral("erik@acme.example"), &error); // a new login
    QVERIFY2(erik, qPrintable(error));
    QCOMPARE(erik->cacheFilePath(), cacheFile);
    // Ready means: the cached catalog and cases are shown before any network traffic.
    QCOMPARE(erik->syncCursor(), cursor);
    QVERIFY(!erik->catalog().accounts.empty());
    QVERIFY(erik->lastSync().isValid());
    if (erik->currentAccount() != QLatin1String("acme"))
        erik->setCurrentAccount(QStringLiteral("acme"));
    QTRY_VERIFY_WITH_TIMEOUT(erik->caseListModel()->rowOf(QString::fromStdString(m_annasCase.id)) >= 0,
                             10000);
    QVERIFY(!erik->isOnline()); // nothing asked the server yet

    const WaitOutcome synced = syncAndWait(*erik);
    QVERIFY2(synced.ok, qPrintable(synced.error));
    QCOMPARE(erik->lastSyncRecordCount(), 0);
    QCOMPARE(erik->syncCursor(), cursor);
}

void TestE2eSync::concurrentSubmissionsAnswerWithTheirOwnIds()
{
    QString error;
    auto anna = openWorkspace(QStringLiteral("anna@acme.example"), &error);
    QVERIFY2(anna, qPrintable(error));
    const WaitOutcome synced = syncAndWait(*anna);
    QVERIFY2(synced.ok, qPrintable(synced.error));

    NewCase bad; // refused by the server: no such product
    bad.product = "no-such-product";
    bad.subject = "This one fails";
    NewCase good;
    good.product = "payroll";
    good.subject = "This one is filed";
    QSignalSpy submitted(anna.get(), &Workspace::caseSubmitted);
    QSignalSpy failed(anna.get(), &Workspace::submitFailed);
    const QString badId = anna->submitCase(bad);
    const QString goodId = anna->submitCase(good);
    QVERIFY(!badId.isEmpty());
    QVERIFY(!goodId.isEmpty());
    QVERIFY(badId != goodId);
    QTRY_COMPARE_WITH_TIMEOUT(submitted.count() + failed.count(), 2, 20000);
    QCOMPARE(failed.count(), 1);
    QCOMPARE(failed.first().at(0).toString(), badId);
    QCOMPARE(submitted.count(), 1);
    QCOMPARE(QString::fromStdString(submitted.first().at(0).value<Case>().id), goodId);
}

void TestE2eSync::revokedTokenExpiresTheSession()
{
    QString error;
    auto dag = openWorkspace(QStringLiteral("dag@nordic.example"), &error);
    QVERIFY2(dag, qPrintable(error));
    QSignalSpy loggedOut(dag.get(), &Workspace::loggedOut);
    dag->logout();
    QVERIFY(loggedOut.wait(10000));

    QSignalSpy expired(dag.get(), &Workspace::sessionExpired);
    const WaitOutcome synced = syncAndWait(*dag);
    QVERIFY(synced.finished);
    QVERIFY(!synced.ok);
    QCOMPARE(synced.failure.kind, ApiFailure::Kind::Unauthorized);
    QCOMPARE(expired.count(), 1);

    // Logging in again as someone else does not take over the workspace ...
    const LoginOutcome other = loginAndWait(&m_network, m_server.baseUrl(),
                                            QStringLiteral("erik@acme.example"), QStringLiteral("demo"));
    QVERIFY2(other.ok, qPrintable(other.error));
    QVERIFY(!dag->renewSession(other.session));
    QVERIFY(!syncAndWait(*dag).ok);
    // ... the same user's new session does, and the workspace works again.
    const LoginOutcome again = loginAndWait(&m_network, m_server.baseUrl(),
                                            QStringLiteral("dag@nordic.example"), QStringLiteral("demo"));
    QVERIFY2(again.ok, qPrintable(again.error));
    QVERIFY(dag->renewSession(again.session));
    const WaitOutcome renewed = syncAndWait(*dag);
    QVERIFY2(renewed.ok, qPrintable(renewed.error));
}

void TestE2eSync::stoppedServerMeansOffline()
{
    QString error;
    auto erik = openWorkspace(QStringLiteral("erik@acme.example"), &error);
    QVERIFY2(erik, qPrintable(error));
    WaitOutcome synced = syncAndWait(*erik);
    QVERIFY2(synced.ok, qPrintable(synced.error));
    QVERIFY(erik->isOnline());
    const int rows = erik->caseListModel()->rowCount();

    QVERIFY2(m_server.stop(), qPrintable(m_server.errorString()));
    QSignalSpy online(erik.get(), &Workspace::onlineChanged);
    synced = syncAndWait(*erik);
    QVERIFY(synced.finished);
    QVERIFY(!synced.ok);
    QVERIFY2(synced.failure.isTransport(), qPrintable(describe(synced.failure)));
    QVERIFY(!erik->isOnline());
    QCOMPARE(online.count(), 1);
    QCOMPARE(erik->caseListModel()->rowCount(), rows); // the cache still serves the list
}

QTEST_GUILESS_MAIN(TestE2eSync)
#include "tst_e2e_sync.moc"
