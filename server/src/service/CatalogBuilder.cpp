#include "service/CatalogBuilder.h"

#include "auth/Authenticator.h"
#include "config/Config.h"

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
        // Colleagues to assign cases to; a customer never learns who the staff are.
        for (const UserAccount& user : config.users) {
            if (user.profile.staff)
                catalog.staff.push_back({user.profile.id, user.profile.name});
        }
    }
    return catalog;
}

} // namespace caseport::server
