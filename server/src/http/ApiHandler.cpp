#include "http/ApiHandler.h"

#include "http/Exchange.h"
#include "http/HttpError.h"
#include "service/Services.h"

#include <Poco/Logger.h>
#include <Poco/Net/NetException.h>
#include <Poco/Net/HTTPServerRequest.h>
#include <Poco/Net/HTTPServerResponse.h>
#include <Poco/Stopwatch.h>

namespace caseport::server {

ApiHandler::ApiHandler(Services& services)
    : m_services(services)
{
}

void ApiHandler::handleRequest(Poco::Net::HTTPServerRequest& request,
                               Poco::Net::HTTPServerResponse& response)
{
    Poco::Stopwatch watch;
    watch.start();
    Poco::Logger& log = Poco::Logger::get("caseportd.http");
    Exchange exchange(request, response, m_services.config.current()->server.maxBodyBytes);
    try {
        try {
            handle(exchange);
        } catch (const HttpError& e) {
            exchange.sendError(e.status(), e.error(),
                               e.status() == Poco::Net::HTTPResponse::HTTP_UNAUTHORIZED);
        } catch (const CodecError& e) {
            exchange.sendError(Poco::Net::HTTPResponse::HTTP_BAD_REQUEST, e.toApiError());
        } catch (const Poco::Net::MessageException& e) { // malformed HTTP from the client
            response.setKeepAlive(false);
            exchange.sendError(Poco::Net::HTTPResponse::HTTP_BAD_REQUEST,
                               {error::kBadRequest, "malformed request: " + e.displayText(), {}, nullptr});
        } catch (const std::exception& e) {
            log.error("%s %s failed: %s", request.getMethod(), exchange.path(), std::string(e.what()));
            if (!exchange.sent())
                exchange.sendError(Poco::Net::HTTPResponse::HTTP_INTERNAL_SERVER_ERROR,
                                   {error::kInternal, "internal error", {}, nullptr});
        }
    } catch (const std::exception& e) { // the connection itself broke
        log.warning("%s %s: cannot answer: %s", request.getMethod(), exchange.path(),
                    std::string(e.what()));
    } catch (...) {
        log.error("%s %s: unknown exception", request.getMethod(), exchange.path());
    }
    log.information("%s %s %d %.1fms", request.getMethod(), exchange.path(), exchange.statusCode(),
                    static_cast<double>(watch.elapsed()) / 1000.0);
}

} // namespace caseport::server
