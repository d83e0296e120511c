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
