#include "service/FollowerCandidatesQuery.h"

#include "auth/Authenticator.h"
#include "service/AccessDirectory.h"
#include "service/CaseService.h"

namespace caseport::server {

CandidatesResponse followerCandidatesOf(CaseService& cases, AccessDirectory& directory,
                                        const Caller& caller, const std::string& caseId)
{
    const auto found = cases.find(caller, caseId);
    if (!found)
        return {CandidatesStatus::NotFound, {}};
    const access::CaseFacts facts = access::factsOf(*found);
    if (!access::canManageFollowers(caller.viewer, facts))
        return {CandidatesStatus::Forbidden, {}};
    return {CandidatesStatus::Listed,
            access::followerCandidates(caller.viewer, facts,
                                       directory.peopleOf(*caller.config, facts.account))};
}

} // namespace caseport::server
