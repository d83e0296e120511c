// Losing and regaining sight of a case through PATCH /api/v1/cases/{id}, as the
// viewers' changes feeds show it (DESIGN §5: lost visibility reaches the client as
// removed ids), and the 409 answer to a stale baseVersion.

#include "HttpTestServer.h"

#include "caseport/Codec.h"
#include "store/SqliteStore.h"

#include <QTest>

#include <algorithm>

#include <map>

using namespace caseport;
using namespace caseport::server;

namespace {

const std::string kPublic = "0b5e0000-0000-4000-8000-000000000001"; // anna's, payroll at aarhus
const std::string kFollowed = "0b5e0000-0000-4000-8000-000000000002"; // anna's, private, +bo

} // namespace

class TestHttpVisibility : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void makingPrivateRemovesForFullMembers();
    void makingPublicBringsItBack();
    void lossUndoneBeforeSyncIsNoRemoval();
    void removedFollowerLosesAndRegains();
    void followerLeavingLosesIt();
    void staleBaseVersionAnswersCurrent();
    void unchangedPatchWritesNothing();

private:
    // PATCH as `who`; fails the test unless the answer is 200. Returns the new version.
    std::int64_t patchOk(const std::string& who, const std::string& id, const CaseUpdate& update);
    std::string token(const std::string& who) const { return m_server.token(who); }

    HttpTestServer m_server;
    std::map<std::string, std::string> m_cursors; // who → cursor of their last sync
};

void TestHttpVisibility::initTestCase()
{
    QVERIFY(m_server.start());
    QCOMPARE(m_server.client()
                 .post("/api/v1/cases",
                       newCaseJson(kPublic, "acme", "payroll", R"(,"object":"aarhus")"),
                       token("anna"))
                 .status,
             201);
    QCOMPARE(m_server.client()
                 .post("/api/v1/cases",
                       newCaseJson(kFollowed, "acme", "payroll",
                                   R"(,"private":true,"followers":["bo@acme.example"])"),
                       token("anna"))
                 .status,
             201);
    for (const auto& user : testUsers()) {
        const ChangeSet all = m_server.syncAll(token(user.name), "");
        m_cursors[user.name] = all.cursor;
        const bool seesPublic = containsId(caseIds(all), kPublic);
        const bool expectsPublic = user.name != "bo" && user.name != "nils" && user.name != "dag";
        QVERIFY2(seesPublic == expectsPublic, user.name.c_str());
    }
}

void TestHttpVisibility::cleanupTestCase()
{
    m_server.stop();
}

std::int64_t TestHttpVisibility::patchOk(const std::string& who, const std::string& id,
                                         const CaseUpdate& update)
{
    HttpCall call;
    call.method = "PATCH";
    call.path = "/api/v1/cases/" + id;
    call.token = token(who);
    call.body = caseUpdateJson(update);
    const HttpReply reply = m_server.client().send(call);
    [&] { QVERIFY2(reply.status == 200, reply.body.c_str()); }();
    return reply.status == 200 ? codec::decode<Case>(reply.body).version : -1;
}

void TestHttpVisibility::makingPrivateRemovesForFullMembers()
{
    QCOMPARE(patchOk("anna", kPublic, {1, true, std::nullopt}), 2);
    for (const char* who : {"erik", "cecilie"}) { // full members (cecilie in her scope)
        const ChangeSet next = m_server.syncAll(token(who), m_cursors[who]);
        QVERIFY(!next.reset);
        QVERIFY2(containsId(next.removed.cases, kPublic), who);
        QVERIFY2(!containsId(caseIds(next), kPublic), who);
        VERIFY_ERROR(m_server.client().get("/api/v1/cases/" + kPublic, token(who)), 404,
                     error::kNotFound, "");
        m_cursors[who] = next.cursor;
        // Reported once.
        QVERIFY(!containsId(m_server.syncAll(token(who), next.cursor).removed.cases, kPublic));
    }
    for (const char* who : {"bo", "dag"}) { // never saw it: nothing to remove
        const ChangeSet next = m_server.syncAll(token(who), m_cursors[who]);
        QVERIFY(!containsId(next.removed.cases, kPublic));
        QVERIFY(!containsId(caseIds(next), kPublic));
        m_cursors[who] = next.cursor;
    }
    for (const char* who : {"anna", "staff", "sten"}) { // still see it, now private
        const ChangeSet next = m_server.syncAll(token(who), m_cursors[who]);
        QVERIFY(!containsId(next.removed.cases, kPublic));
        QCOMPARE(next.cases.size(), 1u);
        QCOMPARE(next.cases[0].id, kPublic);
        QVERIFY(next.cases[0].isPrivate);
        m_cursors[who] = next.cursor;
    }
}

void TestHttpVisibility::makingPublicBringsItBack()
{
    QCOMPARE(patchOk("anna", kPublic, {2, false, std::nullopt}), 3);
    for (const char* who : {"erik", "cecilie"}) {
        const ChangeSet next = m_server.syncAll(token(who), m_cursors[who]);
        QVERIFY2(containsId(caseIds(next), kPublic), who);
        QVERIFY(!containsId(next.removed.cases, kPublic));
        QCOMPARE(m_server.client().get("/api/v1/cases/" + kPublic, token(who)).status, 200);
        m_cursors[who] = next.cursor;
    }
}

void TestHttpVisibility::lossUndoneBeforeSyncIsNoRemoval()
{
    // Private and public again before erik syncs: he gets the case, not its removal.
    QCOMPARE(patchOk("anna", kPublic, {3, true, std::nullopt}), 4);
    QCOMPARE(patchOk("staff", kPublic, {4, false, std::nullopt}), 5);
    const ChangeSet next = m_server.syncAll(token("erik"), m_cursors["erik"]);
    QVERIFY(containsId(caseIds(next), kPublic));
    QVERIFY(!containsId(next.removed.cases, kPublic));
    m_cursors["erik"] = next.cursor;
}

void TestHttpVisibility::removedFollowerLosesAndRegains()
{
    const ChangeSet first = m_server.syncAll(token("bo"), "");
    QVERIFY(containsId(caseIds(first), kFollowed)); // private, but he follows it
    QVERIFY(!containsId(caseIds(m_server.syncAll(token("erik"), "")), kFollowed));

    QCOMPARE(patchOk("anna", kFollowed, {1, std::nullopt, std::vector<std::string>{}}), 2);
    const ChangeSet lost = m_server.syncAll(token("bo"), first.cursor);
    QVERIFY(containsId(lost.removed.cases, kFollowed));
    QVERIFY(!containsId(caseIds(lost), kFollowed));
    VERIFY_ERROR(m_server.client().get("/api/v1/cases/" + kFollowed, token("bo")), 404,
                 error::kNotFound, "");

    QCOMPARE(patchOk("anna", kFollowed, {2, std::nullopt, std::vector<std::string>{"bo@acme.example"}}),
             3);
    const ChangeSet back = m_server.syncAll(token("bo"), lost.cursor);
    QVERIFY(containsId(caseIds(back), kFollowed));
    QVERIFY(!containsId(back.removed.cases, kFollowed));
    QCOMPARE(m_server.client().get("/api/v1/cases/" + kFollowed, token("bo")).status, 200);
}

void TestHttpVisibility::followerLeavingLosesIt()
{
    const ChangeSet first = m_server.syncAll(token("bo"), "");
    QVERIFY(containsId(caseIds(first), kFollowed));
    QCOMPARE(patchOk("bo", kFollowed, {3, std::nullopt, std::vector<std::string>{}}), 4);
    const ChangeSet lost = m_server.syncAll(token("bo"), first.cursor);
    QVERIFY(containsId(lost.removed.cases, kFollowed));
    QVERIFY(!containsId(caseIds(lost), kFollowed));
}

void TestHttpVisibility::staleBaseVersionAnswersCurrent()
{
    const auto stored = m_server.store().caseById(kPublic);
    QVERIFY(stored);
    QCOMPARE(stored->version, 5);

    HttpCall call;
    call.method = "PATCH";
    call.path = "/api/v1/cases/" + kPublic;
    call.token = token("anna");
    call.body = caseUpdateJson({1, true, std::nullopt});
    const HttpReply reply = m_server.client().send(call);
    VERIFY_ERROR(reply, 409, error::kVersionConflict, "baseVersion");
    const auto current = codec::fromJson<Case>(codec::parse(reply.body).at("current"));
    QCOMPARE(current, *stored);
    QCOMPARE(m_server.store().caseById(kPublic), stored); // nothing written

    // Someone who cannot see the case learns nothing from a conflict either.
    call.token = token("dag");
    VERIFY_ERROR(m_server.client().send(call), 404, error::kNotFound, "");
}

void TestHttpVisibility::unchangedPatchWritesNothing()
{
    const auto stored = m_server.store().caseById(kPublic);
    QVERIFY(stored);
    const ChangeSet before = m_server.syncAll(token("erik"), m_cursors["erik"]);
    m_cursors["erik"] = before.cursor;

    // The same privacy and the same followers, in another order: nothing to do.
    CaseUpdate same{stored->version, stored->isPrivate, stored->followers};
    std::reverse(same.followers->begin(), same.followers->end());
    QCOMPARE(patchOk("anna", kPublic, same), stored->version);
    QCOMPARE(m_server.store().caseById(kPublic), stored);
    const ChangeSet after = m_server.syncAll(token("erik"), m_cursors["erik"]);
    QVERIFY(after.cases.empty());
    QCOMPARE(after.cursor, before.cursor);
}

QTEST_GUILESS_MAIN(TestHttpVisibility)
#include "tst_http_visibility.moc"
