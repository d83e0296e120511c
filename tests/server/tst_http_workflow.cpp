// The configured workflow over real HTTP (issue #6): a [workflow] of its own reaches the
// catalog, new cases start in its initial state, PATCH moves only along its transitions
// (422 transition_not_allowed naming both labels), closing records closedAt; a customer's
// post on a closed case reopens it within reopen_days and is refused (422 case_closed)
// after; staff posts never reopen; someone who cannot see the case gets 404.

#include "HttpTestServer.h"

#include "caseport/Codec.h"
#include "caseport/Workflow.h"
#include "store/SqliteStore.h"
#include "util/Time.h"

#include <QTest>

#include <cstdio>

using namespace caseport;
using namespace caseport::server;

namespace {

// new → doing → done, done → new; only staff start work, the creator may also finish.
workflow::Workflow ownWorkflow()
{
    workflow::Workflow w;
    w.states = {{"new", {{{"en", "New"}, {"da", "Ny"}}}, false},
                {"doing", {{{"en", "Being done"}}}, false},
                {"done", {{{"en", "Done"}}}, true}};
    w.transitions = {{"new", "doing", false}, {"doing", "done", true}, {"done", "new", false}};
    w.initialState = "new";
    w.reopenDays = 2;
    return w;
}

} // namespace

class TestHttpWorkflow : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void catalogCarriesTheConfiguredWorkflow();
    void patchFollowsTheConfiguredWorkflow();
    void customerPostReopensWithinTheWindow();
    void customerPostAfterTheWindowIsRefused();
    void reopenDaysZeroNeverReopens();
    void staffPostsNeverReopen();
    void postOnAnUnseenClosedCaseIs404();

private:
    std::string newCase(const std::string& who);
    HttpReply patch(const std::string& who, const std::string& id, const std::string& members,
                    std::int64_t baseVersion);
    HttpReply post(const std::string& who, const std::string& caseId, const std::string& text);
    // Staff close the case (default workflow: received → closed); its version after.
    std::int64_t close(const std::string& id);
    // Moves the stored closedAt `days` into the past, as if it had been closed then.
    void closedDaysAgo(const std::string& id, int days);

    HttpTestServer m_server;
    workflow::Workflow m_default;
    int m_cases = 0;
    int m_posts = 0;
};

void TestHttpWorkflow::initTestCase()
{
    QVERIFY(m_server.start());
    m_default = m_server.config().workflow;
    QCOMPARE(m_default, workflow::defaultWorkflow());
}

void TestHttpWorkflow::cleanupTestCase()
{
    m_server.stop();
}

void TestHttpWorkflow::init()
{
    m_server.reconfigure([this](Config& c) { c.workflow = m_default; });
}

std::string TestHttpWorkflow::newCase(const std::string& who)
{
    char id[40];
    std::snprintf(id, sizeof id, "f1000000-0000-4000-8000-%012d", ++m_cases);
    const HttpReply reply = m_server.client().post("/api/v1/cases",
                                                   newCaseJson(id, "acme", "payroll"),
                                                   m_server.token(who));
    if (reply.status != 201) {
        qWarning("creating a case failed: %d %s", reply.status, reply.body.c_str());
        return {};
    }
    return id;
}

HttpReply TestHttpWorkflow::patch(const std::string& who, const std::string& id,
                                  const std::string& members, std::int64_t baseVersion)
{
    HttpCall call;
    call.method = "PATCH";
    call.path = "/api/v1/cases/" + id;
    call.token = m_server.token(who);
    call.body = "{\"baseVersion\":" + std::to_string(baseVersion) + "," + members + "}";
    return m_server.client().send(call);
}

HttpReply TestHttpWorkflow::post(const std::string& who, const std::string& caseId,
                                 const std::string& text)
{
    char id[40];
    std::snprintf(id, sizeof id, "f2000000-0000-4000-8000-%012d", ++m_posts);
    return m_server.client().post("/api/v1/cases/" + caseId + "/posts",
                                  R"({"id":")" + std::string(id) + R"(","text":")" + text + "\"}",
                                  m_server.token(who));
}

std::int64_t TestHttpWorkflow::close(const std::string& id)
{
    const auto before = m_server.store().caseById(id);
    if (!before)
        return 0;
    const HttpReply reply = patch("staff", id, R"("status":"closed","answer":"Done.")", before->version);
    if (reply.status != 200) {
        qWarning("closing failed: %d %s", reply.status, reply.body.c_str());
        return 0;
    }
    return codec::decode<Case>(reply.body).version;
}

void TestHttpWorkflow::closedDaysAgo(const std::string& id, int days)
{
    Case c = m_server.store().caseById(id).value();
    c.closedAt = toRfc3339(nowUnixSeconds() - std::int64_t{days} * 86'400);
    QCOMPARE(m_server.store().updateCase(c, c.version, {}, "staff@caseport.example").outcome, UpdateOutcome::Updated);
}

void TestHttpWorkflow::catalogCarriesTheConfiguredWorkflow()
{
    m_server.reconfigure([](Config& c) { c.workflow = ownWorkflow(); });
    for (const char* who : {"anna", "staff"}) {
        const HttpReply reply = m_server.client().get("/api/v1/catalog", m_server.token(who));
        QCOMPARE(reply.status, 200);
        const Catalog catalog = codec::decode<Catalog>(reply.body);
        QCOMPARE(workflow::fromCatalog(catalog), ownWorkflow());
    }
    const std::string id = newCase("anna");
    QCOMPARE(m_server.store().caseById(id)->status, std::string("new")); // its initial state
}

void TestHttpWorkflow::patchFollowsTheConfiguredWorkflow()
{
    m_server.reconfigure([](Config& c) { c.workflow = ownWorkflow(); });
    const std::string id = newCase("anna");
    QVERIFY(!id.empty());

    // A move the workflow lacks, for staff too.
    HttpReply refused = patch("staff", id, R"("status":"done")", 1);
    VERIFY_ERROR(refused, 422, error::kTransitionNotAllowed, "status");
    QCOMPARE(codec::parse(refused.body).at("message").get<std::string>(),
             std::string(R"(the workflow has no move from "New" to "Done")"));
    // A move only staff make, asked for by the creator.
    refused = patch("anna", id, R"("status":"doing")", 1);
    VERIFY_ERROR(refused, 422, error::kTransitionNotAllowed, "status");
    QCOMPARE(codec::parse(refused.body).at("message").get<std::string>(),
             std::string(R"(only staff may move a case from "New" to "Being done")"));
    // A state the workflow does not have (the default one's "closed").
    VERIFY_ERROR(patch("staff", id, R"("status":"closed")", 1), 422, error::kValidationFailed,
                 "status");
    QCOMPARE(m_server.store().caseById(id)->version, 1); // nothing written

    const HttpReply started = patch("staff", id, R"("status":"doing")", 1);
    QCOMPARE(started.status, 200);
    QVERIFY(codec::decode<Case>(started.body).closedAt.empty());
    const HttpReply finished = patch("anna", id, R"("status":"done")", 2); // the creator may
    QCOMPARE(finished.status, 200);
    const Case done = codec::decode<Case>(finished.body);
    QVERIFY(fromRfc3339(done.closedAt));
    QVERIFY(std::llabs(*fromRfc3339(done.closedAt) - nowUnixSeconds()) < 60);

    // Staff editing a closed case keep its closedAt; moving it back clears it.
    const HttpReply edited = patch("staff", id, R"("subject":"Renamed")", 3);
    QCOMPARE(edited.status, 200);
    QCOMPARE(codec::decode<Case>(edited.body).closedAt, done.closedAt);
    const HttpReply reopened = patch("staff", id, R"("status":"new")", 4);
    QCOMPARE(reopened.status, 200);
    QVERIFY(codec::decode<Case>(reopened.body).closedAt.empty());
}

void TestHttpWorkflow::customerPostReopensWithinTheWindow()
{
    const std::string id = newCase("anna");
    const std::int64_t closedVersion = close(id);
    QVERIFY(closedVersion > 0);
    closedDaysAgo(id, 13); // inside the default 14 days
    const std::string cursor = m_server.syncAll(m_server.anna, {}).cursor;

    const HttpReply reply = post("anna", id, "It happened again");
    QCOMPARE(reply.status, 201);
    const Case after = m_server.store().caseById(id).value();
    QCOMPARE(after.status, std::string("received"));
    QVERIFY(after.closedAt.empty());
    QCOMPARE(after.version, closedVersion + 2); // closedDaysAgo's write, then the reopen
    QCOMPARE(after.answer, std::string("Done.")); // the old answer stays for reference
    QCOMPARE(m_server.store().postsOfCase(id).size(), 1u);

    // Both reach the customer's next sync: the post and the case, received again.
    const HttpReply page = m_server.client().get("/api/v1/changes?since=" + cursor, m_server.anna);
    QCOMPARE(page.status, 200);
    const ChangeSet changes = codec::decode<ChangeSet>(page.body);
    QVERIFY(!changes.more);
    QCOMPARE(caseIds(changes), std::vector<std::string>{id});
    QCOMPARE(changes.cases[0].status, std::string("received"));
    QCOMPARE(changes.posts.size(), 1u);

    // A replay of the same post is answered as before and reopens nothing twice.
    --m_posts;
    QCOMPARE(post("anna", id, "It happened again").status, 200);
    QCOMPARE(m_server.store().caseById(id)->version, after.version);
}

void TestHttpWorkflow::customerPostAfterTheWindowIsRefused()
{
    const std::string id = newCase("anna");
    QVERIFY(close(id) > 0);
    closedDaysAgo(id, 15);
    const auto before = m_server.store().caseById(id).value();

    const HttpReply reply = post("anna", id, "Still wrong");
    VERIFY_ERROR(reply, 422, error::kCaseClosed, "");
    const std::string message = codec::parse(reply.body).at("message").get<std::string>();
    QVERIFY2(message.find(before.number) != std::string::npos, message.c_str());
    QVERIFY2(message.find("new case") != std::string::npos, message.c_str());
    QCOMPARE(m_server.store().caseById(id), before); // nothing written
    QVERIFY(m_server.store().postsOfCase(id).empty());
}

void TestHttpWorkflow::reopenDaysZeroNeverReopens()
{
    m_server.reconfigure([](Config& c) { c.workflow.reopenDays = 0; });
    const std::string id = newCase("anna");
    QVERIFY(close(id) > 0);
    VERIFY_ERROR(post("anna", id, "Just closed"), 422, error::kCaseClosed, "");
    QCOMPARE(m_server.store().caseById(id)->status, std::string("closed"));
}

void TestHttpWorkflow::staffPostsNeverReopen()
{
    const std::string id = newCase("anna");
    const std::int64_t closedVersion = close(id);
    QVERIFY(closedVersion > 0);
    QCOMPARE(post("staff", id, "A follow-up from us").status, 201);
    closedDaysAgo(id, 400);
    QCOMPARE(post("staff", id, "Long after").status, 201);
    const Case after = m_server.store().caseById(id).value();
    QCOMPARE(after.status, std::string("closed"));
    QCOMPARE(m_server.store().postsOfCase(id).size(), 2u);
}

void TestHttpWorkflow::postOnAnUnseenClosedCaseIs404()
{
    const std::string id = newCase("anna");
    QVERIFY(close(id) > 0);
    VERIFY_ERROR(post("bo", id, "Not mine"), 404, error::kNotFound, ""); // limited: not his
    VERIFY_ERROR(post("dag", id, "Other account"), 404, error::kNotFound, "");
    QCOMPARE(m_server.store().caseById(id)->status, std::string("closed"));
}

QTEST_GUILESS_MAIN(TestHttpWorkflow)
#include "tst_http_workflow.moc"
