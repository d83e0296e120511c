// Cases and changes over real HTTP: filing (idempotent), reading, syncing, with the
// allowed and the denied callers and every kind of bad request.

#include "HttpTestServer.h"

#include "caseport/Codec.h"
#include "store/SqliteStore.h"
#include "auth/Tokens.h"
#include "util/Time.h"

#include <QRegularExpression>
#include <QTest>

#include <algorithm>

using namespace caseport;
using namespace caseport::server;

class TestHttpCases : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void createCaseAndReplay();
    void createCaseDenied();
    void createCaseBadRequests_data();
    void createCaseBadRequests();
    void staffFilesOnBehalf();
    void getCaseVisibility();
    void changesPerCaller();
    void changesCursorAndLimit();
    void changesCarryTheCatalogEtag();
    void updateCaseBadRequests_data();
    void updateCaseBadRequests();
    void stillHealthyAfterAbuse();

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
    std::string m_annaCase = "aaaaaaaa-0000-4000-8000-000000000001";
};

void TestHttpCases::initTestCase()
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

void TestHttpCases::cleanupTestCase()
{
    m_server.stop();
}

HttpReply TestHttpCases::create(const std::string& token, const std::string& body)
{
    return m_client->post("/api/v1/cases", body, token);
}

void TestHttpCases::createCaseAndReplay()
{
    const HttpReply created = create(m_anna, newCaseJson(m_annaCase, "acme", "payroll",
                                                         R"(,"category":"support","object":"aarhus")"));
    QCOMPARE(created.status, 201);
    const Case c = codec::decode<Case>(created.body);
    QCOMPARE(c.id, m_annaCase);
    QVERIFY(QString::fromStdString(c.number).contains(QRegularExpression("^T-\\d{4}-000001$")));
    QCOMPARE(c.status, std::string("received"));
    QCOMPARE(c.channel, std::string("portal"));
    QCOMPARE(c.creator, std::string("anna@acme.example"));
    QVERIFY(c.onBehalfBy.empty());
    QCOMPARE(c.object, std::string("aarhus"));
    QCOMPARE(c.version, 1);

    const HttpReply replay = create(m_anna, newCaseJson(m_annaCase));
    QCOMPARE(replay.status, 200);
    QCOMPARE(codec::decode<Case>(replay.body), c);

    // Bo (limited) files his own.
    const HttpReply bo = create(m_bo, newCaseJson("bbbbbbbb-0000-4000-8000-000000000001"));
    QCOMPARE(bo.status, 201);
}

void TestHttpCases::createCaseDenied()
{
    VERIFY_ERROR(create(m_dag, newCaseJson("dddddddd-0000-4000-8000-000000000001")), 403,
                 error::kForbidden, "");
    VERIFY_ERROR(create(m_bo, newCaseJson("bbbbbbbb-0000-4000-8000-000000000002", "acme", "hr")),
                 403, error::kForbidden, "");
    // An unknown account answers like a foreign one: no probing of account ids.
    VERIFY_ERROR(create(m_anna, newCaseJson("aaaaaaaa-0000-4000-8000-000000000009", "globex")),
                 403, error::kForbidden, "");
    VERIFY_ERROR(create(m_dag, newCaseJson("dddddddd-0000-4000-8000-000000000002", "acme")), 403,
                 error::kForbidden, "");
    // Someone else's id: a conflict, never a replay of their case.
    VERIFY_ERROR(create(m_bo, newCaseJson(m_annaCase)), 409, error::kConflict, "id");
    // Customers cannot file for someone else or as a phone call: refused, nothing stored.
    VERIFY_ERROR(create(m_bo, newCaseJson("bbbbbbbb-0000-4000-8000-000000000003", "acme", "payroll",
                                          R"(,"creator":"anna@acme.example")")),
                 403, error::kForbidden, "creator");
    VERIFY_ERROR(create(m_bo, newCaseJson("bbbbbbbb-0000-4000-8000-000000000003", "acme", "payroll",
                                          R"(,"channel":"phone")")),
                 403, error::kForbidden, "channel");
    QVERIFY(!m_store->caseById("bbbbbbbb-0000-4000-8000-000000000003"));
    // Naming themselves and the portal asks for nothing they do not get anyway.
    const HttpReply plain = create(m_bo, newCaseJson("bbbbbbbb-0000-4000-8000-000000000003", "acme",
                                                     "payroll",
                                                     R"(,"creator":"bo@acme.example","channel":"portal")"));
    QCOMPARE(plain.status, 201);
    const Case c = codec::decode<Case>(plain.body);
    QCOMPARE(c.creator, std::string("bo@acme.example"));
    QCOMPARE(c.channel, std::string("portal"));
    QVERIFY(c.onBehalfBy.empty());
}

void TestHttpCases::createCaseBadRequests_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<bool>("chunked");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("field");
    const QByteArray json("application/json");
    const std::string id = "cccccccc-0000-4000-8000-000000000001";
    auto body = [&](const std::string& extra) { return QByteArray::fromStdString(newCaseJson(id, "acme", "payroll", extra)); };

    QTest::newRow("malformed") << QByteArray("{\"id\": \"x\",") << json << false << 400
                               << error::kMalformedJson << "";
    QTest::newRow("wrong type") << body(R"(,"private":"yes")") << json << false << 400
                                << error::kInvalidField << "private";
    QTest::newRow("wrong type in array") << body(R"(,"followers":[1])") << json << false << 400
                                         << error::kInvalidField << "";
    QTest::newRow("unknown field") << body(R"(,"priority":"high")") << json << false << 400
                                   << error::kUnknownField << "priority";
    QTest::newRow("missing subject key")
        << QByteArray(R"({"id":"cccccccc-0000-4000-8000-000000000001","account":"acme","product":"payroll"})")
        << json << false << 400 << error::kInvalidField << "subject";
    QTest::newRow("blank subject")
        << QByteArray(R"({"id":"cccccccc-0000-4000-8000-000000000001","account":"acme","product":"payroll","subject":"   "})")
        << json << false << 422 << error::kValidationFailed << "subject";
    QTest::newRow("bad id") << QByteArray::fromStdString(newCaseJson("42")) << json << false << 422
                            << error::kValidationFailed << "id";
    QTest::newRow("unknown product") << QByteArray::fromStdString(newCaseJson(id, "acme", "golf"))
                                     << json << false << 422 << error::kValidationFailed << "product";
    QTest::newRow("unknown category") << body(R"(,"category":"nope")") << json << false << 422
                                      << error::kValidationFailed << "category";
    QTest::newRow("unknown object") << body(R"(,"object":"mars")") << json << false << 422
                                    << error::kValidationFailed << "object";
    QTest::newRow("unknown follower") << body(R"(,"followers":["eve@evil.example"])") << json
                                      << false << 422 << error::kValidationFailed << "followers";
    QTest::newRow("follower without access") << body(R"(,"followers":["dag@nordic.example"])")
                                             << json << false << 422 << error::kValidationFailed
                                             << "followers";
    QTest::newRow("text/plain") << body("") << QByteArray("text/plain") << false << 415
                                << error::kUnsupportedMediaType << "";
    QTest::newRow("no content type") << body("") << QByteArray() << false << 415
                                     << error::kUnsupportedMediaType << "";
    const std::string huge = R"(,"description":")" + std::string(kMaxBody, 'x') + "\"";
    QTest::newRow("oversized") << body(huge) << json << false << 413 << error::kPayloadTooLarge << "";
    QTest::newRow("oversized chunked") << body(huge) << json << true << 413
                                       << error::kPayloadTooLarge << "";
}

void TestHttpCases::createCaseBadRequests()
{
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, contentType);
    QFETCH(bool, chunked);
    QFETCH(int, status);
    QFETCH(QString, code);
    QFETCH(QString, field);
    HttpCall call;
    call.method = "POST";
    call.path = "/api/v1/cases";
    call.body = body.toStdString();
    call.contentType = contentType.toStdString();
    call.chunked = chunked;
    call.token = m_anna;
    VERIFY_ERROR(m_client->send(call), status, code.toStdString(), field.toStdString());
    QVERIFY(!m_store->caseById("cccccccc-0000-4000-8000-000000000001")); // nothing half-written
}

void TestHttpCases::staffFilesOnBehalf()
{
    const HttpReply reply = create(m_staff, newCaseJson("eeeeeeee-0000-4000-8000-000000000001",
                                                        "acme", "payroll",
                                                        R"(,"creator":"anna@acme.example","channel":"phone")"));
    QCOMPARE(reply.status, 201);
    const Case c = codec::decode<Case>(reply.body);
    QCOMPARE(c.creator, std::string("anna@acme.example"));
    QCOMPARE(c.onBehalfBy, std::string("staff@caseport.example"));
    QCOMPARE(c.channel, std::string("phone"));
    QCOMPARE(m_client->get("/api/v1/cases/" + c.id, m_anna).status, 200);

    VERIFY_ERROR(create(m_staff, newCaseJson("eeeeeeee-0000-4000-8000-000000000002", "acme",
                                             "payroll", R"(,"channel":"fax")")),
                 422, error::kValidationFailed, "channel");
    VERIFY_ERROR(create(m_staff, newCaseJson("eeeeeeee-0000-4000-8000-000000000003", "acme",
                                             "payroll", R"(,"creator":"ghost@x.example")")),
                 422, error::kValidationFailed, "creator");
    // bo has no access to hr: he could not have filed it himself.
    VERIFY_ERROR(create(m_staff, newCaseJson("eeeeeeee-0000-4000-8000-000000000005", "acme", "hr",
                                             R"(,"creator":"bo@acme.example","channel":"phone")")),
                 422, error::kValidationFailed, "creator");
    QVERIFY(!m_store->caseById("eeeeeeee-0000-4000-8000-000000000005"));
    // dag belongs to nordic: a case on acme filed for him would be one he cannot see.
    VERIFY_ERROR(create(m_staff, newCaseJson("eeeeeeee-0000-4000-8000-000000000004", "acme",
                                             "payroll", R"(,"creator":"dag@nordic.example")")),
                 422, error::kValidationFailed, "creator");
}

void TestHttpCases::getCaseVisibility()
{
    const std::string path = "/api/v1/cases/" + m_annaCase;
    const HttpReply anna = m_client->get(path, m_anna);
    QCOMPARE(anna.status, 200);
    QCOMPARE(codec::decode<CaseDetail>(anna.body).value.id, m_annaCase);
    QCOMPARE(m_client->get(path, m_staff).status, 200);
    // Denied reads look exactly like missing cases.
    const HttpReply dag = m_client->get(path, m_dag);
    VERIFY_ERROR(dag, 404, error::kNotFound, "");
    VERIFY_ERROR(m_client->get(path, m_bo), 404, error::kNotFound, "");
    const HttpReply missing = m_client->get("/api/v1/cases/ffffffff-0000-4000-8000-000000000000", m_dag);
    VERIFY_ERROR(missing, 404, error::kNotFound, "");
    QCOMPARE(dag.body, missing.body);
}

void TestHttpCases::changesPerCaller()
{
    auto idsFor = [&](const std::string& token) {
        const HttpReply reply = m_client->get("/api/v1/changes?since=", token);
        std::vector<std::string> ids;
        if (reply.status == 200) {
            for (const auto& c : codec::decode<ChangeSet>(reply.body).cases)
                ids.push_back(c.id);
        }
        return ids;
    };
    const auto anna = idsFor(m_anna);
    QVERIFY(std::find(anna.begin(), anna.end(), m_annaCase) != anna.end());
    QVERIFY(idsFor(m_dag).empty());
    for (const auto& id : idsFor(m_bo))
        QVERIFY(codec::decode<CaseDetail>(m_client->get("/api/v1/cases/" + id, m_bo).body).value.creator
                == "bo@acme.example");
    QVERIFY(!idsFor(m_bo).empty());
    QVERIFY(idsFor(m_staff).size() >= anna.size());
}

void TestHttpCases::changesCursorAndLimit()
{
    const HttpReply page1 = m_client->get("/api/v1/changes?limit=1", m_staff);
    QCOMPARE(page1.status, 200);
    const ChangeSet first = codec::decode<ChangeSet>(page1.body);
    QCOMPARE(first.cases.size(), 1u);
    QVERIFY(first.more);
    QVERIFY(!first.reset);

    HttpCall next;
    next.path = "/api/v1/changes?limit=5000&since=" + first.cursor;
    next.token = m_staff;
    next.headers["Accept-Encoding"] = "gzip";
    const HttpReply page2 = m_client->send(next);
    QCOMPARE(page2.status, 200);
    QVERIFY(page2.gzipped);
    const ChangeSet rest = codec::decode<ChangeSet>(page2.body);
    QVERIFY(!rest.more);
    QVERIFY(!rest.cases.empty());
    QVERIFY(rest.cases.front().id != first.cases.front().id);

    // remaining: an upper bound of the log rows after a page, 0 on the last one.
    QVERIFY(first.remaining >= static_cast<std::int64_t>(rest.cases.size()));
    QCOMPARE(rest.remaining, 0);

    const HttpReply idle = m_client->get("/api/v1/changes?since=" + rest.cursor, m_staff);
    QCOMPARE(codec::decode<ChangeSet>(idle.body).cases.size(), 0u);

    const ChangeSet reset = codec::decode<ChangeSet>(
        m_client->get("/api/v1/changes?since=someoneelse:3", m_anna).body);
    QVERIFY(reset.reset);
    QVERIFY(reset.cases.empty());

    VERIFY_ERROR(m_client->get("/api/v1/changes?limit=abc", m_anna), 400, error::kInvalidField, "limit");
    VERIFY_ERROR(m_client->get("/api/v1/changes?limit=0", m_anna), 400, error::kInvalidField, "limit");
    QCOMPARE(m_client->get("/api/v1/changes?limit=999999", m_anna).status, 200); // clamped
}

// Every changes answer names the caller's current catalog ETag, the same one the catalog
// call sends, so a client with that catalog needs no second round trip.
void TestHttpCases::changesCarryTheCatalogEtag()
{
    for (const std::string* token : {&m_staff, &m_anna, &m_dag}) {
        const std::string catalogEtag = m_client->get("/api/v1/catalog", *token).header("etag");
        QVERIFY(catalogEtag.size() > 2);
        const HttpReply changes = m_client->get("/api/v1/changes?since=", *token);
        QCOMPARE(changes.status, 200);
        QCOMPARE(codec::decode<ChangeSet>(changes.body).catalogEtag, catalogEtag);
    }
    // Different callers see different catalogs.
    QVERIFY(codec::decode<ChangeSet>(m_client->get("/api/v1/changes", m_anna).body).catalogEtag
            != codec::decode<ChangeSet>(m_client->get("/api/v1/changes", m_staff).body).catalogEtag);
    // Without a session there is neither.
    VERIFY_ERROR(m_client->get("/api/v1/changes", ""), 401, error::kUnauthorized, "");
}

void TestHttpCases::updateCaseBadRequests_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("field");
    const QByteArray json("application/json");
    QTest::newRow("malformed") << QByteArray(R"({"baseVersion":)") << json << 400
                               << error::kMalformedJson << "";
    QTest::newRow("no baseVersion") << QByteArray(R"({"private":true})") << json << 400
                                    << error::kInvalidField << "baseVersion";
    QTest::newRow("baseVersion as text") << QByteArray(R"({"baseVersion":"1"})") << json << 400
                                         << error::kInvalidField << "baseVersion";
    QTest::newRow("private as text") << QByteArray(R"({"baseVersion":1,"private":"yes"})") << json
                                     << 400 << error::kInvalidField << "private";
    QTest::newRow("followers not a list") << QByteArray(R"({"baseVersion":1,"followers":"bo"})")
                                          << json << 400 << error::kInvalidField << "followers";
    QTest::newRow("number not editable") << QByteArray(R"({"baseVersion":1,"number":"CP-1"})")
                                         << json << 400 << error::kUnknownField << "number";
    QTest::newRow("creator not editable")
        << QByteArray(R"({"baseVersion":1,"creator":"bo@acme.example"})") << json << 400
        << error::kUnknownField << "creator";
    QTest::newRow("unknown follower")
        << QByteArray(R"({"baseVersion":1,"followers":["eve@evil.example"]})") << json << 422
        << error::kValidationFailed << "followers";
    QTest::newRow("text/plain") << QByteArray(R"({"baseVersion":1})") << QByteArray("text/plain")
                                << 415 << error::kUnsupportedMediaType << "";
}

// Nothing a bad PATCH sends changes the case.
void TestHttpCases::updateCaseBadRequests()
{
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, contentType);
    QFETCH(int, status);
    QFETCH(QString, code);
    QFETCH(QString, field);
    const auto before = m_store->caseById(m_annaCase);
    QVERIFY(before);
    HttpCall call;
    call.method = "PATCH";
    call.path = "/api/v1/cases/" + m_annaCase;
    call.body = body.toStdString();
    call.contentType = contentType.toStdString();
    call.token = m_anna;
    VERIFY_ERROR(m_client->send(call), status, code.toStdString(), field.toStdString());
    QCOMPARE(m_store->caseById(m_annaCase), before);
}

void TestHttpCases::stillHealthyAfterAbuse()
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

QTEST_GUILESS_MAIN(TestHttpCases)
#include "tst_http_cases.moc"
