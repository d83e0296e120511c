#include "CacheSchema.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

#include <vector>

namespace caseport::client::cacheschema {

namespace {

// migrations[i] brings the schema from version i to version i + 1.
const std::vector<std::vector<const char*>>& migrations()
{
    static const std::vector<std::vector<const char*>> steps = {
        // 0 → 1
        {
            // rid is the stable row key the search index points at: an INTEGER PRIMARY
            // KEY is the rowid itself, so VACUUM keeps it (an implicit rowid it may
            // renumber); AUTOINCREMENT never hands a deleted case's rid to a new one.
            "CREATE TABLE cases ("
            " rid INTEGER PRIMARY KEY AUTOINCREMENT,"
            " id TEXT NOT NULL UNIQUE,"
            " account TEXT NOT NULL,"
            " number TEXT NOT NULL,"
            " product TEXT NOT NULL,"
            " status TEXT NOT NULL,"
            " updated_at TEXT NOT NULL,"
            " version INTEGER NOT NULL DEFAULT 0,"
            " json TEXT NOT NULL)",
            "CREATE INDEX cases_account_updated ON cases(account, updated_at DESC)",
            "CREATE INDEX cases_number ON cases(number)",
            // rowid of cases_fts == cases.rid, kept in step by CacheWorker on every
            // upsert and delete
            "CREATE VIRTUAL TABLE cases_fts USING fts5(subject, description)",
            "CREATE TABLE sync_state (key TEXT PRIMARY KEY NOT NULL, value TEXT NOT NULL)",
            "CREATE TABLE catalog ("
            " id INTEGER PRIMARY KEY CHECK (id = 1),"
            " json TEXT NOT NULL,"
            " etag TEXT NOT NULL DEFAULT '')",
        },
        // 1 → 2
        {
            "CREATE TABLE posts ("
            " id TEXT PRIMARY KEY NOT NULL,"
            " case_id TEXT NOT NULL,"
            " created_at TEXT NOT NULL,"
            " json TEXT NOT NULL)",
            "CREATE INDEX posts_case ON posts(case_id, created_at)",
            "CREATE TABLE attachments ("
            " id TEXT PRIMARY KEY NOT NULL,"
            " case_id TEXT NOT NULL,"
            " json TEXT NOT NULL)",
            "CREATE INDEX attachments_case ON attachments(case_id)",
        },
        // 2 → 3: marks of a refetch after a server reset (see CacheResync.h)
        {
            "CREATE TABLE resync_seen ("
            " kind TEXT NOT NULL,"
            " id TEXT NOT NULL,"
            " PRIMARY KEY (kind, id)) WITHOUT ROWID",
        },
        // 3 → 4: what the user wrote and the server has not got yet (OutboxTypes.h).
        // Neither table is touched by a sync or a reset.
        {
            "CREATE TABLE outbox ("
            " seq INTEGER PRIMARY KEY AUTOINCREMENT,"
            " kind TEXT NOT NULL,"
            " record_id TEXT NOT NULL UNIQUE,"
            " case_id TEXT NOT NULL,"
            " account TEXT NOT NULL,"
            " payload BLOB NOT NULL,"
            " summary TEXT NOT NULL DEFAULT '',"
            " state TEXT NOT NULL DEFAULT 'pending',"
            " attempts INTEGER NOT NULL DEFAULT 0,"
            " error_code TEXT NOT NULL DEFAULT '',"
            " error_field TEXT NOT NULL DEFAULT '',"
            " error_message TEXT NOT NULL DEFAULT '',"
            " current TEXT NOT NULL DEFAULT '',"
            " file_path TEXT NOT NULL DEFAULT '',"
            " created_at TEXT NOT NULL)",
            "CREATE INDEX outbox_case ON outbox(case_id, seq)",
            "CREATE TABLE drafts ("
            " id TEXT PRIMARY KEY NOT NULL,"
            " account TEXT NOT NULL,"
            " json TEXT NOT NULL,"
            " updated_at TEXT NOT NULL)",
            "CREATE TABLE draft_files ("
            " draft_id TEXT NOT NULL REFERENCES drafts(id) ON DELETE CASCADE,"
            " position INTEGER NOT NULL,"
            " path TEXT NOT NULL,"
            " PRIMARY KEY (draft_id, position)) WITHOUT ROWID",
        },
    };
    return steps;
}

QString runStep(QSqlDatabase& db, int from)
{
    if (!db.transaction())
        return db.lastError().text();
    QSqlQuery query(db);
    for (const char* statement : migrations().at(static_cast<std::size_t>(from))) {
        if (!query.exec(QString::fromLatin1(statement))) {
            const QString error = QStringLiteral("migration %1→%2 failed: %3 (%4)")
                                      .arg(from)
                                      .arg(from + 1)
                                      .arg(query.lastError().text(), QString::fromLatin1(statement));
            db.rollback();
            return error;
        }
    }
    if (!query.exec(QStringLiteral("PRAGMA user_version = %1").arg(from + 1))) {
        const QString error = query.lastError().text();
        db.rollback();
        return error;
    }
    if (!db.commit())
        return db.lastError().text();
    return {};
}

} // namespace

int userVersion(QSqlDatabase& db)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next())
        return -1;
    return query.value(0).toInt();
}

QString migrateTo(QSqlDatabase& db, int version)
{
    const int current = userVersion(db);
    if (current < 0)
        return QStringLiteral("cannot read the cache's schema version");
    if (current > kCurrentVersion)
        return QStringLiteral("the cache has schema version %1, newer than this client's %2")
            .arg(current)
            .arg(kCurrentVersion);
    for (int from = current; from < version; ++from) {
        if (QString error = runStep(db, from); !error.isEmpty())
            return error;
    }
    return {};
}

QString migrate(QSqlDatabase& db)
{
    return migrateTo(db, kCurrentVersion);
}

} // namespace caseport::client::cacheschema
