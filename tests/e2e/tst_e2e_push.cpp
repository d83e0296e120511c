// End to end: live updates through the push channel. The real caseportd and the real
// client library: erik's workspace has live updates on and receives anna's new case
// without asking for a sync; after a server restart his client reconnects by itself
// and catches up.

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

class TestE2ePush : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void aNewCaseAppearsWithoutAsking();
    void afterARestartTheClientReconnectsAndCatchesUp();

private:
    std::unique_ptr<Workspace> openWorkspace(const QString& user, QString* error);
    QString fileCase(const QString& subject, QString* error);
    [[nodiscard]] bool erikHas(const QString& caseId) const;

    QNetworkAccessManager m_network;
    CaseportdProcess m_server;
    QTemporaryDir m_cacheRoot;
    std::unique_ptr<Workspace> m_anna;
    std::unique_ptr<Workspace> m_erik;
};

std::unique_ptr<Workspace> TestE2ePush::openWorkspace(const QString& user, QString* error)
{
    const LoginOutcome login =
        loginAndWait(&m_network, m_server.baseUrl(), user, QStringLiteral("demo"));
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

QString TestE2ePush::fileCase(const QString& subject, QString* error)
{
    NewCase draft;
    draft.product = "payroll";
    draft.subject = subject.toStdString();
    const WaitOutcome submitted = submitAndWait(*m_anna, draft);
    if (!submitted.ok)
        *error = submitted.error;
    return QString::fromStdString(submitted.created.id);
}

bool TestE2ePush::erikHas(const QString& caseId) const
{
    return m_erik->caseListModel()->rowOf(caseId) >= 0;
}

void TestE2ePush::initTestCase()
{
    QVERIFY(m_cacheRoot.isValid());
    QVERIFY2(m_server.start(CaseportdProcess::sampleConfigText()), qPrintable(m_server.errorString()));
    QString error;
    m_anna = openWorkspace(QStringLiteral("anna@acme.example"), &error);
    QVERIFY2(m_anna, qPrintable(error));
    QVERIFY(syncAndWait(*m_anna).ok);
    m_erik = openWorkspace(QStringLiteral("erik@acme.example"), &error);
    QVERIFY2(m_erik, qPrintable(error));
    m_erik->setCurrentAccount(QStringLiteral("acme"));
    m_erik->setLiveUpdates(true);
    QTRY_VERIFY_WITH_TIMEOUT(m_erik->isLive(), 20000);
    // "ready" makes the client catch up once; let that sync end before counting.
    QTRY_VERIFY_WITH_TIMEOUT(!m_erik->isSyncing() && m_erik->lastSync().isValid(), 20000);
}

void TestE2ePush::cleanupTestCase()
{
    m_erik.reset();
    m_anna.reset();
    QVERIFY2(m_server.stop(), qPrintable(m_server.errorString()));
}

void TestE2ePush::aNewCaseAppearsWithoutAsking()
{
    QSignalSpy syncs(m_erik.get(), &Workspace::syncStarted);
    QString error;
    const QString id = fileCase(QStringLiteral("Pension contributions doubled"), &error);
    QVERIFY2(!id.isEmpty(), qPrintable(error));
    QTRY_VERIFY_WITH_TIMEOUT(erikHas(id), 10000);
    QVERIFY(syncs.count() >= 1); // the push asked for it; nobody called sync()
}

void TestE2ePush::afterARestartTheClientReconnectsAndCatchesUp()
{
    QSignalSpy live(m_erik.get(), &Workspace::liveChanged);
    QVERIFY2(m_server.restart(), qPrintable(m_server.errorString()));
    // Lost with the old process, back with the new one: at least two changes of state.
    QTRY_VERIFY_WITH_TIMEOUT(live.count() >= 2 && m_erik->isLive(), 30000);

    QString error;
    const QString id = fileCase(QStringLiteral("Filed after the restart"), &error);
    QVERIFY2(!id.isEmpty(), qPrintable(error));
    QTRY_VERIFY_WITH_TIMEOUT(erikHas(id), 10000);
}

QTEST_GUILESS_MAIN(TestE2ePush)
#include "tst_e2e_push.moc"
