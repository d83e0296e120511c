// CaseService::update: PATCH /api/v1/cases/{id} (DESIGN §3–§5).
//
// The order of the checks is part of the contract (docs/api.md):
//   404 the caller cannot see the case;
//   200 nothing asked for differs from what is stored (an idempotent replay, even
//       against an old baseVersion: the edit already landed);
//   422 a value is invalid in itself (subject, category, status, …);
//   403 the caller may never change that member of this case (their role), 403/422 a
//       follower, object or assignee the change refers to is not allowed;
//   409 baseVersion is stale: the client shows both versions;
//   403/422 the change is wrong for the case as it is now (a closed case's fields, a
//       move the workflow does not have) — after the 409, because against the version
//       the editor saw it may have been fine.

#include "service/CaseService.h"

#include "auth/Authenticator.h"
#include "caseport/AccessPolicy.h"
#include "caseport/Workflow.h"
#include "config/Config.h"
#include "service/AccessDirectory.h"
#include "service/CaseForms.h"
#include "service/ChangeNotifier.h"
#include "store/Store.h"
#include "util/Time.h"

#include <algorithm>
#include <iterator>

namespace caseport::server {
namespace {

// Sorted, without duplicates: the order of followers carries no meaning.
std::vector<std::string> normalized(std::vector<std::string> ids)
{
    std::sort(ids.begin(), ids.end());
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
    return ids;
}

template <class T, class U>
void keepIfDifferent(const std::optional<T>& requested, const U& stored, std::optional<T>& out)
{
    if (requested && *requested != stored)
        out = requested;
}

// The members of `change` that differ from the stored case; the rest are dropped, so a
// replay of an edit that already landed asks for nothing.
CaseUpdate differences(const Case& current, const CaseUpdate& change)
{
    CaseUpdate edit;
    edit.baseVersion = change.baseVersion;
    keepIfDifferent(change.isPrivate, current.isPrivate, edit.isPrivate);
    if (change.followers && normalized(*change.followers) != normalized(current.followers))
        edit.followers = normalized(*change.followers);
    keepIfDifferent(change.subject, current.subject, edit.subject);
    keepIfDifferent(change.description, current.description, edit.description);
    keepIfDifferent(change.category, current.category, edit.category);
    keepIfDifferent(change.object, current.object, edit.object);
    keepIfDifferent(change.fields, current.fields, edit.fields);
    keepIfDifferent(change.status, current.status, edit.status);
    keepIfDifferent(change.answer, current.answer, edit.answer);
    keepIfDifferent(change.assignee, current.assignee, edit.assignee);
    return edit;
}

bool asksNothing(const CaseUpdate& edit)
{
    CaseUpdate nothing;
    nothing.baseVersion = edit.baseVersion;
    return edit == nothing;
}

// The first of the case's own fields (subject … custom fields) the edit changes; "" if none.
std::string firstFieldChanged(const CaseUpdate& edit)
{
    if (edit.subject)
        return "subject";
    if (edit.description)
        return "description";
    if (edit.category)
        return "category";
    if (edit.object)
        return "object";
    if (edit.fields)
        return "fields";
    return {};
}

Case applied(Case c, const CaseUpdate& edit)
{
    if (edit.isPrivate)
        c.isPrivate = *edit.isPrivate;
    if (edit.followers)
        c.followers = *edit.followers;
    if (edit.subject)
        c.subject = *edit.subject;
    if (edit.description)
        c.description = *edit.description;
    if (edit.category)
        c.category = *edit.category;
    if (edit.object)
        c.object = *edit.object;
    if (edit.fields)
        c.fields = *edit.fields;
    if (edit.status)
        c.status = *edit.status;
    if (edit.answer)
        c.answer = *edit.answer;
    if (edit.assignee)
        c.assignee = *edit.assignee;
    return c;
}

UpdateResponse refused(UpdateStatus status, std::string field, std::string code)
{
    UpdateResponse response;
    response.status = status;
    response.problem = {std::move(field), std::move(code)};
    return response;
}

// 422 transition_not_allowed, naming both states by their English labels: the workflow
// has no such move at all, or only staff make it.
UpdateResponse transitionRefused(const workflow::Workflow& flow, const Case& current,
                                 const std::string& to)
{
    UpdateResponse response = refused(UpdateStatus::TransitionNotAllowed, "status", "transition");
    response.value = current;
    const std::string from = "\"" + flow.labelOf(current.status, "en") + "\"";
    const std::string target = "\"" + flow.labelOf(to, "en") + "\"";
    response.message = flow.transition(current.status, to)
        ? "only staff may move a case from " + from + " to " + target
        : "the workflow has no move from " + from + " to " + target;
    return response;
}

// When the case entered a closed state: kept while it stays closed (staff editing a
// closed case's fields do not move it), now when it enters one, empty when it is open.
std::string closedAtAfter(const workflow::Workflow& flow, const Case& current, const Case& next,
                          const std::string& now)
{
    if (!flow.isClosed(next.status))
        return {};
    if (flow.isClosed(current.status) && !current.closedAt.empty())
        return current.closedAt;
    return now;
}

} // namespace

std::optional<UpdateResponse> CaseService::checkEditor(const Caller& caller, const Case& current,
                                                       const CaseUpdate& edit)
{
    const Config& config = *caller.config;
    const access::Viewer& viewer = caller.viewer;
    const access::CaseFacts before = access::factsOf(current);
    if (edit.isPrivate && !access::canChangePrivacy(viewer, before))
        return refused(UpdateStatus::Forbidden, "private", "forbidden");
    if (edit.followers && !access::canChangeFollowers(viewer, before, *edit.followers))
        return refused(UpdateStatus::Forbidden, "followers", "forbidden");
    if (const std::string field = firstFieldChanged(edit);
        !field.empty() && !access::canEditCase(viewer, before))
        return refused(UpdateStatus::Forbidden, field, "forbidden");
    if (edit.status && !access::canEditCase(viewer, before))
        return refused(UpdateStatus::Forbidden, "status", "forbidden");
    if (edit.answer && !access::canAnswerAndAssign(viewer))
        return refused(UpdateStatus::Forbidden, "answer", "forbidden");
    if (edit.assignee && !access::canAnswerAndAssign(viewer))
        return refused(UpdateStatus::Forbidden, "assignee", "forbidden");

    if (edit.object && !edit.object->empty()) {
        const Account* account = config.findAccount(current.account);
        if (!account
            || std::none_of(account->objects.begin(), account->objects.end(),
                            [&](const SiteObject& o) { return o.id == *edit.object; }))
            return refused(UpdateStatus::Invalid, "object", "unknown");
    }
    if (edit.object && !access::canCreateCase(viewer, current.account, current.product, *edit.object))
        return refused(UpdateStatus::Forbidden, "object", "forbidden"); // outside their scope
    if (edit.assignee && !edit.assignee->empty()) {
        const UserAccount* assignee = config.findUser(*edit.assignee);
        if (!assignee || !assignee->profile.staff)
            return refused(UpdateStatus::Invalid, "assignee", "invalid"); // staff work cases
    }
    // Only whom this change adds must be eligible: someone already following who has
    // lost access since (config reload, portal level) must not block unrelated edits,
    // nor their own removal, nor another follower's leaving.
    if (edit.followers) {
        const auto currentFollowers = normalized(current.followers);
        std::vector<std::string> added;
        std::set_difference(edit.followers->begin(), edit.followers->end(),
                            currentFollowers.begin(), currentFollowers.end(),
                            std::back_inserter(added));
        if (!followersEligible(config, access::factsOf(applied(current, edit)), added))
            return refused(UpdateStatus::Invalid, "followers", "invalid");
    }
    return std::nullopt;
}

UpdateResponse CaseService::update(const Caller& caller, const std::string& id,
                                   const CaseUpdate& change)
{
    UpdateResponse response;
    const auto current = find(caller, id);
    if (!current) {
        response.status = UpdateStatus::NotFound;
        return response;
    }
    CaseUpdate edit = differences(*current, change);
    if (asksNothing(edit)) {
        response.status = UpdateStatus::Updated; // already so: nothing to write or announce
        response.value = *current;
        return response;
    }
    const workflow::Workflow& flow = caller.config->workflow;
    const auto problems =
        rules::validateCaseUpdate(edit, current->product, caller.config->products, flow.states);
    if (!problems.empty())
        return refused(UpdateStatus::Invalid, problems.front().field, problems.front().code);
    if (auto refusal = checkEditor(caller, *current, edit))
        return *refusal;
    if (edit.fields || edit.category) {
        // The form as the case would be: its attachment rule counts the files it has,
        // waived for staff editing a case filed on a customer's behalf (as when filing).
        const Case next = applied(*current, edit);
        const bool onBehalf = caller.viewer.staff && !next.onBehalfBy.empty();
        const FormCheck form{next.account, next.product, next.category, &next.fields,
                             m_store.attachmentsOfCase(next.id).size(),
                             onBehalf ? forms::Filing::OnBehalf : forms::Filing::ByCustomer};
        if (auto problem = checkCaseForm(*caller.config, form)) {
            UpdateResponse invalid = refused(UpdateStatus::Invalid, problem->field, problem->code);
            invalid.problem.message = problem->message;
            return invalid;
        }
        if (edit.fields)
            edit.fields = storedFieldValues(*caller.config, form);
    }

    if (current->version != change.baseVersion) { // checked again, atomically, by the store
        response.status = UpdateStatus::Conflict;
        response.value = *current;
        return response;
    }
    const access::CaseFacts before = access::factsOf(*current);
    if (const std::string field = firstFieldChanged(edit);
        !field.empty()
        && !access::canEditCaseFields(caller.viewer, before, flow.isClosed(current->status)))
        return refused(UpdateStatus::Forbidden, field, "closed");
    if (edit.status) {
        switch (workflow::checkStatusChange(flow, caller.viewer, before, current->status,
                                            *edit.status)) {
        case workflow::StatusChange::Allowed:
        case workflow::StatusChange::Unchanged:
            break;
        case workflow::StatusChange::NoSuchTransition:
        case workflow::StatusChange::NotForCreator:
            return transitionRefused(flow, *current, *edit.status);
        case workflow::StatusChange::UnknownState: // validateCaseUpdate said so already
            return refused(UpdateStatus::Invalid, "status", "unknown");
        case workflow::StatusChange::NotEditor:
            return refused(UpdateStatus::Forbidden, "status", "forbidden");
        }
    }

    Case next = applied(*current, edit);
    next.updatedAt = toRfc3339(nowUnixSeconds());
    next.closedAt = closedAtAfter(flow, *current, next, next.updatedAt);
    const access::CaseFacts after = access::factsOf(next);
    const auto sightChanged = m_directory.usersWhoseSightChanges(*caller.config, before, after);
    UpdateCaseResult stored = m_store.updateCase(next, change.baseVersion, sightChanged, caller.profile.id);
    switch (stored.outcome) {
    case UpdateOutcome::Updated:
        response.status = UpdateStatus::Updated;
        m_listener.caseChanged(before, false); // who lost sight hears of it too
        m_listener.caseChanged(after, false);
        break;
    case UpdateOutcome::Conflict:
        response.status = UpdateStatus::Conflict;
        break;
    case UpdateOutcome::NotFound:
        response.status = UpdateStatus::NotFound;
        return response;
    }
    response.value = std::move(stored.value);
    return response;
}

} // namespace caseport::server
