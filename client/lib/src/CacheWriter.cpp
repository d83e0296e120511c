#include "CacheWriter.h"

#include "CacheSql.h"

#include "caseport/Codec.h"

#include <QSqlError>
#include <QVariant>

#include <stdexcept>

namespace caseport::client {

namespace {

QString qt(const std::string& text)
{
    return QString::fromStdString(text);
}

const char* sqlOf(int slot)
{
    static const char* const sql[] = {
        // UpsertCase: an older version never overwrites a newer one.
        "INSERT INTO cases (id, account, number, product, status, updated_at, version, json)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?)"
        " ON CONFLICT(id) DO UPDATE SET account = excluded.account, number = excluded.number,"
        " product = excluded.product, status = excluded.status,"
        " updated_at = excluded.updated_at, version = excluded.version, json = excluded.json"
        " WHERE excluded.version >= cases.version",
        // DeleteSearchRow
        "DELETE FROM cases_fts WHERE rowid = (SELECT rid FROM cases WHERE id = ?)",
        // InsertSearchRow
        "INSERT INTO cases_fts (rowid, subject, description) SELECT rid, ?, ? FROM cases WHERE id = ?",
        // UpsertPost
        "INSERT OR REPLACE INTO posts (id, case_id, created_at, json) VALUES (?, ?, ?, ?)",
        // UpsertAttachment
        "INSERT OR REPLACE INTO attachments (id, case_id, json) VALUES (?, ?, ?)",
        // DeletePostsOfCase
        "DELETE FROM posts WHERE case_id = ?",
        // DeleteAttachmentsOfCase
        "DELETE FROM attachments WHERE case_id = ?",
        // DeleteCaseRow
        "DELETE FROM cases WHERE id = ?",
        // DeletePost
        "DELETE FROM posts WHERE id = ?",
        // DeleteAttachment
        "DELETE FROM attachments WHERE id = ?",
        // ReadValue
        "SELECT value FROM sync_state WHERE key = ?",
        // WriteValue
        "INSERT OR REPLACE INTO sync_state (key, value) VALUES (?, ?)",
        // RemoveValue
        "DELETE FROM sync_state WHERE key = ?",
    };
    return sql[slot];
}

void run(QSqlQuery& query)
{
    sql::exec(query);
}

void runOnce(const QSqlDatabase& db, const QString& statement)
{
    sql::run(db, statement);
}

} // namespace

CacheWriter::CacheWriter(QSqlDatabase db)
    : m_db(std::move(db))
{
}

QSqlQuery& CacheWriter::statement(Slot slot)
{
    std::optional<QSqlQuery>& cached = m_statements.at(static_cast<std::size_t>(slot));
    if (!cached) {
        QSqlQuery query = sql::prepare(m_db, QString::fromLatin1(sqlOf(slot)));
        query.setForwardOnly(true);
        cached = std::move(query);
    }
    return *cached;
}

bool CacheWriter::upsertCase(const Case& value, bool index)
{
    const QString id = qt(value.id);
    QSqlQuery& upsert = statement(UpsertCase);
    upsert.bindValue(0, id);
    upsert.bindValue(1, qt(value.account));
    upsert.bindValue(2, qt(value.number));
    upsert.bindValue(3, qt(value.product));
    upsert.bindValue(4, qt(value.status));
    upsert.bindValue(5, qt(value.updatedAt));
    upsert.bindValue(6, static_cast<qlonglong>(value.version));
    upsert.bindValue(7, qt(codec::encode(value)));
    run(upsert);
    if (upsert.numRowsAffected() == 0)
        return false; // stale
    if (!index)
        return true;
    QSqlQuery& removeRow = statement(DeleteSearchRow);
    removeRow.bindValue(0, id);
    run(removeRow);
    QSqlQuery& insertRow = statement(InsertSearchRow);
    insertRow.bindValue(0, qt(value.subject));
    insertRow.bindValue(1, qt(value.description));
    insertRow.bindValue(2, id);
    run(insertRow);
    return true;
}

void CacheWriter::upsertPost(const Post& value)
{
    QSqlQuery& post = statement(UpsertPost);
    post.bindValue(0, qt(value.id));
    post.bindValue(1, qt(value.caseId));
    post.bindValue(2, qt(value.createdAt));
    post.bindValue(3, qt(codec::encode(value)));
    run(post);
}

void CacheWriter::upsertAttachment(const Attachment& value)
{
    QSqlQuery& attachment = statement(UpsertAttachment);
    attachment.bindValue(0, qt(value.id));
    attachment.bindValue(1, qt(value.caseId));
    attachment.bindValue(2, qt(codec::encode(value)));
    run(attachment);
}

int CacheWriter::runDelete(Slot slot, const QString& id)
{
    QSqlQuery& query = statement(slot);
    query.bindValue(0, id);
    run(query);
    return query.numRowsAffected();
}

int CacheWriter::deleteCase(const QString& id)
{
    runDelete(DeleteSearchRow, id); // before the case: the index finds its row by rid
    return runDelete(DeletePostsOfCase, id) + runDelete(DeleteAttachmentsOfCase, id)
        + runDelete(DeleteCaseRow, id);
}

int CacheWriter::deletePost(const QString& id)
{
    return runDelete(DeletePost, id);
}

int CacheWriter::deleteAttachment(const QString& id)
{
    return runDelete(DeleteAttachment, id);
}

void CacheWriter::rebuildSearchIndex()
{
    // The same text upsertCase indexes: subject and description from the stored JSON.
    runOnce(m_db, QStringLiteral("DELETE FROM cases_fts"));
    runOnce(m_db, QStringLiteral(
        "INSERT INTO cases_fts (rowid, subject, description)"
        " SELECT rid, json_extract(json, '$.subject'), json_extract(json, '$.description')"
        " FROM cases"));
}

std::optional<QString> CacheWriter::value(const QString& key)
{
    QSqlQuery& query = statement(ReadValue);
    query.bindValue(0, key);
    run(query);
    std::optional<QString> found;
    if (query.next())
        found = query.value(0).toString();
    query.finish(); // no open read statement left behind in the transaction
    return found;
}

void CacheWriter::setValue(const QString& key, const QString& value)
{
    QSqlQuery& query = statement(WriteValue);
    query.bindValue(0, key);
    query.bindValue(1, value);
    run(query);
}

void CacheWriter::removeValue(const QString& key)
{
    QSqlQuery& query = statement(RemoveValue);
    query.bindValue(0, key);
    run(query);
}

} // namespace caseport::client
