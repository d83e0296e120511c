// SqliteStore against a temp-dir file: migrations, idempotent creates, numbering,
// change paging and cursors, visibility, updates with tombstones, member levels and
// their audit trail, sessions, persistence across reopen.

#include "store/Migrations.h"
#include "store/SqliteStore.h"

#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

#include <memory>
#include <stdexcept>

using namespace caseport;
using namespace caseport::server;

namespace {

Case draftCase(const std::string& id, const std::string& creator, const std::string& account = "acme",
               const std::string& product = "payroll")
{
    Case c;
    c.id = id;
    c.account = account;
    c.product = product;
    c.subject = "Subject of " + id;
    c.status = "received";
    c.creator = creator;
    c.createdAt = "2026-03-01T10:00:00Z";
    c.fields = {{"employee", "42"}};
    c.followers = {};
    return c;
}

std::string uuid(int n)
{
    char text[40];
    std::snprintf(text, sizeof text, "00000000-0000-4000-8000-%012d", n);
    return text;
}

access::Viewer staff()
{
    return {"staff@x", true, {}};
}

access::Viewer member(const std::string& id, const std::string& account, AccessLevel level,
                      std::vector<std::string> objects = {})
{
    Membership m;
    m.account = account;
    m.products["payroll"] = level;
    m.objects = std::move(objects);
    return {id, false, {m}};
}

int userVersionOf(const std::string& path)
{
    sqlite3* db = nullptr;
    sqlite3_open(path.c_str(), &db);
    sqlite3_stmt* stmt = nullptr;
    sqlite3_prepare_v2(db, "PRAGMA user_version", -1, &stmt, nullptr);
    int version = -1;
    if (sqlite3_step(stmt) == SQLITE_ROW)
        version = sqlite3_column_int(stmt, 0);
    sqlite3_finalize(stmt);
    sqlite3_close(db);
    return version;
}

std::vector<std::string> idsOf(const ChangeSet& changes)
{
    std::vector<std::string> ids;
    for (const auto& c : changes.cases)
        ids.push_back(c.id);
    return ids;
}

} // namespace

class TestStore : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void migratesFromEmpty();
    void createAssignsNumberAndVersion();
    void createIsIdempotent();
    void numbersFollowYearAndPrefix();
    void changesPageWithCursor();
    void changesResetOnForeignOrBadCursor();
    void changesFilterByVisibility();
    void updateBumpsVersionAndSequence();
    void updateConflictAndNotFoundWriteNothing();
    void updateTombstonesReachLostViewersOnly();
    void memberLevelsUpsert();
    void accessAuditNewestFirst();
    void sessionsExpireAndRevoke();
    void dataPersistsAcrossReopen();
    void batchWritesWhatSingleCallsWrite();
    void batchRollsBackOnException();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::string m_path;
    std::unique_ptr<SqliteStore> m_store;
};

void TestStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_path = SqliteStore::fileIn(m_dir->path().toStdString());
    m_store = std::make_unique<SqliteStore>(m_path);
}

void TestStore::cleanup()
{
    m_store.reset();
    m_dir.reset();
}

void TestStore::migratesFromEmpty()
{
    QCOMPARE(userVersionOf(m_path), latestSchemaVersion());
    QVERIFY(latestSchemaVersion() >= 1);
    QVERIFY(!m_store->epoch().empty());
    const ChangeSet empty = m_store->changesSince("", 10, staff());
    QVERIFY(empty.cases.empty());
    QVERIFY(!empty.more);
    QVERIFY(!empty.reset);
    QCOMPARE(empty.cursor, m_store->epoch() + ":0");
}

void TestStore::createAssignsNumberAndVersion()
{
    const CreateCaseResult result = m_store->createCase(draftCase(uuid(1), "anna"), "CP");
    QCOMPARE(result.outcome, CreateOutcome::Created);
    QCOMPARE(result.value.number, std::string("CP-2026-000001"));
    QCOMPARE(result.value.version, 1);
    QCOMPARE(result.value.updatedAt, result.value.createdAt);
    const auto stored = m_store->caseById(uuid(1));
    QVERIFY(stored);
    QCOMPARE(*stored, result.value);
    QCOMPARE(stored->fields.at("employee").get<std::string>(), std::string("42"));
    QVERIFY(!m_store->caseById(uuid(2)));
}

void TestStore::createIsIdempotent()
{
    const CreateCaseResult first = m_store->createCase(draftCase(uuid(1), "anna"), "CP");
    Case again = draftCase(uuid(1), "anna");
    again.subject = "changed on the way";
    const CreateCaseResult replay = m_store->createCase(again, "CP");
    QCOMPARE(replay.outcome, CreateOutcome::Replayed);
    QCOMPARE(replay.value, first.value);

    const CreateCaseResult other = m_store->createCase(draftCase(uuid(1), "bo"), "CP");
    QCOMPARE(other.outcome, CreateOutcome::Conflict);

    const ChangeSet all = m_store->changesSince("", 100, staff());
    QCOMPARE(all.cases.size(), 1u);
    // A replay did not consume a number.
    QCOMPARE(m_store->createCase(draftCase(uuid(2), "anna"), "CP").value.number,
             std::string("CP-2026-000002"));
}

void TestStore::numbersFollowYearAndPrefix()
{
    Case c = draftCase(uuid(1), "anna");
    c.createdAt = "2027-01-01T00:00:00Z";
    QCOMPARE(m_store->createCase(c, "HD").value.number, std::string("HD-2027-000001"));
    QCOMPARE(m_store->createCase(draftCase(uuid(2), "anna"), "CP").value.number,
             std::string("CP-2026-000002"));
}

void TestStore::changesPageWithCursor()
{
    for (int i = 1; i <= 5; ++i)
        m_store->createCase(draftCase(uuid(i), "anna"), "CP");

    const ChangeSet first = m_store->changesSince("", 2, staff());
    QCOMPARE(idsOf(first), (std::vector<std::string>{uuid(1), uuid(2)}));
    QVERIFY(first.more);
    const ChangeSet second = m_store->changesSince(first.cursor, 2, staff());
    QCOMPARE(idsOf(second), (std::vector<std::string>{uuid(3), uuid(4)}));
    QVERIFY(second.more);
    const ChangeSet third = m_store->changesSince(second.cursor, 2, staff());
    QCOMPARE(idsOf(third), (std::vector<std::string>{uuid(5)}));
    QVERIFY(!third.more);
    const ChangeSet idle = m_store->changesSince(third.cursor, 2, staff());
    QVERIFY(idle.cases.empty());
    QVERIFY(!idle.more);
    QCOMPARE(idle.cursor, third.cursor);

    m_store->createCase(draftCase(uuid(6), "anna"), "CP");
    const ChangeSet next = m_store->changesSince(idle.cursor, 2, staff());
    QCOMPARE(idsOf(next), (std::vector<std::string>{uuid(6)}));
    QVERIFY(!next.reset);
}

void TestStore::changesResetOnForeignOrBadCursor()
{
    m_store->createCase(draftCase(uuid(1), "anna"), "CP");
    for (const std::string cursor : {"otherepoch:1", "garbage", ":5", "x:-1", "x:", "x:1y"}) {
        const ChangeSet changes = m_store->changesSince(cursor, 10, staff());
        QVERIFY2(changes.reset, cursor.c_str());
        QVERIFY(changes.cases.empty());
        QCOMPARE(changes.cursor, m_store->epoch() + ":0");
    }
    QVERIFY(!m_store->changesSince(m_store->epoch() + ":0", 10, staff()).reset);
    QVERIFY(!m_store->changesSince(m_store->epoch() + ":1", 10, staff()).reset);
    QVERIFY(m_store->changesSince(m_store->epoch() + ":2", 10, staff()).reset); // beyond head
}

void TestStore::changesFilterByVisibility()
{
    m_store->createCase(draftCase(uuid(1), "anna"), "CP");
    m_store->createCase(draftCase(uuid(2), "bo"), "CP");
    Case priv = draftCase(uuid(3), "bo");
    priv.isPrivate = true;
    m_store->createCase(priv, "CP");
    Case aarhus = draftCase(uuid(4), "anna");
    aarhus.object = "aarhus";
    m_store->createCase(aarhus, "CP");
    m_store->createCase(draftCase(uuid(5), "dag", "nordic"), "CP");
    Case followed = draftCase(uuid(6), "anna");
    followed.isPrivate = true;
    followed.followers = {"bo"};
    m_store->createCase(followed, "CP");

    QCOMPARE(m_store->changesSince("", 100, staff()).cases.size(), 6u);
    QCOMPARE(idsOf(m_store->changesSince("", 100, member("anna", "acme", AccessLevel::Full))),
             (std::vector<std::string>{uuid(1), uuid(2), uuid(4), uuid(6)}));
    QCOMPARE(idsOf(m_store->changesSince("", 100, member("bo", "acme", AccessLevel::Limited))),
             (std::vector<std::string>{uuid(2), uuid(3), uuid(6)}));
    QCOMPARE(idsOf(m_store->changesSince("", 100,
                                         member("cecilie", "acme", AccessLevel::Full, {"aarhus"}))),
             (std::vector<std::string>{uuid(4)}));
    QCOMPARE(idsOf(m_store->changesSince("", 100, member("dag", "nordic", AccessLevel::Full))),
             (std::vector<std::string>{uuid(5)}));
    const ChangeSet nothing = m_store->changesSince("", 100, access::Viewer{"nobody", false, {}});
    QVERIFY(nothing.cases.empty());
    QCOMPARE(nothing.cursor, m_store->epoch() + ":6");

    // Paging skips invisible cases without returning them and without rescanning.
    const auto cecilie = member("cecilie", "acme", AccessLevel::Full, {"aarhus"});
    const ChangeSet page = m_store->changesSince("", 1, cecilie);
    QCOMPARE(idsOf(page), (std::vector<std::string>{uuid(4)}));
    const ChangeSet rest = m_store->changesSince(page.cursor, 1, cecilie);
    QVERIFY(rest.cases.empty());
    QVERIFY(!rest.more);
    QCOMPARE(rest.cursor, m_store->epoch() + ":6");
}

void TestStore::updateBumpsVersionAndSequence()
{
    const Case created = m_store->createCase(draftCase(uuid(1), "anna"), "CP").value;
    m_store->createCase(draftCase(uuid(2), "anna"), "CP");
    const std::string cursor = m_store->changesSince("", 10, staff()).cursor;

    Case next = created;
    next.isPrivate = true;
    next.followers = {"bo"};
    next.updatedAt = "2026-03-02T09:30:00Z";
    next.number = "XX-1999-999999"; // the store keeps number and createdAt
    next.createdAt = "1999-01-01T00:00:00Z";
    next.version = 42; // and counts versions itself
    const UpdateCaseResult result = m_store->updateCase(next, 1, {}, "staff@caseport.example");
    QCOMPARE(result.outcome, UpdateOutcome::Updated);
    QCOMPARE(result.value.version, 2);
    QCOMPARE(result.value.number, created.number);
    QCOMPARE(result.value.createdAt, created.createdAt);
    QCOMPARE(result.value.updatedAt, std::string("2026-03-02T09:30:00Z"));
    QVERIFY(result.value.isPrivate);
    QCOMPARE(result.value.followers, (std::vector<std::string>{"bo"}));
    QCOMPARE(m_store->caseById(uuid(1)), std::optional<Case>(result.value));

    // A new change sequence: the case comes again after the old cursor, and only it.
    const ChangeSet changes = m_store->changesSince(cursor, 10, staff());
    QCOMPARE(idsOf(changes), (std::vector<std::string>{uuid(1)}));
    QCOMPARE(changes.cases[0], result.value);
    QCOMPARE(changes.cursor, m_store->epoch() + ":3");
    QCOMPARE(m_store->updateCase(result.value, 2, {}, "staff@caseport.example").value.version, 3);
}

void TestStore::updateConflictAndNotFoundWriteNothing()
{
    const Case created = m_store->createCase(draftCase(uuid(1), "anna"), "CP").value;
    Case next = created;
    next.isPrivate = true;
    const Case stored = m_store->updateCase(next, 1, {}, "staff@caseport.example").value;
    const std::string cursor = m_store->changesSince("", 10, staff()).cursor;

    next.isPrivate = false;
    const UpdateCaseResult stale = m_store->updateCase(next, 1, {"bo"}, "staff@caseport.example");
    QCOMPARE(stale.outcome, UpdateOutcome::Conflict);
    QCOMPARE(stale.value, stored); // the current case, for the 409
    const UpdateCaseResult ahead = m_store->updateCase(next, 3, {}, "staff@caseport.example");
    QCOMPARE(ahead.outcome, UpdateOutcome::Conflict);
    QCOMPARE(m_store->caseById(uuid(1)), std::optional<Case>(stored));

    Case ghost = draftCase(uuid(9), "anna");
    ghost.updatedAt = ghost.createdAt;
    QCOMPARE(m_store->updateCase(ghost, 1, {"bo"}, "staff@caseport.example").outcome, UpdateOutcome::NotFound);
    QVERIFY(!m_store->caseById(uuid(9)));

    // Neither appended a change or a tombstone.
    const ChangeSet after = m_store->changesSince(cursor, 10, staff());
    QVERIFY(after.cases.empty());
    QCOMPARE(after.cursor, cursor);
    QVERIFY(m_store->changesSince(cursor, 10, member("bo", "acme", AccessLevel::Limited))
                .removed.cases.empty());
}

void TestStore::updateTombstonesReachLostViewersOnly()
{
    const Case created = m_store->createCase(draftCase(uuid(1), "anna"), "CP").value;
    const auto erik = member("erik", "acme", AccessLevel::Full);
    const auto fay = member("fay", "acme", AccessLevel::Full); // loses sight, no tombstone given
    const auto anna = member("anna", "acme", AccessLevel::Full);
    const std::string cursor = m_store->changesSince("", 10, staff()).cursor;
    QCOMPARE(idsOf(m_store->changesSince("", 10, erik)), (std::vector<std::string>{uuid(1)}));

    Case hidden = created;
    hidden.isPrivate = true;
    hidden.updatedAt = "2026-03-02T10:00:00Z";
    const Case privateCase = m_store->updateCase(hidden, 1, {"erik"}, "staff@caseport.example").value;

    const ChangeSet lost = m_store->changesSince(cursor, 10, erik);
    QVERIFY(lost.cases.empty());
    QCOMPARE(lost.removed.cases, (std::vector<std::string>{uuid(1)}));
    QVERIFY(m_store->changesSince(lost.cursor, 10, erik).removed.cases.empty()); // once
    QVERIFY(m_store->changesSince(cursor, 10, fay).removed.cases.empty());
    const ChangeSet creator = m_store->changesSince(cursor, 10, anna);
    QCOMPARE(idsOf(creator), (std::vector<std::string>{uuid(1)}));
    QVERIFY(creator.removed.cases.empty());
    const ChangeSet all = m_store->changesSince(cursor, 10, staff());
    QCOMPARE(idsOf(all), (std::vector<std::string>{uuid(1)}));
    QVERIFY(all.removed.cases.empty());

    // Public again before erik syncs: from the same old cursor he gets the case back and
    // no removal, since the tombstone's case is visible to him again.
    Case shown = privateCase;
    shown.isPrivate = false;
    m_store->updateCase(shown, 2, {}, "staff@caseport.example");
    const ChangeSet back = m_store->changesSince(cursor, 10, erik);
    QCOMPARE(idsOf(back), (std::vector<std::string>{uuid(1)}));
    QVERIFY(back.removed.cases.empty());
}

void TestStore::memberLevelsUpsert()
{
    QVERIFY(m_store->memberLevelsOfUser("bo").empty());
    const std::string at = "2026-03-01T10:00:00Z";
    m_store->setMemberLevels({{at, "anna", "acme", "bo", "time", AccessLevel::None, AccessLevel::Limited},
                              {at, "anna", "acme", "bo", "hr", AccessLevel::None, AccessLevel::Full},
                              {at, "anna", "acme", "nils", "time", AccessLevel::None, AccessLevel::Full},
                              {at, "dag", "nordic", "bo", "time", AccessLevel::None, AccessLevel::Full}});
    using R = MemberLevelRecord;
    QCOMPARE(m_store->memberLevelsOfUser("bo"),
             (std::vector<R>{{"acme", "bo", "hr", AccessLevel::Full},
                             {"acme", "bo", "time", AccessLevel::Limited},
                             {"nordic", "bo", "time", AccessLevel::Full}}));
    QCOMPARE(m_store->memberLevelsOfAccount("acme"),
             (std::vector<R>{{"acme", "bo", "hr", AccessLevel::Full},
                             {"acme", "bo", "time", AccessLevel::Limited},
                             {"acme", "nils", "time", AccessLevel::Full}}));

    // Setting again replaces the level; it never adds a second row.
    m_store->setMemberLevels({{at, "anna", "acme", "bo", "time", AccessLevel::Limited, AccessLevel::None}});
    QCOMPARE(m_store->memberLevelsOfAccount("acme"),
             (std::vector<R>{{"acme", "bo", "hr", AccessLevel::Full},
                             {"acme", "bo", "time", AccessLevel::None},
                             {"acme", "nils", "time", AccessLevel::Full}}));
    QVERIFY(m_store->memberLevelsOfAccount("globex").empty());

    m_store.reset();
    m_store = std::make_unique<SqliteStore>(m_path);
    QCOMPARE(m_store->memberLevelsOfUser("nils"),
             (std::vector<R>{{"acme", "nils", "time", AccessLevel::Full}}));
}

void TestStore::accessAuditNewestFirst()
{
    // Equal timestamps: the order is the order of writing, newest first.
    const std::string at = "2026-03-01T10:00:00Z";
    const AccessAuditEntry first{at, "anna", "acme", "bo", "time", AccessLevel::None, AccessLevel::Limited};
    const AccessAuditEntry second{at, "anna", "acme", "nils", "time", AccessLevel::None, AccessLevel::Full};
    const AccessAuditEntry other{at, "dag", "nordic", "dag", "time", AccessLevel::None, AccessLevel::Full};
    const AccessAuditEntry third{"2026-03-01T09:00:00Z", "staff", "acme", "bo", "time",
                                 AccessLevel::Limited, AccessLevel::None};
    m_store->setMemberLevels({first, second});
    m_store->setMemberLevels({other});
    m_store->setMemberLevels({third});
    QCOMPARE(m_store->accessAudit("acme", 10), (std::vector<AccessAuditEntry>{third, second, first}));
    QCOMPARE(m_store->accessAudit("acme", 2), (std::vector<AccessAuditEntry>{third, second}));
    QCOMPARE(m_store->accessAudit("nordic", 10), (std::vector<AccessAuditEntry>{other}));
    QVERIFY(m_store->accessAudit("globex", 10).empty());
    QVERIFY(m_store->memberLevelsOfUser("dag").size() == 1u);
}

void TestStore::sessionsExpireAndRevoke()
{
    const SessionRecord live{"aa11", "anna", 100, 4'000'000'000, false};
    const SessionRecord old{"bb22", "bo", 100, 200, false};
    m_store->createSession(live);
    m_store->createSession(old);
    QCOMPARE(m_store->findSession("aa11"), std::optional<SessionRecord>(live));
    QVERIFY(!m_store->findSession("nope"));

    QCOMPARE(m_store->purgeExpiredSessions(1000), 1);
    QVERIFY(!m_store->findSession("bb22"));
    QVERIFY(m_store->findSession("aa11"));

    QVERIFY(m_store->revokeSession("aa11"));
    QVERIFY(!m_store->revokeSession("aa11"));
    QVERIFY(!m_store->revokeSession("unknown"));
    QVERIFY(m_store->findSession("aa11")->revoked);
    QCOMPARE(m_store->purgeExpiredSessions(1000), 1);
    QVERIFY(!m_store->findSession("aa11"));
}

void TestStore::dataPersistsAcrossReopen()
{
    const Case created = m_store->createCase(draftCase(uuid(1), "anna"), "CP").value;
    m_store->createSession({"cc33", "anna", 1, 4'000'000'000, false});
    const std::string epoch = m_store->epoch();
    const std::string cursor = m_store->changesSince("", 10, staff()).cursor;
    m_store.reset();

    m_store = std::make_unique<SqliteStore>(m_path);
    QCOMPARE(m_store->epoch(), epoch);
    QCOMPARE(m_store->caseById(uuid(1)), std::optional<Case>(created));
    QVERIFY(m_store->findSession("cc33"));
    QVERIFY(!m_store->changesSince(cursor, 10, staff()).reset);
    QCOMPARE(m_store->createCase(draftCase(uuid(2), "anna"), "CP").value.number,
             std::string("CP-2026-000002"));
    QCOMPARE(userVersionOf(m_path), latestSchemaVersion());
}

namespace {

Post draftPost(int n, const std::string& caseId, const std::string& author, bool internal = false)
{
    Post p;
    p.id = uuid(1000 + n);
    p.caseId = caseId;
    p.author = author;
    p.text = "Post " + std::to_string(n);
    p.internal = internal;
    p.createdAt = "2026-03-02T10:00:0" + std::to_string(n) + "Z";
    return p;
}

} // namespace

void TestStore::batchWritesWhatSingleCallsWrite()
{
    // The same history once call by call, once in one batch, in a second store.
    const QTemporaryDir otherDir;
    QVERIFY(otherDir.isValid());
    SqliteStore batched(SqliteStore::fileIn(otherDir.path().toStdString()));

    m_store->createCase(draftCase(uuid(1), "anna"), "CP");
    m_store->createCase(draftCase(uuid(2), "bo"), "CP");
    m_store->createPost(draftPost(1, uuid(1), "staff@x"));
    m_store->createPost(draftPost(2, uuid(2), "staff@x", true));
    m_store->createPost(draftPost(3, uuid(1), "anna"));

    batched.batch([](SqliteStore::Batch& b) {
        QCOMPARE(b.createCase(draftCase(uuid(1), "anna"), "CP").outcome, CreateOutcome::Created);
        QCOMPARE(b.createCase(draftCase(uuid(2), "bo"), "CP").outcome, CreateOutcome::Created);
        QCOMPARE(b.createCase(draftCase(uuid(2), "bo"), "CP").outcome, CreateOutcome::Replayed);
        QCOMPARE(b.createPost(draftPost(1, uuid(1), "staff@x")).outcome, PostOutcome::Created);
        QCOMPARE(b.createPost(draftPost(2, uuid(2), "staff@x", true)).outcome, PostOutcome::Created);
        QCOMPARE(b.createPost(draftPost(3, uuid(1), "anna")).outcome, PostOutcome::Created);
        QCOMPARE(b.createPost(draftPost(4, uuid(9), "anna")).outcome, PostOutcome::CaseMissing);
    });

    for (const auto& viewer : {staff(), member("anna", "acme", AccessLevel::Full)}) {
        const ChangeSet expected = m_store->changesSince("", 100, viewer);
        const ChangeSet actual = batched.changesSince("", 100, viewer);
        QCOMPARE(actual.cases, expected.cases);
        QCOMPARE(actual.posts, expected.posts);
        QCOMPARE(actual.cursor.substr(actual.cursor.find(':')),
                 expected.cursor.substr(expected.cursor.find(':')));
    }
    QCOMPARE(batched.postsOfCase(uuid(1)), m_store->postsOfCase(uuid(1)));
    QCOMPARE(batched.createCase(draftCase(uuid(3), "anna"), "CP").value.number,
             std::string("CP-2026-000003"));
}

void TestStore::batchRollsBackOnException()
{
    m_store->createCase(draftCase(uuid(1), "anna"), "CP");
    const std::string cursor = m_store->changesSince("", 10, staff()).cursor;
    bool thrown = false;
    try {
        m_store->batch([](SqliteStore::Batch& b) {
            b.createCase(draftCase(uuid(2), "anna"), "CP");
            b.createPost(draftPost(1, uuid(1), "anna"));
            throw std::runtime_error("stop");
        });
    } catch (const std::runtime_error&) {
        thrown = true;
    }
    QVERIFY(thrown);
    QVERIFY(!m_store->caseById(uuid(2)));
    QVERIFY(m_store->postsOfCase(uuid(1)).empty());
    QCOMPARE(m_store->changesSince("", 10, staff()).cursor, cursor);
    QCOMPARE(m_store->createCase(draftCase(uuid(3), "anna"), "CP").value.number,
             std::string("CP-2026-000002"));
}

QTEST_GUILESS_MAIN(TestStore)
#include "tst_store.moc"
