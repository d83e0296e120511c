#pragma once

// Maps method + path to a fresh route handler (Poco owns and deletes it after the
// request). Called concurrently from the server's threads; holds no mutable state.

#include <Poco/Net/HTTPRequestHandlerFactory.h>

namespace caseport::server {

struct Services;

class Router final : public Poco::Net::HTTPRequestHandlerFactory {
public:
    explicit Router(Services& services); // services must outlive the router

    Poco::Net::HTTPRequestHandler* createRequestHandler(
        const Poco::Net::HTTPServerRequest& request) override;

private:
    Services& m_services;
};

} // namespace caseport::server
