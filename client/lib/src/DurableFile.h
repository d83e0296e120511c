#pragma once

// Making a finished file durable before anyone relies on it: the data on the disk
// (fsync), then an atomic rename over the final name, then the folder entry on the disk.
// Blocking; a few milliseconds for an already written file.

#include <QString>

class QFile;

namespace caseport::client::durable {

// Flushes Qt's buffer and the operating system's cache of an open file to the disk.
[[nodiscard]] bool syncFile(QFile& file);

// Renames `from` to `to` in one step, replacing an existing `to`, and syncs the folder
// of `to` so the new name survives a crash. False with a message in *error.
[[nodiscard]] bool replaceFile(const QString& from, const QString& to, QString* error);

} // namespace caseport::client::durable
