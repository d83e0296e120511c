#pragma once

// Mark and sweep for a server `reset`: the cache keeps showing what it has while the
// full refetch runs page by page; each record the refetch brings is marked, and when
// the last page is stored every unmarked case, post and attachment (no longer visible,
// or deleted) is swept. A refetch cut short resumes on the next sync, marks intact.
// Functions run inside the caller's transaction on the cache worker's thread and throw
// std::runtime_error on SQL failure.

#include <QString>
#include <QStringList>

class QSqlDatabase;

namespace caseport::client::resync {

// Starts (or restarts) a refetch: forgets earlier marks and the cursor.
void begin(const QSqlDatabase& db, const QString& cursorKey);
[[nodiscard]] bool active(const QSqlDatabase& db);
// kind: "case", "post" or "attachment"; one prepared statement for all ids.
void mark(const QSqlDatabase& db, const char* kind, const QStringList& ids);
// Deletes every unmarked record and ends the refetch; returns how many rows went.
int sweep(const QSqlDatabase& db);

} // namespace caseport::client::resync
