#pragma once

// SQL for the outbox and the drafts (tables from cache schema step 3→4). Functions run
// inside the caller's transaction on the cache worker's thread and throw
// std::runtime_error on SQL failure; nothing here emits or knows about threads.

#include "caseport/client/OutboxTypes.h"

#include <optional>

class QSqlDatabase;

namespace caseport::client::outbox {

// Appends item; sets item.seq and item.createdAt. A record id already queued is
// refused (UNIQUE): the same local change is never queued twice.
void insert(const QSqlDatabase& db, OutboxItem& item);
[[nodiscard]] OutboxItems all(const QSqlDatabase& db); // replay order
[[nodiscard]] std::optional<OutboxItem> find(const QSqlDatabase& db, qint64 seq);
// The next item to send: the oldest pending one whose case has no earlier item that
// failed or conflicted (a post must not overtake the create it depends on).
[[nodiscard]] std::optional<OutboxItem> next(const QSqlDatabase& db);
void remove(const QSqlDatabase& db, qint64 seq);
[[nodiscard]] OutboxItems forCase(const QSqlDatabase& db, const QString& caseId);
void countAttempt(const QSqlDatabase& db, qint64 seq);
void markFailed(const QSqlDatabase& db, qint64 seq, const QString& code, const QString& field,
                const QString& message);
void markConflict(const QSqlDatabase& db, qint64 seq, const caseport::Case& current);
// A pending item waits until resumePaused() (an upload the user cancelled); later items
// of its case wait behind it, as behind a failed one.
void pause(const QSqlDatabase& db, qint64 seq);
void resumePaused(const QSqlDatabase& db); // every paused item back to pending
// Back to pending with a new body (e.g. an edit rebased on the server's version), the
// error and the attempts forgotten.
void requeue(const QSqlDatabase& db, qint64 seq, const QByteArray& payload);

} // namespace caseport::client::outbox

namespace caseport::client::drafts {

// Inserts or replaces the draft with id draft.content.id; updatedAt is set to now.
void save(const QSqlDatabase& db, Draft& draft);
void remove(const QSqlDatabase& db, const QString& id);
[[nodiscard]] Drafts all(const QSqlDatabase& db); // newest first

} // namespace caseport::client::drafts
