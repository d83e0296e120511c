#include "caseport/AccountFileRules.h"

#include <algorithm>
#include <iterator>

namespace caseport::access {
namespace {

// The membership that lets the viewer near the file at all: the account's, and the
// object inside its scope.
const Membership* scopedMembership(const Viewer& viewer, const std::string& account,
                                   const std::string& object)
{
    const Membership* membership = viewer.membershipFor(account);
    if (!membership)
        return nullptr;
    const auto& scope = membership->objects;
    const bool inside = scope.empty()
        || (!object.empty() && std::find(scope.begin(), scope.end(), object) != scope.end());
    return inside ? membership : nullptr;
}

bool anyLevel(const Membership& membership, AccessLevel wanted)
{
    return std::any_of(membership.products.begin(), membership.products.end(),
                       [&](const auto& entry) { return entry.second == wanted; });
}

bool anyAccess(const Membership& membership)
{
    return std::any_of(membership.products.begin(), membership.products.end(),
                       [](const auto& entry) { return entry.second != AccessLevel::None; });
}

} // namespace

AccountFileFacts factsOf(const AccountFile& file)
{
    return {file.account, file.object, file.addedBy};
}

bool canSeeAccountFile(const Viewer& viewer, const AccountFileFacts& facts)
{
    if (viewer.staff)
        return true;
    const Membership* membership = scopedMembership(viewer, facts.account, facts.object);
    return membership && (membership->customerAdmin || anyAccess(*membership));
}

bool canAddAccountFile(const Viewer& viewer, const std::string& account, const std::string& object)
{
    if (viewer.staff)
        return true;
    const Membership* membership = scopedMembership(viewer, account, object);
    return membership && (membership->customerAdmin || anyLevel(*membership, AccessLevel::Full));
}

bool canRemoveAccountFile(const Viewer& viewer, const AccountFileFacts& facts)
{
    if (viewer.staff)
        return true;
    if (!canSeeAccountFile(viewer, facts))
        return false;
    return facts.addedBy == viewer.id || viewer.membershipFor(facts.account)->customerAdmin;
}

std::vector<AccountFile> visibleAccountFiles(const Viewer& viewer, const std::vector<AccountFile>& files)
{
    std::vector<AccountFile> out;
    std::copy_if(files.begin(), files.end(), std::back_inserter(out),
                 [&](const AccountFile& file) { return canSeeAccountFile(viewer, factsOf(file)); });
    return out;
}

} // namespace caseport::access
