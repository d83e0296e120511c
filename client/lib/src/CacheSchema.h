#pragma once

// The local cache's schema and its migrations, versioned with PRAGMA user_version.
// Version 1: cases (+ FTS5 on subject/description, keyed on cases.rid), sync_state, catalog.
// Version 2: posts and attachments (metadata) from the changes feed.
// Version 3: resync marks. Version 4: outbox and drafts (never touched by a sync).
// Add a migration by appending to the list in CacheSchema.cpp; never edit an old one.
// Thread: whichever thread owns the QSqlDatabase connection (the cache worker's).

#include <QString>

class QSqlDatabase;

namespace caseport::client::cacheschema {

inline constexpr int kCurrentVersion = 4;

[[nodiscard]] int userVersion(QSqlDatabase& db);

// Brings db from its user_version to kCurrentVersion, one transaction per step.
// Returns an error text, or an empty string on success. A database newer than this
// client is refused (the caller may then start over with a fresh file).
[[nodiscard]] QString migrate(QSqlDatabase& db);

// Runs migrations up to `version` only; for tests of the upgrade path.
[[nodiscard]] QString migrateTo(QSqlDatabase& db, int version);

} // namespace caseport::client::cacheschema
