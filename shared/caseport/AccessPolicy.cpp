#include "caseport/AccessPolicy.h"

#include <algorithm>
#include <iterator>

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

bool canFollow(const Viewer& candidate, const CaseFacts& facts)
{
    return canCreateCase(candidate, facts.account, facts.product, facts.object);
}

bool canManageFollowers(const Viewer& viewer, const CaseFacts& facts)
{
    if (viewer.staff)
        return true;
    if (!canSeeCase(viewer, facts))
        return false;
    if (facts.creator == viewer.id)
        return true;
    const Membership* membership = viewer.membershipFor(facts.account);
    return !facts.isPrivate && membership->levelFor(facts.product) == AccessLevel::Full;
}

bool canChangeFollowers(const Viewer& viewer, const CaseFacts& facts,
                        const std::vector<std::string>& next)
{
    if (canManageFollowers(viewer, facts))
        return true;
    if (!contains(facts.followers, viewer.id) || !canSeeCase(viewer, facts))
        return false;
    std::vector<std::string> withoutMe;
    std::copy_if(facts.followers.begin(), facts.followers.end(), std::back_inserter(withoutMe),
                 [&](const std::string& f) { return f != viewer.id; });
    auto sorted = [](std::vector<std::string> list) {
        std::sort(list.begin(), list.end());
        list.erase(std::unique(list.begin(), list.end()), list.end());
        return list;
    };
    return sorted(withoutMe) == sorted(next);
}

bool canChangePrivacy(const Viewer& viewer, const CaseFacts& facts)
{
    return viewer.staff || (facts.creator == viewer.id && canSeeCase(viewer, facts));
}

bool canEditCase(const Viewer& viewer, const CaseFacts& facts)
{
    return viewer.staff || (facts.creator == viewer.id && canSeeCase(viewer, facts));
}

bool canEditCaseFields(const Viewer& viewer, const CaseFacts& facts, bool closed)
{
    return viewer.staff || (!closed && canEditCase(viewer, facts));
}

bool canAnswerAndAssign(const Viewer& viewer)
{
    return viewer.staff;
}

bool canPost(const Viewer& viewer, const CaseFacts& facts)
{
    return canSeeCase(viewer, facts);
}

bool canSeeInternalPosts(const Viewer& viewer)
{
    return viewer.staff;
}

bool canApproveCosts(const Viewer& viewer, const CaseFacts& facts)
{
    if (viewer.staff)
        return false;
    const Membership* membership = viewer.membershipFor(facts.account);
    return membership && membership->levelFor(facts.product) == AccessLevel::Full
        && canSeeCase(viewer, facts);
}

bool canManageMembers(const Viewer& viewer, const std::string& account)
{
    if (viewer.staff)
        return true;
    const Membership* membership = viewer.membershipFor(account);
    return membership && membership->customerAdmin;
}

MemberEdit checkMemberLevelEdit(const Viewer& editor, const std::string& account,
                                const MemberFacts& target, const std::string& product)
{
    if (!canManageMembers(editor, account))
        return MemberEdit::NotAllowed;
    if (!target.member)
        return MemberEdit::NotMember;
    if (target.staff && !editor.staff)
        return MemberEdit::TargetIsStaff;
    if (contains(target.configManaged, product))
        return MemberEdit::ConfigManaged;
    return MemberEdit::Allowed;
}

} // namespace caseport::access
