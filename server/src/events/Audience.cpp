#include "events/Audience.h"

#include <algorithm>

namespace caseport::server::events {

bool concerns(const access::Viewer& viewer, const ChangeBatch& batch)
{
    if (batch.everything)
        return true;
    if (std::find(batch.usersWithNewAccess.begin(), batch.usersWithNewAccess.end(), viewer.id)
        != batch.usersWithNewAccess.end())
        return true;
    if (std::any_of(batch.files.begin(), batch.files.end(), [&](const access::AccountFileFacts& f) {
            return access::canSeeAccountFile(viewer, f);
        }))
        return true;
    return std::any_of(batch.cases.begin(), batch.cases.end(), [&](const CaseAnnouncement& a) {
        return access::canSeeCase(viewer, a.facts)
            && (!a.staffOnly || access::canSeeInternalPosts(viewer));
    });
}

} // namespace caseport::server::events
