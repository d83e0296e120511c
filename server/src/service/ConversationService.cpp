#include "service/ConversationService.h"

#include "auth/Authenticator.h"
#include "caseport/AccessPolicy.h"
#include "caseport/Workflow.h"
#include "config/Config.h"
#include "service/BlobService.h"
#include "service/ChangeNotifier.h"
#include "store/Store.h"
#include "util/Time.h"

#include <algorithm>

namespace caseport::server {
namespace {

PostStatus statusFor(AttachmentVerdict::Kind problem)
{
    switch (problem) {
    case AttachmentVerdict::Kind::UnsupportedType:
        return PostStatus::UnsupportedType;
    case AttachmentVerdict::Kind::TooLarge:
        return PostStatus::TooLarge;
    case AttachmentVerdict::Kind::Ok:
    case AttachmentVerdict::Kind::Invalid:
        break;
    }
    return PostStatus::Invalid;
}

} // namespace

ConversationService::ConversationService(Store& store, BlobService& blobs,
                                         ChangeListener& listener)
    : m_store(store)
    , m_blobs(blobs)
    , m_listener(listener)
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
    const bool staff = access::canSeeInternalPosts(caller.viewer);
    if (!staff)
        std::erase_if(detail.posts, [](const Post& p) { return p.internal; });
    for (AttachmentRecord& record : m_store.attachmentsOfCase(caseId)) {
        if (staff || !record.internal)
            detail.attachments.push_back(std::move(record.value));
    }
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
    if (const AttachmentVerdict verdict = m_blobs.check(caller, draft.attachments);
        verdict.kind != AttachmentVerdict::Kind::Ok) {
        response.status = statusFor(verdict.kind);
        response.problem = {"attachments", verdict.detail};
        return response;
    }

    Post post;
    post.id = draft.id;
    post.caseId = caseId;
    post.author = caller.profile.id;
    post.text = draft.text;
    post.internal = draft.internal;
    post.createdAt = toRfc3339(nowUnixSeconds());
    const workflow::Workflow& flow = caller.config->workflow;
    const bool staff = caller.viewer.staff;
    const std::int64_t now = nowUnixSeconds();
    PostRule rule;
    rule.decide = [&flow, staff, now](const Case& c) {
        return workflow::postEffect(flow, staff, c.status, fromRfc3339(c.closedAt), now);
    };
    rule.reopenTo = flow.initialState;
    CreatePostResult stored =
        m_store.createPost(post, BlobService::toAttachments(draft.attachments), rule);
    switch (stored.outcome) {
    case PostOutcome::Created:
        response.status = PostStatus::Created;
        m_listener.caseChanged(access::factsOf(*target), post.internal);
        break;
    case PostOutcome::Replayed:
        response.status = PostStatus::Replayed;
        break;
    case PostOutcome::Conflict:
        response.status = PostStatus::Conflict;
        response.problem = {"id", "taken"};
        return response;
    case PostOutcome::AttachmentTaken:
        response.status = PostStatus::Conflict;
        response.problem = {"attachments", "taken"};
        return response;
    case PostOutcome::CaseMissing:
        response.status = PostStatus::NotFound;
        return response;
    case PostOutcome::CaseClosed:
        response.status = PostStatus::CaseClosed;
        response.problem = {"case", "closed"};
        response.message = "case " + target->number + " was closed "
            + (flow.reopenDays > 0 ? "more than " + std::to_string(flow.reopenDays) + " days ago"
                                   : "and does not reopen")
            + ": file a new case and refer to " + target->number + " in it";
        return response;
    }
    response.value = std::move(stored.value);
    return response;
}

} // namespace caseport::server
