// Operational notices over real HTTP: staff publish (POST /api/v1/notices) and withdraw
// (DELETE /api/v1/notices/{id}); the catalog carries the notices that concern the
// caller and its ETag (also in every changes page) moves with them. Customers get 403,
// callers without a token 401, bad input 422 naming the field; config notices cannot be
// withdrawn.

#include "HttpTestServer.h"

#include "caseport/Codec.h"
#include "caseport/NoticeRules.h"
#include "util/Time.h"

#include <QTest>

#include <algorithm>

using namespace caseport;
using namespace caseport::server;

namespace {

constexpr const char* kPayrollNotice = "5d1f0c1e-3b0a-4c55-9b1e-0c9f5b2d7a11";

std::string inDays(int days)
{
    return notices::formatTime(nowUnixSeconds() + std::int64_t{days} * 86400);
}

std::string noticeJson(const std::string& id, const std::string& extra = {},
                       const std::string& products = R"(["payroll"])")
{
    return R"({"id":")" + id + R"(","severity":"warning","text":{"en":"Payroll closes at noon","da":"Løn lukker kl. 12"},"products":)"
        + products + extra + "}";
}

bool hasNotice(const Catalog& catalog, const std::string& id)
{
    return std::any_of(catalog.notices.begin(), catalog.notices.end(), [&](const Notice& n) { return n.id == id; });
}

} // namespace

class TestHttpNotices : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void staffPublishes();
    void replayAnswersTheSameNotice();
    void catalogShowsOnlyConcernedUsers();
    void publishChangesTheCatalogEtag();
    void deniedCallers();
    void badInput_data();
    void badInput();
    void idOfAnotherNoticeConflicts();
    void withdrawRemovesFromCatalog();
    void configNoticesCannotBeWithdrawn();
    void expiredNoticesLeaveTheCatalog();

private:
    HttpReply send(const std::string& method, const std::string& path, const std::string& body,
                   const std::string& token);
    Catalog catalogOf(const std::string& token);

    HttpTestServer m_server;
};

void TestHttpNotices::initTestCase()
{
    QVERIFY(m_server.start());
}

void TestHttpNotices::cleanupTestCase()
{
    m_server.stop();
}

HttpReply TestHttpNotices::send(const std::string& method, const std::string& path, const std::string& body,
                                const std::string& token)
{
    HttpCall call;
    call.method = method;
    call.path = path;
    call.body = body;
    call.token = token;
    return m_server.client().send(call);
}

Catalog TestHttpNotices::catalogOf(const std::string& token)
{
    const HttpReply reply = send("GET", "/api/v1/catalog", {}, token);
    if (reply.status != 200) {
        qWarning("catalog answered %d", reply.status);
        return {};
    }
    return codec::decode<Catalog>(reply.body);
}

void TestHttpNotices::staffPublishes()
{
    const HttpReply reply = send("POST", "/api/v1/notices",
                                 noticeJson(kPayrollNotice, R"(,"from":"2026-11-20T09:00:00+01:00","until":")" + inDays(30) + "\""),
                                 m_server.staff);
    QCOMPARE(reply.status, 201);
    const Notice stored = codec::decode<Notice>(reply.body);
    QCOMPARE(stored.id, std::string(kPayrollNotice));
    QCOMPARE(stored.severity, NoticeSeverity::Warning);
    QCOMPARE(stored.source, std::string(noticeSource::kStaff));
    QCOMPARE(stored.publishedBy, emailOf("staff"));
    QCOMPARE(stored.from, std::string("2026-11-20T08:00:00Z")); // kept in UTC
    QCOMPARE(stored.text.pick("da"), std::string("Løn lukker kl. 12"));
}

void TestHttpNotices::replayAnswersTheSameNotice()
{
    const HttpReply replay = send("POST", "/api/v1/notices",
                                  noticeJson(kPayrollNotice, R"(,"from":"2026-11-20T09:00:00+01:00","until":")" + inDays(30) + "\""),
                                  m_server.staff);
    QCOMPARE(replay.status, 200);
    QCOMPARE(codec::decode<Notice>(replay.body).id, std::string(kPayrollNotice));
    const Catalog staffCatalog = catalogOf(m_server.staff);
    QCOMPARE(std::count_if(staffCatalog.notices.begin(), staffCatalog.notices.end(),
                           [](const Notice& n) { return n.id == kPayrollNotice; }),
             1L);
}

void TestHttpNotices::catalogShowsOnlyConcernedUsers()
{
    QVERIFY(hasNotice(catalogOf(m_server.anna), kPayrollNotice)); // payroll full
    QVERIFY(hasNotice(catalogOf(m_server.bo), kPayrollNotice)); // payroll limited
    QVERIFY(!hasNotice(catalogOf(m_server.token("nils")), kPayrollNotice)); // payroll none
    QVERIFY(hasNotice(catalogOf(m_server.staff), kPayrollNotice));
}

void TestHttpNotices::publishChangesTheCatalogEtag()
{
    const HttpReply before = send("GET", "/api/v1/catalog", {}, m_server.anna);
    const std::string etag = before.header("etag");
    QVERIFY(!etag.empty());
    const ChangeSet pageBefore = codec::decode<ChangeSet>(send("GET", "/api/v1/changes", {}, m_server.anna).body);
    QCOMPARE(pageBefore.catalogEtag, etag);

    const std::string id = "0b7d7a57-8c3e-4f7e-8d0a-2f6c4f3f9e21";
    QCOMPARE(send("POST", "/api/v1/notices", noticeJson(id, {}, "[]"), m_server.staff).status, 201);
    const HttpReply after = send("GET", "/api/v1/catalog", {}, m_server.anna);
    QVERIFY(after.header("etag") != etag);
    const ChangeSet pageAfter = codec::decode<ChangeSet>(send("GET", "/api/v1/changes", {}, m_server.anna).body);
    QCOMPARE(pageAfter.catalogEtag, after.header("etag"));
    QVERIFY(hasNotice(catalogOf(m_server.token("nils")), id)); // every product: everyone

    QCOMPARE(send("DELETE", "/api/v1/notices/" + id, {}, m_server.staff).status, 204);
    QCOMPARE(send("GET", "/api/v1/catalog", {}, m_server.anna).header("etag"), etag);
}

void TestHttpNotices::deniedCallers()
{
    const std::string id = "9a0e1d2c-3b4a-4c5d-8e6f-7a8b9c0d1e2f";
    VERIFY_ERROR(send("POST", "/api/v1/notices", noticeJson(id), m_server.anna), 403, error::kForbidden, "");
    VERIFY_ERROR(send("POST", "/api/v1/notices", noticeJson(id), ""), 401, error::kUnauthorized, "");
    VERIFY_ERROR(send("POST", "/api/v1/notices", noticeJson(id), m_server.expired), 401, error::kUnauthorized, "");
    VERIFY_ERROR(send("DELETE", std::string("/api/v1/notices/") + kPayrollNotice, {}, m_server.anna), 403,
                 error::kForbidden, "");
    VERIFY_ERROR(send("DELETE", std::string("/api/v1/notices/") + kPayrollNotice, {}, ""), 401,
                 error::kUnauthorized, "");
    VERIFY_ERROR(send("GET", "/api/v1/notices", {}, m_server.staff), 405, error::kMethodNotAllowed, "");
    QVERIFY(!hasNotice(catalogOf(m_server.staff), id));
    QVERIFY(hasNotice(catalogOf(m_server.staff), kPayrollNotice)); // still there
}

void TestHttpNotices::badInput_data()
{
    QTest::addColumn<QString>("body");
    QTest::addColumn<QString>("field");
    const std::string id = "1c2d3e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f";
    auto row = [&](const char* name, const std::string& body, const char* field) {
        QTest::newRow(name) << QString::fromStdString(body) << field;
    };
    row("id not a UUID", noticeJson("outage-1"), "id");
    row("unknown product", noticeJson(id, {}, R"(["gardening"])"), "products");
    row("no English",
        R"({"id":")" + id + R"(","severity":"info","text":{"da":"Kun dansk"}})", "text");
    row("bad severity", R"({"id":")" + id + R"(","severity":"panic","text":{"en":"x"}})", "severity");
    row("bad from", noticeJson(id, R"(,"from":"tomorrow")"), "from");
    row("until before from",
        noticeJson(id, R"(,"from":"2027-02-01T00:00:00Z","until":"2027-01-01T00:00:00Z")"), "until");
    row("until already past", noticeJson(id, R"(,"until":"2020-01-01T00:00:00Z")"), "until");
    row("unknown key", noticeJson(id, R"(,"colour":"red")"), "colour");
}

void TestHttpNotices::badInput()
{
    QFETCH(QString, body);
    QFETCH(QString, field);
    const HttpReply reply = send("POST", "/api/v1/notices", body.toStdString(), m_server.staff);
    QVERIFY2(reply.status == 422 || reply.status == 400, reply.body.c_str());
    const ApiError error = codec::decode<ApiError>(reply.body);
    QCOMPARE(QString::fromStdString(error.field), field);
    QVERIFY(!hasNotice(catalogOf(m_server.staff), "1c2d3e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f"));
}

void TestHttpNotices::idOfAnotherNoticeConflicts()
{
    // sten is staff too; the id is the first staff user's notice.
    VERIFY_ERROR(send("POST", "/api/v1/notices", noticeJson(kPayrollNotice), m_server.token("sten")), 409,
                 error::kConflict, "id");
}

void TestHttpNotices::withdrawRemovesFromCatalog()
{
    QCOMPARE(send("DELETE", std::string("/api/v1/notices/") + kPayrollNotice, {}, m_server.token("sten")).status, 204);
    QVERIFY(!hasNotice(catalogOf(m_server.anna), kPayrollNotice));
    VERIFY_ERROR(send("DELETE", std::string("/api/v1/notices/") + kPayrollNotice, {}, m_server.staff), 404,
                 error::kNotFound, "");
    // A late replay of the publish does not bring it back.
    const HttpReply replay = send("POST", "/api/v1/notices",
                                  noticeJson(kPayrollNotice, R"(,"until":")" + inDays(30) + "\""), m_server.staff);
    QCOMPARE(replay.status, 200);
    QVERIFY(!hasNotice(catalogOf(m_server.anna), kPayrollNotice));
}

void TestHttpNotices::configNoticesCannotBeWithdrawn()
{
    m_server.reconfigure([](Config& config) {
        Notice notice;
        notice.id = "year-end";
        notice.text.byLanguage = {{"en", "Year-end payroll deadlines"}};
        notice.products = {"hr"};
        config.notices.push_back(notice);
    });
    QVERIFY(hasNotice(catalogOf(m_server.anna), "year-end")); // hr full
    QVERIFY(!hasNotice(catalogOf(m_server.bo), "year-end")); // hr none
    VERIFY_ERROR(send("DELETE", "/api/v1/notices/year-end", {}, m_server.staff), 403, error::kConfigManaged, "id");
    VERIFY_ERROR(send("POST", "/api/v1/notices", noticeJson("year-end"), m_server.staff), 422,
                 error::kValidationFailed, "id");
    QVERIFY(hasNotice(catalogOf(m_server.anna), "year-end"));
}

void TestHttpNotices::expiredNoticesLeaveTheCatalog()
{
    m_server.reconfigure([](Config& config) {
        Notice over;
        over.id = "over";
        over.text.byLanguage = {{"en", "Done"}};
        over.until = "2020-01-01T00:00:00Z";
        Notice later;
        later.id = "later";
        later.text.byLanguage = {{"en", "Soon"}};
        later.from = inDays(10);
        config.notices = {over, later};
    });
    const Catalog catalog = catalogOf(m_server.anna);
    QVERIFY(!hasNotice(catalog, "over"));
    QVERIFY(hasNotice(catalog, "later")); // not started yet, but the client shows it when it does
}

QTEST_GUILESS_MAIN(TestHttpNotices)
#include "tst_http_notices.moc"
