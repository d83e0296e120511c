#include "caseport/AccessPolicy.h"

#include <algorithm>

namespace caseport::access {
namespace {

bool contains(const std::vector<std::string>& list, const std::string& item)
{
    return std::find(list.begin(), list.end(), item) != list.end();
}

bool insideObjectScope(const Membership& membership, const std::string& object)
{
    return membership.objects.empty() || (!object.empty() && contains(membership.objects, object));
}

} // namespace

const Membership* Viewer::membershipFor(const std::string& account) const
{
    auto it = std::find_if(memberships.begin(), memberships.end(),
                           [&](const Membership& m) { return m.account == account; });
    return it == memberships.end() ? nullptr : &*it;
}

CaseFacts factsOf(const Case& c)
{
    return {c.account, c.product, c.object, c.isPrivate, c.creator, c.followers};
}

bool canSeeCase(const Viewer& viewer, const CaseFacts& facts)
{
    if (viewer.staff)
        return true;
    const Membership* membership = viewer.membershipFor(facts.account);
    if (!membership || !insideObjectScope(*membership, facts.object))
        return false;
    const AccessLevel level = membership->levelFor(facts.product);
    if (level == AccessLevel::None)
        return false;
    const bool isCreator = facts.creator == viewer.id;
    if (isCreator || contains(facts.followers, viewer.id))
        return true;
    return level == AccessLevel::Full && !facts.isPrivate;
}

bool canCreateCase(const Viewer& viewer, const std::string& account, const std::string& product,
                   const std::string& object)
{
    if (viewer.staff)
        return true;
    const Membership* membership = viewer.membershipFor(account);
    return membership && membership->levelFor(product) != AccessLevel::None
        && insideObjectScope(*membership, object);
}

} // namespace caseport::access
