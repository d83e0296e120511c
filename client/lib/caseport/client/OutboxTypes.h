#pragma once

// What the user wrote and the client has not delivered yet: drafts (cases not submitted)
// and outbox items (local changes committed to the cache, waiting to reach the server).
// Both live in the cache file, so they survive a crash, a restart and a server reset.

#include "caseport/Case.h"

#include <QDateTime>
#include <QMetaType>
#include <QString>
#include <QStringList>
#include <QVector>

#include <optional>

namespace caseport::client {

// A case being written: autosaved as the user types, reopened from the Drafts view.
struct Draft {
    caseport::NewCase content; // content.id is the draft's id and later the case's id
    QStringList files; // local paths of the files chosen so far
    QDateTime updatedAt; // UTC; set by the cache on every save
};

struct OutboxItem {
    enum class Kind {
        CreateCase,
        Post,
        UpdateCase,
        Upload,
        LinkAccountFile, // POST /accounts/{account}/files; payload NewAccountFile
        UnlinkAccountFile, // DELETE /accounts/{account}/files/{caseId}; no payload
    };
    enum class State {
        Pending, // waiting to be sent (again)
        Failed, // the server refused it for good (e.g. 422); the user fixes or discards it
        Conflict, // an edit met a newer version (409); the user resolves it
        Paused, // an upload the user cancelled: waits (with what the server has of it)
                // until "Send now" (Workspace::retryOutbox) resumes it
    };

    qint64 seq = 0; // replay order; assigned by the cache
    Kind kind = Kind::CreateCase;
    QString recordId; // the UUID the server deduplicates on (case, post or edit id)
    // The group the item belongs to: later items of a group wait behind an earlier one
    // that failed or is paused. For case items the case (for a create: the new case's
    // id); for LinkAccountFile, UnlinkAccountFile and the Upload of a linked file the
    // account file's id, so a file's blob goes before its link and its unlink after.
    QString caseId;
    QString account;
    QByteArray payload; // the request body as the shared codec encodes it (Upload: the
                        // AttachmentRef the case, post or account file refers to;
                        // UnlinkAccountFile: empty)
    QString summary; // one line for lists: a case's subject, a post's first words, a file's name
    State state = State::Pending;
    int attempts = 0; // sends that ended without an answer (offline, 5xx)
    QString errorCode; // the server's error code when Failed
    QString errorField;
    QString errorMessage;
    std::optional<caseport::Case> current; // the server's version when Conflict
    QString filePath; // Upload: the staged copy of the file (deleted once sent)
    QDateTime createdAt; // UTC
};

using OutboxItems = QVector<OutboxItem>;
using Drafts = QVector<Draft>;

[[nodiscard]] QString outboxKindKey(OutboxItem::Kind kind); // "create_case", … (storage)
[[nodiscard]] std::optional<OutboxItem::Kind> outboxKindFromKey(const QString& key);
[[nodiscard]] QString outboxStateKey(OutboxItem::State state); // "pending", …
[[nodiscard]] std::optional<OutboxItem::State> outboxStateFromKey(const QString& key);

} // namespace caseport::client

Q_DECLARE_METATYPE(caseport::client::Draft)
Q_DECLARE_METATYPE(caseport::client::OutboxItem)
