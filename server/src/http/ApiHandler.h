#pragma once

// Base of every route handler: one instance per request (made by Router), so
// handlers keep no state between requests. Turns HttpError/CodecError/anything
// else into JSON errors, never lets an exception escape, logs one line per request.

#include <Poco/Net/HTTPRequestHandler.h>

namespace caseport::server {

class Exchange;
struct Services;

class ApiHandler : public Poco::Net::HTTPRequestHandler {
public:
    explicit ApiHandler(Services& services);

    void handleRequest(Poco::Net::HTTPServerRequest& request,
                       Poco::Net::HTTPServerResponse& response) final;

protected:
    virtual void handle(Exchange& exchange) = 0;
    [[nodiscard]] Services& services() { return m_services; }

private:
    Services& m_services;
};

} // namespace caseport::server
