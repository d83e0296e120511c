#pragma once

// The cache's write path with its statements prepared once per connection: a first
// sync writes hundreds of thousands of rows, and parsing the same SQL for each of them
// cost more than the writes themselves. Used only on the cache worker's thread, inside
// the caller's transaction; every method throws std::runtime_error on an SQL failure.
// Must be destroyed before its connection is removed (it holds prepared statements).

#include "caseport/Case.h"
#include "caseport/Post.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

#include <array>
#include <optional>

namespace caseport::client {

class CacheWriter {
public:
    explicit CacheWriter(QSqlDatabase db);

    // Writes value unless the cache already holds a newer version (e.g. a create's answer
    // arriving after a sync page that carried a later edit). Returns false when stale.
    // index: also write the case's search row now (false while the index is rebuilt later).
    bool upsertCase(const Case& value, bool index);
    void upsertPost(const Post& value);
    void upsertAttachment(const Attachment& value);
    // Each returns the rows deleted.
    int deleteCase(const QString& id); // with its posts, attachments and search row
    int deletePost(const QString& id);
    int deleteAttachment(const QString& id);

    // Refills the search index from the cases table in one statement.
    void rebuildSearchIndex();

    // sync_state rows.
    [[nodiscard]] std::optional<QString> value(const QString& key);
    void setValue(const QString& key, const QString& value);
    void removeValue(const QString& key);

private:
    enum Slot {
        UpsertCase,
        DeleteSearchRow,
        InsertSearchRow,
        UpsertPost,
        UpsertAttachment,
        DeletePostsOfCase,
        DeleteAttachmentsOfCase,
        DeleteCaseRow,
        DeletePost,
        DeleteAttachment,
        ReadValue,
        WriteValue,
        RemoveValue,
        SlotCount
    };
    QSqlQuery& statement(Slot slot);
    int runDelete(Slot slot, const QString& id);

    QSqlDatabase m_db;
    std::array<std::optional<QSqlQuery>, SlotCount> m_statements;
};

} // namespace caseport::client
