#pragma once

// Who may do what (DESIGN §4). Pure functions: the server enforces them on every
// endpoint, the client mirrors them to shape its screens.

#include "caseport/Case.h"
#include "caseport/Catalog.h"

#include <string>
#include <vector>

namespace caseport::access {

// The caller as the rules see them.
struct Viewer {
    std::string id;
    bool staff = false;
    std::vector<Membership> memberships;

    [[nodiscard]] const Membership* membershipFor(const std::string& account) const;
};

// The facts about a case that decide its visibility.
struct CaseFacts {
    std::string account;
    std::string product;
    std::string object;
    bool isPrivate = false;
    std::string creator;
    std::vector<std::string> followers;
};

[[nodiscard]] CaseFacts factsOf(const Case& c);

// Staff; or a member of the case's account, inside their object scope, with
// full access (and the case not private, or theirs), limited access and the creator,
// or a follower whose level on the product is not none.
[[nodiscard]] bool canSeeCase(const Viewer& viewer, const CaseFacts& facts);

// Staff; or a member of the account whose level on the product is not none, and,
// when their membership is scoped to objects, naming one of those objects.
[[nodiscard]] bool canCreateCase(const Viewer& viewer, const std::string& account,
                                 const std::string& product, const std::string& object);

} // namespace caseport::access
