// The account file routes (docs/api.md, "Account files"): link an uploaded blob to an
// account or one of its objects, list the account's files, remove one. Each answers
// "no such account" to whoever may not know of the account.

#include "caseport/Codec.h"
#include "config/Config.h"
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

HttpError noSuchAccount()
{
    return HttpError(Http::HTTP_NOT_FOUND, error::kNotFound, "no such account");
}

// The refusals link and remove share, by the service's status.
HttpError refusal(const Caller& caller, const AccountFileResponse& result)
{
    switch (result.status) {
    case AccountFileStatus::NotFound:
        return noSuchAccount();
    case AccountFileStatus::Forbidden:
        return HttpError(Http::HTTP_FORBIDDEN, error::kForbidden,
                         "you may not add files here; ask the account's customer admin");
    case AccountFileStatus::Invalid:
        return HttpError(Http::HTTP_UNPROCESSABLE_ENTITY, error::kValidationFailed,
                         result.field + ": " + result.detail, result.field);
    case AccountFileStatus::UnsupportedType:
        return HttpError(Http::HTTP_UNSUPPORTED_MEDIA_TYPE, error::kUnsupportedMediaType,
                         "files of this type are not accepted: " + result.detail, "mime");
    case AccountFileStatus::TooLarge:
        return HttpError(Http::HTTP_REQUESTENTITYTOOLARGE, error::kPayloadTooLarge,
                         "a file of " + result.detail + " is over the limit of "
                             + std::to_string(caller.config->files.maxFileBytes) + " bytes",
                         "size");
    case AccountFileStatus::Conflict:
        return HttpError(Http::HTTP_CONFLICT, error::kConflict, result.detail, result.field);
    case AccountFileStatus::Created:
    case AccountFileStatus::Replayed:
    case AccountFileStatus::Removed:
        break; // not refusals
    }
    return HttpError(Http::HTTP_INTERNAL_SERVER_ERROR, error::kInternal, "unexpected outcome");
}

} // namespace

Handler linkAccountFile(Services& s, std::string account)
{
    return make(s, [account = std::move(account)](Services& svc, Exchange& ex) {
        const Caller caller = requireCaller(svc, ex);
        if (!AccountFileService::knowsAccount(caller, account))
            throw noSuchAccount(); // before reading the body: a stranger learns nothing more
        const auto draft = ex.readJson<NewAccountFile>();
        const AccountFileResponse result = svc.accountFiles.link(caller, account, draft, nowUnixSeconds());
        if (result.status == AccountFileStatus::Created)
            ex.sendJson(Http::HTTP_CREATED, codec::encode(result.value));
        else if (result.status == AccountFileStatus::Replayed)
            ex.sendJson(Http::HTTP_OK, codec::encode(result.value));
        else
            throw refusal(caller, result);
    });
}

Handler accountFiles(Services& s, std::string account)
{
    return make(s, [account = std::move(account)](Services& svc, Exchange& ex) {
        const Caller caller = requireCaller(svc, ex);
        const auto list = svc.accountFiles.list(caller, account);
        if (!list)
            throw noSuchAccount();
        ex.sendJson(Http::HTTP_OK, codec::encode(*list));
    });
}

Handler removeAccountFile(Services& s, std::string account, std::string id)
{
    return make(s, [account = std::move(account), id = std::move(id)](Services& svc, Exchange& ex) {
        const Caller caller = requireCaller(svc, ex);
        const AccountFileResponse result = svc.accountFiles.remove(caller, account, id, nowUnixSeconds());
        if (result.status == AccountFileStatus::Removed) {
            ex.sendNoContent();
            return;
        }
        if (result.status == AccountFileStatus::NotFound)
            throw HttpError(Http::HTTP_NOT_FOUND, error::kNotFound, "no such file");
        if (result.status == AccountFileStatus::Forbidden)
            throw HttpError(Http::HTTP_FORBIDDEN, error::kForbidden,
                            "only the person who added a file, the account's customer admin and staff remove it");
        throw refusal(caller, result);
    });
}

} // namespace caseport::server::routes
