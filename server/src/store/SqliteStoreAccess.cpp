// SqliteStore: member levels set in the portal and their audit trail.

#include "store/SqliteStore.h"

#include "store/SqliteDatabase.h"

namespace caseport::server {
namespace {

AccessLevel levelOf(const std::string& text)
{
    return accessLevelFromString(text).value_or(AccessLevel::None);
}

std::vector<MemberLevelRecord> readLevels(Statement& stmt)
{
    std::vector<MemberLevelRecord> out;
    while (stmt.step())
        out.push_back({stmt.text(0), stmt.text(1), stmt.text(2), levelOf(stmt.text(3))});
    return out;
}

} // namespace

std::vector<MemberLevelRecord> SqliteStore::memberLevelsOfUser(const std::string& user)
{
    std::lock_guard lock(m_mutex);
    Statement stmt = m_db->prepare("SELECT account, user, product, level FROM member_levels "
                                   "WHERE user = ?1 ORDER BY account, product");
    stmt.bind(1, user);
    return readLevels(stmt);
}

std::vector<MemberLevelRecord> SqliteStore::memberLevelsOfAccount(const std::string& account)
{
    std::lock_guard lock(m_mutex);
    Statement stmt = m_db->prepare("SELECT account, user, product, level FROM member_levels "
                                   "WHERE account = ?1 ORDER BY user, product");
    stmt.bind(1, account);
    return readLevels(stmt);
}

void SqliteStore::setMemberLevels(const std::vector<AccessAuditEntry>& changes)
{
    std::lock_guard lock(m_mutex);
    Transaction tx(*m_db);
    for (const auto& change : changes) {
        m_db->prepare("INSERT INTO member_levels(account, user, product, level) "
                      "VALUES (?1, ?2, ?3, ?4) ON CONFLICT(account, user, product) "
                      "DO UPDATE SET level = excluded.level")
            .bind(1, change.account)
            .bind(2, change.user)
            .bind(3, change.product)
            .bind(4, std::string(toString(change.after)))
            .run();
        m_db->prepare("INSERT INTO access_audit(at, actor, account, user, product, before, after) "
                      "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)")
            .bind(1, change.at)
            .bind(2, change.actor)
            .bind(3, change.account)
            .bind(4, change.user)
            .bind(5, change.product)
            .bind(6, std::string(toString(change.before)))
            .bind(7, std::string(toString(change.after)))
            .run();
    }
    tx.commit();
}

std::vector<AccessAuditEntry> SqliteStore::accessAudit(const std::string& account, int limit)
{
    std::lock_guard lock(m_mutex);
    Statement stmt = m_db->prepare("SELECT at, actor, account, user, product, before, after "
                                   "FROM access_audit WHERE account = ?1 ORDER BY id DESC LIMIT ?2");
    stmt.bind(1, account).bind(2, std::int64_t{limit});
    std::vector<AccessAuditEntry> out;
    while (stmt.step())
        out.push_back({stmt.text(0), stmt.text(1), stmt.text(2), stmt.text(3), stmt.text(4),
                       levelOf(stmt.text(5)), levelOf(stmt.text(6))});
    return out;
}

} // namespace caseport::server
