// The notice routes (docs/api.md, "Notices"): staff publish and withdraw operational
// notices. Reading them needs no route of its own: the catalog carries them.

#include "caseport/Codec.h"
#include "http/Exchange.h"
#include "http/HttpError.h"
#include "http/RouteHandler.h"
#include "http/Routes.h"
#include "service/Services.h"
#include "util/Time.h"

#include <Poco/Net/HTTPResponse.h>

namespace caseport::server::routes {
namespace {

using Http = Poco::Net::HTTPResponse;

HttpError staffOnly()
{
    return HttpError(Http::HTTP_FORBIDDEN, error::kForbidden, "only staff publish and withdraw notices");
}

} // namespace

Handler publishNotice(Services& s)
{
    return make(s, [](Services& svc, Exchange& ex) {
        const Caller caller = requireCaller(svc, ex);
        if (!caller.viewer.staff)
            throw staffOnly(); // before reading the body: a customer learns nothing more
        const auto draft = ex.readJson<NewNotice>();
        const NoticeResponse result = svc.notices.publish(caller, draft, nowUnixSeconds());
        switch (result.status) {
        case NoticeStatus::Created:
            ex.sendJson(Http::HTTP_CREATED, codec::encode(result.value));
            return;
        case NoticeStatus::Replayed:
            ex.sendJson(Http::HTTP_OK, codec::encode(result.value));
            return;
        case NoticeStatus::Forbidden:
            throw staffOnly();
        case NoticeStatus::Invalid:
            throw HttpError(Http::HTTP_UNPROCESSABLE_ENTITY, error::kValidationFailed,
                            result.problem.field + ": " + result.problem.message, result.problem.field);
        case NoticeStatus::Conflict:
            throw HttpError(Http::HTTP_CONFLICT, error::kConflict, "a different notice already has this id", "id");
        case NoticeStatus::Withdrawn:
        case NoticeStatus::NotFound:
        case NoticeStatus::ConfigManaged:
            break; // not answers to a publish
        }
        throw HttpError(Http::HTTP_INTERNAL_SERVER_ERROR, error::kInternal, "unexpected outcome");
    });
}

Handler withdrawNotice(Services& s, std::string id)
{
    return make(s, [id = std::move(id)](Services& svc, Exchange& ex) {
        const Caller caller = requireCaller(svc, ex);
        const NoticeResponse result = svc.notices.withdraw(caller, id, nowUnixSeconds());
        switch (result.status) {
        case NoticeStatus::Withdrawn:
            ex.sendNoContent();
            return;
        case NoticeStatus::Forbidden:
            throw staffOnly();
        case NoticeStatus::ConfigManaged:
            throw HttpError(Http::HTTP_FORBIDDEN, error::kConfigManaged,
                            "this notice is set in the server's configuration file; remove it there", "id");
        case NoticeStatus::NotFound:
            throw HttpError(Http::HTTP_NOT_FOUND, error::kNotFound, "no such notice");
        case NoticeStatus::Created:
        case NoticeStatus::Replayed:
        case NoticeStatus::Invalid:
        case NoticeStatus::Conflict:
            break;
        }
        throw HttpError(Http::HTTP_INTERNAL_SERVER_ERROR, error::kInternal, "unexpected outcome");
    });
}

} // namespace caseport::server::routes
