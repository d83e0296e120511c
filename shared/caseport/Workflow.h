#pragma once

// The case workflow (DESIGN §3): its states, the transitions between them and who may
// make each. A plain value so a later config key ([workflow]) can build one; until then
// everybody uses defaultWorkflow(). Pure functions: the server enforces them on PATCH,
// the client mirrors them to offer only the moves the user may make.

#include "caseport/AccessPolicy.h"
#include "caseport/Status.h"

#include <string>
#include <vector>

namespace caseport::workflow {

// One allowed move from one state to another, and who may make it. Staff may make
// every transition the workflow has; the creator only those marked for them.
struct Transition {
    std::string from;
    std::string to;
    bool byCreator = false;
    bool operator==(const Transition&) const = default;
};

struct Workflow {
    std::vector<StatusDefinition> states;
    std::vector<Transition> transitions;

    // The state with this id, or nullptr.
    [[nodiscard]] const StatusDefinition* state(const std::string& id) const;
    // True for a state marked closed; false for open and for unknown states.
    [[nodiscard]] bool isClosed(const std::string& id) const;
    // The transition from → to, or nullptr when the workflow has none.
    [[nodiscard]] const Transition* transition(const std::string& from,
                                               const std::string& to) const;
    bool operator==(const Workflow&) const = default;
};

// received → in_progress ⇄ waiting_for_customer → closed; every open state may go to
// closed (the creator may close their own case from any of them); closed → received
// reopens (staff).
[[nodiscard]] Workflow defaultWorkflow();

enum class StatusChange {
    Allowed,
    Unchanged, // from == to: nothing to decide
    NotEditor, // not access::canEditCase: nobody but staff and the creator changes status
    UnknownState, // `to` is not a state of the workflow
    NoSuchTransition, // the workflow has no move from → to
    NotForCreator, // the move exists, but only staff make it
};

// May `viewer` move the case from `from` to `to`. Checked in this order: Unchanged,
// NotEditor, UnknownState, NoSuchTransition, NotForCreator.
[[nodiscard]] StatusChange checkStatusChange(const Workflow& workflow, const access::Viewer& viewer,
                                             const access::CaseFacts& facts,
                                             const std::string& from, const std::string& to);

} // namespace caseport::workflow
