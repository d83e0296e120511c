#include "CacheSql.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QVariant>


namespace caseport::client::sql {

namespace {

[[noreturn]] void fail(const QSqlQuery& query, const QString& statement)
{
    throw SqlFailure(query.lastError().text() + QStringLiteral(" in ") + statement);
}

} // namespace

QSqlQuery prepare(const QSqlDatabase& db, const QString& statement)
{
    QSqlQuery query(db);
    if (!query.prepare(statement))
        fail(query, statement);
    return query;
}

void exec(QSqlQuery& query)
{
    if (!query.exec())
        fail(query, query.lastQuery());
}

QSqlQuery run(const QSqlDatabase& db, const QString& statement, const QVariantList& values)
{
    QSqlQuery query = prepare(db, statement);
    for (const QVariant& value : values)
        query.addBindValue(value);
    exec(query);
    return query;
}

} // namespace caseport::client::sql
