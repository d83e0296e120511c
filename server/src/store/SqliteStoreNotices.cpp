// SqliteStore: the operational notices staff publish and withdraw.

#include "store/SqliteStore.h"

#include "caseport/Codec.h"
#include "store/SqliteDatabase.h"

namespace caseport::server {

PublishNoticeResult SqliteStore::publishNotice(const Notice& notice, const std::string& at)
{
    std::lock_guard lock(m_mutex);
    Transaction tx(*m_db);
    Statement existing = m_db->prepare("SELECT published_by, body FROM notices WHERE id = ?1");
    existing.bind(1, notice.id);
    if (existing.step()) {
        if (existing.text(0) != notice.publishedBy)
            return {NoticeOutcome::Conflict, {}};
        return {NoticeOutcome::Replayed, codec::decode<Notice>(existing.text(1))};
    }
    m_db->prepare("INSERT INTO notices(id, published_by, body, published_at) VALUES (?1, ?2, ?3, ?4)")
        .bind(1, notice.id)
        .bind(2, notice.publishedBy)
        .bind(3, codec::encode(notice))
        .bind(4, at)
        .run();
    tx.commit();
    return {NoticeOutcome::Created, notice};
}

bool SqliteStore::withdrawNotice(const std::string& id, const std::string& at)
{
    std::lock_guard lock(m_mutex);
    Transaction tx(*m_db);
    m_db->prepare("UPDATE notices SET withdrawn_at = ?2 WHERE id = ?1 AND withdrawn_at IS NULL")
        .bind(1, id)
        .bind(2, at)
        .run();
    const bool changed = m_db->changes() > 0;
    tx.commit();
    return changed;
}

std::vector<Notice> SqliteStore::liveNotices()
{
    std::lock_guard lock(m_mutex);
    Statement stmt = m_db->prepare("SELECT body FROM notices WHERE withdrawn_at IS NULL ORDER BY rowid");
    std::vector<Notice> out;
    while (stmt.step())
        out.push_back(codec::decode<Notice>(stmt.text(0)));
    return out;
}

} // namespace caseport::server
