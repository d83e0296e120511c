#include "service/ConversationService.h"

#include "auth/Authenticator.h"
#include "caseport/AccessPolicy.h"
#include "service/ChangeSignal.h"
#include "store/Store.h"
#include "util/Time.h"

#include <algorithm>

namespace caseport::server {

ConversationService::ConversationService(Store& store, ChangeSignal& changed)
    : m_store(store)
    , m_changed(changed)
{
}

std::optional<CaseDetail> ConversationService::detail(const Caller& caller,
                                                      const std::string& caseId)
{
    auto found = m_store.caseById(caseId);
    if (!found || !access::canSeeCase(caller.viewer, access::factsOf(*found)))
        return std::nullopt;
    CaseDetail detail;
    detail.posts = m_store.postsOfCase(caseId);
    if (!access::canSeeInternalPosts(caller.viewer))
        std::erase_if(detail.posts, [](const Post& p) { return p.internal; });
    detail.value = std::move(*found);
    return detail;
}

PostResponse ConversationService::post(const Caller& caller, const std::string& caseId,
                                       const NewPost& draft)
{
    PostResponse response;
    const auto target = m_store.caseById(caseId);
    if (!target || !access::canPost(caller.viewer, access::factsOf(*target))) {
        response.status = PostStatus::NotFound; // the same answer as for a missing case
        return response;
    }
    if (draft.internal && !access::canSeeInternalPosts(caller.viewer)) {
        response.status = PostStatus::Forbidden;
        response.problem = {"internal", "forbidden"};
        return response;
    }
    if (const auto problems = rules::validateNewPost(draft); !problems.empty()) {
        response.status = PostStatus::Invalid;
        response.problem = problems.front();
        return response;
    }
    if (!draft.attachments.empty()) { // no blob store yet: nothing can be referenced
        response.status = PostStatus::Invalid;
        response.problem = {"attachments", "unknown"};
        return response;
    }

    Post post;
    post.id = draft.id;
    post.caseId = caseId;
    post.author = caller.profile.id;
    post.text = draft.text;
    post.internal = draft.internal;
    post.createdAt = toRfc3339(nowUnixSeconds());
    CreatePostResult stored = m_store.createPost(post);
    switch (stored.outcome) {
    case PostOutcome::Created:
        response.status = PostStatus::Created;
        m_changed.notify(); // e.g. the mail planner: someone may get an e-mail about it
        break;
    case PostOutcome::Replayed:
        response.status = PostStatus::Replayed;
        break;
    case PostOutcome::Conflict:
        response.status = PostStatus::Conflict;
        return response;
    case PostOutcome::CaseMissing:
        response.status = PostStatus::NotFound;
        return response;
    }
    response.value = std::move(stored.value);
    return response;
}

} // namespace caseport::server
