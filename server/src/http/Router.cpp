#include "http/Router.h"

#include "caseport/Protocol.h"
#include "http/Routes.h"

#include <Poco/Net/HTTPRequest.h>
#include <Poco/Net/HTTPRequestHandler.h>
#include <Poco/Net/HTTPServerRequest.h>

#include <Poco/URI.h>

#include <optional>
#include <string>
#include <vector>

namespace caseport::server {
namespace {

// The percent-decoded, non-empty segments of `path` after `prefix` + "/", or nullopt
// when path does not start so or a segment is empty or badly encoded.
std::optional<std::vector<std::string>> segmentsAfter(const std::string& path,
                                                      const std::string& prefix)
{
    if (path.size() <= prefix.size() + 1 || path.compare(0, prefix.size(), prefix) != 0
        || path[prefix.size()] != '/')
        return std::nullopt;
    std::vector<std::string> segments;
    std::size_t start = prefix.size() + 1;
    while (true) {
        const std::size_t end = path.find('/', start);
        const std::string raw = path.substr(start, end == std::string::npos ? end : end - start);
        std::string decoded;
        try {
            Poco::URI::decode(raw, decoded);
        } catch (const Poco::Exception&) {
            return std::nullopt;
        }
        if (decoded.empty())
            return std::nullopt;
        segments.push_back(std::move(decoded));
        if (end == std::string::npos)
            return segments;
        start = end + 1;
    }
}

} // namespace

Router::Router(Services& services)
    : m_services(services)
{
}

Poco::Net::HTTPRequestHandler* Router::createRequestHandler(
    const Poco::Net::HTTPServerRequest& request)
{
    using Poco::Net::HTTPRequest;
    const std::string& uri = request.getURI();
    const std::string path = uri.substr(0, uri.find('?'));
    const std::string& method = request.getMethod();
    Services& s = m_services;

    auto pick = [&]() -> routes::Handler {
        if (path == protocol::kHealthPath)
            return method == HTTPRequest::HTTP_GET ? routes::health(s)
                                                   : routes::methodNotAllowed(s, "GET");
        if (path == protocol::kSessionPath) {
            if (method == HTTPRequest::HTTP_POST)
                return routes::login(s);
            if (method == HTTPRequest::HTTP_DELETE)
                return routes::logout(s);
            return routes::methodNotAllowed(s, "POST, DELETE");
        }
        if (path == protocol::kCatalogPath)
            return method == HTTPRequest::HTTP_GET ? routes::catalog(s)
                                                   : routes::methodNotAllowed(s, "GET");
        if (path == protocol::kChangesPath)
            return method == HTTPRequest::HTTP_GET ? routes::changes(s)
                                                   : routes::methodNotAllowed(s, "GET");
        if (path == protocol::kEventsPath)
            return method == HTTPRequest::HTTP_GET ? routes::events(s)
                                                   : routes::methodNotAllowed(s, "GET");
        if (path == protocol::kCasesPath)
            return method == HTTPRequest::HTTP_POST ? routes::createCase(s)
                                                    : routes::methodNotAllowed(s, "POST");
        const auto cases = segmentsAfter(path, protocol::kCasesPath);
        if (cases && cases->size() == 1) {
            if (method == HTTPRequest::HTTP_GET)
                return routes::getCase(s, cases->at(0));
            if (method == HTTPRequest::HTTP_PATCH)
                return routes::updateCase(s, cases->at(0));
            return routes::methodNotAllowed(s, "GET, PATCH");
        }
        if (cases && cases->size() == 2 && cases->at(1) == "posts")
            return method == HTTPRequest::HTTP_POST ? routes::createPost(s, cases->at(0))
                                                    : routes::methodNotAllowed(s, "POST");
        if (cases && cases->size() == 3 && cases->at(1) == "followers" && cases->at(2) == "eligible")
            return method == HTTPRequest::HTTP_GET ? routes::followerCandidates(s, cases->at(0))
                                                   : routes::methodNotAllowed(s, "GET");
        const auto blobs = segmentsAfter(path, protocol::kBlobsPath);
        if (blobs && blobs->size() == 1) {
            if (method == HTTPRequest::HTTP_PUT)
                return routes::uploadBlob(s, blobs->at(0));
            if (method == HTTPRequest::HTTP_HEAD)
                return routes::blobStatus(s, blobs->at(0));
            if (method == HTTPRequest::HTTP_GET)
                return routes::downloadBlob(s, blobs->at(0));
            return routes::methodNotAllowed(s, "GET, HEAD, PUT");
        }
        if (path == protocol::kNoticesPath)
            return method == HTTPRequest::HTTP_POST ? routes::publishNotice(s)
                                                    : routes::methodNotAllowed(s, "POST");
        const auto notices = segmentsAfter(path, protocol::kNoticesPath);
        if (notices && notices->size() == 1)
            return method == HTTPRequest::HTTP_DELETE ? routes::withdrawNotice(s, notices->at(0))
                                                      : routes::methodNotAllowed(s, "DELETE");
        const auto accounts = segmentsAfter(path, protocol::kAccountsPath);
        if (accounts && accounts->size() == 2 && accounts->at(1) == "members")
            return method == HTTPRequest::HTTP_GET ? routes::members(s, accounts->at(0))
                                                   : routes::methodNotAllowed(s, "GET");
        if (accounts && accounts->size() == 3 && accounts->at(1) == "members")
            return method == HTTPRequest::HTTP_PATCH
                ? routes::updateMember(s, accounts->at(0), accounts->at(2))
                : routes::methodNotAllowed(s, "PATCH");
        if (accounts && accounts->size() == 2 && accounts->at(1) == "files") {
            if (method == HTTPRequest::HTTP_GET)
                return routes::accountFiles(s, accounts->at(0));
            if (method == HTTPRequest::HTTP_POST)
                return routes::linkAccountFile(s, accounts->at(0));
            return routes::methodNotAllowed(s, "GET, POST");
        }
        if (accounts && accounts->size() == 3 && accounts->at(1) == "files")
            return method == HTTPRequest::HTTP_DELETE
                ? routes::removeAccountFile(s, accounts->at(0), accounts->at(2))
                : routes::methodNotAllowed(s, "DELETE");
        if (accounts && accounts->size() == 2 && accounts->at(1) == "audit")
            return method == HTTPRequest::HTTP_GET ? routes::accessAudit(s, accounts->at(0))
                                                   : routes::methodNotAllowed(s, "GET");
        return routes::notFound(s);
    };
    return pick().release();
}

} // namespace caseport::server
