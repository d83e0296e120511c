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

// May this person be a follower of the case: staff, or a member of the case's account
// whose level on the product is not none, inside their object scope.
[[nodiscard]] bool canFollow(const Viewer& candidate, const CaseFacts& facts);

// Add or remove other followers: staff; or, for someone who can see the case, its
// creator, or anyone with full access when the case is not private.
[[nodiscard]] bool canManageFollowers(const Viewer& viewer, const CaseFacts& facts);

// Replace the follower list with `next`: canManageFollowers, or a follower who can
// see the case and only removes themselves (one who cannot see it any more is not
// shown it at all). Whether each new follower is eligible is canFollow's question.
[[nodiscard]] bool canChangeFollowers(const Viewer& viewer, const CaseFacts& facts,
                                      const std::vector<std::string>& next);

// Make a case private or public again: staff or the creator.
[[nodiscard]] bool canChangePrivacy(const Viewer& viewer, const CaseFacts& facts);

// Edit a case at all (its fields or its status): staff, or its creator who can see it.
// Nobody else, whatever their level: what a customer filed stays theirs.
[[nodiscard]] bool canEditCase(const Viewer& viewer, const CaseFacts& facts);

// Edit subject, description, category, object and custom field values: staff always;
// the creator (canEditCase) while the case is not closed.
[[nodiscard]] bool canEditCaseFields(const Viewer& viewer, const CaseFacts& facts, bool closed);

// Write the answer or assign the case to someone: staff only. (Status changes:
// workflow::checkStatusChange.)
[[nodiscard]] bool canAnswerAndAssign(const Viewer& viewer);

// Add a post to the conversation: anyone who can see the case.
[[nodiscard]] bool canPost(const Viewer& viewer, const CaseFacts& facts);

// Read or write internal posts (notes between staff): staff only.
[[nodiscard]] bool canSeeInternalPosts(const Viewer& viewer);

// Approve a case's cost specification: a customer with full access to the product,
// inside their object scope, who can see the case. Staff propose costs, not approve them.
[[nodiscard]] bool canApproveCosts(const Viewer& viewer, const CaseFacts& facts);

// See the members of an account and their levels: staff or the account's customer admin.
[[nodiscard]] bool canManageMembers(const Viewer& viewer, const std::string& account);

// The facts about one member that decide whether their level may be edited.
struct MemberFacts {
    bool member = false; // has a membership of the account at all
    bool staff = false;
    std::vector<std::string> configManaged; // products whose level the config file sets
};

enum class MemberEdit {
    Allowed,
    NotAllowed, // the editor manages no members of this account
    NotMember, // the target does not belong to the account
    TargetIsStaff, // staff levels are not the customer's to change
    ConfigManaged, // the config file sets this level; it wins and is read-only
};

// May `editor` set `target`'s level on `product` in `account`.
[[nodiscard]] MemberEdit checkMemberLevelEdit(const Viewer& editor, const std::string& account,
                                              const MemberFacts& target,
                                              const std::string& product);

} // namespace caseport::access
