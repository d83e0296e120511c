#pragma once

// The authoritative store behind caseportd (DESIGN §7). Handlers and services talk
// to this interface only; SqliteStore is the embedded implementation, PostgreSQL
// will sit behind the same interface. Every method is thread-safe. Every mutation
// takes the next change sequence in the same transaction as its data.

#include "caseport/AccessPolicy.h"
#include "caseport/AccountFile.h"
#include "caseport/Case.h"
#include "caseport/ChangeSet.h"
#include "caseport/Members.h"
#include "caseport/Notice.h"
#include "caseport/Post.h"
#include "caseport/Workflow.h"
#include "store/MailRecords.h"

#include <cstdint>
#include <functional>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

namespace caseport::server {

// A bearer-token session; only the SHA-256 of the token is ever stored.
struct SessionRecord {
    std::string tokenHash; // lower-case hex SHA-256 of the token
    std::string user; // e-mail
    std::int64_t createdAt = 0; // Unix seconds
    std::int64_t expiresAt = 0; // Unix seconds
    bool revoked = false;
    bool operator==(const SessionRecord&) const = default;
};

enum class CreateOutcome {
    Created, // a new case; value holds it with number, timestamps, version 1
    Replayed, // the id existed for the same submitter; value is the stored case
    Conflict, // the id exists for someone else; value is empty
    AttachmentTaken, // an attachment id belongs to another record; nothing was written
};

struct CreateCaseResult {
    CreateOutcome outcome = CreateOutcome::Created;
    Case value;
};

enum class UpdateOutcome {
    Updated, // value holds the stored case: version + 1, updatedAt set
    Conflict, // baseVersion is not the stored version; value holds the current case
    NotFound,
};

struct UpdateCaseResult {
    UpdateOutcome outcome = UpdateOutcome::Updated;
    Case value;
};

enum class PostOutcome {
    Created, // value holds the stored post (reopened: the post moved the case too)
    CaseClosed, // the rule refused a post on the closed case; nothing was written
    Replayed, // the id existed for the same author; value is the stored post
    Conflict, // the id belongs to someone else's post, or to another case
    CaseMissing,
    AttachmentTaken, // an attachment id belongs to another record; nothing was written
};

struct CreatePostResult {
    PostOutcome outcome = PostOutcome::Created;
    Post value;
    bool reopened = false; // Created: the post moved the closed case to rule.reopenTo
};

// What a new post does to its case (workflow::postEffect), decided on the case as stored,
// inside the post's transaction, so two writers cannot both act on a stale status.
struct PostRule {
    std::function<workflow::PostEffect(const Case&)> decide; // empty: every post appends
    std::string reopenTo; // the state a Reopen moves the case to
};

// An attachment with what decides who sees it besides its case: whether it belongs to
// an internal post (staff only).
struct AttachmentRecord {
    Attachment value;
    bool internal = false;
    bool operator==(const AttachmentRecord&) const = default;
};

// One attachment whose content is a given blob, with its case (for the access rules).
struct BlobUse {
    AttachmentRecord attachment;
    Case parent;
};

// A per-product level a customer admin set in the portal (the config file's levels
// are not stored here).
struct MemberLevelRecord {
    std::string account;
    std::string user;
    std::string product;
    AccessLevel level = AccessLevel::None;
    bool operator==(const MemberLevelRecord&) const = default;
};

enum class NoticeOutcome {
    Created, // value holds the stored notice
    Replayed, // the id existed, published by the same user; value is the stored notice
    Conflict, // the id belongs to someone else's notice; value is empty
};

struct PublishNoticeResult {
    NoticeOutcome outcome = NoticeOutcome::Created;
    Notice value;
};

enum class LinkFileOutcome {
    Created, // value holds the stored file
    Replayed, // the id existed with the same content and adder; value is the stored file
    Conflict, // the id belongs to another file (other content or adder); value is empty
    Removed, // the id belongs to a file that was removed since; value is empty
};

struct LinkAccountFileResult {
    LinkFileOutcome outcome = LinkFileOutcome::Created;
    AccountFile value;
};

// A position in the change log: the store's epoch plus a sequence number.
struct ChangeCursor {
    std::string epoch;
    std::int64_t seq = 0;

    [[nodiscard]] std::string toString() const; // "<epoch>:<seq>"
    // "" → the start (empty epoch, seq 0); anything unparsable → nullopt.
    [[nodiscard]] static std::optional<ChangeCursor> parse(const std::string& text);
};

class StoreError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

class Store {
public:
    virtual ~Store() = default;
    Store() = default;
    Store(const Store&) = delete;
    Store& operator=(const Store&) = delete;

    // Random id made when the store was created; part of every cursor.
    [[nodiscard]] virtual std::string epoch() const = 0;

    // Inserts the case, assigning number "{prefix}-{year of createdAt}-{6 digits}",
    // version 1 and updatedAt = createdAt. Idempotent on draft.id: the submitter
    // (onBehalfBy if set, else creator) must match for a replay. `attachments` (their
    // blobs complete, checked by the caller) are stored in the same transaction with
    // caseId = draft.id, no post and createdAt = draft.createdAt; a replay stores none.
    virtual CreateCaseResult createCase(const Case& draft, const std::string& numberPrefix,
                                        const std::vector<Attachment>& attachments = {}) = 0;
    [[nodiscard]] virtual std::optional<Case> caseById(const std::string& id) = 0;
    // Replaces the stored case with `next` (same id) if its version is still
    // baseVersion: version + 1, updatedAt = next.updatedAt, a new change sequence.
    // Each of `viewersOfChangedSight` (users who gain or lose sight of the case) gets a
    // visibility row in the change log: their next changes() brings the whole case with
    // its posts if they see it then, or reports it removed if they do not. `actor` (the
    // user making the edit) is recorded with the change: nobody is mailed about their own.
    virtual UpdateCaseResult updateCase(const Case& next, std::int64_t baseVersion,
                                        const std::vector<std::string>& viewersOfChangedSight,
                                        const std::string& actor) = 0;

    // Appends a post to its case (post.caseId) and moves the case's updatedAt to the
    // post's createdAt with a new change sequence (not a new version: posts never
    // conflict with edits). Idempotent on post.id for the same author. `attachments`
    // are stored in the same transaction with the post's case, id and createdAt; the
    // stored post lists their ids. `rule` may refuse the post (CaseClosed) or reopen
    // the case with it: status rule.reopenTo, closedAt cleared, version + 1, in the
    // same transaction and change-log row. A replay is answered before the rule.
    virtual CreatePostResult createPost(const Post& post,
                                        const std::vector<Attachment>& attachments = {},
                                        const PostRule& rule = {}) = 0;
    // The case's posts, oldest first.
    [[nodiscard]] virtual std::vector<Post> postsOfCase(const std::string& caseId) = 0;

    // The case's attachments (its own and its posts'), oldest first.
    [[nodiscard]] virtual std::vector<AttachmentRecord> attachmentsOfCase(const std::string& caseId) = 0;
    // Every attachment whose content is the blob, oldest first.
    [[nodiscard]] virtual std::vector<BlobUse> usesOfBlob(const std::string& sha256) = 0;
    // Remembers that `user` uploaded the blob's whole content (so they hold it and may
    // attach it); idempotent.
    virtual void recordBlobHolder(const std::string& sha256, const std::string& user,
                                  const std::string& at) = 0;
    [[nodiscard]] virtual bool isBlobHolder(const std::string& sha256, const std::string& user) = 0;

    // Cases, posts and attachments the viewer can see changed after `since` ("" = from the start),
    // about `limit` of them, oldest change first (internal posts and their attachments
    // for staff only), and in `removed` the cases whose visibility changed for the viewer
    // and that they do not see now (a case that came into sight brings its posts and
    // attachments along). An unparsable cursor, one from another
    // epoch or one beyond the log's head answers reset = true and nothing else (the
    // client starts again from "").
    [[nodiscard]] virtual ChangeSet changesSince(const std::string& since, int limit,
                                                 const access::Viewer& viewer) = 0;

    // Levels set in the portal for one user (every account) or one account (every user).
    [[nodiscard]] virtual std::vector<MemberLevelRecord> memberLevelsOfUser(const std::string& user) = 0;
    [[nodiscard]] virtual std::vector<MemberLevelRecord>
    memberLevelsOfAccount(const std::string& account) = 0;
    // Sets each entry's `after` level and records the entry in the audit trail, all in
    // one transaction.
    virtual void setMemberLevels(const std::vector<AccessAuditEntry>& changes) = 0;
    // The account's audit trail, newest first, at most `limit` entries.
    [[nodiscard]] virtual std::vector<AccessAuditEntry> accessAudit(const std::string& account,
                                                                    int limit) = 0;

    // Notices staff published (DESIGN §3; config notices are not stored). Idempotent
    // on notice.id for the same publisher; a replay of a withdrawn notice answers it
    // without bringing it back. `at` is the RFC 3339 time of publishing.
    virtual PublishNoticeResult publishNotice(const Notice& notice, const std::string& at) = 0;
    // Withdraws a published notice (kept, so a replayed publish does not revive it);
    // false when there is no such notice or it was already withdrawn.
    virtual bool withdrawNotice(const std::string& id, const std::string& at) = 0;
    // The published notices not withdrawn, oldest first (expired ones included: the
    // caller knows the time).
    [[nodiscard]] virtual std::vector<Notice> liveNotices() = 0;

    // Files linked to accounts (DESIGN §3 "Account"). The caller checked the access rules
    // and that the blob is complete (durable) with the file's size before linking.
    // Idempotent on file.id: the same content from the same adder is a replay; a removed
    // file's id stays taken (a late replay must not bring it back).
    virtual LinkAccountFileResult linkAccountFile(const AccountFile& file) = 0;
    // The linked (not removed) files of these accounts, or of every account; newest first.
    [[nodiscard]] virtual std::vector<AccountFile>
    accountFiles(const std::vector<std::string>& accounts) = 0;
    [[nodiscard]] virtual std::vector<AccountFile> allAccountFiles() = 0;
    // A linked file by id; nullopt when there is none or it was removed.
    [[nodiscard]] virtual std::optional<AccountFile> accountFileById(const std::string& id) = 0;
    // Removes a linked file; false when there is none or it was removed already.
    virtual bool removeAccountFile(const std::string& id, const std::string& by,
                                   const std::string& at) = 0;
    // The linked files whose content is the blob, newest first (blob downloads).
    [[nodiscard]] virtual std::vector<AccountFile> accountFilesUsingBlob(const std::string& sha256) = 0;

    virtual void createSession(const SessionRecord& session) = 0;
    [[nodiscard]] virtual std::optional<SessionRecord> findSession(const std::string& tokenHash) = 0;
    // True if a live session was revoked.
    virtual bool revokeSession(const std::string& tokenHash) = 0;
    // Deletes sessions expired or revoked before `now`; returns how many.
    virtual int purgeExpiredSessions(std::int64_t now) = 0;

    // Mail (DESIGN §7; times in Unix milliseconds). The planner's position in the change
    // log: 0 in a new store, the log's head when the mail tables came to an existing one.
    [[nodiscard]] virtual std::int64_t mailCursor() = 0;
    // Scans at most `limit` change rows after `seq`: new posts, and changes of a case (its
    // latest row only, with the status last marked for it).
    [[nodiscard]] virtual MailSourcePage mailSourcesAfter(std::int64_t seq, int limit) = 0;
    // One transaction: if the cursor is still `from`, adds `mails` to the outbox (due at
    // `now`), records `marks` and moves the cursor to `through`. False, writing nothing,
    // when the cursor was elsewhere: a planned mail is never lost nor planned twice.
    virtual bool enqueueMail(std::int64_t from, std::int64_t through,
                             const std::vector<PlannedMail>& mails,
                             const std::vector<CaseStatusMark>& marks, std::int64_t now) = 0;
    // Pending mail whose next attempt is due at `now`, earliest first, at most `limit`.
    [[nodiscard]] virtual std::vector<OutboxMail> dueMail(std::int64_t now, int limit) = 0;
    // When the earliest pending mail is due; nullopt when nothing is pending.
    [[nodiscard]] virtual std::optional<std::int64_t> nextMailAttemptAt() = 0;
    // The outcome of one attempt (each counts in attempts): sent; to be tried again at
    // `nextAttemptAt`; or given up (kept with its error, never tried again).
    virtual void markMailSent(std::int64_t id, std::int64_t at) = 0;
    virtual void markMailRetry(std::int64_t id, std::int64_t nextAttemptAt,
                               const std::string& error) = 0;
    virtual void markMailFailed(std::int64_t id, const std::string& error) = 0;
    // The outbox in every state, newest first, at most `limit` rows.
    [[nodiscard]] virtual std::vector<OutboxMail> mailOutbox(int limit) = 0;
};

} // namespace caseport::server
