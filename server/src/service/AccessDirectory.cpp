#include "service/AccessDirectory.h"

#include "auth/Tokens.h"
#include "config/Config.h"
#include "service/ChangeNotifier.h"
#include "store/Store.h"

#include <algorithm>

namespace caseport::server {
namespace {

constexpr int kAuditPageSize = 200;

const Membership* configuredMembership(const UserAccount& user, const std::string& account)
{
    auto it = std::find_if(user.memberships.begin(), user.memberships.end(),
                           [&](const Membership& m) { return m.account == account; });
    return it == user.memberships.end() ? nullptr : &*it;
}

// The config's membership with the portal's levels for products the config leaves open.
Membership effective(const Config& config, const std::string& user, Membership membership,
                     const std::vector<MemberLevelRecord>& portal)
{
    for (const auto& record : portal) {
        if (record.user == user && record.account == membership.account
            && !membership.products.contains(record.product) && config.findProduct(record.product))
            membership.products[record.product] = record.level;
    }
    return membership;
}

access::Viewer viewerFrom(const Config& config, const UserAccount& user,
                          const std::vector<MemberLevelRecord>& portal)
{
    access::Viewer viewer{user.profile.id, user.profile.staff, {}};
    for (const auto& membership : user.memberships)
        viewer.memberships.push_back(effective(config, user.profile.id, membership, portal));
    return viewer;
}

} // namespace

std::string accessFingerprint(const access::Viewer& viewer)
{
    std::string canonical = viewer.staff ? "staff;" : "customer;";
    for (const auto& m : viewer.memberships) {
        canonical += m.account + (m.customerAdmin ? "+admin" : "") + "[";
        for (const auto& object : m.objects)
            canonical += object + ",";
        canonical += "]";
        for (const auto& [product, level] : m.products) {
            if (level != AccessLevel::None) // absent and none mean the same
                canonical += product + "=" + toString(level) + ",";
        }
        canonical += ";";
    }
    return sha256Hex(canonical).substr(0, 16);
}

AccessDirectory::AccessDirectory(Store& store, ChangeListener& listener)
    : m_store(store)
    , m_listener(listener)
{
}

access::Viewer AccessDirectory::viewerOf(const Config& config, const UserAccount& user)
{
    return viewerFrom(config, user, m_store.memberLevelsOfUser(user.profile.id));
}

std::vector<std::string> AccessDirectory::usersWhoseSightChanges(const Config& config,
                                                                 const access::CaseFacts& before,
                                                                 const access::CaseFacts& after)
{
    const auto portal = m_store.memberLevelsOfAccount(before.account);
    std::vector<std::string> changed;
    for (const auto& user : config.users) {
        if (user.profile.staff || !configuredMembership(user, before.account))
            continue;
        const access::Viewer viewer = viewerFrom(config, user, portal);
        if (access::canSeeCase(viewer, before) != access::canSeeCase(viewer, after))
            changed.push_back(user.profile.id);
    }
    return changed;
}

std::vector<access::Person> AccessDirectory::peopleOf(const Config& config,
                                                     const std::string& account)
{
    const auto portal = m_store.memberLevelsOfAccount(account);
    std::vector<access::Person> people;
    for (const auto& user : config.users) {
        if (configuredMembership(user, account))
            people.push_back({viewerFrom(config, user, portal), user.profile.name});
    }
    return people;
}

AccountMember AccessDirectory::memberOf(const Config& config, const UserAccount& user,
                                        const Membership& configured,
                                        const std::vector<MemberLevelRecord>& portal) const
{
    AccountMember member;
    member.user = user.profile.id;
    member.name = user.profile.name;
    member.staff = user.profile.staff;
    member.customerAdmin = configured.customerAdmin;
    member.objects = configured.objects;
    member.products = effective(config, user.profile.id, configured, portal).products;
    for (const auto& [product, level] : configured.products)
        member.configManaged.push_back(product);
    return member;
}

std::optional<MemberList> AccessDirectory::members(const Config& config,
                                                   const access::Viewer& caller,
                                                   const std::string& account)
{
    if (!config.findAccount(account) || !access::canManageMembers(caller, account))
        return std::nullopt;
    const auto portal = m_store.memberLevelsOfAccount(account);
    MemberList list{account, {}};
    for (const auto& user : config.users) {
        if (const Membership* configured = configuredMembership(user, account))
            list.members.push_back(memberOf(config, user, *configured, portal));
    }
    return list;
}

std::optional<AccessAudit> AccessDirectory::audit(const Config& config,
                                                  const access::Viewer& caller,
                                                  const std::string& account)
{
    if (!config.findAccount(account) || !access::canManageMembers(caller, account))
        return std::nullopt;
    return AccessAudit{account, m_store.accessAudit(account, kAuditPageSize)};
}

MemberEditResponse AccessDirectory::setLevels(const Config& config, const access::Viewer& caller,
                                              const std::string& account,
                                              const std::string& user,
                                              const MemberUpdate& update, const std::string& at)
{
    MemberEditResponse response;
    if (!config.findAccount(account) || (!caller.staff && !caller.membershipFor(account))) {
        response.status = MemberEditStatus::NotFound; // nothing to learn about other accounts
        return response;
    }
    if (!access::canManageMembers(caller, account)) {
        response.status = MemberEditStatus::Forbidden;
        return response;
    }
    const UserAccount* target = config.findUser(user);
    const Membership* configured = target ? configuredMembership(*target, account) : nullptr;
    if (!configured) {
        response.status = MemberEditStatus::NotFound;
        return response;
    }
    const auto portal = m_store.memberLevelsOfAccount(account);
    AccountMember member = memberOf(config, *target, *configured, portal);
    const access::MemberFacts facts{true, target->profile.staff, member.configManaged};

    std::vector<AccessAuditEntry> changes;
    for (const auto& [product, level] : update.products) {
        const std::string field = "products." + product;
        if (!config.findProduct(product)) {
            response.status = MemberEditStatus::Invalid;
            response.field = field;
            return response;
        }
        switch (access::checkMemberLevelEdit(caller, account, facts, product)) {
        case access::MemberEdit::Allowed:
            break;
        case access::MemberEdit::ConfigManaged:
            response.status = MemberEditStatus::ConfigManaged;
            response.field = field;
            return response;
        case access::MemberEdit::NotMember:
            response.status = MemberEditStatus::NotFound;
            return response;
        case access::MemberEdit::NotAllowed:
        case access::MemberEdit::TargetIsStaff:
            response.status = MemberEditStatus::Forbidden;
            return response;
        }
        const auto current = member.products.find(product);
        const AccessLevel before = current == member.products.end() ? AccessLevel::None
                                                                    : current->second;
        if (before != level)
            changes.push_back({at, caller.id, account, user, product, before, level});
    }
    if (!changes.empty()) {
        m_store.setMemberLevels(changes);
        m_listener.accessChanged(user);
    }
    for (const auto& change : changes)
        member.products[change.product] = change.after;
    response.value = std::move(member);
    return response;
}

} // namespace caseport::server
