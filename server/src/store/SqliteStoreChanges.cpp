// SqliteStore: the changes feed. One ordered scan of the change log, joined to the
// rows it names (cases, posts, attachments); a row whose record changed again later is
// skipped (the later row carries it), so every record is sent once per page in its
// current state.

#include "store/SqliteStore.h"

#include "store/SqliteDatabase.h"
#include "store/StoreRows.h"

#include <set>

namespace caseport::server {
namespace {

constexpr int kCaseAt = 4; // first case column
constexpr int kPostAt = kCaseAt + kCaseColumnCount; // first post column
constexpr int kPostCaseAt = kPostAt + 7; // the post's or attachment's case: its facts only
constexpr int kAttachmentAt = kPostCaseAt + 6; // first attachment column
constexpr int kAttachmentInternalAt = kAttachmentAt + 8; // is the attachment's post internal

std::string logSql(std::size_t accounts)
{
    std::string sql = "SELECT ch.seq, ch.kind, ch.record_id, ch.audience, "
        + qualified(kCaseColumns, "c") + ", " + qualified(kPostColumns, "p")
        + ", pc.account, pc.product, pc.object, pc.private, pc.creator, pc.followers, "
        + qualified(kAttachmentColumns, "a")
        + ", COALESCE(ap.internal, 0)"
          " FROM changes ch"
          // By the integer seq index, not the text id ("+" keeps the id's index out): a
          // superseded case row then costs one failed integer lookup.
          " LEFT JOIN cases c ON ch.kind = 'case' AND c.seq = ch.seq AND +c.id = ch.record_id"
          " LEFT JOIN posts p ON ch.kind = 'post' AND p.id = ch.record_id AND p.seq = ch.seq"
          " LEFT JOIN attachments a ON ch.kind = 'attachment' AND a.id = ch.record_id"
          " AND a.seq = ch.seq"
          " LEFT JOIN posts ap ON ap.id = a.post_id"
          " LEFT JOIN cases pc ON pc.id = COALESCE(p.case_id, a.case_id)"
          " WHERE ch.seq > ?1";
    if (accounts > 0) {
        sql += " AND ch.account IN (";
        for (std::size_t i = 0; i < accounts; ++i)
            sql += (i ? ", ?" : "?") + std::to_string(i + 2);
        sql += ")";
    }
    return sql + " ORDER BY ch.seq";
}

access::CaseFacts postCaseFacts(const Statement& row)
{
    access::CaseFacts facts;
    facts.account = row.text(kPostCaseAt + 0);
    facts.product = row.text(kPostCaseAt + 1);
    facts.object = row.text(kPostCaseAt + 2);
    facts.isPrivate = row.integer(kPostCaseAt + 3) != 0;
    facts.creator = row.text(kPostCaseAt + 4);
    facts.followers = codec::parse(row.text(kPostCaseAt + 5)).get<std::vector<std::string>>();
    return facts;
}

// Collects one page, keeping each record once.
class PageBuilder {
public:
    PageBuilder(ChangeSet& out, const access::Viewer& viewer)
        : m_out(out)
        , m_viewer(viewer)
    {
    }

    [[nodiscard]] std::size_t size() const
    {
        return m_out.cases.size() + m_out.posts.size() + m_out.attachments.size();
    }

    void addCase(Case c)
    {
        if (m_cases.insert(c.id).second)
            m_out.cases.push_back(std::move(c));
    }
    void addPost(Post p, const access::CaseFacts& parent)
    {
        if (access::canSeeCase(m_viewer, parent) && (!p.internal || access::canSeeInternalPosts(m_viewer))
            && m_posts.insert(p.id).second)
            m_out.posts.push_back(std::move(p));
    }
    // Attachments of internal posts go to staff only, like the posts themselves.
    void addAttachment(AttachmentRecord a, const access::CaseFacts& parent)
    {
        if (access::canSeeCase(m_viewer, parent)
            && (!a.internal || access::canSeeInternalPosts(m_viewer))
            && m_attachments.insert(a.value.id).second)
            m_out.attachments.push_back(std::move(a.value));
    }
    void addRemoved(const std::string& caseId)
    {
        if (m_removed.insert(caseId).second)
            m_out.removed.cases.push_back(caseId);
    }

private:
    ChangeSet& m_out;
    const access::Viewer& m_viewer;
    std::set<std::string> m_cases, m_posts, m_attachments, m_removed;
};

} // namespace

ChangeSet SqliteStore::changesSince(const std::string& since, int limit,
                                    const access::Viewer& viewer)
{
    ChangeSet out;
    const auto cursor = ChangeCursor::parse(since);
    if (!cursor || (!since.empty() && cursor->epoch != m_epoch)) {
        out.reset = true;
        out.cursor = ChangeCursor{m_epoch, 0}.toString();
        return out;
    }
    std::vector<std::string> accounts;
    if (!viewer.staff) {
        for (const auto& membership : viewer.memberships)
            accounts.push_back(membership.account);
        if (accounts.empty()) { // sees nothing; still hand out a current cursor
            std::lock_guard lock(m_mutex);
            out.cursor = ChangeCursor{m_epoch, std::max(cursor->seq, lastSeq())}.toString();
            return out;
        }
    }

    std::lock_guard lock(m_mutex);
    m_db->exec("BEGIN"); // one read snapshot for the page and the cursor
    try {
        if (cursor->seq > lastSeq()) { // from this epoch but beyond its head: not ours
            m_db->exec("COMMIT");
            out.reset = true;
            out.cursor = ChangeCursor{m_epoch, 0}.toString();
            return out;
        }
        std::int64_t position = cursor->seq;
        PageBuilder page(out, viewer);
        {
            Statement log = m_db->prepare(logSql(accounts.size()));
            log.bind(1, cursor->seq);
            for (std::size_t i = 0; i < accounts.size(); ++i)
                log.bind(static_cast<int>(i + 2), accounts[i]);
            // Rows the viewer cannot use are skipped but still advance the position, so
            // the next page never scans them again.
            while (log.step()) {
                if (static_cast<int>(page.size()) >= limit) {
                    out.more = true;
                    break;
                }
                position = log.integer(0);
                const std::string kind = log.text(1);
                if (kind == "case" && !log.text(kCaseAt).empty()) {
                    Case c = caseFromRow(log, kCaseAt);
                    if (access::canSeeCase(viewer, access::factsOf(c)))
                        page.addCase(std::move(c));
                } else if (kind == "post" && !log.text(kPostAt).empty()) {
                    page.addPost(postFromRow(log, kPostAt), postCaseFacts(log));
                } else if (kind == "attachment" && !log.text(kAttachmentAt).empty()) {
                    page.addAttachment({attachmentFromRow(log, kAttachmentAt),
                                        log.integer(kAttachmentInternalAt) != 0},
                                       postCaseFacts(log));
                } else if (kind == "visibility" && log.text(3) == viewer.id) {
                    // Sight of the case changed for this viewer: all of it, or its removal.
                    const auto c = loadCase(log.text(2));
                    if (c && access::canSeeCase(viewer, access::factsOf(*c))) {
                        const access::CaseFacts facts = access::factsOf(*c);
                        page.addCase(*c);
                        for (Post& post : loadPosts(c->id))
                            page.addPost(std::move(post), facts);
                        for (AttachmentRecord& attachment : loadAttachments(c->id))
                            page.addAttachment(std::move(attachment), facts);
                    } else {
                        page.addRemoved(log.text(2));
                    }
                }
            }
        } // resets the statement before COMMIT
        const std::int64_t head = lastSeq();
        if (!out.more)
            position = std::max(position, head);
        out.remaining = head - position; // an upper bound: rows this viewer skips count too
        out.cursor = ChangeCursor{m_epoch, position}.toString();
        m_db->exec("COMMIT");
    } catch (...) {
        m_db->exec("ROLLBACK");
        throw;
    }
    return out;
}

} // namespace caseport::server
