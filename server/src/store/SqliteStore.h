#pragma once

// The embedded Store: one SQLite file (caseport.db in the data dir) on one
// connection. A mutex serialises every call, so there is exactly one writer and
// readers see committed data only. Thread-safe.

#include "store/Store.h"

#include <functional>
#include <memory>
#include <mutex>

namespace caseport::server {

class SqliteDatabase;

class SqliteStore final : public Store {
public:
    // Opens or creates the file and migrates it to the latest schema.
    // Throws StoreError when the file cannot be opened or migrated.
    explicit SqliteStore(const std::string& path);
    ~SqliteStore() override;

    // The store file inside a data directory.
    [[nodiscard]] static std::string fileIn(const std::string& dataDir);

    [[nodiscard]] std::string epoch() const override;
    CreateCaseResult createCase(const Case& draft, const std::string& numberPrefix,
                                const std::vector<Attachment>& attachments = {}) override;
    [[nodiscard]] std::optional<Case> caseById(const std::string& id) override;
    UpdateCaseResult updateCase(const Case& next, std::int64_t baseVersion,
                                const std::vector<std::string>& viewersOfChangedSight,
                                const std::string& actor) override;
    CreatePostResult createPost(const Post& post, const std::vector<Attachment>& attachments = {},
                                const PostRule& rule = {}) override;
    [[nodiscard]] std::vector<Post> postsOfCase(const std::string& caseId) override;
    [[nodiscard]] std::vector<AttachmentRecord> attachmentsOfCase(const std::string& caseId) override;
    [[nodiscard]] std::vector<BlobUse> usesOfBlob(const std::string& sha256) override;
    void recordBlobHolder(const std::string& sha256, const std::string& user,
                          const std::string& at) override;
    [[nodiscard]] bool isBlobHolder(const std::string& sha256, const std::string& user) override;
    [[nodiscard]] ChangeSet changesSince(const std::string& since, int limit,
                                         const access::Viewer& viewer) override;
    [[nodiscard]] std::vector<MemberLevelRecord> memberLevelsOfUser(const std::string& user) override;
    [[nodiscard]] std::vector<MemberLevelRecord>
    memberLevelsOfAccount(const std::string& account) override;
    void setMemberLevels(const std::vector<AccessAuditEntry>& changes) override;
    [[nodiscard]] std::vector<AccessAuditEntry> accessAudit(const std::string& account,
                                                            int limit) override;
    PublishNoticeResult publishNotice(const Notice& notice, const std::string& at) override;
    bool withdrawNotice(const std::string& id, const std::string& at) override;
    [[nodiscard]] std::vector<Notice> liveNotices() override;
    LinkAccountFileResult linkAccountFile(const AccountFile& file) override;
    [[nodiscard]] std::vector<AccountFile> accountFiles(const std::vector<std::string>& accounts) override;
    [[nodiscard]] std::vector<AccountFile> allAccountFiles() override;
    [[nodiscard]] std::optional<AccountFile> accountFileById(const std::string& id) override;
    bool removeAccountFile(const std::string& id, const std::string& by,
                           const std::string& at) override;
    [[nodiscard]] std::vector<AccountFile> accountFilesUsingBlob(const std::string& sha256) override;
    void createSession(const SessionRecord& session) override;
    [[nodiscard]] std::optional<SessionRecord> findSession(const std::string& tokenHash) override;
    bool revokeSession(const std::string& tokenHash) override;
    int purgeExpiredSessions(std::int64_t now) override;
    [[nodiscard]] std::int64_t mailCursor() override;
    [[nodiscard]] MailSourcePage mailSourcesAfter(std::int64_t seq, int limit) override;
    bool enqueueMail(std::int64_t from, std::int64_t through, const std::vector<PlannedMail>& mails,
                     const std::vector<CaseStatusMark>& marks, std::int64_t now) override;
    [[nodiscard]] std::vector<OutboxMail> dueMail(std::int64_t now, int limit) override;
    [[nodiscard]] std::optional<std::int64_t> nextMailAttemptAt() override;
    void markMailSent(std::int64_t id, std::int64_t at) override;
    void markMailRetry(std::int64_t id, std::int64_t nextAttemptAt,
                       const std::string& error) override;
    void markMailFailed(std::int64_t id, const std::string& error) override;
    [[nodiscard]] std::vector<OutboxMail> mailOutbox(int limit) override;

    // Bulk loading (bench/generate, imports). Inside batch(), createCase and createPost
    // of the Batch write exactly what the single calls write (the same rows, the same
    // change log), but all in the one transaction of the batch instead of one each:
    // a durable commit per record (synchronous=FULL) is what makes loading 100,000
    // records slow. An exception from `work` rolls the whole batch back. Holds the
    // store's lock throughout, so every other caller waits: not for request handling.
    class Batch {
    public:
        CreateCaseResult createCase(const Case& draft, const std::string& numberPrefix);
        CreatePostResult createPost(const Post& post);

    private:
        friend class SqliteStore;
        explicit Batch(SqliteStore& store)
            : m_store(store)
        {
        }
        SqliteStore& m_store;
    };
    void batch(const std::function<void(Batch&)>& work);

private:
    // The bodies of createCase / createPost; the caller holds m_mutex and a transaction.
    CreateCaseResult createCaseLocked(const Case& draft, const std::string& numberPrefix,
                                      const std::vector<Attachment>& attachments);
    CreatePostResult createPostLocked(const Post& draft, const std::vector<Attachment>& attachments,
                                      const PostRule& rule = {});
    std::optional<Case> loadCase(const std::string& id);
    std::int64_t appendChange(const char* kind, const Case& record,
                              const std::string& audience = {});
    // Records who set the case's current status (cases.status_by), for the mail planner.
    void setStatusBy(const std::string& caseId, const std::string& user);
    void writeCase(const Case& c, std::int64_t seq, bool replace);
    std::optional<Post> loadPost(const std::string& id);
    std::vector<Post> loadPosts(const std::string& caseId);
    // True if the attachments' ids are distinct and none is taken yet.
    bool attachmentIdsFree(const std::vector<Attachment>& attachments);
    // Inserts each attachment of `parent` (its change-log facts), with its own change row.
    void insertAttachments(const std::vector<Attachment>& attachments, const Case& parent);
    std::vector<AttachmentRecord> loadAttachments(const std::string& caseId);
    std::int64_t nextCaseNumber();
    std::int64_t lastSeq();
    std::int64_t loadMailCursor();
    // Linked account files matching `where` (binding ?1 to `value` unless it is empty).
    std::vector<AccountFile> selectAccountFiles(const std::string& where, const std::string& value);

    mutable std::mutex m_mutex;
    std::unique_ptr<SqliteDatabase> m_db;
    std::string m_epoch;
};

} // namespace caseport::server
