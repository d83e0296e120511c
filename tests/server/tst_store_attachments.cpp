// SqliteStore's attachments table against a temp-dir file: stored with their case or
// post in one transaction, idempotent with it, ids unique, listed per case and per
// blob, carried by the changes feed (internal posts' files for staff only, and to a
// viewer who newly gains sight of the case), and the record of who uploaded a blob.

#include "store/SqliteStore.h"

#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <memory>

using namespace caseport;
using namespace caseport::server;

namespace {

const std::string kShaA(64, 'a');
const std::string kShaB(64, 'b');

std::string uuid(int n)
{
    char text[40];
    std::snprintf(text, sizeof text, "00000000-0000-4000-8000-%012d", n);
    return text;
}

Case draftCase(const std::string& id, const std::string& creator)
{
    Case c;
    c.id = id;
    c.account = "acme";
    c.product = "payroll";
    c.subject = "Subject";
    c.status = "received";
    c.creator = creator;
    c.createdAt = "2026-03-01T10:00:00Z";
    return c;
}

Attachment file(const std::string& id, const std::string& sha256, const std::string& name)
{
    Attachment a;
    a.id = id;
    a.name = name;
    a.size = 1234;
    a.sha256 = sha256;
    a.mime = "application/pdf";
    return a;
}

Post draftPost(const std::string& id, const std::string& caseId, const std::string& author,
               bool internal = false)
{
    Post p;
    p.id = id;
    p.caseId = caseId;
    p.author = author;
    p.text = "see the file";
    p.internal = internal;
    p.createdAt = "2026-03-02T10:00:00Z";
    return p;
}

access::Viewer staff()
{
    return {"staff@x", true, {}};
}

access::Viewer member(const std::string& id, AccessLevel level)
{
    Membership m;
    m.account = "acme";
    m.products["payroll"] = level;
    return {id, false, {m}};
}

std::vector<std::string> ids(const std::vector<Attachment>& attachments)
{
    std::vector<std::string> out;
    for (const Attachment& a : attachments)
        out.push_back(a.id);
    return out;
}

std::vector<std::string> ids(const std::vector<AttachmentRecord>& records)
{
    std::vector<std::string> out;
    for (const AttachmentRecord& r : records)
        out.push_back(r.value.id);
    return out;
}

} // namespace

class TestStoreAttachments : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void caseStoresItsAttachments();
    void replayStoresNothingNew();
    void attachmentIdsAreUnique();
    void postStoresItsAttachments();
    void usesOfBlobAcrossCases();
    void changesCarryAttachments();
    void internalPostFilesForStaffOnly();
    void newSightBringsTheFiles();
    void blobHolders();
    void persistsAcrossReopen();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::string m_path;
    std::unique_ptr<SqliteStore> m_store;
};

void TestStoreAttachments::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_path = SqliteStore::fileIn(m_dir->path().toStdString());
    m_store = std::make_unique<SqliteStore>(m_path);
}

void TestStoreAttachments::cleanup()
{
    m_store.reset();
    m_dir.reset();
}

void TestStoreAttachments::caseStoresItsAttachments()
{
    Attachment stray = file(uuid(101), kShaA, "Lønseddel.pdf");
    stray.caseId = "somewhere else"; // the store decides case, post and time
    stray.postId = uuid(999);
    stray.createdAt = "1999-01-01T00:00:00Z";
    const auto created = m_store->createCase(draftCase(uuid(1), "anna"), "CP",
                                             {stray, file(uuid(102), kShaB, "b.pdf")});
    QCOMPARE(created.outcome, CreateOutcome::Created);

    const auto stored = m_store->attachmentsOfCase(uuid(1));
    QCOMPARE(ids(stored), (std::vector<std::string>{uuid(101), uuid(102)}));
    const Attachment& first = stored.front().value;
    QCOMPARE(first.caseId, uuid(1));
    QCOMPARE(first.postId, std::string());
    QCOMPARE(first.createdAt, std::string("2026-03-01T10:00:00Z"));
    QCOMPARE(first.name, std::string("Lønseddel.pdf"));
    QCOMPARE(first.size, std::int64_t(1234));
    QCOMPARE(first.sha256, kShaA);
    QCOMPARE(first.mime, std::string("application/pdf"));
    QVERIFY(!stored.front().internal);
    QVERIFY(m_store->attachmentsOfCase(uuid(2)).empty());
}

void TestStoreAttachments::replayStoresNothingNew()
{
    m_store->createCase(draftCase(uuid(1), "anna"), "CP", {file(uuid(101), kShaA, "a.pdf")});
    const auto replay = m_store->createCase(draftCase(uuid(1), "anna"), "CP",
                                            {file(uuid(101), kShaA, "a.pdf"),
                                             file(uuid(102), kShaB, "extra.pdf")});
    QCOMPARE(replay.outcome, CreateOutcome::Replayed);
    QCOMPARE(ids(m_store->attachmentsOfCase(uuid(1))), std::vector<std::string>{uuid(101)});
    QCOMPARE(m_store->changesSince("", 100, staff()).attachments.size(), std::size_t(1));
}

void TestStoreAttachments::attachmentIdsAreUnique()
{
    m_store->createCase(draftCase(uuid(1), "anna"), "CP", {file(uuid(101), kShaA, "a.pdf")});
    const ChangeSet before = m_store->changesSince("", 100, staff());

    // Another case, or a post, reusing the id: nothing is written at all.
    const auto taken = m_store->createCase(draftCase(uuid(2), "anna"), "CP",
                                           {file(uuid(101), kShaB, "b.pdf")});
    QCOMPARE(taken.outcome, CreateOutcome::AttachmentTaken);
    QVERIFY(!m_store->caseById(uuid(2)));
    const auto post = m_store->createPost(draftPost(uuid(201), uuid(1), "anna"),
                                          {file(uuid(101), kShaB, "b.pdf")});
    QCOMPARE(post.outcome, PostOutcome::AttachmentTaken);
    QVERIFY(m_store->postsOfCase(uuid(1)).empty());
    // Twice in one list.
    const auto twice = m_store->createCase(draftCase(uuid(3), "anna"), "CP",
                                           {file(uuid(103), kShaA, "a.pdf"),
                                            file(uuid(103), kShaB, "b.pdf")});
    QCOMPARE(twice.outcome, CreateOutcome::AttachmentTaken);
    QVERIFY(!m_store->caseById(uuid(3)));

    const ChangeSet after = m_store->changesSince(before.cursor, 100, staff());
    QVERIFY(after.cases.empty());
    QVERIFY(after.attachments.empty());
    QCOMPARE(after.cursor, before.cursor); // not even a change sequence was used
}

void TestStoreAttachments::postStoresItsAttachments()
{
    m_store->createCase(draftCase(uuid(1), "anna"), "CP");
    Post draft = draftPost(uuid(201), uuid(1), "anna");
    draft.attachments = {"ignored"}; // the store lists what it stored
    const auto created = m_store->createPost(draft, {file(uuid(101), kShaA, "scan.png")});
    QCOMPARE(created.outcome, PostOutcome::Created);
    QCOMPARE(created.value.attachments, std::vector<std::string>{uuid(101)});
    QCOMPARE(m_store->postsOfCase(uuid(1)).front().attachments,
             std::vector<std::string>{uuid(101)});
    const auto stored = m_store->attachmentsOfCase(uuid(1));
    QCOMPARE(stored.size(), std::size_t(1));
    QCOMPARE(stored.front().value.postId, uuid(201));
    QCOMPARE(stored.front().value.createdAt, draft.createdAt);

    // A replay returns the stored post and adds nothing.
    const auto replay = m_store->createPost(draft, {file(uuid(102), kShaB, "more.png")});
    QCOMPARE(replay.outcome, PostOutcome::Replayed);
    QCOMPARE(m_store->attachmentsOfCase(uuid(1)).size(), std::size_t(1));
}

void TestStoreAttachments::usesOfBlobAcrossCases()
{
    m_store->createCase(draftCase(uuid(1), "anna"), "CP", {file(uuid(101), kShaA, "a.pdf")});
    Case other = draftCase(uuid(2), "bo");
    other.isPrivate = true;
    m_store->createCase(other, "CP", {file(uuid(102), kShaA, "same content.pdf")});
    m_store->createPost(draftPost(uuid(201), uuid(2), "staff@x", true),
                        {file(uuid(103), kShaA, "note.pdf")});

    const auto uses = m_store->usesOfBlob(kShaA);
    QCOMPARE(uses.size(), std::size_t(3));
    QCOMPARE(uses[0].attachment.value.id, uuid(101));
    QCOMPARE(uses[0].parent.id, uuid(1));
    QCOMPARE(uses[1].parent.id, uuid(2));
    QVERIFY(uses[1].parent.isPrivate);
    QVERIFY(!uses[1].attachment.internal);
    QVERIFY(uses[2].attachment.internal);
    QVERIFY(m_store->usesOfBlob(kShaB).empty());
}

void TestStoreAttachments::changesCarryAttachments()
{
    m_store->createCase(draftCase(uuid(1), "anna"), "CP", {file(uuid(101), kShaA, "a.pdf")});
    const ChangeSet first = m_store->changesSince("", 100, member("anna", AccessLevel::Full));
    QCOMPARE(first.cases.size(), std::size_t(1));
    QCOMPARE(ids(first.attachments), std::vector<std::string>{uuid(101)});

    m_store->createPost(draftPost(uuid(201), uuid(1), "anna"), {file(uuid(102), kShaB, "b.pdf")});
    const ChangeSet next = m_store->changesSince(first.cursor, 100, member("anna", AccessLevel::Full));
    QCOMPARE(ids(next.attachments), std::vector<std::string>{uuid(102)});
    QCOMPARE(next.posts.size(), std::size_t(1));

    // bo (limited, not the creator) sees neither the case nor its files.
    const ChangeSet bo = m_store->changesSince("", 100, member("bo", AccessLevel::Limited));
    QVERIFY(bo.cases.empty());
    QVERIFY(bo.attachments.empty());

    // Paging counts attachments: one record per page.
    const ChangeSet page = m_store->changesSince("", 1, staff());
    QCOMPARE(page.cases.size() + page.attachments.size(), std::size_t(1));
    QVERIFY(page.more);
    ChangeSet all = page;
    std::string cursor = page.cursor;
    for (int i = 0; i < 10 && all.more; ++i) {
        ChangeSet more = m_store->changesSince(cursor, 1, staff());
        all.attachments.insert(all.attachments.end(), more.attachments.begin(), more.attachments.end());
        all.more = more.more;
        cursor = more.cursor;
    }
    QCOMPARE(all.attachments.size(), std::size_t(2));
}

void TestStoreAttachments::internalPostFilesForStaffOnly()
{
    m_store->createCase(draftCase(uuid(1), "anna"), "CP");
    const ChangeSet start = m_store->changesSince("", 100, member("anna", AccessLevel::Full));
    m_store->createPost(draftPost(uuid(201), uuid(1), "staff@x", true),
                        {file(uuid(101), kShaA, "internal.pdf")});

    const ChangeSet customer = m_store->changesSince(start.cursor, 100, member("anna", AccessLevel::Full));
    QVERIFY(customer.posts.empty());
    QVERIFY(customer.attachments.empty());
    const ChangeSet agent = m_store->changesSince("", 100, staff());
    QCOMPARE(ids(agent.attachments), std::vector<std::string>{uuid(101)});

    const auto records = m_store->attachmentsOfCase(uuid(1));
    QCOMPARE(records.size(), std::size_t(1));
    QVERIFY(records.front().internal);
}

void TestStoreAttachments::newSightBringsTheFiles()
{
    m_store->createCase(draftCase(uuid(1), "anna"), "CP", {file(uuid(101), kShaA, "a.pdf")});
    m_store->createPost(draftPost(uuid(201), uuid(1), "anna"), {file(uuid(102), kShaB, "b.pdf")});
    m_store->createPost(draftPost(uuid(202), uuid(1), "staff@x", true),
                        {file(uuid(103), kShaB, "internal.pdf")});
    const auto bo = member("bo", AccessLevel::Limited);
    const ChangeSet before = m_store->changesSince("", 100, bo);
    QVERIFY(before.attachments.empty());

    Case followed = *m_store->caseById(uuid(1));
    followed.followers = {"bo"};
    followed.updatedAt = "2026-03-03T10:00:00Z";
    QCOMPARE(m_store->updateCase(followed, followed.version, {"bo"}, "staff@caseport.example").outcome, UpdateOutcome::Updated);

    const ChangeSet after = m_store->changesSince(before.cursor, 100, bo);
    QCOMPARE(after.cases.size(), std::size_t(1));
    std::vector<std::string> got = ids(after.attachments);
    std::sort(got.begin(), got.end());
    QCOMPARE(got, (std::vector<std::string>{uuid(101), uuid(102)})); // not the internal one
}

void TestStoreAttachments::blobHolders()
{
    QVERIFY(!m_store->isBlobHolder(kShaA, "anna"));
    m_store->recordBlobHolder(kShaA, "anna", "2026-03-01T10:00:00Z");
    m_store->recordBlobHolder(kShaA, "anna", "2026-03-02T10:00:00Z"); // idempotent
    QVERIFY(m_store->isBlobHolder(kShaA, "anna"));
    QVERIFY(!m_store->isBlobHolder(kShaA, "bo"));
    QVERIFY(!m_store->isBlobHolder(kShaB, "anna"));
}

void TestStoreAttachments::persistsAcrossReopen()
{
    m_store->createCase(draftCase(uuid(1), "anna"), "CP", {file(uuid(101), kShaA, "a.pdf")});
    m_store->recordBlobHolder(kShaA, "anna", "2026-03-01T10:00:00Z");
    m_store.reset();
    m_store = std::make_unique<SqliteStore>(m_path);
    QCOMPARE(ids(m_store->attachmentsOfCase(uuid(1))), std::vector<std::string>{uuid(101)});
    QVERIFY(m_store->isBlobHolder(kShaA, "anna"));
}

QTEST_GUILESS_MAIN(TestStoreAttachments)
#include "tst_store_attachments.moc"
