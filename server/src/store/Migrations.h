#pragma once

// The SQLite schema as an ordered list of steps; PRAGMA user_version records how
// many have run. Append new steps, never edit old ones.

namespace caseport::server {

class SqliteDatabase;

// Applies every step newer than the file's user_version, each in its own
// transaction together with the version bump. Returns the resulting version.
int migrate(SqliteDatabase& db);

// The version a fully migrated file has.
int latestSchemaVersion();

} // namespace caseport::server
