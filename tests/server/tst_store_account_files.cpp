// SqliteStore's account_files table against a temp-dir file: linking is idempotent on
// the id (the same link again is a replay, other content or another adder a conflict),
// lists per account and for everyone come newest first, a removed file is gone from
// every list but keeps its id taken, lookups by blob, and all of it across a reopen.

#include "store/Migrations.h"
#include "store/SqliteStore.h"

#include <QTemporaryDir>
#include <QTest>

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

AccountFile file(int n, const std::string& account, const std::string& object = {},
                 const std::string& sha = kShaA)
{
    AccountFile f;
    f.id = uuid(n);
    f.account = account;
    f.object = object;
    f.name = "file " + std::to_string(n) + ".pdf";
    f.size = 1000 + n;
    f.sha256 = sha;
    f.mime = "application/pdf";
    f.addedBy = "anna@acme.example";
    f.createdAt = "2026-03-01T10:00:00Z"; // the same second: the order of linking decides
    return f;
}

std::vector<std::string> ids(const std::vector<AccountFile>& files)
{
    std::vector<std::string> out;
    for (const AccountFile& f : files)
        out.push_back(f.id);
    return out;
}

} // namespace

class TestStoreAccountFiles : public QObject {
    Q_OBJECT

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_path = SqliteStore::fileIn(m_dir->path().toStdString());
        m_store = std::make_unique<SqliteStore>(m_path);
    }

    void cleanup()
    {
        m_store.reset();
        m_dir.reset();
    }

    void linkIsIdempotentOnTheId()
    {
        const AccountFile f = file(1, "acme");
        const LinkAccountFileResult created = m_store->linkAccountFile(f);
        QCOMPARE(created.outcome, LinkFileOutcome::Created);
        QCOMPARE(created.value, f);

        AccountFile later = f;
        later.createdAt = "2026-03-02T10:00:00Z"; // the server's time of the replay
        const LinkAccountFileResult replay = m_store->linkAccountFile(later);
        QCOMPARE(replay.outcome, LinkFileOutcome::Replayed);
        QCOMPARE(replay.value, f); // the stored record, first time included

        AccountFile renamed = f;
        renamed.name = "other.pdf";
        QCOMPARE(m_store->linkAccountFile(renamed).outcome, LinkFileOutcome::Conflict);
        AccountFile someoneElse = f;
        someoneElse.addedBy = "erik@acme.example";
        QCOMPARE(m_store->linkAccountFile(someoneElse).outcome, LinkFileOutcome::Conflict);
        AccountFile elsewhere = f;
        elsewhere.object = "aarhus";
        QCOMPARE(m_store->linkAccountFile(elsewhere).outcome, LinkFileOutcome::Conflict);
        QCOMPARE(m_store->allAccountFiles(), std::vector<AccountFile>{f});
    }

    void listsAreNewestFirst()
    {
        QCOMPARE(m_store->linkAccountFile(file(1, "acme")).outcome, LinkFileOutcome::Created);
        QCOMPARE(m_store->linkAccountFile(file(2, "nordic")).outcome, LinkFileOutcome::Created);
        QCOMPARE(m_store->linkAccountFile(file(3, "acme", "aarhus")).outcome, LinkFileOutcome::Created);
        QCOMPARE(m_store->linkAccountFile(file(4, "other")).outcome, LinkFileOutcome::Created);

        QCOMPARE(ids(m_store->allAccountFiles()), (std::vector<std::string>{uuid(4), uuid(3), uuid(2), uuid(1)}));
        QCOMPARE(ids(m_store->accountFiles({"acme"})), (std::vector<std::string>{uuid(3), uuid(1)}));
        QCOMPARE(ids(m_store->accountFiles({"nordic", "acme"})),
                 (std::vector<std::string>{uuid(3), uuid(2), uuid(1)}));
        QVERIFY(m_store->accountFiles({}).empty());
        QVERIFY(m_store->accountFiles({"nowhere"}).empty());
        QCOMPARE(m_store->accountFileById(uuid(3)), std::optional<AccountFile>(file(3, "acme", "aarhus")));
        QVERIFY(!m_store->accountFileById(uuid(99)));
    }

    void removedFilesAreGoneButKeepTheirId()
    {
        QCOMPARE(m_store->linkAccountFile(file(1, "acme")).outcome, LinkFileOutcome::Created);
        QCOMPARE(m_store->linkAccountFile(file(2, "acme", {}, kShaB)).outcome, LinkFileOutcome::Created);
        QVERIFY(m_store->removeAccountFile(uuid(1), "anna@acme.example", "2026-03-03T10:00:00Z"));
        QVERIFY(!m_store->removeAccountFile(uuid(1), "anna@acme.example", "2026-03-03T10:00:01Z"));
        QVERIFY(!m_store->removeAccountFile(uuid(99), "anna@acme.example", "2026-03-03T10:00:01Z"));

        QCOMPARE(ids(m_store->allAccountFiles()), std::vector<std::string>{uuid(2)});
        QCOMPARE(ids(m_store->accountFiles({"acme"})), std::vector<std::string>{uuid(2)});
        QVERIFY(!m_store->accountFileById(uuid(1)));
        QVERIFY(m_store->accountFilesUsingBlob(kShaA).empty());
        // A late replay of the removed link does not bring it back.
        QCOMPARE(m_store->linkAccountFile(file(1, "acme")).outcome, LinkFileOutcome::Removed);
        QVERIFY(m_store->accountFilesUsingBlob(kShaA).empty());
    }

    void filesByBlob()
    {
        QCOMPARE(m_store->linkAccountFile(file(1, "acme")).outcome, LinkFileOutcome::Created);
        QCOMPARE(m_store->linkAccountFile(file(2, "nordic")).outcome, LinkFileOutcome::Created);
        QCOMPARE(m_store->linkAccountFile(file(3, "acme", {}, kShaB)).outcome, LinkFileOutcome::Created);
        QCOMPARE(ids(m_store->accountFilesUsingBlob(kShaA)), (std::vector<std::string>{uuid(2), uuid(1)}));
        QCOMPARE(ids(m_store->accountFilesUsingBlob(kShaB)), std::vector<std::string>{uuid(3)});
        QVERIFY(m_store->accountFilesUsingBlob(std::string(64, 'c')).empty());
    }

    void persistsAcrossReopen()
    {
        QCOMPARE(m_store->linkAccountFile(file(1, "acme")).outcome, LinkFileOutcome::Created);
        QCOMPARE(m_store->linkAccountFile(file(2, "acme", "odense")).outcome, LinkFileOutcome::Created);
        QVERIFY(m_store->removeAccountFile(uuid(1), "staff@caseport.example", "2026-03-03T10:00:00Z"));
        m_store.reset();

        m_store = std::make_unique<SqliteStore>(m_path);
        QCOMPARE(m_store->allAccountFiles(), std::vector<AccountFile>{file(2, "acme", "odense")});
        QCOMPARE(m_store->linkAccountFile(file(1, "acme")).outcome, LinkFileOutcome::Removed);
        QCOMPARE(m_store->linkAccountFile(file(2, "acme", "odense")).outcome, LinkFileOutcome::Replayed);
        QVERIFY(latestSchemaVersion() >= 8); // the step that made account_files
    }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::string m_path;
    std::unique_ptr<SqliteStore> m_store;
};

QTEST_GUILESS_MAIN(TestStoreAccountFiles)
#include "tst_store_account_files.moc"
