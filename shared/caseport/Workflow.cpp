#include "caseport/Workflow.h"

#include <algorithm>

namespace caseport::workflow {

const StatusDefinition* Workflow::state(const std::string& id) const
{
    auto it = std::find_if(states.begin(), states.end(),
                           [&](const StatusDefinition& s) { return s.id == id; });
    return it == states.end() ? nullptr : &*it;
}

bool Workflow::isClosed(const std::string& id) const
{
    const StatusDefinition* found = state(id);
    return found && found->closed;
}

const Transition* Workflow::transition(const std::string& from, const std::string& to) const
{
    auto it = std::find_if(transitions.begin(), transitions.end(),
                           [&](const Transition& t) { return t.from == from && t.to == to; });
    return it == transitions.end() ? nullptr : &*it;
}

std::string Workflow::labelOf(const std::string& id, const std::string& language) const
{
    const StatusDefinition* found = state(id);
    if (!found)
        return id;
    std::string label = found->label.pick(language);
    return label.empty() ? id : label;
}

Rules Workflow::rules() const
{
    return {transitions, initialState, reopenDays};
}

Workflow fromCatalog(const Catalog& catalog)
{
    Workflow w;
    w.states = catalog.statuses;
    w.transitions = catalog.workflow.transitions;
    w.initialState = catalog.workflow.initialState;
    w.reopenDays = catalog.workflow.reopenDays;
    return w;
}

PostEffect postEffect(const Workflow& workflow, bool authorIsStaff, const std::string& status,
                      std::optional<std::int64_t> closedAt, std::int64_t now)
{
    if (authorIsStaff || !workflow.isClosed(status))
        return PostEffect::Append;
    if (workflow.reopenDays <= 0 || !closedAt)
        return PostEffect::Refused;
    constexpr std::int64_t kDay = 24 * 60 * 60;
    return now - *closedAt <= workflow.reopenDays * kDay ? PostEffect::Reopen : PostEffect::Refused;
}

Workflow defaultWorkflow()
{
    using namespace status;
    Workflow w;
    w.states = defaultStatuses();
    w.transitions = {
        {kReceived, kInProgress, false},
        {kInProgress, kWaitingForCustomer, false},
        {kWaitingForCustomer, kInProgress, false},
        {kReceived, kClosed, true},
        {kInProgress, kClosed, true},
        {kWaitingForCustomer, kClosed, true},
        {kClosed, kReceived, false}, // a reopen; a customer reopens by posting (issue #6)
    };
    return w;
}

StatusChange checkStatusChange(const Workflow& workflow, const access::Viewer& viewer,
                               const access::CaseFacts& facts, const std::string& from,
                               const std::string& to)
{
    if (from == to)
        return StatusChange::Unchanged;
    if (!access::canEditCase(viewer, facts))
        return StatusChange::NotEditor;
    if (!workflow.state(to))
        return StatusChange::UnknownState;
    const Transition* move = workflow.transition(from, to);
    if (!move)
        return StatusChange::NoSuchTransition;
    if (!viewer.staff && !move->byCreator)
        return StatusChange::NotForCreator;
    return StatusChange::Allowed;
}

} // namespace caseport::workflow
