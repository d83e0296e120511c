#include "http/Routes.h"

#include "Version.h"
#include "auth/Tokens.h"
#include "caseport/CaseRules.h"
#include "caseport/Codec.h"
#include "caseport/Protocol.h"
#include "config/Config.h"
#include "http/Exchange.h"
#include "http/HttpError.h"
#include "http/RouteHandler.h"
#include "service/CatalogBuilder.h"
#include "service/Services.h"
#include "util/Time.h"

#include <Poco/Net/HTTPServerRequest.h>
#include <Poco/Net/HTTPServerResponse.h>
#include <Poco/Net/NetException.h>
#include <Poco/Net/WebSocket.h>
#include <Poco/String.h>
#include <Poco/StringTokenizer.h>

#include <charconv>

namespace caseport::server::routes {
namespace {

using Http = Poco::Net::HTTPResponse;

// The 422's message: the problem's own sentence (a form's), else "field: code".
std::string problemMessage(const rules::FieldProblem& problem)
{
    return problem.message.empty() ? problem.field + ": " + problem.code : problem.message;
}

// A member of the account who is not its customer admin learns only "forbidden";
// anyone else learns nothing about the account, not even that it exists.
HttpError memberAccessDenied(const Caller& caller, const std::string& account)
{
    if (caller.viewer.membershipFor(account))
        return HttpError(Http::HTTP_FORBIDDEN, error::kForbidden,
                         "only the account's customer admin manages its members");
    return HttpError(Http::HTTP_NOT_FOUND, error::kNotFound, "no such account");
}

// 409 for an id already taken: the record's own ("id") or an attachment's.
HttpError conflict(const std::string& field, const std::string& record)
{
    if (field == "attachments")
        return HttpError(Http::HTTP_CONFLICT, error::kConflict,
                         "an attachment id belongs to another record", field);
    return HttpError(Http::HTTP_CONFLICT, error::kConflict,
                     "a different " + record + " already has this id", "id");
}

HttpError unsupportedAttachment(const std::string& type)
{
    return HttpError(Http::HTTP_UNSUPPORTED_MEDIA_TYPE, error::kUnsupportedMediaType,
                     "files of this type are not accepted: " + type, "attachments");
}

HttpError attachmentTooLarge(const Caller& caller, const std::string& size)
{
    return HttpError(Http::HTTP_REQUESTENTITYTOOLARGE, error::kPayloadTooLarge,
                     "an attachment of " + size + " is over the limit of "
                         + std::to_string(caller.config->files.maxFileBytes) + " bytes",
                     "attachments");
}

bool etagMatches(const std::string& header, const std::string& etag)
{
    Poco::StringTokenizer tags(header, ",", Poco::StringTokenizer::TOK_TRIM);
    for (const auto& tag : tags) {
        if (tag == "*" || tag == etag || tag == "W/" + etag)
            return true;
    }
    return false;
}

// The catalog this caller gets now, and its ETag: a hash of the body, so any change
// (a SIGHUP reload, the caller's access) gives a new one.
struct CatalogAnswer {
    std::string body;
    std::string etag;
};

CatalogAnswer catalogFor(Services& s, const Caller& caller)
{
    Catalog catalog = buildCatalog(*caller.config, caller);
    // Part of the body, so a notice published, withdrawn or expired changes the ETag.
    catalog.notices = s.notices.forCatalog(caller, nowUnixSeconds());
    // Likewise the files the caller may see: linking or removing one changes the ETag.
    catalog.files = s.accountFiles.forCatalog(caller);
    CatalogAnswer answer{codec::encode(catalog), {}};
    answer.etag = '"' + sha256Hex(answer.body).substr(0, 32) + '"';
    return answer;
}

} // namespace

Caller requireCaller(Services& s, Exchange& ex)
{
    auto caller = s.auth.authenticate(ex.bearerToken());
    if (!caller)
        throw HttpError(Http::HTTP_UNAUTHORIZED, error::kUnauthorized,
                        "a valid bearer token is required");
    return *caller;
}

Handler health(Services& s)
{
    return make(s, [](Services&, Exchange& ex) {
        const Health health{"ok", kServerVersion, protocol::kVersion};
        ex.sendJson(Http::HTTP_OK, codec::encode(health));
    });
}

Handler login(Services& s)
{
    return make(s, [](Services& svc, Exchange& ex) {
        const auto request = ex.readJson<LoginRequest>();
        const auto outcome =
            svc.auth.login(request, ex.request().clientAddress().host().toString());
        if (outcome.retryAfterSeconds > 0) {
            ex.request().response().set("Retry-After", std::to_string(outcome.retryAfterSeconds));
            throw HttpError(Http::HTTP_TOO_MANY_REQUESTS, error::kRateLimited,
                            "too many failed logins; try again in "
                                + std::to_string(outcome.retryAfterSeconds) + " s");
        }
        if (!outcome.session)
            throw HttpError(Http::HTTP_UNAUTHORIZED, error::kInvalidCredentials,
                            "unknown user or wrong password");
        ex.sendJson(Http::HTTP_CREATED, codec::encode(*outcome.session));
    });
}

Handler logout(Services& s)
{
    return make(s, [](Services& svc, Exchange& ex) {
        requireCaller(svc, ex);
        svc.auth.logout(ex.bearerToken());
        ex.sendNoContent();
    });
}

Handler catalog(Services& s)
{
    return make(s, [](Services& svc, Exchange& ex) {
        const Caller caller = requireCaller(svc, ex);
        const CatalogAnswer answer = catalogFor(svc, caller);
        if (etagMatches(ex.request().get("If-None-Match", ""), answer.etag))
            ex.sendNotModified(answer.etag);
        else
            ex.sendJson(Http::HTTP_OK, answer.body, answer.etag);
    });
}

Handler createCase(Services& s)
{
    return make(s, [](Services& svc, Exchange& ex) {
        const Caller caller = requireCaller(svc, ex);
        const auto draft = ex.readJson<NewCase>();
        CreateResponse result = svc.cases.create(caller, draft);
        switch (result.status) {
        case CreateStatus::Created:
            ex.sendJson(Http::HTTP_CREATED, codec::encode(result.value));
            return;
        case CreateStatus::Replayed:
            ex.sendJson(Http::HTTP_OK, codec::encode(result.value));
            return;
        case CreateStatus::Invalid:
            throw HttpError(Http::HTTP_UNPROCESSABLE_ENTITY, error::kValidationFailed,
                            problemMessage(result.problem), result.problem.field);
        case CreateStatus::Forbidden:
            if (!result.problem.field.empty())
                throw HttpError(Http::HTTP_FORBIDDEN, error::kForbidden,
                                "only staff may set " + result.problem.field, result.problem.field);
            throw HttpError(Http::HTTP_FORBIDDEN, error::kForbidden,
                            "you may not file cases on this account and product");
        case CreateStatus::Conflict:
            throw conflict(result.problem.field, "case");
        case CreateStatus::UnsupportedType:
            throw unsupportedAttachment(result.problem.code);
        case CreateStatus::TooLarge:
            throw attachmentTooLarge(caller, result.problem.code);
        }
    });
}

Handler getCase(Services& s, std::string id)
{
    return make(s, [id = std::move(id)](Services& svc, Exchange& ex) {
        const Caller caller = requireCaller(svc, ex);
        const auto found = svc.conversations.detail(caller, id);
        if (!found)
            throw HttpError(Http::HTTP_NOT_FOUND, error::kNotFound, "no such case");
        ex.sendJson(Http::HTTP_OK, codec::encode(*found));
    });
}

Handler updateCase(Services& s, std::string id)
{
    return make(s, [id = std::move(id)](Services& svc, Exchange& ex) {
        const Caller caller = requireCaller(svc, ex);
        const auto change = ex.readJson<CaseUpdate>();
        UpdateResponse result = svc.cases.update(caller, id, change);
        switch (result.status) {
        case UpdateStatus::Updated:
            ex.sendJson(Http::HTTP_OK, codec::encode(result.value));
            return;
        case UpdateStatus::NotFound:
            throw HttpError(Http::HTTP_NOT_FOUND, error::kNotFound, "no such case");
        case UpdateStatus::Forbidden:
            throw HttpError(Http::HTTP_FORBIDDEN, error::kForbidden,
                            result.problem.code == "closed"
                                ? "the case is closed; only staff change its " + result.problem.field
                                : "you may not change the " + result.problem.field + " of this case",
                            result.problem.field);
        case UpdateStatus::Invalid:
            throw HttpError(Http::HTTP_UNPROCESSABLE_ENTITY, error::kValidationFailed,
                            problemMessage(result.problem), result.problem.field);
        case UpdateStatus::TransitionNotAllowed:
            throw HttpError(Http::HTTP_UNPROCESSABLE_ENTITY, error::kTransitionNotAllowed,
                            result.message, "status");
        case UpdateStatus::Conflict:
            throw HttpError(Http::HTTP_CONFLICT, error::kVersionConflict,
                            "the case changed since version " + std::to_string(change.baseVersion),
                            "baseVersion")
                .withCurrent(codec::toJson(result.value));
        }
    });
}

Handler createPost(Services& s, std::string caseId)
{
    return make(s, [caseId = std::move(caseId)](Services& svc, Exchange& ex) {
        const Caller caller = requireCaller(svc, ex);
        const auto draft = ex.readJson<NewPost>();
        PostResponse result = svc.conversations.post(caller, caseId, draft);
        switch (result.status) {
        case PostStatus::Created:
            ex.sendJson(Http::HTTP_CREATED, codec::encode(result.value));
            return;
        case PostStatus::Replayed:
            ex.sendJson(Http::HTTP_OK, codec::encode(result.value));
            return;
        case PostStatus::NotFound:
            throw HttpError(Http::HTTP_NOT_FOUND, error::kNotFound, "no such case");
        case PostStatus::Forbidden:
            throw HttpError(Http::HTTP_FORBIDDEN, error::kForbidden,
                            "only staff write internal notes", "internal");
        case PostStatus::Invalid:
            throw HttpError(Http::HTTP_UNPROCESSABLE_ENTITY, error::kValidationFailed,
                            problemMessage(result.problem), result.problem.field);
        case PostStatus::Conflict:
            throw conflict(result.problem.field, "post");
        case PostStatus::UnsupportedType:
            throw unsupportedAttachment(result.problem.code);
        case PostStatus::TooLarge:
            throw attachmentTooLarge(caller, result.problem.code);
        case PostStatus::CaseClosed:
            throw HttpError(Http::HTTP_UNPROCESSABLE_ENTITY, error::kCaseClosed, result.message);
        }
    });
}

Handler changes(Services& s)
{
    return make(s, [](Services& svc, Exchange& ex) {
        const Caller caller = requireCaller(svc, ex);
        int limit = protocol::kDefaultChangesLimit;
        const std::string limitText = ex.query("limit");
        if (!limitText.empty()) {
            const char* end = limitText.data() + limitText.size();
            auto [ptr, ec] = std::from_chars(limitText.data(), end, limit);
            if (ec != std::errc() || ptr != end || limit < 1)
                throw HttpError(Http::HTTP_BAD_REQUEST, error::kInvalidField,
                                "limit must be a positive integer", "limit");
        }
        ChangeSet page = svc.cases.changes(caller, ex.query("since"), limit);
        // Lets the client skip the catalog call while its copy is current.
        page.catalogEtag = catalogFor(svc, caller).etag;
        ex.sendJson(Http::HTTP_OK, codec::encode(page));
    });
}

Handler members(Services& s, std::string account)
{
    return make(s, [account = std::move(account)](Services& svc, Exchange& ex) {
        const Caller caller = requireCaller(svc, ex);
        const auto list = svc.directory.members(*caller.config, caller.viewer, account);
        if (!list)
            throw memberAccessDenied(caller, account);
        ex.sendJson(Http::HTTP_OK, codec::encode(*list));
    });
}

Handler updateMember(Services& s, std::string account, std::string user)
{
    return make(s, [account = std::move(account), user = std::move(user)](Services& svc,
                                                                          Exchange& ex) {
        const Caller caller = requireCaller(svc, ex);
        const auto update = ex.readJson<MemberUpdate>();
        MemberEditResponse result = svc.directory.setLevels(
            *caller.config, caller.viewer, account, user, update, toRfc3339(nowUnixSeconds()));
        switch (result.status) {
        case MemberEditStatus::Updated:
            ex.sendJson(Http::HTTP_OK, codec::encode(result.value));
            return;
        case MemberEditStatus::NotFound:
            throw HttpError(Http::HTTP_NOT_FOUND, error::kNotFound, "no such member");
        case MemberEditStatus::Forbidden:
            throw HttpError(Http::HTTP_FORBIDDEN, error::kForbidden,
                            "you may not change this member's access");
        case MemberEditStatus::ConfigManaged:
            throw HttpError(Http::HTTP_FORBIDDEN, error::kConfigManaged,
                            "this level is set in the server's configuration file", result.field);
        case MemberEditStatus::Invalid:
            throw HttpError(Http::HTTP_UNPROCESSABLE_ENTITY, error::kValidationFailed,
                            result.field + ": unknown product", result.field);
        }
    });
}

Handler accessAudit(Services& s, std::string account)
{
    return make(s, [account = std::move(account)](Services& svc, Exchange& ex) {
        const Caller caller = requireCaller(svc, ex);
        const auto audit = svc.directory.audit(*caller.config, caller.viewer, account);
        if (!audit)
            throw memberAccessDenied(caller, account);
        ex.sendJson(Http::HTTP_OK, codec::encode(*audit));
    });
}

Handler events(Services& s)
{
    return make(s, [](Services& svc, Exchange& ex) {
        const Caller caller = requireCaller(svc, ex);
        if (Poco::icompare(ex.request().get("Upgrade", ""), "websocket") != 0)
            throw HttpError(Http::HTTP_BAD_REQUEST, error::kBadRequest,
                            "the events channel is a WebSocket: send Upgrade: websocket");
        try {
            Poco::Net::WebSocket socket(ex.request(), ex.request().response()); // answers 101
            ex.markSwitchedProtocols();
            svc.events.add(std::move(socket), caller.viewer);
        } catch (const Poco::Net::WebSocketException& e) {
            throw HttpError(Http::HTTP_BAD_REQUEST, error::kBadRequest,
                            "WebSocket handshake refused: " + e.displayText());
        }
    });
}

Handler notFound(Services& s)
{
    return make(s, [](Services&, Exchange& ex) {
        throw HttpError(Http::HTTP_NOT_FOUND, error::kNotFound, "no such resource: " + ex.path());
    });
}

Handler methodNotAllowed(Services& s, std::string allow)
{
    return make(s, [allow = std::move(allow)](Services&, Exchange& ex) {
        ex.request().response().set("Allow", allow);
        throw HttpError(Http::HTTP_METHOD_NOT_ALLOWED, error::kMethodNotAllowed,
                        ex.request().getMethod() + " is not allowed here; use " + allow);
    });
}

} // namespace caseport::server::routes
