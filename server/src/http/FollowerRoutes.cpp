// The follower picker's route (Routes.h): GET /api/v1/cases/{id}/followers/eligible.

#include "caseport/Codec.h"
#include "http/Exchange.h"
#include "http/HttpError.h"
#include "http/RouteHandler.h"
#include "service/FollowerCandidatesQuery.h"
#include "service/Services.h"

#include <Poco/Net/HTTPResponse.h>

namespace caseport::server::routes {

Handler followerCandidates(Services& s, std::string caseId)
{
    return make(s, [caseId = std::move(caseId)](Services& svc, Exchange& ex) {
        using Http = Poco::Net::HTTPResponse;
        const Caller caller = requireCaller(svc, ex);
        const CandidatesResponse result
            = followerCandidatesOf(svc.cases, svc.directory, caller, caseId);
        switch (result.status) {
        case CandidatesStatus::Listed:
            ex.sendJson(Http::HTTP_OK, codec::encode(result.value));
            return;
        case CandidatesStatus::NotFound:
            throw HttpError(Http::HTTP_NOT_FOUND, error::kNotFound, "no such case");
        case CandidatesStatus::Forbidden:
            throw HttpError(Http::HTTP_FORBIDDEN, error::kForbidden,
                            "you may not change the followers of this case", "followers");
        }
    });
}

} // namespace caseport::server::routes
