// End to end: an access change by a config reload reaches a running client. The real
// caseportd with (a copy of) the sample config, the real client library. erik (payroll
// full in acme) holds anna's case in his cache; the admin lowers his acme payroll level
// to none and sends SIGHUP; erik's next sync removes the case from his cache. A broken
// file is refused and the old configuration keeps serving; raising the level again
// brings the case back.

#include "caseport/client/CaseListModel.h"
#include "caseport/client/Workspace.h"
#include "caseport/testsupport/CaseportdProcess.h"
#include "caseport/testsupport/ClientHelpers.h"

#include <QNetworkAccessManager>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace caseport;
using namespace caseport::client;
using namespace caseport::testsupport;

namespace {

// The sample config with erik's acme payroll level set to `level`.
QString configWithEriksAcmePayroll(const QString& level)
{
    QString text = CaseportdProcess::sampleConfigText();
    const qsizetype erik = text.indexOf(QStringLiteral("email = \"erik@acme.example\""));
    const QString full = QStringLiteral("payroll = \"full\"");
    const qsizetype at = erik < 0 ? -1 : text.indexOf(full, erik); // his first: acme's
    if (at < 0)
        return {};
    return text.replace(at, full.size(), QStringLiteral("payroll = \"%1\"").arg(level));
}

} // namespace

class TestE2eAccess : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void erikHoldsAnnasCase();
    void loweredAccessRemovesItFromHisCache();
    void brokenConfigIsRefusedAndTheOldOneServes();
    void raisedAccessBringsItBack();

private:
    std::unique_ptr<Workspace> openWorkspace(const QString& user, QString* error);
    [[nodiscard]] bool erikHasTheCase() const;

    QNetworkAccessManager m_network;
    CaseportdProcess m_server;
    QTemporaryDir m_cacheRoot;
    std::unique_ptr<Workspace> m_erik; // stays open: the running client
    Case m_annasCase;
};

std::unique_ptr<Workspace> TestE2eAccess::openWorkspace(const QString& user, QString* error)
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

bool TestE2eAccess::erikHasTheCase() const
{
    return m_erik->caseListModel()->rowOf(QString::fromStdString(m_annasCase.id)) >= 0;
}

void TestE2eAccess::initTestCase()
{
    QVERIFY(m_cacheRoot.isValid());
    const QString config = configWithEriksAcmePayroll(QStringLiteral("full"));
    QVERIFY2(!config.isEmpty(), "erik's acme payroll level not found in the sample config");
    QVERIFY2(m_server.start(config), qPrintable(m_server.errorString()));
}

void TestE2eAccess::cleanupTestCase()
{
    m_erik.reset();
    QVERIFY2(m_server.stop(), qPrintable(m_server.errorString()));
}

void TestE2eAccess::erikHoldsAnnasCase()
{
    QString error;
    auto anna = openWorkspace(QStringLiteral("anna@acme.example"), &error);
    QVERIFY2(anna, qPrintable(error));
    QVERIFY2(syncAndWait(*anna).ok, "anna's first sync failed");
    NewCase draft;
    draft.product = "payroll";
    draft.category = "support";
    draft.subject = "Holiday pay is missing";
    draft.description = "Nobody got holiday pay in June.";
    const WaitOutcome submitted = submitAndWait(*anna, draft);
    QVERIFY2(submitted.ok, qPrintable(submitted.error));
    m_annasCase = submitted.created;

    m_erik = openWorkspace(QStringLiteral("erik@acme.example"), &error);
    QVERIFY2(m_erik, qPrintable(error));
    const WaitOutcome synced = syncAndWait(*m_erik);
    QVERIFY2(synced.ok, qPrintable(synced.error));
    m_erik->setCurrentAccount(QStringLiteral("acme"));
    QTRY_VERIFY_WITH_TIMEOUT(erikHasTheCase(), 10000);
}

void TestE2eAccess::loweredAccessRemovesItFromHisCache()
{
    QVERIFY(m_erik);
    QCOMPARE(m_server.reload(configWithEriksAcmePayroll(QStringLiteral("none"))),
             CaseportdProcess::Reload::Applied);

    const WaitOutcome synced = syncAndWait(*m_erik);
    QVERIFY2(synced.ok, qPrintable(synced.error));
    QTRY_VERIFY_WITH_TIMEOUT(!erikHasTheCase(), 10000);
    // Gone from the cache itself, not only from the view: a new workspace over the same
    // file does not show it either.
    QString error;
    m_erik = openWorkspace(QStringLiteral("erik@acme.example"), &error);
    QVERIFY2(m_erik, qPrintable(error));
    m_erik->setCurrentAccount(QStringLiteral("acme"));
    QVERIFY(!erikHasTheCase());
}

void TestE2eAccess::brokenConfigIsRefusedAndTheOldOneServes()
{
    QString broken = configWithEriksAcmePayroll(QStringLiteral("full"));
    broken.replace(QStringLiteral("\n[server]\n"), QStringLiteral("\n[server]\nlisten_twice = true\n"));
    QCOMPARE(m_server.reload(broken), CaseportdProcess::Reload::Refused);
    QVERIFY2(m_server.output().contains(QStringLiteral("listen_twice")), "the problem is logged");
    QVERIFY(m_server.isRunning());

    // Still the lowered access: the broken file's "full" did not take effect.
    const WaitOutcome synced = syncAndWait(*m_erik);
    QVERIFY2(synced.ok, qPrintable(synced.error));
    QVERIFY(!erikHasTheCase());
    const LoginOutcome login = loginAndWait(&m_network, m_server.baseUrl(),
                                            QStringLiteral("bo@acme.example"), QStringLiteral("demo"));
    QVERIFY2(login.ok, qPrintable(login.error));
}

void TestE2eAccess::raisedAccessBringsItBack()
{
    QCOMPARE(m_server.reload(configWithEriksAcmePayroll(QStringLiteral("full"))),
             CaseportdProcess::Reload::Applied);
    const WaitOutcome synced = syncAndWait(*m_erik);
    QVERIFY2(synced.ok, qPrintable(synced.error));
    QTRY_VERIFY_WITH_TIMEOUT(erikHasTheCase(), 10000);
}

QTEST_GUILESS_MAIN(TestE2eAccess)
#include "tst_e2e_access.moc"
