#pragma once

// The one way the cache's SQL helpers run a statement: prepare, bind in order, execute,
// and throw SqlFailure (a std::runtime_error, with the statement) on any failure, so that a caller
// holding a transaction rolls back in one place. Thread: the connection's thread.

#include <QSqlQuery>
#include <QString>
#include <QVariantList>

#include <stdexcept>

class QSqlDatabase;

namespace caseport::client::sql {

// What every helper here throws: the database's message and the statement.
class SqlFailure : public std::runtime_error {
public:
    explicit SqlFailure(const QString& message)
        : std::runtime_error(message.toStdString())
    {
    }
};

QSqlQuery run(const QSqlDatabase& db, const QString& statement, const QVariantList& values = {});
// For a statement run many times: prepare once, then bind and exec() per row.
QSqlQuery prepare(const QSqlDatabase& db, const QString& statement);
void exec(QSqlQuery& query);

} // namespace caseport::client::sql
