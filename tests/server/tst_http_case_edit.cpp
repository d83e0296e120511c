// Editing a case over real HTTP: PATCH /api/v1/cases/{id} with subject, description,
// category, object, custom fields, status, answer and assignee (DESIGN §3–§5). Who may
// set each member (staff, the creator, nobody else), the default workflow's moves, the
// 409 with the current case, and the idempotent replay of an edit that already landed.

#include "HttpTestServer.h"

#include "caseport/Codec.h"
#include "caseport/Workflow.h"
#include "store/SqliteStore.h"

#include <QTest>

#include <cstdio>

using namespace caseport;
using namespace caseport::server;

namespace {

// The value each member is set to in the grid; any differs from a new case's.
std::string memberJson(const std::string& member)
{
    if (member == "subject")
        return R"("subject":"Edited subject")";
    if (member == "description")
        return R"("description":"Edited description")";
    if (member == "category")
        return R"("category":"support")";
    if (member == "object")
        return R"("object":"aarhus")";
    if (member == "fields")
        return R"("fields":{"employee":"42","months":["may","june"]})";
    if (member == "status")
        return R"("status":"closed")";
    if (member == "answer")
        return R"("answer":"Sent again today.")";
    return R"("assignee":"sten@caseport.example")";
}

// The member as the stored case has it, in the JSON the case encodes to.
codec::Json storedMember(const Case& c, const std::string& member)
{
    return codec::toJson(c).at(member);
}

const std::vector<std::string> kMembers = {"subject", "description", "category", "object",
                                           "fields",  "status",      "answer",   "assignee"};

} // namespace

class TestHttpCaseEdit : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void whoMaySetWhat_data();
    void whoMaySetWhat();
    void staffWalkTheWorkflow();
    void transitions_data();
    void transitions();
    void closedCaseFieldsAreStaffs();
    void staleBaseVersionAnswersCurrent();
    void staleBaseBeatsStateChecks();
    void idempotentReplayWithOldBaseVersion();
    void badValues_data();
    void badValues();
    void objectMoveChangesWhoSees();
    void clearingWithNull();

private:
    // A new case filed by `who` on acme/payroll; `extra` goes into the POST body.
    std::string newCase(const std::string& who, const std::string& extra = {});
    HttpReply patch(const std::string& who, const std::string& id, const std::string& members,
                    std::int64_t baseVersion = 1);
    // PATCH that must answer 200; returns the case it answers (empty Case on failure).
    Case patchOk(const std::string& who, const std::string& id, const std::string& members,
                 std::int64_t baseVersion);
    std::string token(const std::string& who) const { return m_server.token(who); }

    HttpTestServer m_server;
    int m_cases = 0;
};

void TestHttpCaseEdit::initTestCase()
{
    QVERIFY(m_server.start());
}

void TestHttpCaseEdit::cleanupTestCase()
{
    m_server.stop();
}

std::string TestHttpCaseEdit::newCase(const std::string& who, const std::string& extra)
{
    char id[40];
    std::snprintf(id, sizeof id, "ed170000-0000-4000-8000-%012d", ++m_cases);
    const HttpReply reply = m_server.client().post(
        "/api/v1/cases", newCaseJson(id, "acme", "payroll", extra), token(who));
    if (reply.status != 201) {
        qWarning("creating a case failed: %d %s", reply.status, reply.body.c_str());
        return {};
    }
    return id;
}

HttpReply TestHttpCaseEdit::patch(const std::string& who, const std::string& id,
                                  const std::string& members, std::int64_t baseVersion)
{
    HttpCall call;
    call.method = "PATCH";
    call.path = "/api/v1/cases/" + id;
    call.token = token(who);
    call.body = "{\"baseVersion\":" + std::to_string(baseVersion)
        + (members.empty() ? "" : "," + members) + "}";
    return m_server.client().send(call);
}

Case TestHttpCaseEdit::patchOk(const std::string& who, const std::string& id,
                               const std::string& members, std::int64_t baseVersion)
{
    const HttpReply reply = patch(who, id, members, baseVersion);
    [&] { QVERIFY2(reply.status == 200, (members + " → " + reply.body).c_str()); }();
    return reply.status == 200 ? codec::decode<Case>(reply.body) : Case{};
}

// Every new member × caller, on a case filed by anna (full access; bo follows it, so
// he sees it) and on one filed by bo (limited access):
//   staff: 200 for everything;
//   the creator: 200 for subject … fields and for closing; 403 for answer and assignee;
//   someone else who sees the case (erik with full access, bo as a follower): 403;
//   someone who cannot see it (dag of another account, nils with no payroll access,
//   bo (limited) on a case he neither filed nor follows): 404.
void TestHttpCaseEdit::whoMaySetWhat_data()
{
    QTest::addColumn<QString>("creator");
    QTest::addColumn<QString>("caller");
    QTest::addColumn<QString>("member");
    QTest::addColumn<int>("status");
    const auto creatorMay = [](const std::string& member) {
        return member != "answer" && member != "assignee";
    };
    for (const std::string& member : kMembers) {
        const auto add = [&](const char* creator, const char* caller, int status) {
            QTest::addRow("%s on %s's: %s", caller, creator, member.c_str())
                << creator << caller << QString::fromStdString(member) << status;
        };
        add("anna", "staff", 200);
        add("anna", "anna", creatorMay(member) ? 200 : 403);
        add("anna", "erik", 403);
        add("anna", "bo", 403);
        add("anna", "dag", 404);
        add("anna", "nils", 404);
        add("bo", "bo", creatorMay(member) ? 200 : 403);
        add("bo", "erik", 403);
        add("bo", "sten", 200);
        add("erik", "bo", 404);
    }
}

void TestHttpCaseEdit::whoMaySetWhat()
{
    QFETCH(QString, creator);
    QFETCH(QString, caller);
    QFETCH(QString, member);
    QFETCH(int, status);
    const std::string field = member.toStdString();
    const std::string id = newCase(creator.toStdString(), creator == "anna"
                                                              ? R"(,"followers":["bo@acme.example"])"
                                                              : std::string());
    QVERIFY(!id.empty());
    const auto before = m_server.store().caseById(id);
    QVERIFY(before);

    const HttpReply reply = patch(caller.toStdString(), id, memberJson(field));
    if (status == 200) {
        QVERIFY2(reply.status == 200, reply.body.c_str());
        const Case updated = codec::decode<Case>(reply.body);
        QCOMPARE(updated.version, 2);
        const codec::Json expected = codec::parse("{" + memberJson(field) + "}").at(field);
        QVERIFY2(storedMember(updated, field) == expected, reply.body.c_str());
        QCOMPARE(m_server.store().caseById(id), updated);
        QVERIFY(updated.updatedAt >= before->updatedAt);
        return;
    }
    if (status == 404)
        VERIFY_ERROR(reply, 404, error::kNotFound, "");
    else
        VERIFY_ERROR(reply, 403, error::kForbidden, field);
    QCOMPARE(m_server.store().caseById(id), before); // a denied PATCH writes nothing
}

void TestHttpCaseEdit::staffWalkTheWorkflow()
{
    const std::string id = newCase("anna");
    QVERIFY(!id.empty());
    std::int64_t version = 1;
    for (const char* status : {"in_progress", "waiting_for_customer", "in_progress", "closed",
                               "received", "closed"}) {
        const Case c = patchOk("staff", id, std::string(R"("status":")") + status + "\"", version);
        QCOMPARE(c.status, std::string(status));
        QCOMPARE(c.version, ++version);
    }
    // Closing with the answer and the assignee in one PATCH, one new version.
    const std::string other = newCase("anna");
    const Case closed = patchOk(
        "staff", other,
        R"("status":"closed","answer":"Paid on the 3rd.","assignee":"staff@caseport.example")", 1);
    QCOMPARE(closed.status, std::string("closed"));
    QCOMPARE(closed.answer, std::string("Paid on the 3rd."));
    QCOMPARE(closed.assignee, std::string("staff@caseport.example"));
    QCOMPARE(closed.version, 2);
}

// The default workflow over HTTP: moves it lacks, and moves only staff make asked for by
// the creator, are 422 transition_not_allowed with a message naming both states' labels.
void TestHttpCaseEdit::transitions_data()
{
    QTest::addColumn<QString>("path"); // statuses staff set first, comma-separated
    QTest::addColumn<QString>("who");
    QTest::addColumn<QString>("to");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("error");
    QTest::newRow("staff received→waiting") << "" << "staff" << "waiting_for_customer" << 422
                                            << error::kTransitionNotAllowed;
    QTest::newRow("staff closed→in_progress") << "closed" << "staff" << "in_progress" << 422
                                              << error::kTransitionNotAllowed;
    QTest::newRow("staff in_progress→received") << "in_progress" << "staff" << "received" << 422
                                                << error::kTransitionNotAllowed;
    QTest::newRow("creator received→waiting") << "" << "anna" << "waiting_for_customer" << 422
                                              << error::kTransitionNotAllowed;
    QTest::newRow("creator received→in_progress") << "" << "anna" << "in_progress" << 422
                                                  << error::kTransitionNotAllowed;
    QTest::newRow("creator reopens") << "closed" << "anna" << "received" << 422
                                     << error::kTransitionNotAllowed;
    QTest::newRow("creator closes from waiting") << "in_progress,waiting_for_customer" << "anna"
                                                 << "closed" << 200 << "";
    QTest::newRow("unknown status") << "" << "staff" << "archived" << 422
                                    << error::kValidationFailed;
}

void TestHttpCaseEdit::transitions()
{
    QFETCH(QString, path);
    QFETCH(QString, who);
    QFETCH(QString, to);
    QFETCH(int, status);
    QFETCH(QString, error);
    const std::string id = newCase("anna");
    QVERIFY(!id.empty());
    std::int64_t version = 1;
    for (const QString& step : path.split(',', Qt::SkipEmptyParts))
        version = patchOk("staff", id, R"("status":")" + step.toStdString() + "\"", version).version;
    const auto before = m_server.store().caseById(id);
    QVERIFY(before);

    const HttpReply reply =
        patch(who.toStdString(), id, R"("status":")" + to.toStdString() + "\"", version);
    if (status == 200) {
        QVERIFY2(reply.status == 200, reply.body.c_str());
        QCOMPARE(codec::decode<Case>(reply.body).status, to.toStdString());
        return;
    }
    VERIFY_ERROR(reply, status, error.toStdString(), "status");
    if (error == error::kTransitionNotAllowed) { // a message a person can act on
        const std::string message = codec::parse(reply.body).at("message").get<std::string>();
        const workflow::Workflow flow = workflow::defaultWorkflow();
        QVERIFY2(message.find('"' + flow.labelOf(before->status, "en") + '"') != std::string::npos
                     && message.find('"' + flow.labelOf(to.toStdString(), "en") + '"')
                         != std::string::npos,
                 message.c_str());
    }
    QCOMPARE(m_server.store().caseById(id), before);
}

void TestHttpCaseEdit::closedCaseFieldsAreStaffs()
{
    const std::string id = newCase("anna");
    QVERIFY(!id.empty());
    QCOMPARE(patchOk("anna", id, R"("status":"closed")", 1).version, 2); // she closes her own
    VERIFY_ERROR(patch("anna", id, R"("subject":"Too late")", 2), 403, error::kForbidden,
                 "subject");
    VERIFY_ERROR(patch("anna", id, R"("fields":{"a":"b"})", 2), 403, error::kForbidden, "fields");
    QCOMPARE(patchOk("staff", id, R"("subject":"Staff may")", 2).subject, std::string("Staff may"));
    QCOMPARE(patchOk("staff", id, R"("status":"received")", 3).status, std::string("received"));
    QCOMPARE(patchOk("anna", id, R"("subject":"Open again")", 4).subject,
             std::string("Open again"));
}

void TestHttpCaseEdit::staleBaseVersionAnswersCurrent()
{
    const std::string id = newCase("anna");
    QVERIFY(!id.empty());
    QCOMPARE(patchOk("staff", id, R"("status":"in_progress")", 1).version, 2);
    const auto stored = m_server.store().caseById(id);
    QVERIFY(stored);

    const HttpReply reply = patch("anna", id, R"("subject":"My edit")", 1);
    VERIFY_ERROR(reply, 409, error::kVersionConflict, "baseVersion");
    QCOMPARE(codec::fromJson<Case>(codec::parse(reply.body).at("current")), *stored);
    QCOMPARE(m_server.store().caseById(id), stored); // nothing written

    // Against the current version the same edit lands.
    QCOMPARE(patchOk("anna", id, R"("subject":"My edit")", 2).version, 3);
    // Someone who cannot see the case learns nothing from a conflict.
    VERIFY_ERROR(patch("dag", id, R"("subject":"x")", 1), 404, error::kNotFound, "");
}

// An edit made against an old version that is wrong only for the case as it is now
// (closed meanwhile) is a conflict, so the client can show both versions, not a
// permanent refusal.
void TestHttpCaseEdit::staleBaseBeatsStateChecks()
{
    const std::string id = newCase("anna");
    QVERIFY(!id.empty());
    QCOMPARE(patchOk("staff", id, R"("status":"closed")", 1).version, 2);
    VERIFY_ERROR(patch("sten", id, R"("status":"in_progress")", 1), 409, error::kVersionConflict,
                 "baseVersion");
    VERIFY_ERROR(patch("anna", id, R"("subject":"Edited offline")", 1), 409,
                 error::kVersionConflict, "baseVersion");
    // Who may never make the change hears so at once, whatever the version.
    VERIFY_ERROR(patch("erik", id, R"("subject":"x")", 1), 403, error::kForbidden, "subject");
}

void TestHttpCaseEdit::idempotentReplayWithOldBaseVersion()
{
    const std::string id = newCase("anna");
    QVERIFY(!id.empty());
    const std::string edit = R"("subject":"Landed","fields":{"employee":"7"},"status":"closed")";
    QCOMPARE(patchOk("anna", id, edit, 1).version, 2);
    QCOMPARE(patchOk("staff", id, R"("answer":"Done")", 2).version, 3);
    const auto stored = m_server.store().caseById(id);
    QVERIFY(stored);
    const ChangeSet before = m_server.syncAll(token("staff"), "");

    // The client did not hear the first answer and sends the same edit again.
    const Case replayed = patchOk("anna", id, edit, 1);
    QCOMPARE(replayed, *stored);
    QCOMPARE(m_server.store().caseById(id), stored);
    const ChangeSet after = m_server.syncAll(token("staff"), before.cursor);
    QVERIFY(after.cases.empty()); // no change-log row
    QCOMPARE(after.cursor, before.cursor);

    // Even a caller who may no longer make the change (the case is closed) gets the
    // case: the values are already so.
    QCOMPARE(patchOk("anna", id, R"("subject":"Landed")", 1), *stored);
    // A real difference against the newer version is a conflict.
    VERIFY_ERROR(patch("staff", id, R"("subject":"Landed","answer":"Other")", 1), 409,
                 error::kVersionConflict, "baseVersion");
}

void TestHttpCaseEdit::badValues_data()
{
    QTest::addColumn<QByteArray>("members");
    QTest::addColumn<QString>("who");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("error");
    QTest::addColumn<QString>("field");
    const QString invalid = error::kValidationFailed;
    QTest::newRow("empty subject") << QByteArray(R"("subject":"")") << "anna" << 422 << invalid
                                   << "subject";
    QTest::newRow("blank subject") << QByteArray(R"("subject":"   ")") << "staff" << 422 << invalid
                                   << "subject";
    QTest::newRow("null subject") << QByteArray(R"("subject":null)") << "anna" << 422 << invalid
                                  << "subject";
    QTest::newRow("subject too long")
        << (QByteArray(R"("subject":")") + QByteArray(201, 'x') + '"') << "anna" << 422 << invalid
        << "subject";
    QTest::newRow("unknown category") << QByteArray(R"("category":"garden")") << "anna" << 422
                                      << invalid << "category";
    QTest::newRow("unknown object") << QByteArray(R"("object":"mars")") << "anna" << 422 << invalid
                                    << "object";
    QTest::newRow("null status") << QByteArray(R"("status":null)") << "staff" << 422 << invalid
                                 << "status";
    QTest::newRow("customer as assignee") << QByteArray(R"("assignee":"erik@acme.example")")
                                          << "staff" << 422 << invalid << "assignee";
    QTest::newRow("unknown assignee") << QByteArray(R"("assignee":"eve@evil.example")") << "staff"
                                      << 422 << invalid << "assignee";
    QTest::newRow("unknown member") << QByteArray(R"("colour":"red")") << "anna" << 400
                                    << error::kUnknownField << "colour";
    QTest::newRow("status as number") << QByteArray(R"("status":3)") << "staff" << 400
                                      << error::kInvalidField << "status";
    QTest::newRow("subject as list") << QByteArray(R"("subject":["a"])") << "anna" << 400
                                     << error::kInvalidField << "subject";
    QTest::newRow("fields nested") << QByteArray(R"("fields":{"a":{"b":1}})") << "anna" << 400
                                   << error::kInvalidField << "fields.a";
    // Invalid and forbidden at once: the value is judged first.
    QTest::newRow("erik, empty subject") << QByteArray(R"("subject":"")") << "erik" << 422 << invalid
                                         << "subject";
}

void TestHttpCaseEdit::badValues()
{
    QFETCH(QByteArray, members);
    QFETCH(QString, who);
    QFETCH(int, status);
    QFETCH(QString, error);
    QFETCH(QString, field);
    const std::string id = newCase("anna");
    QVERIFY(!id.empty());
    const auto before = m_server.store().caseById(id);
    VERIFY_ERROR(patch(who.toStdString(), id, members.toStdString()), status, error.toStdString(),
                 field.toStdString());
    QCOMPARE(m_server.store().caseById(id), before);
}

// The object decides who sees a case (object scope): moving it reaches the feeds, and
// a scoped customer may not move their case outside their scope.
void TestHttpCaseEdit::objectMoveChangesWhoSees()
{
    const std::string id = newCase("anna", R"(,"object":"odense")");
    QVERIFY(!id.empty());
    const ChangeSet first = m_server.syncAll(token("cecilie"), ""); // scoped to aarhus
    QVERIFY(!containsId(caseIds(first), id));
    QCOMPARE(patchOk("anna", id, R"("object":"aarhus")", 1).object, std::string("aarhus"));
    const ChangeSet gained = m_server.syncAll(token("cecilie"), first.cursor);
    QVERIFY(containsId(caseIds(gained), id));
    QCOMPARE(patchOk("staff", id, R"("object":"odense")", 2).version, 3);
    const ChangeSet lost = m_server.syncAll(token("cecilie"), gained.cursor);
    QVERIFY(containsId(lost.removed.cases, id));

    const std::string hers = newCase("cecilie", R"(,"object":"aarhus")");
    QVERIFY(!hers.empty());
    VERIFY_ERROR(patch("cecilie", hers, R"("object":"odense")"), 403, error::kForbidden, "object");
    VERIFY_ERROR(patch("cecilie", hers, R"("object":null)"), 403, error::kForbidden, "object");
}

void TestHttpCaseEdit::clearingWithNull()
{
    const std::string id =
        newCase("anna", R"(,"category":"support","object":"aarhus","fields":{"a":"1"})");
    QVERIFY(!id.empty());
    patchOk("staff", id, R"("assignee":"sten@caseport.example","answer":"Draft")", 1);
    const Case cleared = patchOk(
        "staff", id, R"("category":null,"object":null,"fields":null,"assignee":null,"answer":null)",
        2);
    QCOMPARE(cleared.category, std::string());
    QCOMPARE(cleared.object, std::string());
    QVERIFY(cleared.fields == codec::Json::object());
    QCOMPARE(cleared.assignee, std::string());
    QCOMPARE(cleared.answer, std::string());
    QCOMPARE(cleared.version, 3);
    const codec::Json json = codec::toJson(cleared);
    QVERIFY(json.at("category").is_null() && json.at("assignee").is_null());
}

QTEST_GUILESS_MAIN(TestHttpCaseEdit)
#include "tst_http_case_edit.moc"
