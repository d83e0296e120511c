#pragma once

// The case workflow (DESIGN §3): its states, the transitions between them and who may
// make each, and whether a customer's post reopens a closed case. A plain value: the
// server builds it from the [workflow] config table (defaultWorkflow() when there is
// none) and the catalog carries it to the client (fromCatalog). Pure functions: the
// server enforces them on PATCH and on posts, the client mirrors them to offer only the
// moves the user may make and to say what a post on a closed case will do.

#include "caseport/AccessPolicy.h"
#include "caseport/Catalog.h"
#include "caseport/Status.h"
#include "caseport/WorkflowRules.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace caseport::workflow {

struct Workflow {
    std::vector<StatusDefinition> states;
    std::vector<Transition> transitions;
    std::string initialState = status::kReceived; // a new case's state; a reopen's target
    std::int64_t reopenDays = kDefaultReopenDays; // 0 = a customer's post never reopens

    // The state with this id, or nullptr.
    [[nodiscard]] const StatusDefinition* state(const std::string& id) const;
    // True for a state marked closed; false for open and for unknown states.
    [[nodiscard]] bool isClosed(const std::string& id) const;
    // The transition from → to, or nullptr when the workflow has none.
    [[nodiscard]] const Transition* transition(const std::string& from,
                                               const std::string& to) const;
    // The state's label in `language` (LocalizedText::pick), else the id itself.
    [[nodiscard]] std::string labelOf(const std::string& id, const std::string& language) const;
    // The parts the catalog carries beside its statuses.
    [[nodiscard]] Rules rules() const;
    bool operator==(const Workflow&) const = default;
};

// received → in_progress ⇄ waiting_for_customer → closed; every open state may go to
// closed (the creator may close their own case from any of them); closed → received
// reopens (staff); a customer's post reopens a closed case within 14 days.
[[nodiscard]] Workflow defaultWorkflow();

// The workflow the catalog describes: its statuses and its workflow rules.
[[nodiscard]] Workflow fromCatalog(const Catalog& catalog);

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

// What a new post does to its case (DESIGN §3 "reopens it … within N days").
enum class PostEffect {
    Append, // an open case, or a staff post (staff never reopen by posting)
    Reopen, // a customer's post on a case closed within reopenDays: back to initialState
    Refused, // a customer's post on a case closed longer ago (or reopenDays = 0): file a new case
};

// `closedAt` is when the case entered its closed state (Unix seconds; nullopt when
// unknown, which counts as long ago). The window includes its last second:
// now - closedAt <= reopenDays * 86400.
[[nodiscard]] PostEffect postEffect(const Workflow& workflow, bool authorIsStaff,
                                    const std::string& status, std::optional<std::int64_t> closedAt,
                                    std::int64_t now);

} // namespace caseport::workflow
