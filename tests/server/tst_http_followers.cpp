// GET /api/v1/cases/{id}/followers/eligible over real HTTP: who the follower picker
// offers to the callers allowed to manage followers (the creator, staff, full members
// on a public case), 403 for one who sees the case but may not, 404 for one who does
// not see it; and the PATCH that adds someone the list would not offer answers 422.

#include "HttpTestServer.h"

#include "caseport/Codec.h"
#include "caseport/Followers.h"

#include <QTest>

using namespace caseport;
using namespace caseport::server;

Q_DECLARE_METATYPE(std::string)

namespace {

const std::string kPublic = "f0110000-0000-4000-8000-000000000001"; // anna's, payroll, +bo
const std::string kPrivate = "f0110000-0000-4000-8000-000000000002"; // anna's, private, +bo
const std::string kAarhus = "f0110000-0000-4000-8000-000000000003"; // anna's, at aarhus

std::string eligiblePath(const std::string& id)
{
    return "/api/v1/cases/" + id + "/followers/eligible";
}

// "id:following" per candidate, in the answer's order.
QStringList summary(const FollowerCandidates& list)
{
    QStringList out;
    for (const auto& user : list.users)
        out << QString::fromStdString(user.id + (user.following ? ":following" : ""));
    return out;
}

} // namespace

class TestHttpFollowers : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void listed_data();
    void listed();
    void refused_data();
    void refused();
    void withoutTokenIs401();
    void onlyGet();
    void addingSomeoneOfferedWorks();
    void addingSomeoneNotOfferedIs422_data();
    void addingSomeoneNotOfferedIs422();

private:
    HttpTestServer m_server;
};

void TestHttpFollowers::initTestCase()
{
    QVERIFY(m_server.start());
    auto create = [&](const std::string& id, const std::string& extra) {
        return m_server.client()
            .post("/api/v1/cases", newCaseJson(id, "acme", "payroll", extra), m_server.anna)
            .status;
    };
    QCOMPARE(create(kPublic, R"(,"followers":["bo@acme.example"])"), 201);
    QCOMPARE(create(kPrivate, R"(,"private":true,"followers":["bo@acme.example"])"), 201);
    QCOMPARE(create(kAarhus, R"(,"object":"aarhus")"), 201);
}

void TestHttpFollowers::cleanupTestCase()
{
    m_server.stop();
}

// Offered: acme's customers with payroll not none, inside their object scope (anna
// full, bo limited, erik full; cecilie only on aarhus cases); never nils (none), dag
// (nordic) or staff (sten is an acme member, still staff). Sorted by name.
void TestHttpFollowers::listed_data()
{
    QTest::addColumn<std::string>("who");
    QTest::addColumn<std::string>("caseId");
    QTest::addColumn<QStringList>("expected");
    const QStringList publicList{"anna@acme.example", "bo@acme.example:following", "erik@acme.example"};
    QTest::newRow("creator, public") << std::string("anna") << kPublic << publicList;
    QTest::newRow("full member, public") << std::string("erik") << kPublic << publicList;
    QTest::newRow("staff, public") << std::string("staff") << kPublic << publicList;
    QTest::newRow("staff member of acme, public") << std::string("sten") << kPublic << publicList;
    QTest::newRow("creator, private") << std::string("anna") << kPrivate << publicList;
    QTest::newRow("staff, private") << std::string("staff") << kPrivate << publicList;
    QTest::newRow("creator, aarhus")
        << std::string("anna") << kAarhus
        << QStringList{"anna@acme.example", "bo@acme.example", "cecilie@acme.example", "erik@acme.example"};
    QTest::newRow("scoped full member, aarhus")
        << std::string("cecilie") << kAarhus
        << QStringList{"anna@acme.example", "bo@acme.example", "cecilie@acme.example", "erik@acme.example"};
}

void TestHttpFollowers::listed()
{
    QFETCH(std::string, who);
    QFETCH(std::string, caseId);
    QFETCH(QStringList, expected);
    const HttpReply reply = m_server.client().get(eligiblePath(caseId), m_server.token(who));
    QCOMPARE(reply.status, 200);
    const auto list = codec::decode<FollowerCandidates>(reply.body);
    QCOMPARE(summary(list), expected);
    for (const auto& user : list.users)
        QVERIFY2(!user.name.empty(), user.id.c_str()); // names from the config
}

void TestHttpFollowers::refused_data()
{
    QTest::addColumn<std::string>("who");
    QTest::addColumn<std::string>("caseId");
    QTest::addColumn<int>("status");
    QTest::newRow("limited follower, public") << std::string("bo") << kPublic << 403;
    QTest::newRow("limited follower, private") << std::string("bo") << kPrivate << 403;
    QTest::newRow("full member, private (cannot see)") << std::string("erik") << kPrivate << 404;
    QTest::newRow("member with none") << std::string("nils") << kPublic << 404;
    QTest::newRow("other account") << std::string("dag") << kPublic << 404;
    QTest::newRow("scoped member, case off their object") << std::string("cecilie") << kPublic << 404;
    QTest::newRow("no such case") << std::string("anna") << std::string("f0110000-0000-4000-8000-0000000000ff")
                                  << 404;
}

void TestHttpFollowers::refused()
{
    QFETCH(std::string, who);
    QFETCH(std::string, caseId);
    QFETCH(int, status);
    const HttpReply reply = m_server.client().get(eligiblePath(caseId), m_server.token(who));
    if (status == 403)
        VERIFY_ERROR(reply, 403, error::kForbidden, "followers");
    else
        VERIFY_ERROR(reply, 404, error::kNotFound, "");
}

void TestHttpFollowers::withoutTokenIs401()
{
    VERIFY_ERROR(m_server.client().get(eligiblePath(kPublic)), 401, error::kUnauthorized, "");
    VERIFY_ERROR(m_server.client().get(eligiblePath(kPublic), m_server.revoked), 401,
                 error::kUnauthorized, "");
}

void TestHttpFollowers::onlyGet()
{
    const HttpReply reply = m_server.client().post(eligiblePath(kPublic), "{}", m_server.anna);
    QCOMPARE(reply.status, 405);
    QCOMPARE(reply.header("allow"), std::string("GET"));
}

void TestHttpFollowers::addingSomeoneOfferedWorks()
{
    HttpCall call;
    call.method = "PATCH";
    call.path = "/api/v1/cases/" + kAarhus;
    call.token = m_server.anna;
    call.body = R"({"baseVersion":1,"followers":["cecilie@acme.example"]})";
    const HttpReply reply = m_server.client().send(call);
    QCOMPARE(reply.status, 200);
    const auto listed = codec::decode<FollowerCandidates>(
        m_server.client().get(eligiblePath(kAarhus), m_server.anna).body);
    QVERIFY(summary(listed).contains("cecilie@acme.example:following"));
}

// The server refuses, with 422 naming "followers", anyone the list leaves out.
void TestHttpFollowers::addingSomeoneNotOfferedIs422_data()
{
    QTest::addColumn<std::string>("follower");
    QTest::newRow("level none") << std::string("nils@acme.example");
    QTest::newRow("other account") << std::string("dag@nordic.example");
    QTest::newRow("outside object scope") << std::string("cecilie@acme.example");
    QTest::newRow("unknown user") << std::string("eve@evil.example");
}

void TestHttpFollowers::addingSomeoneNotOfferedIs422()
{
    QFETCH(std::string, follower);
    HttpCall call;
    call.method = "PATCH";
    call.path = "/api/v1/cases/" + kPublic;
    call.token = m_server.anna;
    call.body = R"({"baseVersion":1,"followers":["bo@acme.example",")" + follower + R"("]})";
    VERIFY_ERROR(m_server.client().send(call), 422, error::kValidationFailed, "followers");
}

QTEST_GUILESS_MAIN(TestHttpFollowers)
#include "tst_http_followers.moc"
