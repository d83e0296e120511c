// SqliteStore: attachments (metadata; the content is a blob in server/src/blob) and who
// holds which blob.

#include "store/SqliteStore.h"

#include "store/SqliteDatabase.h"
#include "store/StoreRows.h"

#include <set>

namespace caseport::server {
namespace {

// The attachment's columns, then whether its post is internal (0 without a post).
std::string attachmentSelect(const std::string& where)
{
    return "SELECT " + qualified(kAttachmentColumns, "a")
        + ", COALESCE(p.internal, 0) FROM attachments a LEFT JOIN posts p ON p.id = a.post_id"
          " WHERE "
        + where + " ORDER BY a.seq";
}

constexpr int kInternalAt = 8; // after the attachment's columns

} // namespace

bool SqliteStore::attachmentIdsFree(const std::vector<Attachment>& attachments)
{
    std::set<std::string> seen;
    for (const Attachment& a : attachments) {
        if (!seen.insert(a.id).second)
            return false;
        Statement stmt = m_db->prepare("SELECT 1 FROM attachments WHERE id = ?1");
        stmt.bind(1, a.id);
        if (stmt.step())
            return false;
    }
    return true;
}

void SqliteStore::insertAttachments(const std::vector<Attachment>& attachments, const Case& parent)
{
    for (const Attachment& a : attachments) {
        Case record = parent; // the change log's account and product are the case's
        record.id = a.id;
        const std::int64_t seq = appendChange("attachment", record);
        Statement stmt = m_db->prepare(std::string("INSERT INTO attachments(") + kAttachmentColumns
                                       + ", seq) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)");
        stmt.bind(1, a.id).bind(2, a.caseId);
        if (a.postId.empty())
            stmt.bindNull(3);
        else
            stmt.bind(3, a.postId);
        stmt.bind(4, a.name)
            .bind(5, a.size)
            .bind(6, a.sha256)
            .bind(7, a.mime)
            .bind(8, a.createdAt)
            .bind(9, seq)
            .run();
    }
}

std::vector<AttachmentRecord> SqliteStore::loadAttachments(const std::string& caseId)
{
    Statement stmt = m_db->prepare(attachmentSelect("a.case_id = ?1"));
    stmt.bind(1, caseId);
    std::vector<AttachmentRecord> out;
    while (stmt.step())
        out.push_back({attachmentFromRow(stmt), stmt.integer(kInternalAt) != 0});
    return out;
}

std::vector<AttachmentRecord> SqliteStore::attachmentsOfCase(const std::string& caseId)
{
    std::lock_guard lock(m_mutex);
    return loadAttachments(caseId);
}

std::vector<BlobUse> SqliteStore::usesOfBlob(const std::string& sha256)
{
    std::lock_guard lock(m_mutex);
    std::vector<AttachmentRecord> records;
    {
        Statement stmt = m_db->prepare(attachmentSelect("a.sha256 = ?1"));
        stmt.bind(1, sha256);
        while (stmt.step())
            records.push_back({attachmentFromRow(stmt), stmt.integer(kInternalAt) != 0});
    }
    std::vector<BlobUse> uses;
    for (AttachmentRecord& record : records) {
        if (auto parent = loadCase(record.value.caseId))
            uses.push_back({std::move(record), std::move(*parent)});
    }
    return uses;
}

void SqliteStore::recordBlobHolder(const std::string& sha256, const std::string& user,
                                   const std::string& at)
{
    std::lock_guard lock(m_mutex);
    m_db->prepare("INSERT OR IGNORE INTO blob_holders(sha256, user, at) VALUES (?1, ?2, ?3)")
        .bind(1, sha256)
        .bind(2, user)
        .bind(3, at)
        .run();
}

bool SqliteStore::isBlobHolder(const std::string& sha256, const std::string& user)
{
    std::lock_guard lock(m_mutex);
    Statement stmt = m_db->prepare("SELECT 1 FROM blob_holders WHERE sha256 = ?1 AND user = ?2");
    stmt.bind(1, sha256).bind(2, user);
    return stmt.step();
}

} // namespace caseport::server
