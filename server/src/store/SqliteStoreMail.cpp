// SqliteStore: the mail planner's view of the change log and the durable mail outbox.

#include "store/SqliteStore.h"

#include "store/SqliteDatabase.h"
#include "store/StoreRows.h"

namespace caseport::server {
namespace {

constexpr const char* kOutboxColumns
    = "id, to_address, to_name, language, subject, body, case_id, state, created_at, attempts, "
      "next_attempt_at, COALESCE(sent_at, 0), last_error";

OutboxState stateFrom(const std::string& text)
{
    if (text == "sent")
        return OutboxState::Sent;
    if (text == "failed")
        return OutboxState::Failed;
    return OutboxState::Pending;
}

OutboxMail outboxFromRow(const Statement& row)
{
    OutboxMail m;
    m.id = row.integer(0);
    m.mail.toAddress = row.text(1);
    m.mail.toName = row.text(2);
    m.mail.language = row.text(3);
    m.mail.subject = row.text(4);
    m.mail.body = row.text(5);
    m.mail.caseId = row.text(6);
    m.state = stateFrom(row.text(7));
    m.createdAt = row.integer(8);
    m.attempts = row.integer(9);
    m.nextAttemptAt = row.integer(10);
    m.sentAt = row.integer(11);
    m.lastError = row.text(12);
    return m;
}

// A change row the planner may act on, before its records are loaded.
struct Candidate {
    std::int64_t seq;
    std::string kind;
    std::string recordId;
};

} // namespace

std::int64_t SqliteStore::loadMailCursor()
{
    Statement stmt
        = m_db->prepare("SELECT CAST(value AS INTEGER) FROM meta WHERE key = 'mail_cursor'");
    if (!stmt.step())
        throw StoreError("store has no mail cursor");
    return stmt.integer(0);
}

std::int64_t SqliteStore::mailCursor()
{
    std::lock_guard lock(m_mutex);
    return loadMailCursor();
}

MailSourcePage SqliteStore::mailSourcesAfter(std::int64_t seq, int limit)
{
    std::lock_guard lock(m_mutex);
    MailSourcePage page;
    page.through = seq;
    std::vector<Candidate> candidates;
    {
        // A case row counts only when it is the case's latest (c.seq = ch.seq): the case
        // is read as it is now, so its earlier rows would only repeat it.
        Statement scan = m_db->prepare(
            "SELECT ch.seq, ch.kind, ch.record_id, "
            "  (ch.kind = 'post' OR (ch.kind = 'case' AND c.id IS NOT NULL))"
            " FROM changes ch"
            " LEFT JOIN cases c ON ch.kind = 'case' AND c.id = ch.record_id AND c.seq = ch.seq"
            " WHERE ch.seq > ?1 ORDER BY ch.seq LIMIT ?2");
        scan.bind(1, seq).bind(2, std::int64_t { limit } + 1);
        int scanned = 0;
        while (scan.step()) {
            if (++scanned > limit) {
                page.more = true;
                break;
            }
            page.through = scan.integer(0);
            if (scan.integer(3) != 0)
                candidates.push_back({ scan.integer(0), scan.text(1), scan.text(2) });
        }
    } // resets the scan before the loads below
    for (const Candidate& candidate : candidates) {
        MailSource source;
        source.seq = candidate.seq;
        std::string caseId = candidate.recordId;
        if (candidate.kind == "post") {
            source.post = loadPost(candidate.recordId);
            if (!source.post)
                continue;
            caseId = source.post->caseId;
        } else {
            Statement mark
                = m_db->prepare("SELECT status FROM mail_case_status WHERE case_id = ?1");
            mark.bind(1, caseId);
            if (mark.step())
                source.mailedStatus = mark.text(0);
            Statement by = m_db->prepare("SELECT status_by FROM cases WHERE id = ?1");
            by.bind(1, caseId);
            if (by.step())
                source.statusBy = by.text(0);
        }
        auto found = loadCase(caseId);
        if (!found)
            continue;
        source.caseRecord = std::move(*found);
        page.sources.push_back(std::move(source));
    }
    return page;
}

bool SqliteStore::enqueueMail(std::int64_t from, std::int64_t through,
    const std::vector<PlannedMail>& mails, const std::vector<CaseStatusMark>& marks,
    std::int64_t now)
{
    std::lock_guard lock(m_mutex);
    Transaction tx(*m_db);
    if (loadMailCursor() != from)
        return false;
    for (const PlannedMail& mail : mails) {
        m_db->prepare("INSERT INTO mail_outbox(to_address, to_name, language, subject, body, "
                      "case_id, created_at, next_attempt_at) "
                      "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?7)")
            .bind(1, mail.toAddress)
            .bind(2, mail.toName)
            .bind(3, mail.language)
            .bind(4, mail.subject)
            .bind(5, mail.body)
            .bind(6, mail.caseId)
            .bind(7, now)
            .run();
    }
    for (const CaseStatusMark& mark : marks) {
        m_db->prepare("INSERT INTO mail_case_status(case_id, status) VALUES (?1, ?2) "
                      "ON CONFLICT(case_id) DO UPDATE SET status = excluded.status")
            .bind(1, mark.caseId)
            .bind(2, mark.status)
            .run();
    }
    m_db->prepare("UPDATE meta SET value = CAST(?1 AS TEXT) WHERE key = 'mail_cursor'")
        .bind(1, through)
        .run();
    tx.commit();
    return true;
}

std::vector<OutboxMail> SqliteStore::dueMail(std::int64_t now, int limit)
{
    std::lock_guard lock(m_mutex);
    Statement stmt = m_db->prepare(std::string("SELECT ") + kOutboxColumns
        + " FROM mail_outbox WHERE state = 'pending' AND "
          "next_attempt_at <= ?1 ORDER BY next_attempt_at, id LIMIT ?2");
    stmt.bind(1, now).bind(2, std::int64_t { limit });
    std::vector<OutboxMail> due;
    while (stmt.step())
        due.push_back(outboxFromRow(stmt));
    return due;
}

std::optional<std::int64_t> SqliteStore::nextMailAttemptAt()
{
    std::lock_guard lock(m_mutex);
    Statement stmt = m_db->prepare("SELECT next_attempt_at FROM mail_outbox WHERE state = 'pending'"
                                   " ORDER BY next_attempt_at, id LIMIT 1");
    if (!stmt.step())
        return std::nullopt;
    return stmt.integer(0);
}

void SqliteStore::markMailSent(std::int64_t id, std::int64_t at)
{
    std::lock_guard lock(m_mutex);
    m_db->prepare("UPDATE mail_outbox SET state = 'sent', sent_at = ?2, attempts = attempts + 1,"
                  " last_error = '' WHERE id = ?1")
        .bind(1, id)
        .bind(2, at)
        .run();
}

void SqliteStore::markMailRetry(
    std::int64_t id, std::int64_t nextAttemptAt, const std::string& error)
{
    std::lock_guard lock(m_mutex);
    m_db->prepare("UPDATE mail_outbox SET next_attempt_at = ?2, attempts = attempts + 1,"
                  " last_error = ?3 WHERE id = ?1 AND state = 'pending'")
        .bind(1, id)
        .bind(2, nextAttemptAt)
        .bind(3, error)
        .run();
}

void SqliteStore::markMailFailed(std::int64_t id, const std::string& error)
{
    std::lock_guard lock(m_mutex);
    m_db->prepare("UPDATE mail_outbox SET state = 'failed', attempts = attempts + 1,"
                  " last_error = ?2 WHERE id = ?1 AND state = 'pending'")
        .bind(1, id)
        .bind(2, error)
        .run();
}

std::vector<OutboxMail> SqliteStore::mailOutbox(int limit)
{
    std::lock_guard lock(m_mutex);
    Statement stmt = m_db->prepare(
        std::string("SELECT ") + kOutboxColumns + " FROM mail_outbox ORDER BY id DESC LIMIT ?1");
    stmt.bind(1, std::int64_t { limit });
    std::vector<OutboxMail> all;
    while (stmt.step())
        all.push_back(outboxFromRow(stmt));
    return all;
}

} // namespace caseport::server
