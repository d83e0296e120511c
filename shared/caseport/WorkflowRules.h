#pragma once

// The parts of a workflow besides its states (DESIGN §3): the moves, who may make
// them, where a case starts and how long a closed case may be reopened by a customer's
// post. Plain data with no dependencies, so the catalog can carry it beside its
// `statuses`; the decisions live in Workflow.h.

#include <cstdint>
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

// How long, in days, a customer's post on a closed case reopens it; 0 = never (the
// post is refused and the customer files a new case).
inline constexpr std::int64_t kDefaultReopenDays = 14;

struct Rules {
    std::vector<Transition> transitions;
    std::string initialState; // where a new (or reopened) case starts
    std::int64_t reopenDays = kDefaultReopenDays;
    bool operator==(const Rules&) const = default;
};

} // namespace caseport::workflow
