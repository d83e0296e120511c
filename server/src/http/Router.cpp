#include "http/Router.h"

#include "caseport/Protocol.h"
#include "http/Routes.h"

#include <Poco/Net/HTTPRequest.h>
#include <Poco/Net/HTTPRequestHandler.h>
#include <Poco/Net/HTTPServerRequest.h>

#include <string>

namespace caseport::server {

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
        if (path == protocol::kCasesPath)
            return method == HTTPRequest::HTTP_POST ? routes::createCase(s)
                                                    : routes::methodNotAllowed(s, "POST");
        const std::string casePrefix = std::string(protocol::kCasesPath) + "/";
        if (path.rfind(casePrefix, 0) == 0 && path.size() > casePrefix.size()
            && path.find('/', casePrefix.size()) == std::string::npos) {
            return method == HTTPRequest::HTTP_GET
                ? routes::getCase(s, path.substr(casePrefix.size()))
                : routes::methodNotAllowed(s, "GET");
        }
        return routes::notFound(s);
    };
    return pick().release();
}

} // namespace caseport::server
