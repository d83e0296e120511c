#include "service/CaseService.h"

#include "auth/Authenticator.h"
#include "caseport/AccessPolicy.h"
#include "caseport/Protocol.h"
#include "caseport/Status.h"
#include "config/Config.h"
#include "service/AccessDirectory.h"
#include "service/BlobService.h"
#include "service/CaseForms.h"
#include "service/ChangeNotifier.h"
#include "store/Store.h"
#include "util/Time.h"

#include <algorithm>

namespace caseport::server {
namespace {

bool isChannel(const std::string& text)
{
    return text == channel::kPortal || text == channel::kPhone || text == channel::kEmail;
}

// "<store cursor>:<access fingerprint>" → both parts; a cursor without a fingerprint
// (or anything else unexpected) yields an empty fingerprint, which never matches.
std::pair<std::string, std::string> splitCursor(const std::string& cursor)
{
    const auto colon = cursor.rfind(':');
    if (colon == std::string::npos || cursor.find(':') == colon)
        return {cursor, {}};
    return {cursor.substr(0, colon), cursor.substr(colon + 1)};
}

CreateStatus statusFor(AttachmentVerdict::Kind problem)
{
    switch (problem) {
    case AttachmentVerdict::Kind::UnsupportedType:
        return CreateStatus::UnsupportedType;
    case AttachmentVerdict::Kind::TooLarge:
        return CreateStatus::TooLarge;
    case AttachmentVerdict::Kind::Ok:
    case AttachmentVerdict::Kind::Invalid:
        break;
    }
    return CreateStatus::Invalid;
}

} // namespace

CaseService::CaseService(Store& store, AccessDirectory& directory, BlobService& blobs,
                         ChangeListener& listener)
    : m_store(store)
    , m_directory(directory)
    , m_blobs(blobs)
    , m_listener(listener)
{
}

bool CaseService::followersEligible(const Config& config, const access::CaseFacts& facts,
                                    const std::vector<std::string>& followers)
{
    return std::all_of(followers.begin(), followers.end(), [&](const std::string& follower) {
        const UserAccount* user = config.findUser(follower);
        return user && access::canFollow(m_directory.viewerOf(config, *user), facts);
    });
}

std::optional<rules::FieldProblem> CaseService::checkReferences(const Caller& caller,
                                                                const NewCase& draft)
{
    const Config& config = *caller.config;
    const Account* account = config.findAccount(draft.account);
    if (account && !draft.object.empty()
        && std::none_of(account->objects.begin(), account->objects.end(),
                        [&](const SiteObject& o) { return o.id == draft.object; }))
        return rules::FieldProblem{"object", "unknown"};
    if (caller.viewer.staff && !draft.creator.empty()) {
        // On behalf of a customer: they must be one who could file it themselves, or
        // they would not even see their own case.
        const UserAccount* creator = config.findUser(draft.creator);
        if (!creator)
            return rules::FieldProblem{"creator", "unknown"};
        if (!creator->profile.staff
            && !access::canCreateCase(m_directory.viewerOf(config, *creator), draft.account,
                                      draft.product, draft.object))
            return rules::FieldProblem{"creator", "invalid"};
    }
    if (caller.viewer.staff) {
        if (!draft.channel.empty() && !isChannel(draft.channel))
            return rules::FieldProblem{"channel", "invalid"};
    }
    const std::string creator
        = caller.viewer.staff && !draft.creator.empty() ? draft.creator : caller.profile.id;
    const access::CaseFacts facts{draft.account, draft.product, draft.object, draft.isPrivate,
                                  creator, {}};
    if (!followersEligible(config, facts, draft.followers))
        return rules::FieldProblem{"followers", "invalid"};
    return std::nullopt;
}

CreateResponse CaseService::create(const Caller& caller, const NewCase& draft)
{
    const Config& config = *caller.config;
    CreateResponse response;
    const auto problems = rules::validateNewCase(draft, config.products);
    if (!problems.empty()) {
        response.status = CreateStatus::Invalid;
        response.problem = problems.front();
        return response;
    }
    if (!caller.viewer.staff) {
        // Filing for someone else, or as a phone call or mail, is staff work. A customer
        // naming themselves or the portal asks for nothing they do not get anyway.
        if (!draft.creator.empty() && draft.creator != caller.profile.id) {
            response.status = CreateStatus::Forbidden;
            response.problem = {"creator", "staff_only"};
            return response;
        }
        if (!draft.channel.empty() && draft.channel != channel::kPortal) {
            response.status = CreateStatus::Forbidden;
            response.problem = {"channel", "staff_only"};
            return response;
        }
    }
    if (!config.findAccount(draft.account) && caller.viewer.staff) {
        response.status = CreateStatus::Invalid; // staff see every account: no secret to keep
        response.problem = {"account", "unknown"};
        return response;
    }
    if (!config.findAccount(draft.account)
        || !access::canCreateCase(caller.viewer, draft.account, draft.product, draft.object)) {
        response.status = CreateStatus::Forbidden;
        return response;
    }
    if (auto problem = checkReferences(caller, draft)) {
        response.status = CreateStatus::Invalid;
        response.problem = *problem;
        return response;
    }
    // Staff filing for a customer (a phone call) may lack the document the form asks for.
    const FormCheck form{draft.account,     draft.product,
                         draft.category,    &draft.fields,
                         draft.attachments.size(),
                         caller.viewer.staff && !draft.creator.empty() && draft.creator != caller.profile.id
                             ? forms::Filing::OnBehalf
                             : forms::Filing::ByCustomer};
    if (auto problem = checkCaseForm(config, form)) {
        response.status = CreateStatus::Invalid;
        response.problem = *problem;
        return response;
    }
    if (const AttachmentVerdict verdict = m_blobs.check(caller, draft.attachments);
        verdict.kind != AttachmentVerdict::Kind::Ok) {
        response.status = statusFor(verdict.kind);
        response.problem = {"attachments", verdict.detail};
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
    c.fields = storedFieldValues(config, form);
    c.isPrivate = draft.isPrivate;
    c.followers = draft.followers;
    c.status = caller.config->workflow.initialState; // where the configured workflow starts
    c.creator = staff && !draft.creator.empty() ? draft.creator : caller.profile.id;
    c.channel = staff && !draft.channel.empty() ? draft.channel : channel::kPortal;
    if (c.creator != caller.profile.id)
        c.onBehalfBy = caller.profile.id;
    c.createdAt = toRfc3339(nowUnixSeconds());

    CreateCaseResult stored = m_store.createCase(c, config.server.caseNumberPrefix,
                                                 BlobService::toAttachments(draft.attachments));
    switch (stored.outcome) {
    case CreateOutcome::Created:
        response.status = CreateStatus::Created;
        m_listener.caseChanged(access::factsOf(stored.value), false);
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
        response.problem = {"id", "taken"};
        return response;
    case CreateOutcome::AttachmentTaken:
        response.status = CreateStatus::Conflict;
        response.problem = {"attachments", "taken"};
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
    const std::string fingerprint = accessFingerprint(caller.viewer);
    const auto [storeCursor, seenFingerprint] = splitCursor(since);
    ChangeSet page;
    if (!since.empty() && seenFingerprint != fingerprint) {
        page.reset = true; // access changed: what the client holds may be wrong either way
        page.cursor = m_store.epoch() + ":0:" + fingerprint;
        return page;
    }
    page = m_store.changesSince(storeCursor, limit, caller.viewer);
    page.cursor += ":" + fingerprint;
    return page;
}

} // namespace caseport::server
