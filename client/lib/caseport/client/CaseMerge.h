#pragma once

// Resolving an edit that met a newer version of the case (409): which of the user's
// changes differ from what the server has now, and the edit that keeps the ones the
// user chose, rebased on the server's version. Pure; see tst_case_merge.

#include "caseport/Case.h"

#include <optional>
#include <set>
#include <string>
#include <vector>

namespace caseport::client::merge {

// One member of an edit: "subject", "description", "category", "object", "fields",
// "status", "answer", "assignee", "private", "followers".
struct FieldChoice {
    std::string field;
    bool differs = false; // the user's value is not what the server has now
};

// Every member the edit sets, in the order above, and whether it differs from current.
[[nodiscard]] std::vector<FieldChoice> fieldsOf(const caseport::CaseUpdate& mine,
                                               const caseport::Case& current);

// The edit to send instead: only the members in keepMine that still differ from
// current, with baseVersion = current.version. std::nullopt when nothing is left to
// send (the server's version wins everywhere, or already equals the user's).
[[nodiscard]] std::optional<caseport::CaseUpdate> rebase(const caseport::CaseUpdate& mine,
                                                         const caseport::Case& current,
                                                         const std::set<std::string>& keepMine);

// current with every member the edit sets applied (what the user would see if theirs won).
[[nodiscard]] caseport::Case applied(caseport::Case current, const caseport::CaseUpdate& mine);

// Every member the edit sets (for "keep mine everywhere").
[[nodiscard]] std::set<std::string> allFields(const caseport::CaseUpdate& mine);

} // namespace caseport::client::merge
