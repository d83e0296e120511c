#include "CacheWorker.h"

#include "CacheResync.h"
#include "CacheSchema.h"
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

class SqlFailure : public std::runtime_error {
public:
    explicit SqlFailure(const QString& message)
        : std::runtime_error(message.toStdString())
    {
    }
};

QString nextConnectionName()
{
    static QAtomicInteger<quint64> counter;
    return QStringLiteral("caseport-cache-%1").arg(counter.fetchAndAddRelaxed(1) + 1);
}

QSqlQuery prepare(const QSqlDatabase& db, const QString& sql)
{
    QSqlQuery query(db);
    if (!query.prepare(sql))
        throw SqlFailure(query.lastError().text() + QStringLiteral(" in ") + sql);
    return query;
}

void exec(QSqlQuery& query)
{
    if (!query.exec())
        throw SqlFailure(query.lastError().text() + QStringLiteral(" in ") + query.lastQuery());
}

void exec(const QSqlDatabase& db, const QString& sql)
{
    QSqlQuery query(db);
    if (!query.exec(sql))
        throw SqlFailure(query.lastError().text() + QStringLiteral(" in ") + sql);
}

QString qt(const std::string& text)
{
    return QString::fromStdString(text);
}

void deleteCase(const QSqlDatabase& db, const QString& id, int& removed)
{
    QSqlQuery fts = prepare(db, QStringLiteral(
        "DELETE FROM cases_fts WHERE rowid = (SELECT rid FROM cases WHERE id = ?)"));
    fts.addBindValue(id);
    exec(fts);
    for (const char* sql : {"DELETE FROM posts WHERE case_id = ?",
                            "DELETE FROM attachments WHERE case_id = ?",
                            "DELETE FROM cases WHERE id = ?"}) {
        QSqlQuery query = prepare(db, QString::fromLatin1(sql));
        query.addBindValue(id);
        exec(query);
        removed += query.numRowsAffected();
    }
}

void deleteById(const QSqlDatabase& db, const char* table, const std::vector<std::string>& ids,
                int& removed)
{
    if (ids.empty())
        return;
    QSqlQuery query =
        prepare(db, QStringLiteral("DELETE FROM %1 WHERE id = ?").arg(QLatin1String(table)));
    for (const std::string& id : ids) {
        query.bindValue(0, qt(id));
        exec(query);
        removed += query.numRowsAffected();
    }
}

} // namespace

CacheWorker::CacheWorker(QString filePath, QObject* parent)
    : QObject(parent)
    , m_filePath(std::move(filePath))
{
}

CacheWorker::~CacheWorker()
{
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
    const QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    // An older version never overwrites a newer one (e.g. a create's answer arriving
    // after a sync page that already carried a later edit).
    QSqlQuery upsert = prepare(db, QStringLiteral(
        "INSERT INTO cases (id, account, number, product, status, updated_at, version, json)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?)"
        " ON CONFLICT(id) DO UPDATE SET account = excluded.account, number = excluded.number,"
        " product = excluded.product, status = excluded.status,"
        " updated_at = excluded.updated_at, version = excluded.version, json = excluded.json"
        " WHERE excluded.version >= cases.version"));
    upsert.addBindValue(qt(value.id));
    upsert.addBindValue(qt(value.account));
    upsert.addBindValue(qt(value.number));
    upsert.addBindValue(qt(value.product));
    upsert.addBindValue(qt(value.status));
    upsert.addBindValue(qt(value.updatedAt));
    upsert.addBindValue(static_cast<qlonglong>(value.version));
    upsert.addBindValue(qt(codec::encode(value)));
    exec(upsert);
    if (upsert.numRowsAffected() == 0)
        return; // stale
    ++written;

    QSqlQuery removeFts = prepare(db, QStringLiteral(
        "DELETE FROM cases_fts WHERE rowid = (SELECT rid FROM cases WHERE id = ?)"));
    removeFts.addBindValue(qt(value.id));
    exec(removeFts);
    QSqlQuery insertFts = prepare(db, QStringLiteral(
        "INSERT INTO cases_fts (rowid, subject, description)"
        " SELECT rid, ?, ? FROM cases WHERE id = ?"));
    insertFts.addBindValue(qt(value.subject));
    insertFts.addBindValue(qt(value.description));
    insertFts.addBindValue(qt(value.id));
    exec(insertFts);
}

void CacheWorker::applyInTransaction(const ChangeSet& changes, ChangeResult& result)
{
    const QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    if (changes.reset) {
        resync::begin(db, QString::fromLatin1(kCursorKey));
        result.reset = true;
        return;
    }
    const bool resyncing = resync::active(db);
    const auto markAll = [&](const char* kind, const auto& records) {
        if (resyncing) {
            for (const auto& record : records)
                resync::mark(db, kind, qt(record.id));
        }
    };
    markAll("case", changes.cases);
    markAll("post", changes.posts);
    markAll("attachment", changes.attachments);

    for (const Case& value : changes.cases)
        upsertCase(value, result.upserted);

    QSqlQuery post = prepare(db, QStringLiteral(
        "INSERT OR REPLACE INTO posts (id, case_id, created_at, json) VALUES (?, ?, ?, ?)"));
    for (const Post& value : changes.posts) {
        post.bindValue(0, qt(value.id));
        post.bindValue(1, qt(value.caseId));
        post.bindValue(2, qt(value.createdAt));
        post.bindValue(3, qt(codec::encode(value)));
        exec(post);
        ++result.upserted;
    }
    QSqlQuery attachment = prepare(db, QStringLiteral(
        "INSERT OR REPLACE INTO attachments (id, case_id, json) VALUES (?, ?, ?)"));
    for (const Attachment& value : changes.attachments) {
        attachment.bindValue(0, qt(value.id));
        attachment.bindValue(1, qt(value.caseId));
        attachment.bindValue(2, qt(codec::encode(value)));
        exec(attachment);
        ++result.upserted;
    }

    for (const std::string& id : changes.removed.cases)
        deleteCase(db, qt(id), result.removed);
    deleteById(db, "posts", changes.removed.posts, result.removed);
    deleteById(db, "attachments", changes.removed.attachments, result.removed);
    if (resyncing && !changes.more)
        result.removed += resync::sweep(db);

    QSqlQuery cursor = prepare(db, QStringLiteral(
        "INSERT OR REPLACE INTO sync_state (key, value) VALUES (?, ?)"));
    cursor.addBindValue(QString::fromLatin1(kCursorKey));
    cursor.addBindValue(qt(changes.cursor));
    exec(cursor);
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
    if (!db.transaction()) {
        emit failed(QStringLiteral("applyChanges"), db.lastError().text());
        return;
    }
    try {
        applyInTransaction(changes, result);
        if (!db.commit())
            throw SqlFailure(db.lastError().text());
    } catch (const std::runtime_error& failure) { // SqlFailure, or the resync's
        db.rollback();
        emit failed(QStringLiteral("applyChanges"), QString::fromUtf8(failure.what()));
        return;
    }
    emit changesApplied(result);
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
    query.prepare(QStringLiteral(
        "SELECT json FROM cases WHERE account = ? ORDER BY updated_at DESC, number DESC"));
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
