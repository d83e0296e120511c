#pragma once

// The one way the cache's SQL helpers run a statement: prepare, bind in order, execute,
// and throw std::runtime_error (with the statement) on any failure, so that a caller
// holding a transaction rolls back in one place. Thread: the connection's thread.

#include <QSqlQuery>
#include <QString>
#include <QVariantList>

class QSqlDatabase;

namespace caseport::client::sql {

QSqlQuery run(const QSqlDatabase& db, const QString& statement, const QVariantList& values = {});
// For a statement run many times: prepare once, then bind and exec() per row.
QSqlQuery prepare(const QSqlDatabase& db, const QString& statement);
void exec(QSqlQuery& query);

} // namespace caseport::client::sql
