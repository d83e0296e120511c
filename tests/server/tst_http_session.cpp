// Sessions, catalog and the generic HTTP rules of the in-process server: for each
// endpoint the allowed caller and the denied ones, and every kind of bad request.

#include "HttpTestServer.h"

#include "caseport/Codec.h"
#include "store/SqliteStore.h"
#include "auth/Tokens.h"
#include "util/Time.h"

#include <QRegularExpression>
#include <QTest>

#include <algorithm>
#include <set>
#include <thread>
#include <vector>

using namespace caseport;
using namespace caseport::server;

class TestHttpSession : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void health();
    void unknownPathAndMethod();
    void loginAllowed();
    void loginDenied();
    void repeatedFailuresAreThrottled();
    void concurrentLoginsAllSucceed();
    void loginBadRequests_data();
    void loginBadRequests();
    void unauthorizedCallers_data();
    void unauthorizedCallers();
    void logoutRevokesToken();
    void catalogPerCaller();
    void catalogEtagAndGzip();
    void stillHealthyAfterAbuse();
    void malformedHttp_data();
    void malformedHttp();

private:
    HttpReply create(const std::string& token, const std::string& body);
    std::string login(const std::string& user, const std::string& password)
    {
        return m_server.login(user, password);
    }

    HttpTestServer m_server;
    HttpTestClient* m_client = nullptr;
    SqliteStore* m_store = nullptr;
    std::string m_anna, m_bo, m_dag, m_staff, m_expired, m_revoked;
};

void TestHttpSession::initTestCase()
{
    QVERIFY(m_server.start());
    m_client = &m_server.client();
    m_store = &m_server.store();
    m_anna = m_server.anna;
    m_bo = m_server.bo;
    m_dag = m_server.dag;
    m_staff = m_server.staff;
    m_expired = m_server.expired;
    m_revoked = m_server.revoked;
}

void TestHttpSession::cleanupTestCase()
{
    m_server.stop();
}

HttpReply TestHttpSession::create(const std::string& token, const std::string& body)
{
    return m_client->post("/api/v1/cases", body, token);
}

void TestHttpSession::health()
{
    const HttpReply reply = m_client->get("/health");
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.header("content-type"), std::string("application/json; charset=utf-8"));
    const Health health = codec::decode<Health>(reply.body);
    QCOMPARE(health.status, std::string("ok"));
    QCOMPARE(health.version, std::string("0.1.0"));
    QCOMPARE(health.protocol, std::int64_t(1));
}

void TestHttpSession::unknownPathAndMethod()
{
    VERIFY_ERROR(m_client->get("/api/v1/nothing", m_anna), 404, error::kNotFound, "");
    VERIFY_ERROR(m_client->get("/api/v1/cases/a/b", m_anna), 404, error::kNotFound, "");
    HttpCall put;
    put.method = "PUT";
    put.path = "/api/v1/catalog";
    put.body = "{}";
    put.token = m_anna;
    const HttpReply reply = m_client->send(put);
    VERIFY_ERROR(reply, 405, error::kMethodNotAllowed, "");
    QCOMPARE(reply.header("allow"), std::string("GET"));
    VERIFY_ERROR(m_client->get("/api/v1/cases", m_anna), 405, error::kMethodNotAllowed, "");
    VERIFY_ERROR(m_client->post("/health", "{}"), 405, error::kMethodNotAllowed, "");
}

void TestHttpSession::loginAllowed()
{
    const HttpReply reply = m_client->post(
        "/api/v1/session", R"({"user":"dag@nordic.example","password":"dag-pw"})");
    QCOMPARE(reply.status, 201);
    const SessionInfo session = codec::decode<SessionInfo>(reply.body);
    QCOMPARE(session.token.size(), 43u); // 32 bytes base64url
    QCOMPARE(session.user.id, std::string("dag@nordic.example"));
    QCOMPARE(session.user.language, std::string("sv"));
    QVERIFY(!session.user.staff);
    QVERIFY(session.expiresAt > toRfc3339(nowUnixSeconds() + 719 * 3600));
    QVERIFY(m_store->findSession(sha256Hex(session.token)));
    QVERIFY(!m_store->findSession(session.token)); // stored hashed only
}

void TestHttpSession::concurrentLoginsAllSucceed()
{
    // More simultaneous logins than Argon2 verifications may run at once: they queue,
    // none fails, every token is distinct.
    constexpr int kLogins = 12;
    std::vector<HttpReply> replies(kLogins);
    std::vector<std::thread> threads;
    for (int i = 0; i < kLogins; ++i) {
        threads.emplace_back([this, &replies, i] {
            replies[static_cast<std::size_t>(i)] = m_client->post(
                "/api/v1/session", R"({"user":"dag@nordic.example","password":"dag-pw"})");
        });
    }
    for (auto& thread : threads)
        thread.join();
    std::set<std::string> tokens;
    for (const HttpReply& reply : replies) {
        QCOMPARE(reply.status, 201);
        tokens.insert(codec::decode<SessionInfo>(reply.body).token);
    }
    QCOMPARE(tokens.size(), std::size_t(kLogins));
}

void TestHttpSession::loginDenied()
{
    const HttpReply wrong = m_client->post(
        "/api/v1/session", R"({"user":"anna@acme.example","password":"nope"})");
    VERIFY_ERROR(wrong, 401, error::kInvalidCredentials, "");
    const HttpReply unknown = m_client->post(
        "/api/v1/session", R"({"user":"eve@evil.example","password":"nope"})");
    VERIFY_ERROR(unknown, 401, error::kInvalidCredentials, "");
    QCOMPARE(unknown.body, wrong.body); // nothing tells the two apart
}

void TestHttpSession::repeatedFailuresAreThrottled()
{
    // An unknown name is throttled like a real one: nothing tells them apart.
    const std::string guess = R"({"user":"mallory@acme.example","password":"guess"})";
    for (int i = 0; i < 5; ++i)
        VERIFY_ERROR(m_client->post("/api/v1/session", guess), 401, error::kInvalidCredentials, "");
    const HttpReply throttled = m_client->post("/api/v1/session", guess);
    VERIFY_ERROR(throttled, 429, error::kRateLimited, "");
    const int retryAfter = std::stoi(throttled.header("retry-after"));
    QVERIFY(retryAfter > 0 && retryAfter <= 15 * 60);
    // Others from the same address still log in.
    QVERIFY(!login("dag@nordic.example", "dag-pw").empty());
}

void TestHttpSession::loginBadRequests_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("field");
    QTest::newRow("malformed") << QByteArray("{\"user\":") << QByteArray("application/json") << 400
                               << error::kMalformedJson << "";
    QTest::newRow("not an object") << QByteArray("[1,2]") << QByteArray("application/json") << 400
                                   << error::kInvalidField << "";
    QTest::newRow("wrong type") << QByteArray(R"({"user":1,"password":"x"})")
                                << QByteArray("application/json") << 400 << error::kInvalidField
                                << "user";
    QTest::newRow("missing field") << QByteArray(R"({"user":"anna@acme.example"})")
                                   << QByteArray("application/json") << 400 << error::kInvalidField
                                   << "password";
    QTest::newRow("unknown field")
        << QByteArray(R"({"user":"a","password":"b","remember":true})")
        << QByteArray("application/json") << 400 << error::kUnknownField << "remember";
    QTest::newRow("text/plain") << QByteArray(R"({"user":"a","password":"b"})")
                                << QByteArray("text/plain") << 415 << error::kUnsupportedMediaType
                                << "";
    QTest::newRow("oversized") << QByteArray(R"({"user":"a","password":")")
                                          + QByteArray(kMaxBody, 'x') + QByteArray("\"}")
                               << QByteArray("application/json") << 413 << error::kPayloadTooLarge
                               << "";
}

void TestHttpSession::loginBadRequests()
{
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, contentType);
    QFETCH(int, status);
    QFETCH(QString, code);
    QFETCH(QString, field);
    HttpCall call;
    call.method = "POST";
    call.path = "/api/v1/session";
    call.body = body.toStdString();
    call.contentType = contentType.toStdString();
    VERIFY_ERROR(m_client->send(call), status, code.toStdString(), field.toStdString());
}

void TestHttpSession::unauthorizedCallers_data()
{
    QTest::addColumn<QString>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("who");
    const QStringList whos = {"none", "garbage", "expired", "revoked"};
    const QList<QPair<QString, QString>> routes = {
        {"GET", "/api/v1/catalog"},
        {"GET", "/api/v1/changes"},
        {"GET", "/api/v1/cases/aaaaaaaa-0000-4000-8000-000000000001"},
        {"POST", "/api/v1/cases"},
        {"DELETE", "/api/v1/session"},
    };
    for (const auto& [method, path] : routes) {
        for (const auto& who : whos)
            QTest::newRow(qPrintable(method + " " + path + " " + who)) << method << path << who;
    }
}

void TestHttpSession::unauthorizedCallers()
{
    QFETCH(QString, method);
    QFETCH(QString, path);
    QFETCH(QString, who);
    HttpCall call;
    call.method = method.toStdString();
    call.path = path.toStdString();
    if (who == "garbage")
        call.token = "not-a-token";
    else if (who == "expired")
        call.token = m_expired;
    else if (who == "revoked")
        call.token = m_revoked;
    if (method == "POST")
        call.body = newCaseJson("aaaaaaaa-0000-4000-8000-00000000ffff");
    VERIFY_ERROR(m_client->send(call), 401, error::kUnauthorized, "");
}

void TestHttpSession::logoutRevokesToken()
{
    const std::string token = login("bo@acme.example", "bo-pw");
    QVERIFY(!token.empty());
    QCOMPARE(m_client->get("/api/v1/catalog", token).status, 200);
    HttpCall logout;
    logout.method = "DELETE";
    logout.path = "/api/v1/session";
    logout.token = token;
    QCOMPARE(m_client->send(logout).status, 204);
    VERIFY_ERROR(m_client->get("/api/v1/catalog", token), 401, error::kUnauthorized, "");
    VERIFY_ERROR(m_client->send(logout), 401, error::kUnauthorized, "");
    QCOMPARE(m_client->get("/api/v1/catalog", m_bo).status, 200); // other sessions live on
}

void TestHttpSession::catalogPerCaller()
{
    const HttpReply anna = m_client->get("/api/v1/catalog", m_anna);
    QCOMPARE(anna.status, 200);
    const Catalog catalog = codec::decode<Catalog>(anna.body);
    QCOMPARE(catalog.user.id, std::string("anna@acme.example"));
    QCOMPARE(catalog.accounts.size(), 1u);
    QCOMPARE(catalog.accounts[0].id, std::string("acme"));
    QCOMPARE(catalog.accounts[0].objects.size(), 2u);
    QCOMPARE(catalog.memberships.size(), 1u);
    QCOMPARE(catalog.memberships[0].levelFor("hr"), AccessLevel::Full);
    QVERIFY(catalog.memberships[0].customerAdmin);
    QCOMPARE(catalog.products.size(), 3u);
    QCOMPARE(catalog.statuses, defaultStatuses());
    // Who the staff are is for staff only: not even an empty list reaches a customer.
    QVERIFY(catalog.staff.empty());
    QVERIFY(anna.body.find("\"staff\":[") == std::string::npos);
    // Names for what Anna meets on cases: her account's members and the staff, no one else.
    const auto knows = [](const Catalog& c, const std::string& user) {
        return std::any_of(c.people.begin(), c.people.end(), [&](const StaffMember& p) { return p.id == user; });
    };
    QVERIFY(knows(catalog, "anna@acme.example"));
    QVERIFY(knows(catalog, "staff@caseport.example"));
    QVERIFY(!knows(catalog, "dag@nordic.example"));

    const Catalog dag = codec::decode<Catalog>(m_client->get("/api/v1/catalog", m_dag).body);
    QCOMPARE(dag.accounts.size(), 1u);
    QCOMPARE(dag.accounts[0].id, std::string("nordic"));

    const Catalog staff = codec::decode<Catalog>(m_client->get("/api/v1/catalog", m_staff).body);
    QVERIFY(staff.user.staff);
    QCOMPARE(staff.accounts.size(), 2u);
    QVERIFY(staff.memberships.empty());
    // Every staff user, for assigning cases to a colleague.
    const std::vector<StaffMember> colleagues{{"staff@caseport.example", "Staff"},
                                              {"sten@caseport.example", "Sten"}};
    QCOMPARE(staff.staff, colleagues);
    QVERIFY(knows(staff, "dag@nordic.example")); // staff meet everyone
}

void TestHttpSession::catalogEtagAndGzip()
{
    HttpCall call;
    call.path = "/api/v1/catalog";
    call.token = m_anna;
    call.headers["Accept-Encoding"] = "gzip";
    const HttpReply first = m_client->send(call);
    QCOMPARE(first.status, 200);
    QVERIFY(first.gzipped);
    QCOMPARE(codec::decode<Catalog>(first.body).user.id, std::string("anna@acme.example"));
    const std::string etag = first.header("etag");
    QVERIFY(etag.size() > 2 && etag.front() == '"');

    call.headers["If-None-Match"] = etag;
    const HttpReply cached = m_client->send(call);
    QCOMPARE(cached.status, 304);
    QVERIFY(cached.body.empty());
    QCOMPARE(cached.header("etag"), etag);

    call.token = m_dag; // another caller's catalog differs, so the tag does not match
    const HttpReply other = m_client->send(call);
    QCOMPARE(other.status, 200);
    QVERIFY(other.header("etag") != etag);

    const HttpReply plain = m_client->get("/api/v1/catalog", m_anna);
    QVERIFY(!plain.gzipped);
    QCOMPARE(plain.body, first.body);
}

void TestHttpSession::stillHealthyAfterAbuse()
{
    // Garbage that is not even HTTP, then a normal request.
    HttpCall weird;
    weird.method = "POST";
    weird.path = "/api/v1/session";
    weird.body = std::string("\xff\xfe\x00\x01", 4);
    VERIFY_ERROR(m_client->send(weird), 400, error::kMalformedJson, "");
    const HttpReply reply = m_client->get("/health");
    QCOMPARE(reply.status, 200);
    QCOMPARE(codec::parse(reply.body).at("status").get<std::string>(), std::string("ok"));
}

void TestHttpSession::malformedHttp_data()
{
    QTest::addColumn<QByteArray>("request");
    QTest::addColumn<QByteArray>("statusLine");
    const QByteArray auth = "Authorization: Bearer " + QByteArray::fromStdString(m_anna) + "\r\n";
    QTest::newRow("body without length")
        << QByteArray("POST /api/v1/session HTTP/1.1\r\nHost: x\r\n"
                      "Content-Type: application/json\r\nConnection: close\r\n\r\n{\"user\":")
        << QByteArray("HTTP/1.1 411");
    QTest::newRow("broken chunk size")
        << QByteArray("POST /api/v1/session HTTP/1.1\r\nHost: x\r\n"
                      "Content-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n"
                      "zz\r\n{}\r\n0\r\n\r\n")
        << QByteArray("HTTP/1.1 400");
    QTest::newRow("bad percent-encoding")
        << QByteArray("GET /api/v1/changes?since=%zz HTTP/1.1\r\nHost: x\r\n" + auth
                      + "Connection: close\r\n\r\n")
        << QByteArray("HTTP/1.1 400");
    QTest::newRow("bad limit encoding")
        << QByteArray("GET /api/v1/changes?limit=% HTTP/1.1\r\nHost: x\r\n" + auth
                      + "Connection: close\r\n\r\n")
        << QByteArray("HTTP/1.1 400");
}

void TestHttpSession::malformedHttp()
{
    QFETCH(QByteArray, request);
    QFETCH(QByteArray, statusLine);
    const std::string answer = m_client->raw(request.toStdString());
    QVERIFY2(QByteArray::fromStdString(answer).startsWith(statusLine), answer.c_str());
    QVERIFY(answer.find("\"error\"") != std::string::npos);
    QCOMPARE(m_client->get("/health").status, 200);
}

QTEST_GUILESS_MAIN(TestHttpSession)
#include "tst_http_session.moc"
