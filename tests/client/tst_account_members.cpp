// AccountMembers (MembersJob, UpdateMemberJob, AccessAuditJob) against the real caseportd:
// Anna, Acme's customer admin, lists the members, raises Bo's Time level (not set in the
// config) and finds it in the audit and in Bo's next catalog; config-managed levels,
// unknown products, non-members, callers who are not admins and an unreachable server
// fail with the codes the Members page turns into words.

#include "caseport/client/AccountMembers.h"
#include "caseport/client/Workspace.h"
#include "caseport/testsupport/CaseportdProcess.h"
#include "caseport/testsupport/ClientHelpers.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <memory>

using namespace caseport;
using caseport::client::AccountMembers;
using caseport::client::ApiFailure;
using caseport::client::Workspace;
using caseport::testsupport::CaseportdProcess;

namespace {

const AccountMember* find(const MemberList& list, const std::string& user)
{
    const auto it = std::find_if(list.members.begin(), list.members.end(),
                                 [&](const AccountMember& m) { return m.user == user; });
    return it == list.members.end() ? nullptr : &*it;
}

bool contains(const std::vector<std::string>& list, const std::string& item)
{
    return std::find(list.begin(), list.end(), item) != list.end();
}

} // namespace

class TestAccountMembers : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void adminListsMembers();
    void adminRaisesALevel();
    void refusals_data();
    void refusals();
    void notAdminOrNotMember_data();
    void notAdminOrNotMember();
    void unreachableServer();

private:
    std::unique_ptr<Workspace> workspaceFor(const QString& user, const QUrl& server = {});
    // Saves one update and returns the failure (Kind::None when it was saved).
    ApiFailure saveOne(AccountMembers& members, const QString& user, MemberUpdate update,
                       AccountMember* saved = nullptr);

    CaseportdProcess m_server;
    QTemporaryDir m_cacheDir;
    std::unique_ptr<QNetworkAccessManager> m_network;
    int m_workspaces = 0;
};

void TestAccountMembers::initTestCase()
{
    QVERIFY2(CaseportdProcess::isAvailable(), "CASEPORTD_BIN does not name the caseportd binary");
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
    QVERIFY(m_cacheDir.isValid());
    m_network = std::make_unique<QNetworkAccessManager>();
}

void TestAccountMembers::cleanupTestCase()
{
    m_server.stop();
}

std::unique_ptr<Workspace> TestAccountMembers::workspaceFor(const QString& user, const QUrl& server)
{
    const auto login = caseport::testsupport::loginAndWait(m_network.get(), m_server.baseUrl(), user,
                                                           QStringLiteral("demo"));
    if (!login.ok) {
        qWarning("%s", qPrintable(login.error));
        return nullptr;
    }
    auto workspace = std::make_unique<Workspace>(m_network.get(), server.isEmpty() ? m_server.baseUrl() : server,
                                                 login.session,
                                                 m_cacheDir.filePath(QString::number(++m_workspaces)));
    if (!caseport::testsupport::waitForReady(*workspace).ok)
        return nullptr;
    return workspace;
}

ApiFailure TestAccountMembers::saveOne(AccountMembers& members, const QString& user, MemberUpdate update,
                                       AccountMember* saved)
{
    QSignalSpy ok(&members, &AccountMembers::memberSaved);
    QSignalSpy failed(&members, &AccountMembers::memberSaveFailed);
    QSignalSpy finished(&members, &AccountMembers::saveFinished);
    if (!members.save(QStringLiteral("acme"), {{user, std::move(update)}})) {
        ApiFailure refused;
        refused.kind = ApiFailure::Kind::Protocol;
        refused.message = QStringLiteral("save() refused to start");
        return refused;
    }
    if (!finished.wait(20000) && finished.isEmpty()) {
        ApiFailure timeout;
        timeout.kind = ApiFailure::Kind::Timeout;
        return timeout;
    }
    if (!ok.isEmpty()) {
        if (saved)
            *saved = ok.first().at(1).value<AccountMember>();
        return {};
    }
    return failed.first().at(2).value<ApiFailure>();
}

void TestAccountMembers::adminListsMembers()
{
    auto anna = workspaceFor(QStringLiteral("anna@acme.example"));
    QVERIFY(anna);
    AccountMembers members(anna.get());
    QSignalSpy loaded(&members, &AccountMembers::loaded);
    QSignalSpy failed(&members, &AccountMembers::loadFailed);
    members.load(QStringLiteral("acme"));
    QVERIFY(members.isLoading());
    QTRY_COMPARE_WITH_TIMEOUT(loaded.size() + failed.size(), 1, 20000);
    QVERIFY2(failed.isEmpty(), qPrintable(caseport::testsupport::describe(failed.value(0).value(1).value<ApiFailure>())));
    const auto list = loaded.first().first().value<MemberList>();
    QCOMPARE(list.account, std::string("acme"));
    const AccountMember* bo = find(list, "bo@acme.example");
    QVERIFY(bo);
    QCOMPARE(bo->name, std::string("Bo Berg"));
    QVERIFY(contains(bo->configManaged, "payroll"));
    QVERIFY(contains(bo->configManaged, "hr"));
    QVERIFY(!contains(bo->configManaged, "time"));
    QVERIFY(find(list, "anna@acme.example")->customerAdmin);
    QCOMPARE(find(list, "cecilie@acme.example")->objects, std::vector<std::string>{"aarhus"});
    QVERIFY(!find(list, "dag@nordic.example"));
    QVERIFY(anna->isOnline());
}

void TestAccountMembers::adminRaisesALevel()
{
    auto anna = workspaceFor(QStringLiteral("anna@acme.example"));
    QVERIFY(anna);
    auto bo = workspaceFor(QStringLiteral("bo@acme.example"));
    QVERIFY(bo);
    QVERIFY(caseport::testsupport::syncAndWait(*bo).ok);
    const auto boLevel = [&bo] {
        return bo->catalog().memberships.empty() ? AccessLevel::Full : bo->catalog().memberships.front().levelFor("time");
    };
    QCOMPARE(boLevel(), AccessLevel::None);

    AccountMembers members(anna.get());
    AccountMember saved;
    const ApiFailure failure = saveOne(members, QStringLiteral("bo@acme.example"), MemberUpdate{{{"time", AccessLevel::Limited}}}, &saved);
    QVERIFY2(failure.ok(), qPrintable(caseport::testsupport::describe(failure)));
    QCOMPARE(saved.user, std::string("bo@acme.example"));
    QCOMPARE(saved.products.at("time"), AccessLevel::Limited);
    QVERIFY(!members.isSaving());

    QSignalSpy audit(&members, &AccountMembers::auditLoaded);
    members.loadAudit(QStringLiteral("acme"));
    QVERIFY(audit.wait(20000) || !audit.isEmpty());
    const auto entries = audit.first().first().value<AccessAudit>().entries;
    QVERIFY(!entries.empty());
    QCOMPARE(entries.front().actor, std::string("anna@acme.example"));
    QCOMPARE(entries.front().user, std::string("bo@acme.example"));
    QCOMPARE(entries.front().product, std::string("time"));
    QCOMPARE(entries.front().before, AccessLevel::None);
    QCOMPARE(entries.front().after, AccessLevel::Limited);

    // At once: Bo's next sync brings the new level (his cursor resets; the sync still succeeds).
    const auto synced = caseport::testsupport::syncAndWait(*bo);
    QVERIFY2(synced.ok, qPrintable(synced.error));
    QCOMPARE(boLevel(), AccessLevel::Limited);
}

void TestAccountMembers::refusals_data()
{
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("product");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("field");

    QTest::newRow("config managed") << "bo@acme.example" << "payroll" << 403 << "config_managed" << "products.payroll";
    QTest::newRow("unknown product") << "bo@acme.example" << "nope" << 422 << "validation_failed" << "products.nope";
    QTest::newRow("not a member") << "dag@nordic.example" << "time" << 404 << "not_found" << "";
    QTest::newRow("nobody at all") << "ghost@example.org" << "time" << 404 << "not_found" << "";
}

void TestAccountMembers::refusals()
{
    QFETCH(QString, user);
    QFETCH(QString, product);
    QFETCH(int, status);
    QFETCH(QString, code);
    QFETCH(QString, field);
    auto anna = workspaceFor(QStringLiteral("anna@acme.example"));
    QVERIFY(anna);
    AccountMembers members(anna.get());
    const ApiFailure failure = saveOne(members, user, MemberUpdate{{{product.toStdString(), AccessLevel::Full}}});
    QCOMPARE(failure.kind, ApiFailure::Kind::Rejected);
    QCOMPARE(failure.httpStatus, status);
    QCOMPARE(failure.errorCode, code);
    QCOMPARE(failure.field, field);
}

void TestAccountMembers::notAdminOrNotMember_data()
{
    QTest::addColumn<QString>("caller");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");
    QTest::newRow("member, not admin") << "bo@acme.example" << 403 << "forbidden";
    QTest::newRow("outside the account") << "dag@nordic.example" << 404 << "not_found";
}

void TestAccountMembers::notAdminOrNotMember()
{
    QFETCH(QString, caller);
    QFETCH(int, status);
    QFETCH(QString, code);
    auto workspace = workspaceFor(caller);
    QVERIFY(workspace);
    AccountMembers members(workspace.get());
    QSignalSpy failed(&members, &AccountMembers::loadFailed);
    QSignalSpy auditFailed(&members, &AccountMembers::auditFailed);
    members.load(QStringLiteral("acme"));
    members.loadAudit(QStringLiteral("acme"));
    QTRY_VERIFY_WITH_TIMEOUT(!failed.isEmpty() && !auditFailed.isEmpty(), 20000);
    for (const QSignalSpy* spy : {&failed, &auditFailed}) {
        const auto failure = spy->first().at(1).value<ApiFailure>();
        QCOMPARE(spy->first().at(0).toString(), QStringLiteral("acme"));
        QCOMPARE(failure.httpStatus, status);
        QCOMPARE(failure.errorCode, code);
    }
    const ApiFailure saved = saveOne(members, QStringLiteral("cecilie@acme.example"),
                                     MemberUpdate{{{"time", AccessLevel::Full}}});
    QCOMPARE(saved.httpStatus, status);
}

void TestAccountMembers::unreachableServer()
{
    quint16 port = 0;
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        port = probe.serverPort();
    }
    auto anna = workspaceFor(QStringLiteral("anna@acme.example"), QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port)));
    QVERIFY(anna);
    AccountMembers members(anna.get());
    QSignalSpy failed(&members, &AccountMembers::loadFailed);
    members.load(QStringLiteral("acme"));
    QVERIFY(failed.wait(20000) || !failed.isEmpty());
    QVERIFY(failed.first().at(1).value<ApiFailure>().isTransport());
    QVERIFY(!anna->isOnline());
    const ApiFailure saved = saveOne(members, QStringLiteral("bo@acme.example"), MemberUpdate{{{"time", AccessLevel::Full}}});
    QVERIFY(saved.isTransport());
}

QTEST_GUILESS_MAIN(TestAccountMembers)
#include "tst_account_members.moc"
