#include "CacheSql.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QVariant>

#include <stdexcept>

namespace caseport::client::sql {

QSqlQuery run(const QSqlDatabase& db, const QString& statement, const QVariantList& values)
{
    QSqlQuery query(db);
    if (!query.prepare(statement))
        throw std::runtime_error(
            (query.lastError().text() + QStringLiteral(" in ") + statement).toStdString());
    for (const QVariant& value : values)
        query.addBindValue(value);
    if (!query.exec())
        throw std::runtime_error(
            (query.lastError().text() + QStringLiteral(" in ") + statement).toStdString());
    return query;
}

} // namespace caseport::client::sql
