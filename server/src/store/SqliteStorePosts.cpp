// SqliteStore: the posts of a case's conversation.

#include "store/SqliteStore.h"

#include "store/SqliteDatabase.h"
#include "store/StoreRows.h"

namespace caseport::server {

std::optional<Post> SqliteStore::loadPost(const std::string& id)
{
    Statement stmt =
        m_db->prepare(std::string("SELECT ") + kPostColumns + " FROM posts WHERE id = ?1");
    stmt.bind(1, id);
    if (!stmt.step())
        return std::nullopt;
    return postFromRow(stmt);
}

std::vector<Post> SqliteStore::loadPosts(const std::string& caseId)
{
    Statement stmt = m_db->prepare(std::string("SELECT ") + kPostColumns
                                   + " FROM posts WHERE case_id = ?1 ORDER BY created_at, seq");
    stmt.bind(1, caseId);
    std::vector<Post> posts;
    while (stmt.step())
        posts.push_back(postFromRow(stmt));
    return posts;
}

CreatePostResult SqliteStore::createPost(const Post& draft, const std::vector<Attachment>& attachments,
                                         const PostRule& rule)
{
    std::lock_guard lock(m_mutex);
    Transaction tx(*m_db);
    CreatePostResult result = createPostLocked(draft, attachments, rule);
    if (result.outcome == PostOutcome::Created)
        tx.commit();
    return result;
}

CreatePostResult SqliteStore::createPostLocked(const Post& draft,
                                               const std::vector<Attachment>& attachments,
                                               const PostRule& rule)
{
    if (auto existing = loadPost(draft.id)) {
        if (existing->author == draft.author && existing->caseId == draft.caseId)
            return {PostOutcome::Replayed, std::move(*existing)};
        return {PostOutcome::Conflict, {}};
    }
    auto parent = loadCase(draft.caseId);
    if (!parent)
        return {PostOutcome::CaseMissing, {}};
    const workflow::PostEffect effect =
        rule.decide ? rule.decide(*parent) : workflow::PostEffect::Append;
    if (effect == workflow::PostEffect::Refused)
        return {PostOutcome::CaseClosed, {}};
    if (!attachmentIdsFree(attachments))
        return {PostOutcome::AttachmentTaken, {}};

    Post post = draft;
    std::vector<Attachment> own = attachments;
    post.attachments.clear();
    for (Attachment& a : own) {
        a.caseId = post.caseId;
        a.postId = post.id;
        a.createdAt = post.createdAt;
        post.attachments.push_back(a.id);
    }
    Case touched = *parent;
    touched.updatedAt = post.createdAt;
    const bool reopens = effect == workflow::PostEffect::Reopen;
    if (reopens) { // an edit of the case like a PATCH: a new version
        touched.status = rule.reopenTo;
        touched.closedAt.clear();
        ++touched.version;
    }
    Case postRecord = touched; // the change log's account and product are the case's
    postRecord.id = post.id;
    const std::int64_t seq = appendChange("post", postRecord);
    m_db->prepare(std::string("INSERT INTO posts(") + kPostColumns
                  + ", seq) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)")
        .bind(1, post.id)
        .bind(2, post.caseId)
        .bind(3, post.author)
        .bind(4, post.text)
        .bind(5, std::int64_t{post.internal ? 1 : 0})
        .bind(6, codec::dump(codec::Json(post.attachments)))
        .bind(7, post.createdAt)
        .bind(8, seq)
        .run();
    insertAttachments(own, postRecord);
    // Internal notes do not move the case for customers: its list position and
    // updatedAt would tell them something happened.
    if (!post.internal || reopens)
        writeCase(touched, appendChange("case", touched), true);
    if (reopens)
        setStatusBy(touched.id, post.author);
    return {PostOutcome::Created, post, reopens};
}

std::vector<Post> SqliteStore::postsOfCase(const std::string& caseId)
{
    std::lock_guard lock(m_mutex);
    return loadPosts(caseId);
}

} // namespace caseport::server
