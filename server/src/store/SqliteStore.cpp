#include "store/SqliteStore.h"

#include "store/Migrations.h"
#include "store/SqliteDatabase.h"
#include "store/StoreRows.h"

#include "auth/Tokens.h"
#include "caseport/Codec.h"

#include <cstdio>
#include <filesystem>

namespace caseport::server {
namespace {

const std::string& submitterOf(const Case& c)
{
    return c.onBehalfBy.empty() ? c.creator : c.onBehalfBy;
}

} // namespace

SqliteStore::SqliteStore(const std::string& path)
    : m_db(std::make_unique<SqliteDatabase>(path))
{
    migrate(*m_db);
    Transaction tx(*m_db);
    m_db->prepare("INSERT OR IGNORE INTO meta(key, value) VALUES ('epoch', ?1)")
        .bind(1, base64Url(secureRandomBytes(12)))
        .run();
    m_db->prepare("INSERT OR IGNORE INTO meta(key, value) VALUES ('case_counter', '0')").run();
    Statement epoch = m_db->prepare("SELECT value FROM meta WHERE key = 'epoch'");
    if (!epoch.step())
        throw StoreError("store has no epoch");
    m_epoch = epoch.text(0);
    tx.commit();
}

SqliteStore::~SqliteStore() = default;

std::string SqliteStore::fileIn(const std::string& dataDir)
{
    return (std::filesystem::path(dataDir) / "caseport.db").string();
}

std::string SqliteStore::epoch() const
{
    return m_epoch;
}

std::int64_t SqliteStore::appendChange(const char* kind, const Case& record,
                                       const std::string& audience)
{
    Statement stmt = m_db->prepare("INSERT INTO changes(kind, record_id, account, product, at, audience) "
                                   "VALUES (?1, ?2, ?3, ?4, ?5, ?6)");
    stmt.bind(1, std::string(kind))
        .bind(2, record.id)
        .bind(3, record.account)
        .bind(4, record.product)
        .bind(5, record.updatedAt);
    if (audience.empty())
        stmt.bindNull(6);
    else
        stmt.bind(6, audience);
    stmt.run();
    return m_db->lastInsertRowId();
}

void SqliteStore::setStatusBy(const std::string& caseId, const std::string& user)
{
    m_db->prepare("UPDATE cases SET status_by = ?2 WHERE id = ?1").bind(1, caseId).bind(2, user).run();
}

void SqliteStore::writeCase(const Case& c, std::int64_t seq, bool replace)
{
    // An update rewrites the row in place (never delete + insert: posts refer to it).
    std::string sql = std::string("INSERT INTO cases(") + kCaseColumns
        + ", seq) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, "
          "?16, ?17, ?18, ?19, ?20, ?22, ?21)";
    if (replace)
        sql += " ON CONFLICT(id) DO UPDATE SET number = excluded.number, account = excluded.account,"
               " product = excluded.product, category = excluded.category,"
               " object = excluded.object, subject = excluded.subject,"
               " description = excluded.description, fields = excluded.fields,"
               " private = excluded.private, status = excluded.status,"
               " creator = excluded.creator, channel = excluded.channel,"
               " on_behalf_by = excluded.on_behalf_by, assignee = excluded.assignee,"
               " followers = excluded.followers, answer = excluded.answer,"
               " created_at = excluded.created_at, updated_at = excluded.updated_at,"
               " version = excluded.version, closed_at = excluded.closed_at, seq = excluded.seq";
    m_db->prepare(sql)
        .bind(1, c.id)
        .bind(2, c.number)
        .bind(3, c.account)
        .bind(4, c.product)
        .bind(5, c.category)
        .bind(6, c.object)
        .bind(7, c.subject)
        .bind(8, c.description)
        .bind(9, codec::dump(c.fields.is_object() ? c.fields : codec::Json::object()))
        .bind(10, std::int64_t{c.isPrivate ? 1 : 0})
        .bind(11, c.status)
        .bind(12, c.creator)
        .bind(13, c.channel)
        .bind(14, c.onBehalfBy)
        .bind(15, c.assignee)
        .bind(16, codec::dump(codec::Json(c.followers)))
        .bind(17, c.answer)
        .bind(18, c.createdAt)
        .bind(19, c.updatedAt)
        .bind(20, c.version)
        .bind(21, seq)
        .bind(22, c.closedAt)
        .run();
}

std::int64_t SqliteStore::nextCaseNumber()
{
    m_db->prepare("UPDATE meta SET value = CAST(CAST(value AS INTEGER) + 1 AS TEXT) "
                  "WHERE key = 'case_counter'")
        .run();
    Statement stmt = m_db->prepare("SELECT CAST(value AS INTEGER) FROM meta WHERE key = 'case_counter'");
    if (!stmt.step())
        throw StoreError("store has no case counter");
    return stmt.integer(0);
}

std::int64_t SqliteStore::lastSeq()
{
    Statement stmt = m_db->prepare("SELECT COALESCE(MAX(seq), 0) FROM changes");
    return stmt.step() ? stmt.integer(0) : 0;
}

std::optional<Case> SqliteStore::loadCase(const std::string& id)
{
    Statement stmt = m_db->prepare(std::string("SELECT ") + kCaseColumns + " FROM cases WHERE id = ?1");
    stmt.bind(1, id);
    if (!stmt.step())
        return std::nullopt;
    return caseFromRow(stmt);
}

CreateCaseResult SqliteStore::createCase(const Case& draft, const std::string& numberPrefix,
                                         const std::vector<Attachment>& attachments)
{
    std::lock_guard lock(m_mutex);
    Transaction tx(*m_db);
    CreateCaseResult result = createCaseLocked(draft, numberPrefix, attachments);
    if (result.outcome == CreateOutcome::Created)
        tx.commit();
    return result;
}

CreateCaseResult SqliteStore::createCaseLocked(const Case& draft, const std::string& numberPrefix,
                                               const std::vector<Attachment>& attachments)
{
    if (auto existing = loadCase(draft.id)) {
        if (submitterOf(*existing) == submitterOf(draft))
            return {CreateOutcome::Replayed, std::move(*existing)};
        return {CreateOutcome::Conflict, {}};
    }
    if (!attachmentIdsFree(attachments))
        return {CreateOutcome::AttachmentTaken, {}};
    Case c = draft;
    char number[32];
    std::snprintf(number, sizeof number, "-%.4s-%06lld", c.createdAt.c_str(),
                  static_cast<long long>(nextCaseNumber()));
    c.number = numberPrefix + number;
    c.updatedAt = c.createdAt;
    c.version = 1;
    writeCase(c, appendChange("case", c), false);
    setStatusBy(c.id, submitterOf(c));
    std::vector<Attachment> own = attachments;
    for (Attachment& a : own) {
        a.caseId = c.id;
        a.postId.clear();
        a.createdAt = c.createdAt;
    }
    insertAttachments(own, c);
    return {CreateOutcome::Created, std::move(c)};
}

void SqliteStore::batch(const std::function<void(Batch&)>& work)
{
    std::lock_guard lock(m_mutex);
    Transaction tx(*m_db);
    Batch b(*this);
    work(b);
    tx.commit();
}

CreateCaseResult SqliteStore::Batch::createCase(const Case& draft, const std::string& numberPrefix)
{
    return m_store.createCaseLocked(draft, numberPrefix, {});
}

CreatePostResult SqliteStore::Batch::createPost(const Post& post)
{
    return m_store.createPostLocked(post, {});
}

std::optional<Case> SqliteStore::caseById(const std::string& id)
{
    std::lock_guard lock(m_mutex);
    return loadCase(id);
}

UpdateCaseResult SqliteStore::updateCase(const Case& next, std::int64_t baseVersion,
                                         const std::vector<std::string>& viewersOfChangedSight,
                                         const std::string& actor)
{
    std::lock_guard lock(m_mutex);
    Transaction tx(*m_db);
    auto current = loadCase(next.id);
    if (!current)
        return {UpdateOutcome::NotFound, {}};
    if (current->version != baseVersion)
        return {UpdateOutcome::Conflict, std::move(*current)};
    Case c = next;
    c.number = current->number; // never changed by an edit
    c.createdAt = current->createdAt;
    c.version = current->version + 1;
    const std::int64_t seq = appendChange("case", c);
    for (const auto& viewer : viewersOfChangedSight)
        appendChange("visibility", c, viewer);
    writeCase(c, seq, true);
    if (c.status != current->status)
        setStatusBy(c.id, actor);
    tx.commit();
    return {UpdateOutcome::Updated, std::move(c)};
}

void SqliteStore::createSession(const SessionRecord& session)
{
    std::lock_guard lock(m_mutex);
    m_db->prepare("INSERT INTO sessions(token_hash, user, created_at, expires_at, revoked) "
                  "VALUES (?1, ?2, ?3, ?4, ?5)")
        .bind(1, session.tokenHash)
        .bind(2, session.user)
        .bind(3, session.createdAt)
        .bind(4, session.expiresAt)
        .bind(5, std::int64_t{session.revoked ? 1 : 0})
        .run();
}

std::optional<SessionRecord> SqliteStore::findSession(const std::string& tokenHash)
{
    std::lock_guard lock(m_mutex);
    Statement stmt = m_db->prepare("SELECT token_hash, user, created_at, expires_at, revoked "
                                   "FROM sessions WHERE token_hash = ?1");
    stmt.bind(1, tokenHash);
    if (!stmt.step())
        return std::nullopt;
    return SessionRecord{stmt.text(0), stmt.text(1), stmt.integer(2), stmt.integer(3),
                         stmt.integer(4) != 0};
}

bool SqliteStore::revokeSession(const std::string& tokenHash)
{
    std::lock_guard lock(m_mutex);
    m_db->prepare("UPDATE sessions SET revoked = 1 WHERE token_hash = ?1 AND revoked = 0")
        .bind(1, tokenHash)
        .run();
    return m_db->changes() > 0;
}

int SqliteStore::purgeExpiredSessions(std::int64_t now)
{
    std::lock_guard lock(m_mutex);
    m_db->prepare("DELETE FROM sessions WHERE expires_at <= ?1 OR revoked = 1").bind(1, now).run();
    return m_db->changes();
}

} // namespace caseport::server
