#include "service/CaseService.h"

#include "auth/Authenticator.h"
#include "caseport/AccessPolicy.h"
#include "caseport/Protocol.h"
#include "caseport/Status.h"
#include "config/Config.h"
#include "store/Store.h"
#include "util/Time.h"

#include <algorithm>

namespace caseport::server {
namespace {

bool isChannel(const std::string& text)
{
    return text == channel::kPortal || text == channel::kPhone || text == channel::kEmail;
}

} // namespace

CaseService::CaseService(const Config& config, Store& store)
    : m_config(config)
    , m_store(store)
{
}

std::optional<rules::FieldProblem> CaseService::checkReferences(const Caller& caller,
                                                                const NewCase& draft) const
{
    const Account* account = m_config.findAccount(draft.account);
    if (account && !draft.object.empty()
        && std::none_of(account->objects.begin(), account->objects.end(),
                        [&](const SiteObject& o) { return o.id == draft.object; }))
        return rules::FieldProblem{"object", "unknown"};
    if (caller.viewer.staff) {
        if (!draft.creator.empty() && !m_config.findUser(draft.creator))
            return rules::FieldProblem{"creator", "unknown"};
        if (!draft.channel.empty() && !isChannel(draft.channel))
            return rules::FieldProblem{"channel", "invalid"};
    }
    for (const auto& follower : draft.followers) {
        const UserAccount* user = m_config.findUser(follower);
        const access::Viewer viewer = user
            ? access::Viewer{user->profile.id, user->profile.staff, user->memberships}
            : access::Viewer{};
        if (!user || !access::canCreateCase(viewer, draft.account, draft.product, draft.object))
            return rules::FieldProblem{"followers", "invalid"};
    }
    if (!draft.attachments.empty()) // no blob store yet: nothing can be referenced
        return rules::FieldProblem{"attachments", "unknown"};
    return std::nullopt;
}

CreateResponse CaseService::create(const Caller& caller, const NewCase& draft)
{
    CreateResponse response;
    const auto problems = rules::validateNewCase(draft, m_config.products);
    if (!problems.empty()) {
        response.status = CreateStatus::Invalid;
        response.problem = problems.front();
        return response;
    }
    if (!m_config.findAccount(draft.account) && caller.viewer.staff) {
        response.status = CreateStatus::Invalid; // staff see every account: no secret to keep
        response.problem = {"account", "unknown"};
        return response;
    }
    if (!m_config.findAccount(draft.account)
        || !access::canCreateCase(caller.viewer, draft.account, draft.product, draft.object)) {
        response.status = CreateStatus::Forbidden;
        return response;
    }
    if (auto problem = checkReferences(caller, draft)) {
        response.status = CreateStatus::Invalid;
        response.problem = *problem;
        return response;
    }

    const bool staff = caller.viewer.staff;
    Case c;
    c.id = draft.id;
    c.account = draft.account;
    c.product = draft.product;
    c.category = draft.category;
    c.object = draft.object;
    c.subject = draft.subject;
    c.description = draft.description;
    c.fields = draft.fields;
    c.isPrivate = draft.isPrivate;
    c.followers = draft.followers;
    c.status = status::kReceived;
    c.creator = staff && !draft.creator.empty() ? draft.creator : caller.profile.id;
    c.channel = staff && !draft.channel.empty() ? draft.channel : channel::kPortal;
    if (c.creator != caller.profile.id)
        c.onBehalfBy = caller.profile.id;
    c.createdAt = toRfc3339(nowUnixSeconds());

    CreateCaseResult stored = m_store.createCase(c, m_config.server.caseNumberPrefix);
    switch (stored.outcome) {
    case CreateOutcome::Created:
        response.status = CreateStatus::Created;
        break;
    case CreateOutcome::Replayed:
        // The submitter may have lost access since the first attempt.
        if (!access::canSeeCase(caller.viewer, access::factsOf(stored.value))) {
            response.status = CreateStatus::Forbidden;
            return response;
        }
        response.status = CreateStatus::Replayed;
        break;
    case CreateOutcome::Conflict:
        response.status = CreateStatus::Conflict;
        return response;
    }
    response.value = std::move(stored.value);
    return response;
}

std::optional<Case> CaseService::find(const Caller& caller, const std::string& id)
{
    auto found = m_store.caseById(id);
    if (!found)
        return std::nullopt;
    if (!access::canSeeCase(caller.viewer, access::factsOf(*found)))
        return std::nullopt;
    return found;
}

ChangeSet CaseService::changes(const Caller& caller, const std::string& since, int limit)
{
    limit = std::clamp(limit, 1, protocol::kMaxChangesLimit);
    return m_store.changesSince(since, limit, caller.viewer);
}

} // namespace caseport::server
