#include "CacheWorker.h"

#include "CacheResync.h"
#include "CacheSchema.h"
#include "CacheSql.h"
#include "CacheWriter.h"
#include "Logging.h"

#include "caseport/Codec.h"

#include <QAtomicInteger>
#include <QDir>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <stdexcept>

namespace caseport::client {

namespace {

constexpr const char* kCursorKey = "cursor";

using sql::exec;
using sql::prepare;
using sql::SqlFailure;

QString nextConnectionName()
{
    static QAtomicInteger<quint64> counter;
    return QStringLiteral("caseport-cache-%1").arg(counter.fetchAndAddRelaxed(1) + 1);
}

void exec(const QSqlDatabase& db, const QString& statement)
{
    sql::run(db, statement);
}

QString qt(const std::string& text)
{
    return QString::fromStdString(text);
}

// sync_state key: present while a multi-page sync from an empty cursor defers the
// search index to its last page.
constexpr const char* kIndexPendingKey = "search_index_pending";

QStringList idsOf(const auto& records)
{
    QStringList ids;
    ids.reserve(static_cast<qsizetype>(records.size()));
    for (const auto& record : records)
        ids.append(qt(record.id));
    return ids;
}

} // namespace

CacheWorker::CacheWorker(QString filePath, QObject* parent)
    : QObject(parent)
    , m_filePath(std::move(filePath))
{
}

CacheWorker::~CacheWorker()
{
    m_writer.reset(); // its statements belong to the connection
    if (m_connectionName.isEmpty())
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

bool CacheWorker::isOpen() const
{
    if (m_connectionName.isEmpty())
        return false;
    return QSqlDatabase::database(m_connectionName, false).isOpen();
}

void CacheWorker::open()
{
    if (isOpen()) {
        emit failed(QStringLiteral("open"), QStringLiteral("the cache is already open"));
        return;
    }
    const QFileInfo info(m_filePath);
    if (!QDir().mkpath(info.absolutePath())) {
        emit failed(QStringLiteral("open"),
                    QStringLiteral("cannot create the directory %1").arg(info.absolutePath()));
        return;
    }
    const QString name = nextConnectionName();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(m_filePath);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
        QString error;
        if (!db.open()) {
            error = db.lastError().text();
        } else {
            try {
                exec(db, QStringLiteral("PRAGMA journal_mode = WAL"));
                exec(db, QStringLiteral("PRAGMA synchronous = NORMAL"));
                exec(db, QStringLiteral("PRAGMA foreign_keys = ON"));
                // 16 MiB instead of 2: a first sync's index pages stay in memory.
                exec(db, QStringLiteral("PRAGMA cache_size = -16384"));
            } catch (const SqlFailure& failure) {
                error = QString::fromUtf8(failure.what());
            }
            if (error.isEmpty())
                error = cacheschema::migrate(db);
        }
        if (!error.isEmpty()) {
            db.close();
            db = QSqlDatabase();
            QSqlDatabase::removeDatabase(name);
            qCWarning(lcClient) << "cannot open the cache" << m_filePath << error;
            emit failed(QStringLiteral("open"), error);
            return;
        }
        m_connectionName = name;
        m_writer = std::make_unique<CacheWriter>(db);
    }

    CacheState state;
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    state.schemaVersion = cacheschema::userVersion(db);
    state.cursor = readValue(QString::fromLatin1(kCursorKey));
    state.lastSync = QDateTime::fromString(readValue(QStringLiteral("last_sync")), Qt::ISODateWithMs);
    state.currentAccount = readValue(QStringLiteral("account"));
    QSqlQuery query(db);
    if (query.exec(QStringLiteral("SELECT json, etag FROM catalog WHERE id = 1")) && query.next()) {
        try {
            state.catalog = codec::decode<Catalog>(query.value(0).toString().toStdString());
            state.catalogEtag = query.value(1).toString();
            state.hasCatalog = true;
        } catch (const CodecError& error) {
            qCWarning(lcClient) << "ignoring an unreadable cached catalog:" << error.what();
        }
    }
    emit opened(state);
}

QString CacheWorker::readValue(const QString& key) const
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.prepare(QStringLiteral("SELECT value FROM sync_state WHERE key = ?"));
    query.addBindValue(key);
    if (query.exec() && query.next())
        return query.value(0).toString();
    return {};
}

void CacheWorker::upsertCase(const Case& value, int& written)
{
    if (m_writer->upsertCase(value, true))
        ++written;
}

void CacheWorker::setCheckpointsPaused(bool paused)
{
    if (paused == m_checkpointsPaused)
        return;
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    // 0 turns automatic checkpoints off; 1000 pages is SQLite's default.
    exec(db, paused ? QStringLiteral("PRAGMA wal_autocheckpoint = 0")
                    : QStringLiteral("PRAGMA wal_autocheckpoint = 1000"));
    m_checkpointsPaused = paused;
}

void CacheWorker::applyInTransaction(const ChangeSet& changes, ChangeResult& result)
{
    const QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    CacheWriter& writer = *m_writer;
    if (changes.reset) {
        resync::begin(db, QString::fromLatin1(kCursorKey));
        result.reset = true;
        result.listChanged = true;
        return;
    }
    const QString indexPendingKey = QString::fromLatin1(kIndexPendingKey);
    // A sync from scratch (first sync, or a refetch after a reset) that spans pages:
    // per-row index writes would cost more than one rebuild at the end.
    if (changes.more && !writer.value(QString::fromLatin1(kCursorKey)))
        writer.setValue(indexPendingKey, QStringLiteral("1"));
    const bool indexPending = writer.value(indexPendingKey).has_value();

    const bool resyncing = resync::active(db);
    if (resyncing) {
        resync::mark(db, "case", idsOf(changes.cases));
        resync::mark(db, "post", idsOf(changes.posts));
        resync::mark(db, "attachment", idsOf(changes.attachments));
    }
    const bool sweeping = resyncing && !changes.more; // the sweep names no ids
    const bool patchable =
        !sweeping && changes.cases.size() <= static_cast<std::size_t>(ChangeResult::kPatchLimit);
    for (const Case& value : changes.cases) {
        if (!writer.upsertCase(value, !indexPending))
            continue; // stale
        ++result.upserted;
        if (patchable)
            result.cases.append(value);
    }
    for (const Post& value : changes.posts) {
        writer.upsertPost(value);
        ++result.upserted;
    }
    for (const Attachment& value : changes.attachments) {
        writer.upsertAttachment(value);
        ++result.upserted;
    }

    for (const std::string& id : changes.removed.cases) {
        const int rows = writer.deleteCase(qt(id));
        if (rows > 0 && patchable)
            result.removedCases.append(qt(id));
        result.removed += rows;
    }
    for (const std::string& id : changes.removed.posts)
        result.removed += writer.deletePost(qt(id));
    for (const std::string& id : changes.removed.attachments)
        result.removed += writer.deleteAttachment(qt(id));

    if (sweeping)
        result.removed += resync::sweep(db);
    if (indexPending && !changes.more) {
        writer.rebuildSearchIndex();
        writer.removeValue(indexPendingKey);
    }
    if (!patchable) {
        result.listChanged = true;
        result.cases.clear();
        result.removedCases.clear();
    }

    writer.setValue(QString::fromLatin1(kCursorKey), qt(changes.cursor));
    result.cursor = qt(changes.cursor);
}

void CacheWorker::applyChanges(const ChangeSet& changes)
{
    if (!isOpen()) {
        emit failed(QStringLiteral("applyChanges"), QStringLiteral("the cache is not open"));
        return;
    }
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    ChangeResult result;
    const bool checkpointsWerePaused = m_checkpointsPaused;
    try {
        // More pages follow: let the WAL grow until the last one instead of copying the
        // same index pages back into the database after every page. (Turned back on only
        // after the last page's explicit checkpoint below: on before its COMMIT, SQLite
        // would checkpoint inside the COMMIT, before anyone hears the page is stored.)
        if (changes.more || changes.reset)
            setCheckpointsPaused(true);
    } catch (const SqlFailure& failure) {
        qCWarning(lcClient) << "cannot change the checkpoint setting:" << failure.what();
    }
    if (!db.transaction()) {
        emit failed(QStringLiteral("applyChanges"), db.lastError().text());
        return;
    }
    try {
        applyInTransaction(changes, result);
        if (!db.commit())
            throw SqlFailure(db.lastError().text());
    } catch (const std::runtime_error& failure) { // SqlFailure, the writer's or the resync's
        db.rollback();
        emit failed(QStringLiteral("applyChanges"), QString::fromUtf8(failure.what()));
        return;
    }
    if (!changes.reset) {
        for (const Post& post : changes.posts)
            result.threadCases.append(QString::fromStdString(post.caseId));
        for (const Attachment& attachment : changes.attachments)
            result.threadCases.append(QString::fromStdString(attachment.caseId));
        result.threadCases.removeDuplicates();
        if (changes.posts.size() <= static_cast<std::size_t>(ChangeResult::kPatchLimit))
            result.posts = QVector<Post>(changes.posts.begin(), changes.posts.end());
    }
    const bool lastPage = !changes.more && !changes.reset;
    emit changesApplied(result);
    if (lastPage && checkpointsWerePaused) {
        // Once, after a sync of several pages, while the caller already carries on.
        QSqlQuery checkpoint(db);
        if (!checkpoint.exec(QStringLiteral("PRAGMA wal_checkpoint(PASSIVE)")))
            qCWarning(lcClient) << "checkpoint failed:" << checkpoint.lastError().text();
        try {
            setCheckpointsPaused(false);
        } catch (const SqlFailure& failure) {
            qCWarning(lcClient) << "cannot change the checkpoint setting:" << failure.what();
        }
    }
}

void CacheWorker::storeCase(const Case& stored)
{
    if (!isOpen()) {
        emit failed(QStringLiteral("storeCase"), QStringLiteral("the cache is not open"));
        return;
    }
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    try {
        if (!db.transaction())
            throw SqlFailure(db.lastError().text());
        int written = 0;
        upsertCase(stored, written);
        if (!db.commit())
            throw SqlFailure(db.lastError().text());
    } catch (const SqlFailure& failure) {
        db.rollback();
        emit failed(QStringLiteral("storeCase"), QString::fromUtf8(failure.what()));
        return;
    }
    emit caseStored(stored);
}

void CacheWorker::storeCatalog(const Catalog& catalog, const QString& etag)
{
    if (!isOpen()) {
        emit failed(QStringLiteral("storeCatalog"), QStringLiteral("the cache is not open"));
        return;
    }
    try {
        QSqlQuery query = prepare(QSqlDatabase::database(m_connectionName, false), QStringLiteral(
            "INSERT OR REPLACE INTO catalog (id, json, etag) VALUES (1, ?, ?)"));
        query.addBindValue(qt(codec::encode(catalog)));
        query.addBindValue(etag);
        exec(query);
    } catch (const SqlFailure& failure) {
        emit failed(QStringLiteral("storeCatalog"), QString::fromUtf8(failure.what()));
    }
}

void CacheWorker::storeValue(const QString& key, const QString& value)
{
    if (!isOpen()) {
        emit failed(QStringLiteral("storeValue"), QStringLiteral("the cache is not open"));
        return;
    }
    try {
        QSqlQuery query = prepare(QSqlDatabase::database(m_connectionName, false),
                                  QStringLiteral("INSERT OR REPLACE INTO sync_state (key, value) VALUES (?, ?)"));
        query.addBindValue(key);
        query.addBindValue(value);
        exec(query);
    } catch (const SqlFailure& failure) {
        emit failed(QStringLiteral("storeValue"), QString::fromUtf8(failure.what()));
    }
}

void CacheWorker::loadCases(const QString& account, quint64 ticket)
{
    QVector<Case> cases;
    if (!isOpen()) {
        emit failed(QStringLiteral("loadCases"), QStringLiteral("the cache is not open"));
        emit casesLoaded(account, cases, ticket);
        return;
    }
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.setForwardOnly(true);
    // "*" (never a config id) stands for every account: the staff queue.
    const bool every = account == QLatin1String(kEveryAccount);
    query.prepare(every ? QStringLiteral("SELECT json FROM cases ORDER BY updated_at DESC, number DESC")
                        : QStringLiteral("SELECT json FROM cases WHERE account = ? "
                                         "ORDER BY updated_at DESC, number DESC"));
    if (!every)
        query.addBindValue(account);
    if (!query.exec()) {
        emit failed(QStringLiteral("loadCases"), query.lastError().text());
    } else {
        while (query.next()) {
            try {
                cases.append(codec::decode<Case>(query.value(0).toString().toStdString()));
            } catch (const CodecError& error) {
                qCWarning(lcClient) << "skipping an unreadable cached case:" << error.what();
            }
        }
    }
    emit casesLoaded(account, cases, ticket);
}

} // namespace caseport::client
