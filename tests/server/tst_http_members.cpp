// Customer-admin self-service over real HTTP, as a story: anna (acme's customer admin)
// gives bo the product time; it shows in the members list, the audit trail, bo's
// catalog, his sync (reset) and what he may file; then every denied edit, none of which
// writes anything.

#include "HttpTestServer.h"

#include "caseport/Codec.h"
#include "caseport/Members.h"
#include "store/SqliteStore.h"
#include "util/Time.h"

#include <QRegularExpression>
#include <QTest>

#include <algorithm>

using namespace caseport;
using namespace caseport::server;

namespace {

const std::string kBoPath = "/api/v1/accounts/acme/members/bo@acme.example";

AccessLevel levelIn(const std::map<std::string, AccessLevel>& products, const std::string& product)
{
    const auto it = products.find(product);
    return it == products.end() ? AccessLevel::None : it->second;
}

bool isRfc3339Utc(const std::string& text)
{
    static const QRegularExpression shape(R"(^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$)");
    return shape.match(QString::fromStdString(text)).hasMatch();
}

} // namespace

class TestHttpMembers : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void adminRaisesLevel();
    void unchangedLevelWritesNoAudit();
    void loweringIsAuditedNewestFirst();
    void deniedEditsWriteNothing_data();
    void deniedEditsWriteNothing();

private:
    HttpReply patch(const std::string& path, const std::string& body, const std::string& token);
    std::vector<AccessAuditEntry> auditVia(const std::string& token);

    HttpTestServer m_server;
    HttpTestClient* m_client = nullptr;
};

void TestHttpMembers::initTestCase()
{
    QVERIFY(m_server.start());
    m_client = &m_server.client();
}

void TestHttpMembers::cleanupTestCase()
{
    m_server.stop();
}

HttpReply TestHttpMembers::patch(const std::string& path, const std::string& body,
                                 const std::string& token)
{
    HttpCall call;
    call.method = "PATCH";
    call.path = path;
    call.body = body;
    call.token = token;
    return m_client->send(call);
}

std::vector<AccessAuditEntry> TestHttpMembers::auditVia(const std::string& token)
{
    const HttpReply reply = m_client->get("/api/v1/accounts/acme/audit", token);
    if (reply.status != 200)
        return {};
    return codec::decode<AccessAudit>(reply.body).entries;
}

void TestHttpMembers::adminRaisesLevel()
{
    const ChangeSet before = m_server.syncAll(m_server.bo, "");
    QVERIFY(!before.reset);
    QVERIFY(auditVia(m_server.anna).empty());
    const std::string earliest = toRfc3339(nowUnixSeconds());

    const HttpReply reply = patch(kBoPath, R"({"products":{"time":"limited"}})", m_server.anna);
    QCOMPARE(reply.status, 200);
    const std::string latest = toRfc3339(nowUnixSeconds());
    const AccountMember bo = codec::decode<AccountMember>(reply.body);
    QCOMPARE(bo.user, std::string("bo@acme.example"));
    QCOMPARE(levelIn(bo.products, "time"), AccessLevel::Limited);
    QCOMPARE(levelIn(bo.products, "payroll"), AccessLevel::Limited); // untouched
    QCOMPARE(bo.configManaged, (std::vector<std::string>{"hr", "payroll"}));

    const HttpReply list = m_client->get("/api/v1/accounts/acme/members", m_server.anna);
    QCOMPARE(list.status, 200);
    const MemberList members = codec::decode<MemberList>(list.body);
    const auto listed = std::find_if(members.members.begin(), members.members.end(),
                                     [](const AccountMember& m) { return m.user == "bo@acme.example"; });
    QVERIFY(listed != members.members.end());
    QCOMPARE(*listed, bo);

    const auto audit = auditVia(m_server.anna);
    QCOMPARE(audit.size(), 1u);
    QCOMPARE(audit[0].actor, std::string("anna@acme.example"));
    QCOMPARE(audit[0].account, std::string("acme"));
    QCOMPARE(audit[0].user, std::string("bo@acme.example"));
    QCOMPARE(audit[0].product, std::string("time"));
    QCOMPARE(audit[0].before, AccessLevel::None);
    QCOMPARE(audit[0].after, AccessLevel::Limited);
    QVERIFY2(isRfc3339Utc(audit[0].at), audit[0].at.c_str());
    QVERIFY(earliest <= audit[0].at && audit[0].at <= latest);

    const Catalog catalog = codec::decode<Catalog>(m_client->get("/api/v1/catalog", m_server.bo).body);
    QCOMPARE(catalog.memberships.size(), 1u);
    QCOMPARE(catalog.memberships[0].levelFor("time"), AccessLevel::Limited);

    // His access changed: his old cursor answers reset, nothing else.
    const ChangeSet after = m_server.syncAll(m_server.bo, before.cursor);
    QVERIFY(after.reset);
    QVERIFY(after.cases.empty());
    // And it takes effect: he may file a time case now.
    const HttpReply filed = m_client->post(
        "/api/v1/cases", newCaseJson("71ae0000-0000-4000-8000-000000000001", "acme", "time"),
        m_server.bo);
    QCOMPARE(filed.status, 201);
}

void TestHttpMembers::unchangedLevelWritesNoAudit()
{
    const ChangeSet fresh = m_server.syncAll(m_server.bo, "");
    QVERIFY(!fresh.reset);
    const HttpReply reply = patch(kBoPath, R"({"products":{"time":"limited"}})", m_server.anna);
    QCOMPARE(reply.status, 200);
    QCOMPARE(levelIn(codec::decode<AccountMember>(reply.body).products, "time"), AccessLevel::Limited);
    QCOMPARE(auditVia(m_server.anna).size(), 1u);
    QVERIFY(!m_server.syncAll(m_server.bo, fresh.cursor).reset); // nothing changed for bo
}

void TestHttpMembers::loweringIsAuditedNewestFirst()
{
    const HttpReply reply = patch(kBoPath, R"({"products":{"time":"none"}})", m_server.anna);
    QCOMPARE(reply.status, 200);
    const auto audit = auditVia(m_server.anna);
    QCOMPARE(audit.size(), 2u);
    QCOMPARE(audit[0].before, AccessLevel::Limited);
    QCOMPARE(audit[0].after, AccessLevel::None);
    QCOMPARE(audit[1].before, AccessLevel::None);
    QCOMPARE(audit[1].after, AccessLevel::Limited);
    QVERIFY(audit[1].at <= audit[0].at);
    // Staff read the same trail.
    QCOMPARE(auditVia(m_server.staff), audit);
    // With time at none, bo no longer sees the time case he filed.
    VERIFY_ERROR(m_client->get("/api/v1/cases/71ae0000-0000-4000-8000-000000000001", m_server.bo),
                 404, error::kNotFound, "");
}

void TestHttpMembers::deniedEditsWriteNothing_data()
{
    QTest::addColumn<QString>("caller");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("field");
    const QString bo = QString::fromStdString(kBoPath);
    const QByteArray time(R"({"products":{"time":"full"}})");
    auto row = [](const char* name, const char* caller, const QString& path, const QByteArray& body,
                  int status, const char* code, const char* field = "") {
        QTest::newRow(name) << caller << path << body << status << code << field;
    };
    row("anna on nordic", "anna", "/api/v1/accounts/nordic/members/dag@nordic.example", time, 404,
        error::kNotFound);
    row("anna on an unknown account", "anna", "/api/v1/accounts/globex/members/bo@acme.example",
        time, 404, error::kNotFound);
    row("bo on acme", "bo", "/api/v1/accounts/acme/members/nils@acme.example", time, 403,
        error::kForbidden);
    row("bo raises himself", "bo", bo, time, 403, error::kForbidden);
    row("dag (nordic's admin) on acme", "dag", bo, time, 404, error::kNotFound);
    row("config-managed payroll", "anna", bo, R"({"products":{"payroll":"full"}})", 403,
        error::kConfigManaged, "products.payroll");
    row("config-managed none", "anna", bo, R"({"products":{"hr":"full"}})", 403,
        error::kConfigManaged, "products.hr");
    row("staff member", "anna", "/api/v1/accounts/acme/members/sten@caseport.example", time, 403,
        error::kForbidden);
    row("staff without membership", "anna", "/api/v1/accounts/acme/members/staff@caseport.example",
        time, 404, error::kNotFound);
    row("not a member", "anna", "/api/v1/accounts/acme/members/dag@nordic.example", time, 404,
        error::kNotFound);
    row("unknown user", "anna", "/api/v1/accounts/acme/members/ghost@acme.example", time, 404,
        error::kNotFound);
    row("unknown product", "anna", bo, R"({"products":{"golf":"full"}})", 422,
        error::kValidationFailed, "products.golf");
    row("valid level with an unknown product", "anna", bo,
        R"({"products":{"time":"full","zeit":"full"}})", 422, error::kValidationFailed,
        "products.zeit");
    row("raising oneself to staff", "anna", "/api/v1/accounts/acme/members/anna@acme.example",
        R"({"products":{},"staff":true})", 400, error::kUnknownField, "staff");
    row("making someone customer admin", "anna", bo, R"({"products":{},"customerAdmin":true})",
        400, error::kUnknownField, "customerAdmin");
    row("unknown level", "anna", bo, R"({"products":{"time":"admin"}})", 400,
        error::kInvalidField, "products.time");
    row("products not an object", "anna", bo, R"({"products":["time"]})", 400,
        error::kInvalidField, "products");
    row("malformed JSON", "anna", bo, R"({"products":{"time":)", 400, error::kMalformedJson);
    row("no token", "", bo, time, 401, error::kUnauthorized);
}

void TestHttpMembers::deniedEditsWriteNothing()
{
    QFETCH(QString, caller);
    QFETCH(QString, path);
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    QFETCH(QString, code);
    QFETCH(QString, field);
    SqliteStore& store = m_server.store();
    const auto acmeAudit = store.accessAudit("acme", 1000);
    const auto nordicAudit = store.accessAudit("nordic", 1000);
    const auto acmeLevels = store.memberLevelsOfAccount("acme");
    const auto nordicLevels = store.memberLevelsOfAccount("nordic");
    const access::Viewer callerBefore = m_server.viewerOf(caller.toStdString());

    VERIFY_ERROR(patch(path.toStdString(), body.toStdString(), m_server.token(caller.toStdString())),
                 status, code.toStdString(), field.toStdString());

    QCOMPARE(store.accessAudit("acme", 1000), acmeAudit);
    QCOMPARE(store.accessAudit("nordic", 1000), nordicAudit);
    QCOMPARE(store.memberLevelsOfAccount("acme"), acmeLevels);
    QCOMPARE(store.memberLevelsOfAccount("nordic"), nordicLevels);
    const access::Viewer callerAfter = m_server.viewerOf(caller.toStdString());
    QCOMPARE(callerAfter.staff, callerBefore.staff);
    QCOMPARE(callerAfter.memberships, callerBefore.memberships);
}

QTEST_GUILESS_MAIN(TestHttpMembers)
#include "tst_http_members.moc"
