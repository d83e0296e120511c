#include "service/CatalogBuilder.h"

#include "auth/Authenticator.h"
#include "config/Config.h"

#include <algorithm>

namespace caseport::server {

Catalog buildCatalog(const Config& config, const Caller& caller)
{
    Catalog catalog;
    catalog.user = caller.profile;
    catalog.memberships = caller.viewer.memberships;
    for (const Account& account : config.accounts) {
        if (caller.viewer.staff || caller.viewer.membershipFor(account.id))
            catalog.accounts.push_back(account);
    }
    catalog.products = config.products;
    catalog.statuses = config.workflow.states; // the configured workflow, all of it
    catalog.workflow = config.workflow.rules();
    if (caller.viewer.staff) {
        // Colleagues to assign cases to (the assignment menu lists only these).
        for (const UserAccount& user : config.users) {
            if (user.profile.staff)
                catalog.staff.push_back({user.profile.id, user.profile.name});
        }
    }
    // Names instead of e-mail addresses on posts and cases: staff meet everyone; a
    // customer meets the staff and the members of their own accounts, nobody else.
    for (const UserAccount& user : config.users) {
        const bool colleague = std::any_of(user.memberships.begin(), user.memberships.end(),
                                           [&](const Membership& m) { return caller.viewer.membershipFor(m.account); });
        if (caller.viewer.staff || user.profile.staff || colleague)
            catalog.people.push_back({user.profile.id, user.profile.name});
    }
    return catalog;
}

} // namespace caseport::server
