// The conversation over real HTTP: posts (idempotent, validated, internal notes for
// staff only), the case with its thread, and posts in the changes feed, with the
// allowed and the denied callers.

#include "HttpTestServer.h"

#include "caseport/Codec.h"

#include <QTest>

#include <algorithm>

using namespace caseport;

namespace {

const std::string kCase = "bbbbbbbb-0000-4000-8000-000000000001";
const std::string kPost = "cccccccc-0000-4000-8000-000000000001";
const std::string kNote = "cccccccc-0000-4000-8000-000000000002";

std::string postJson(const std::string& id, const std::string& text, const std::string& extra = {})
{
    return R"({"id":")" + id + R"(","text":")" + text + "\"" + extra + "}";
}

bool hasPost(const ChangeSet& changes, const std::string& id)
{
    return std::any_of(changes.posts.begin(), changes.posts.end(),
                       [&](const Post& p) { return p.id == id; });
}

} // namespace

class TestHttpPosts : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void postAndReplay();
    void postDenied();
    void postBadRequests_data();
    void postBadRequests();
    void internalNotesForStaffOnly();
    void caseDetailCarriesTheThread();
    void changesCarryPostsAndMoveTheCase();
    void aNewFollowerReceivesTheWholeThread();

private:
    HttpReply post(const std::string& token, const std::string& caseId, const std::string& body)
    {
        return m_client->post("/api/v1/cases/" + caseId + "/posts", body, token);
    }
    ChangeSet changes(const std::string& token, const std::string& since = {})
    {
        const HttpReply reply = m_client->get("/api/v1/changes?since=" + since, token);
        return reply.status == 200 ? codec::decode<ChangeSet>(reply.body) : ChangeSet{};
    }

    HttpTestServer m_server;
    HttpTestClient* m_client = nullptr;
};

void TestHttpPosts::initTestCase()
{
    QVERIFY(m_server.start());
    m_client = &m_server.client();
    const HttpReply created =
        m_client->post("/api/v1/cases", newCaseJson(kCase, "acme", "payroll"), m_server.anna);
    QCOMPARE(created.status, 201);
}

void TestHttpPosts::cleanupTestCase()
{
    m_server.stop();
}

void TestHttpPosts::postAndReplay()
{
    const HttpReply created = post(m_server.anna, kCase, postJson(kPost, "Any news? 🙂 Hilsen"));
    QCOMPARE(created.status, 201);
    const Post p = codec::decode<Post>(created.body);
    QCOMPARE(p.id, kPost);
    QCOMPARE(p.caseId, kCase);
    QCOMPARE(p.author, std::string("anna@acme.example"));
    QCOMPARE(p.text, std::string("Any news? 🙂 Hilsen"));
    QVERIFY(!p.internal);
    QVERIFY(!p.createdAt.empty());

    // A replay (lost answer, retried) is the same post, never a second one.
    const HttpReply replay = post(m_server.anna, kCase, postJson(kPost, "Any news? 🙂 Hilsen"));
    QCOMPARE(replay.status, 200);
    QCOMPARE(codec::decode<Post>(replay.body), p);
    // The same id from someone else is a conflict, not a takeover.
    VERIFY_ERROR(post(m_server.staff, kCase, postJson(kPost, "mine now")), 409, error::kConflict,
                 "id");
}

void TestHttpPosts::postDenied()
{
    const std::string body = postJson("cccccccc-0000-4000-8000-0000000000f1", "hello");
    // bo (payroll limited) cannot see anna's case, dag is in another account: both get
    // the answer a missing case gets.
    const HttpReply bo = post(m_server.bo, kCase, body);
    VERIFY_ERROR(bo, 404, error::kNotFound, "");
    const HttpReply dag = post(m_server.dag, kCase, body);
    const HttpReply missing = post(m_server.dag, "ffffffff-0000-4000-8000-000000000000", body);
    QCOMPARE(dag.body, missing.body);
    QCOMPARE(dag.status, 404);
    VERIFY_ERROR(post({}, kCase, body), 401, error::kUnauthorized, "");
    VERIFY_ERROR(post(m_server.expired, kCase, body), 401, error::kUnauthorized, "");
    VERIFY_ERROR(post(m_server.revoked, kCase, body), 401, error::kUnauthorized, "");
}

void TestHttpPosts::postBadRequests_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("code");
    QTest::addColumn<QByteArray>("field");
    const std::string id = "cccccccc-0000-4000-8000-0000000000b1";
    QTest::newRow("malformed") << QByteArray("{\"id\":") << 400 << QByteArray("malformed_json") << QByteArray();
    QTest::newRow("unknown field") << QByteArray::fromStdString(postJson(id, "x", R"(,"author":"staff@caseport.example")"))
                                   << 400 << QByteArray("unknown_field") << QByteArray("author");
    QTest::newRow("wrong type") << QByteArray::fromStdString(R"({"id":")" + id + R"(","text":5})")
                                << 400 << QByteArray("invalid_field") << QByteArray("text");
    QTest::newRow("no id") << QByteArray(R"({"text":"x"})") << 400 << QByteArray("invalid_field") << QByteArray("id");
    QTest::newRow("id not a uuid") << QByteArray::fromStdString(postJson("../etc", "x"))
                                   << 422 << QByteArray("validation_failed") << QByteArray("id");
    QTest::newRow("blank text") << QByteArray::fromStdString(postJson(id, "  \\n "))
                                << 422 << QByteArray("validation_failed") << QByteArray("text");
    QTest::newRow("attachment without blob store")
        << QByteArray::fromStdString(postJson(id, "see file", R"(,"attachments":[{"id":")" + id
                                                                  + R"(","name":"a.pdf","sha256":"00","size":1}])"))
        << 422 << QByteArray("validation_failed") << QByteArray("attachments");
}

void TestHttpPosts::postBadRequests()
{
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    QFETCH(QByteArray, code);
    QFETCH(QByteArray, field);
    VERIFY_ERROR(post(m_server.anna, kCase, body.toStdString()), status, code.toStdString(),
                 field.toStdString());
}

void TestHttpPosts::internalNotesForStaffOnly()
{
    VERIFY_ERROR(post(m_server.anna, kCase, postJson(kNote, "psst", R"(,"internal":true)")), 403,
                 error::kForbidden, "internal");
    const HttpReply note = post(m_server.staff, kCase, postJson(kNote, "Customer is VIP", R"(,"internal":true)"));
    QCOMPARE(note.status, 201);
    QVERIFY(codec::decode<Post>(note.body).internal);

    QVERIFY(!hasPost(changes(m_server.anna), kNote));
    QVERIFY(hasPost(changes(m_server.staff), kNote));
}

void TestHttpPosts::caseDetailCarriesTheThread()
{
    const HttpReply anna = m_client->get("/api/v1/cases/" + kCase, m_server.anna);
    QCOMPARE(anna.status, 200);
    const CaseDetail forAnna = codec::decode<CaseDetail>(anna.body);
    QCOMPARE(forAnna.value.id, kCase);
    QCOMPARE(forAnna.posts.size(), std::size_t(1));
    QCOMPARE(forAnna.posts.front().id, kPost);

    const CaseDetail forStaff =
        codec::decode<CaseDetail>(m_client->get("/api/v1/cases/" + kCase, m_server.staff).body);
    QCOMPARE(forStaff.posts.size(), std::size_t(2));
    QVERIFY(std::any_of(forStaff.posts.begin(), forStaff.posts.end(),
                        [](const Post& p) { return p.id == kNote && p.internal; }));
}

void TestHttpPosts::changesCarryPostsAndMoveTheCase()
{
    const ChangeSet before = changes(m_server.anna);
    const std::string reply = "cccccccc-0000-4000-8000-000000000003";
    QCOMPARE(post(m_server.staff, kCase, postJson(reply, "We are on it")).status, 201);
    const ChangeSet after = changes(m_server.anna, before.cursor);
    QVERIFY(hasPost(after, reply));
    // The public answer moves the case (its updatedAt), so it is sent again; its
    // version stays: posts never conflict with edits.
    QCOMPARE(after.cases.size(), std::size_t(1));
    QCOMPARE(after.cases.front().version, std::int64_t(1));
    QVERIFY(!before.cases.empty());
    QVERIFY(after.cases.front().updatedAt >= before.cases.back().updatedAt);

    // An internal note moves nothing a customer can see.
    const std::string note = "cccccccc-0000-4000-8000-000000000004";
    QCOMPARE(post(m_server.staff, kCase, postJson(note, "internal", R"(,"internal":true)")).status, 201);
    const ChangeSet quiet = changes(m_server.anna, after.cursor);
    QVERIFY(quiet.cases.empty());
    QVERIFY(quiet.posts.empty());
}

void TestHttpPosts::aNewFollowerReceivesTheWholeThread()
{
    // bo syncs first: anna's case is not his.
    const ChangeSet initial = changes(m_server.bo);
    QVERIFY(std::none_of(initial.cases.begin(), initial.cases.end(),
                         [](const Case& c) { return c.id == kCase; }));

    const CaseDetail current =
        codec::decode<CaseDetail>(m_client->get("/api/v1/cases/" + kCase, m_server.anna).body);
    HttpCall patch;
    patch.method = "PATCH";
    patch.path = "/api/v1/cases/" + kCase;
    patch.token = m_server.anna;
    patch.body = R"({"baseVersion":)" + std::to_string(current.value.version)
        + R"(,"followers":["bo@acme.example"]})";
    QCOMPARE(m_client->send(patch).status, 200);

    // His next sync brings the case and the posts written before he could see it,
    // but no internal note.
    const ChangeSet next = changes(m_server.bo, initial.cursor);
    QVERIFY(std::any_of(next.cases.begin(), next.cases.end(),
                        [](const Case& c) { return c.id == kCase; }));
    QVERIFY(hasPost(next, kPost));
    QVERIFY(!hasPost(next, kNote));

    // Removed again: reported as removed.
    const CaseDetail followed =
        codec::decode<CaseDetail>(m_client->get("/api/v1/cases/" + kCase, m_server.anna).body);
    patch.body = R"({"baseVersion":)" + std::to_string(followed.value.version) + R"(,"followers":[]})";
    QCOMPARE(m_client->send(patch).status, 200);
    const ChangeSet gone = changes(m_server.bo, next.cursor);
    QCOMPARE(gone.removed.cases, std::vector<std::string>{kCase});
    QVERIFY(gone.cases.empty());
}

QTEST_GUILESS_MAIN(TestHttpPosts)
#include "tst_http_posts.moc"
