// The local cache (CaseCache + CacheWorker + CacheSchema) in synchronous mode against a
// temporary directory, plus one round trip through the threaded mode.

#include "CacheSchema.h"
#include "CaseCache.h"

#include "caseport/Status.h"

#include <QDir>
#include <QFileInfo>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace caseport;
using namespace caseport::client;

namespace {

Case makeCase(const std::string& id, const std::string& account, const std::string& updatedAt,
              const std::string& subject = "Subject", std::int64_t version = 1)
{
    Case c;
    c.id = id;
    c.number = "CP-2026-" + id;
    c.account = account;
    c.product = "payroll";
    c.subject = subject;
    c.description = "Description of " + subject;
    c.status = status::kReceived;
    c.creator = "anna@acme.example";
    c.createdAt = "2026-01-01T08:00:00Z";
    c.updatedAt = updatedAt;
    c.version = version;
    return c;
}

// Opens its own connection to the cache file for checks, removed again on destruction.
class Inspector {
public:
    explicit Inspector(const QString& file)
        : m_name(QStringLiteral("inspector-%1").arg(++s_count))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(file);
        db.open();
    }
    ~Inspector()
    {
        QSqlDatabase::database(m_name, false).close();
        QSqlDatabase::removeDatabase(m_name);
    }
    QSqlDatabase db() const { return QSqlDatabase::database(m_name, false); }
    QVariant scalar(const QString& sql) const
    {
        QSqlQuery query(db());
        if (!query.exec(sql) || !query.next())
            return {};
        return query.value(0);
    }

private:
    static inline int s_count = 0;
    QString m_name;
};

} // namespace

class TestCache : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void freshFileIsMigratedToCurrentVersion();
    void upgradesAVersion1File();
    void refusesANewerSchema();
    void appliesAChangeSetInOneTransaction();
    void removedIdsDeleteCasesAndTheirSearchRows();
    void searchRowsStayWithTheirCaseAcrossVacuum();
    void olderVersionDoesNotOverwriteNewer();
    void resetKeepsCasesUntilTheRefetchSweeps();
    void cursorCatalogAndValuesPersistAfterReopen();
    void threadedModeLosesNoWriteOnDestruction();
    void multiPageSyncFromScratchIndexesOnItsLastPage();
    void changeResultNamesWhatTheListMustShow();

private:
    std::unique_ptr<CaseCache> openCache();
    // The sorted ids of the cached cases of account acme.
    static QStringList cachedIds(CaseCache& cache);
    QString filePath() const { return m_dir->filePath(QStringLiteral("sub/cache.sqlite")); }

    std::unique_ptr<QTemporaryDir> m_dir;
    CacheState m_state;
    bool m_opened = false;
};

void TestCache::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_opened = false;
    m_state = {};
}

void TestCache::cleanup()
{
    m_dir.reset();
}

std::unique_ptr<CaseCache> TestCache::openCache()
{
    auto cache = std::make_unique<CaseCache>(filePath(), CaseCache::Mode::Synchronous);
    m_opened = false;
    connect(cache.get(), &CaseCache::opened, this, [this](const CacheState& state) {
        m_state = state;
        m_opened = true;
    });
    cache->open(); // synchronous: opened() has been emitted when this returns
    return cache;
}

void TestCache::freshFileIsMigratedToCurrentVersion()
{
    auto cache = openCache();
    QVERIFY(m_opened);
    QCOMPARE(m_state.schemaVersion, cacheschema::kCurrentVersion);
    QVERIFY(m_state.cursor.isEmpty());
    QVERIFY(!m_state.hasCatalog);
    QVERIFY(!m_state.lastSync.isValid());

    Inspector inspect(filePath());
    QCOMPARE(inspect.scalar(QStringLiteral("PRAGMA journal_mode")).toString(), QStringLiteral("wal"));
    QCOMPARE(inspect.scalar(QStringLiteral("PRAGMA user_version")).toInt(), cacheschema::kCurrentVersion);
    for (const char* table : {"cases", "cases_fts", "sync_state", "catalog", "posts", "attachments"}) {
        QVERIFY2(inspect.scalar(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = '%1'")
                                    .arg(QLatin1String(table)))
                         .toInt()
                     == 1,
                 table);
    }
}

void TestCache::upgradesAVersion1File()
{
    QVERIFY(QDir().mkpath(QFileInfo(filePath()).absolutePath()));
    {
        Inspector old(filePath());
        QSqlDatabase db = old.db();
        QCOMPARE(cacheschema::migrateTo(db, 1), QString());
        QCOMPARE(cacheschema::userVersion(db), 1);
        QSqlQuery insert(db);
        QVERIFY(insert.exec(QStringLiteral(
            "INSERT INTO sync_state (key, value) VALUES ('cursor', 'from-v1')")));
        QVERIFY(!db.tables().contains(QStringLiteral("posts")));
    }
    auto cache = openCache();
    QVERIFY(m_opened);
    QCOMPARE(m_state.schemaVersion, cacheschema::kCurrentVersion);
    QCOMPARE(m_state.cursor, QStringLiteral("from-v1"));

    // The upgraded file works like a fresh one: cases with their search rows and posts.
    ChangeSet changes;
    changes.cursor = "c1";
    changes.cases = {makeCase("1", "acme", "2026-01-02T10:00:00Z", "Printer")};
    Post post;
    post.id = "p1";
    post.caseId = "1";
    post.author = "anna@acme.example";
    post.text = "Hello";
    post.createdAt = "2026-01-02T11:00:00Z";
    changes.posts = {post};
    QSignalSpy applied(cache.get(), &CaseCache::changesApplied);
    cache->applyChanges(changes);
    QCOMPARE(applied.count(), 1);
    Inspector inspect(filePath());
    QCOMPARE(inspect.scalar(QStringLiteral("SELECT count(*) FROM posts")).toInt(), 1);
    QCOMPARE(inspect.scalar(QStringLiteral(
                 "SELECT c.id FROM cases_fts f JOIN cases c ON c.rid = f.rowid"
                 " WHERE cases_fts MATCH 'printer'")).toString(),
             QStringLiteral("1"));
}

void TestCache::refusesANewerSchema()
{
    QVERIFY(QDir().mkpath(QFileInfo(filePath()).absolutePath()));
    {
        Inspector future(filePath());
        QSqlQuery query(future.db());
        QVERIFY(query.exec(QStringLiteral("PRAGMA user_version = 99")));
    }
    auto cache = std::make_unique<CaseCache>(filePath(), CaseCache::Mode::Synchronous);
    QSignalSpy failed(cache.get(), &CaseCache::failed);
    QSignalSpy opened(cache.get(), &CaseCache::opened);
    cache->open();
    QCOMPARE(opened.count(), 0);
    QCOMPARE(failed.count(), 1);
    QCOMPARE(failed.first().at(0).toString(), QStringLiteral("open"));
    QVERIFY(failed.first().at(1).toString().contains(QStringLiteral("newer")));
}

void TestCache::appliesAChangeSetInOneTransaction()
{
    auto cache = openCache();
    ChangeSet changes;
    changes.cursor = "c1";
    changes.cases = {makeCase("1", "acme", "2026-01-02T10:00:00Z", "Printer on fire"),
                     makeCase("2", "acme", "2026-01-03T10:00:00Z", "Payslip missing"),
                     makeCase("3", "nordic", "2026-01-04T10:00:00Z", "Other account")};
    Post post;
    post.id = "p1";
    post.caseId = "1";
    post.author = "anna@acme.example";
    post.text = "Still burning";
    post.createdAt = "2026-01-02T11:00:00Z";
    changes.posts = {post};

    QSignalSpy applied(cache.get(), &CaseCache::changesApplied);
    cache->applyChanges(changes);
    QCOMPARE(applied.count(), 1);
    const auto result = applied.first().first().value<ChangeResult>();
    QCOMPARE(result.cursor, QStringLiteral("c1"));
    QCOMPARE(result.upserted, 4);
    QVERIFY(!result.reset);

    QSignalSpy loaded(cache.get(), &CaseCache::casesLoaded);
    const quint64 ticket = cache->loadCases(QStringLiteral("acme"));
    QCOMPARE(loaded.count(), 1);
    QCOMPARE(loaded.first().at(0).toString(), QStringLiteral("acme"));
    const auto cases = loaded.first().at(1).value<QVector<Case>>();
    QCOMPARE(loaded.first().at(2).toULongLong(), ticket);
    QCOMPARE(cases.size(), 2);
    QCOMPARE(cases.at(0), changes.cases.at(1)); // newest first, round-tripped by the codec
    QCOMPARE(cases.at(1), changes.cases.at(0));

    Inspector inspect(filePath());
    QCOMPARE(inspect.scalar(QStringLiteral(
                 "SELECT c.id FROM cases_fts f JOIN cases c ON c.rid = f.rowid"
                 " WHERE cases_fts MATCH 'printer'")).toString(),
             QStringLiteral("1"));
    QCOMPARE(inspect.scalar(QStringLiteral("SELECT count(*) FROM posts")).toInt(), 1);
    QCOMPARE(inspect.scalar(QStringLiteral("SELECT value FROM sync_state WHERE key = 'cursor'")).toString(),
             QStringLiteral("c1"));
}

void TestCache::removedIdsDeleteCasesAndTheirSearchRows()
{
    auto cache = openCache();
    ChangeSet first;
    first.cursor = "c1";
    first.cases = {makeCase("1", "acme", "2026-01-02T10:00:00Z", "Printer"),
                   makeCase("2", "acme", "2026-01-03T10:00:00Z", "Payslip")};
    cache->applyChanges(first);

    ChangeSet second;
    second.cursor = "c2";
    second.removed.cases = {"1", "unknown-id"};
    QSignalSpy applied(cache.get(), &CaseCache::changesApplied);
    cache->applyChanges(second);
    QCOMPARE(applied.count(), 1);
    QCOMPARE(applied.first().first().value<ChangeResult>().removed, 1);

    Inspector inspect(filePath());
    QCOMPARE(inspect.scalar(QStringLiteral("SELECT count(*) FROM cases")).toInt(), 1);
    QCOMPARE(inspect.scalar(QStringLiteral("SELECT count(*) FROM cases_fts")).toInt(), 1);
    QCOMPARE(inspect.scalar(QStringLiteral(
                 "SELECT count(*) FROM cases_fts WHERE cases_fts MATCH 'printer'")).toInt(),
             0);
}

void TestCache::searchRowsStayWithTheirCaseAcrossVacuum()
{
    auto cache = openCache();
    ChangeSet first;
    first.cursor = "c1";
    first.cases = {makeCase("1", "acme", "2026-01-02T10:00:00Z", "Alpha"),
                   makeCase("2", "acme", "2026-01-03T10:00:00Z", "Bravo"),
                   makeCase("3", "acme", "2026-01-04T10:00:00Z", "Charlie")};
    cache->applyChanges(first);
    ChangeSet second;
    second.cursor = "c2";
    second.removed.cases = {"1"};
    cache->applyChanges(second);

    const auto idMatching = [this](const char* word) {
        Inspector inspect(filePath());
        return inspect.scalar(QStringLiteral("SELECT c.id FROM cases_fts f JOIN cases c ON c.rid = f.rowid"
                                             " WHERE cases_fts MATCH '%1'").arg(QLatin1String(word)))
            .toString();
    };
    {
        Inspector inspect(filePath());
        // The key is explicit (an alias of the rowid, which VACUUM keeps) ...
        QCOMPARE(inspect.scalar(QStringLiteral("SELECT pk FROM pragma_table_info('cases') WHERE name = 'rid'"))
                     .toInt(),
                 1);
        QSqlQuery vacuum(inspect.db());
        QVERIFY2(vacuum.exec(QStringLiteral("VACUUM")), qPrintable(vacuum.lastError().text()));
    }
    QCOMPARE(idMatching("bravo"), QStringLiteral("2"));
    QCOMPARE(idMatching("charlie"), QStringLiteral("3"));

    // ... an update keeps it, and a new case never reuses a deleted case's key.
    ChangeSet third;
    third.cursor = "c3";
    third.cases = {makeCase("2", "acme", "2026-01-05T10:00:00Z", "Delta", 2),
                   makeCase("4", "acme", "2026-01-06T10:00:00Z", "Echo")};
    cache->applyChanges(third);
    QCOMPARE(idMatching("bravo"), QString());
    QCOMPARE(idMatching("delta"), QStringLiteral("2"));
    QCOMPARE(idMatching("echo"), QStringLiteral("4"));
    Inspector inspect(filePath());
    QCOMPARE(inspect.scalar(QStringLiteral("SELECT rid FROM cases WHERE id = '2'")).toInt(), 2);
    QVERIFY(inspect.scalar(QStringLiteral("SELECT rid FROM cases WHERE id = '4'")).toInt() > 3);
    QCOMPARE(inspect.scalar(QStringLiteral("SELECT count(*) FROM cases_fts f"
                                           " LEFT JOIN cases c ON c.rid = f.rowid WHERE c.id IS NULL"))
                 .toInt(),
             0);
    QCOMPARE(inspect.scalar(QStringLiteral("SELECT count(*) FROM cases_fts")).toInt(), 3);
}

void TestCache::olderVersionDoesNotOverwriteNewer()
{
    auto cache = openCache();
    ChangeSet changes;
    changes.cursor = "c1";
    changes.cases = {makeCase("1", "acme", "2026-01-05T10:00:00Z", "Edited", 3)};
    cache->applyChanges(changes);
    cache->storeCase(makeCase("1", "acme", "2026-01-02T10:00:00Z", "Original", 1));

    QSignalSpy loaded(cache.get(), &CaseCache::casesLoaded);
    cache->loadCases(QStringLiteral("acme"));
    const auto cases = loaded.first().at(1).value<QVector<Case>>();
    QCOMPARE(cases.size(), 1);
    QCOMPARE(cases.first().subject, std::string("Edited"));
}

QStringList TestCache::cachedIds(CaseCache& cache)
{
    QSignalSpy loaded(&cache, &CaseCache::casesLoaded);
    cache.loadCases(QStringLiteral("acme"));
    if (loaded.isEmpty() && !loaded.wait())
        return {QStringLiteral("<no answer>")};
    QStringList ids;
    for (const Case& c : loaded.first().at(1).value<QVector<Case>>())
        ids << QString::fromStdString(c.id);
    ids.sort();
    return ids;
}

void TestCache::resetKeepsCasesUntilTheRefetchSweeps()
{
    auto cache = openCache();
    ChangeSet changes;
    changes.cursor = "c1";
    changes.cases = {makeCase("1", "acme", "2026-01-02T10:00:00Z"),
                     makeCase("2", "acme", "2026-01-02T10:00:00Z"),
                     makeCase("3", "acme", "2026-01-02T10:00:00Z")};
    cache->applyChanges(changes);

    ChangeSet reset;
    reset.reset = true;
    reset.cursor = "ignored";
    reset.cases = {makeCase("9", "acme", "2026-01-02T10:00:00Z")}; // ignored: refetch instead
    QSignalSpy applied(cache.get(), &CaseCache::changesApplied);
    cache->applyChanges(reset);
    const auto result = applied.first().first().value<ChangeResult>();
    QVERIFY(result.reset);
    QVERIFY(result.cursor.isEmpty());

    // The cursor is gone, the cases stay on screen while the refetch runs, also across
    // a restart in the middle of it.
    cache.reset();
    cache = openCache();
    QVERIFY(m_state.cursor.isEmpty());
    QCOMPARE(cachedIds(*cache), (QStringList{"1", "2", "3"}));

    ChangeSet firstPage;
    firstPage.cursor = "r1";
    firstPage.more = true;
    firstPage.cases = {makeCase("1", "acme", "2026-01-02T10:00:00Z")};
    cache->applyChanges(firstPage);
    QCOMPARE(cachedIds(*cache), (QStringList{"1", "2", "3"}));

    // The last page sweeps what the refetch did not bring (case 2: no longer visible).
    ChangeSet lastPage;
    lastPage.cursor = "r2";
    lastPage.cases = {makeCase("3", "acme", "2026-01-02T10:00:00Z")};
    QSignalSpy appliedLast(cache.get(), &CaseCache::changesApplied);
    cache->applyChanges(lastPage);
    QCOMPARE(appliedLast.size(), 1);
    QCOMPARE(appliedLast.first().first().value<ChangeResult>().removed, 1);
    QCOMPARE(cachedIds(*cache), (QStringList{"1", "3"}));

    // The refetch is over: a later page sweeps nothing.
    ChangeSet later;
    later.cursor = "r3";
    later.cases = {makeCase("4", "acme", "2026-01-02T10:00:00Z")};
    cache->applyChanges(later);
    QCOMPARE(cachedIds(*cache), (QStringList{"1", "3", "4"}));
}

void TestCache::cursorCatalogAndValuesPersistAfterReopen()
{
    Catalog catalog;
    catalog.user.id = "anna@acme.example";
    catalog.accounts = {Account{"acme", "Acme A/S", "", {}}};
    catalog.statuses = defaultStatuses();
    {
        auto cache = openCache();
        ChangeSet changes;
        changes.cursor = "c7";
        changes.cases = {makeCase("1", "acme", "2026-01-02T10:00:00Z")};
        cache->applyChanges(changes);
        cache->storeCatalog(catalog, QStringLiteral("\"etag-1\""));
        cache->storeValue(QStringLiteral("last_sync"), QStringLiteral("2026-01-02T10:00:00.000Z"));
        cache->storeValue(QStringLiteral("account"), QStringLiteral("acme"));
    }
    auto cache = openCache();
    QVERIFY(m_opened);
    QCOMPARE(m_state.cursor, QStringLiteral("c7"));
    QVERIFY(m_state.hasCatalog);
    QCOMPARE(m_state.catalog, catalog);
    QCOMPARE(m_state.catalogEtag, QStringLiteral("\"etag-1\""));
    QCOMPARE(m_state.currentAccount, QStringLiteral("acme"));
    QCOMPARE(m_state.lastSync, QDateTime(QDate(2026, 1, 2), QTime(10, 0), Qt::UTC));
}

void TestCache::threadedModeLosesNoWriteOnDestruction()
{
    {
        CaseCache cache(filePath(), CaseCache::Mode::Threaded);
        QSignalSpy opened(&cache, &CaseCache::opened);
        cache.open();
        QVERIFY(opened.wait(10000));
        ChangeSet changes;
        changes.cursor = "threaded";
        changes.cases = {makeCase("1", "acme", "2026-01-02T10:00:00Z")};
        cache.applyChanges(changes);
        cache.storeCase(makeCase("2", "acme", "2026-01-03T10:00:00Z"));
        // destroyed right away: both writes must still land
    }
    auto cache = openCache();
    QCOMPARE(m_state.cursor, QStringLiteral("threaded"));
    QSignalSpy loaded(cache.get(), &CaseCache::casesLoaded);
    cache->loadCases(QStringLiteral("acme"));
    QCOMPARE(loaded.first().at(1).value<QVector<Case>>().size(), 2);
}

// A first sync of several pages writes no search rows until its last page, then
// rebuilds the index in one go; the marker survives an interruption (a reopen).
void TestCache::multiPageSyncFromScratchIndexesOnItsLastPage()
{
    const auto searchHits = [this](const char* word) {
        Inspector inspect(filePath());
        return inspect.scalar(QStringLiteral("SELECT count(*) FROM cases_fts f JOIN cases c ON c.rid = f.rowid"
                                             " WHERE cases_fts MATCH '%1'").arg(QLatin1String(word))).toInt();
    };
    {
        auto cache = openCache();
        ChangeSet first;
        first.cursor = "c1";
        first.more = true;
        first.cases = {makeCase("1", "acme", "2026-01-02T10:00:00Z", "Printer jammed")};
        cache->applyChanges(first);
        QCOMPARE(searchHits("printer"), 0); // deferred
    }
    auto cache = openCache(); // the sync was cut short and resumes
    QCOMPARE(m_state.cursor, QStringLiteral("c1"));
    ChangeSet second;
    second.cursor = "c2";
    second.more = true;
    second.cases = {makeCase("2", "acme", "2026-01-03T10:00:00Z", "Printer toner"),
                    makeCase("1", "acme", "2026-01-04T10:00:00Z", "Scanner jammed", 2)};
    cache->applyChanges(second);
    QCOMPARE(searchHits("printer"), 0);
    ChangeSet last;
    last.cursor = "c3";
    last.removed.cases = {"2"};
    last.cases = {makeCase("3", "acme", "2026-01-05T10:00:00Z", "Printer again")};
    cache->applyChanges(last);
    QCOMPARE(searchHits("printer"), 1); // case 3; 2 is gone, 1 is now a scanner
    QCOMPARE(searchHits("scanner"), 1);
    Inspector inspect(filePath());
    QCOMPARE(inspect.scalar(QStringLiteral("SELECT count(*) FROM cases_fts")).toInt(), 2);
    QCOMPARE(inspect.scalar(QStringLiteral("SELECT count(*) FROM sync_state WHERE key LIKE 'search%'")).toInt(), 0);

    // Later pages (a cursor is stored) index row by row again.
    ChangeSet incremental;
    incremental.cursor = "c4";
    incremental.more = true;
    incremental.cases = {makeCase("4", "acme", "2026-01-06T10:00:00Z", "Printer once more")};
    cache->applyChanges(incremental);
    QCOMPARE(searchHits("printer"), 2);
}

// What a page tells the case list: the cases written (not stale ones) and the cases
// deleted; a page too big to patch, a reset or a sweep says "reload" instead.
void TestCache::changeResultNamesWhatTheListMustShow()
{
    auto cache = openCache();
    QSignalSpy applied(cache.get(), &CaseCache::changesApplied);
    ChangeSet first;
    first.cursor = "c1";
    first.cases = {makeCase("1", "acme", "2026-01-02T10:00:00Z", "One", 3),
                   makeCase("2", "acme", "2026-01-02T10:00:00Z", "Two")};
    cache->applyChanges(first);
    ChangeSet second;
    second.cursor = "c2";
    second.cases = {makeCase("1", "acme", "2026-01-01T10:00:00Z", "Stale", 2),
                    makeCase("5", "nordic", "2026-01-03T10:00:00Z", "Five")};
    second.removed.cases = {"2", "never-seen"};
    cache->applyChanges(second);
    QCOMPARE(applied.count(), 2);
    auto result = applied.at(1).first().value<ChangeResult>();
    QVERIFY(!result.listChanged);
    QCOMPARE(result.cases.size(), 1);
    QCOMPARE(result.cases.first().id, std::string("5"));
    QCOMPARE(result.removedCases, QStringList{QStringLiteral("2")});

    ChangeSet big;
    big.cursor = "c3";
    for (int i = 0; i <= ChangeResult::kPatchLimit; ++i)
        big.cases.push_back(makeCase("big" + std::to_string(i), "acme", "2026-02-01T10:00:00Z"));
    cache->applyChanges(big);
    result = applied.at(2).first().value<ChangeResult>();
    QVERIFY(result.listChanged);
    QVERIFY(result.cases.isEmpty());
    QCOMPARE(result.upserted, ChangeResult::kPatchLimit + 1);

    ChangeSet reset;
    reset.cursor = "c0";
    reset.reset = true;
    cache->applyChanges(reset);
    QVERIFY(applied.at(3).first().value<ChangeResult>().listChanged);
}

QTEST_GUILESS_MAIN(TestCache)
#include "tst_cache.moc"
