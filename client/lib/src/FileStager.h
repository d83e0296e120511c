#pragma once

// Copies the files a user attached into the cache's outgoing folder, hashing them on the
// way, so that what the outbox will upload cannot change or vanish before it is sent
// (the user may edit, move or delete the original meanwhile). Runs on the cache worker's
// thread; throws std::runtime_error (naming the file) and leaves no copy behind on
// failure.

#include "caseport/Case.h"

#include <QString>
#include <QStringList>

#include <vector>

namespace caseport::client {

struct StagedFile {
    caseport::AttachmentRef ref; // a new id; the original's cleaned name, size, SHA-256, MIME type
    QString path; // the copy in the outgoing folder
};

[[nodiscard]] std::vector<StagedFile> stageFiles(const QStringList& files, const QString& outgoingDir);

// Deletes staged copies (best effort): after they were sent, or when their item goes.
void removeStaged(const QStringList& paths);

} // namespace caseport::client
