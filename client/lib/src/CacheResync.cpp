#include "CacheResync.h"

#include "CacheSql.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariant>

namespace caseport::client::resync {
namespace {

constexpr const char* kResyncKey = "resync";

using sql::run;

} // namespace

void begin(const QSqlDatabase& db, const QString& cursorKey)
{
    run(db, QStringLiteral("DELETE FROM resync_seen"));
    run(db, QStringLiteral("INSERT OR REPLACE INTO sync_state (key, value) VALUES (?, '1')"),
        {QString::fromLatin1(kResyncKey)});
    run(db, QStringLiteral("DELETE FROM sync_state WHERE key = ?"), {cursorKey});
}

bool active(const QSqlDatabase& db)
{
    QSqlQuery query = run(db, QStringLiteral("SELECT 1 FROM sync_state WHERE key = ?"),
                          {QString::fromLatin1(kResyncKey)});
    return query.next();
}

void mark(const QSqlDatabase& db, const char* kind, const QStringList& ids)
{
    if (ids.isEmpty())
        return;
    QSqlQuery query = sql::prepare(db, QStringLiteral("INSERT OR IGNORE INTO resync_seen (kind, id) VALUES (?, ?)"));
    query.bindValue(0, QString::fromLatin1(kind));
    for (const QString& id : ids) {
        query.bindValue(1, id);
        sql::exec(query);
    }
}

int sweep(const QSqlDatabase& db)
{
    int removed = 0;
    // The search index points at cases by rid: drop those entries before their cases.
    run(db, QStringLiteral("DELETE FROM cases_fts WHERE rowid IN (SELECT rid FROM cases WHERE id"
                           " NOT IN (SELECT id FROM resync_seen WHERE kind = 'case'))"));
    const struct {
        const char* table;
        const char* kind;
    } kinds[] = {{"posts", "post"}, {"attachments", "attachment"}, {"cases", "case"}};
    for (const auto& k : kinds) {
        QSqlQuery query = run(db, QStringLiteral("DELETE FROM %1 WHERE id NOT IN"
                                                 " (SELECT id FROM resync_seen WHERE kind = ?)")
                                      .arg(QLatin1String(k.table)),
                              {QString::fromLatin1(k.kind)});
        removed += query.numRowsAffected();
    }
    run(db, QStringLiteral("DELETE FROM resync_seen"));
    run(db, QStringLiteral("DELETE FROM sync_state WHERE key = ?"), {QString::fromLatin1(kResyncKey)});
    return removed;
}

} // namespace caseport::client::resync
