#pragma once

// One request/response pair as a handler sees it: capped body reading, strict JSON
// decoding through the shared codec, bearer tokens, JSON (optionally gzip) replies.
// Lives on the stack of one handler call; not thread-safe.

#include "caseport/ApiError.h"
#include "caseport/Codec.h"

#include <Poco/Net/HTTPResponse.h>

#include <cstdint>
#include <string>

namespace Poco::Net {
class HTTPServerRequest;
class HTTPServerResponse;
} // namespace Poco::Net

namespace caseport::server {

class Exchange {
public:
    using Status = Poco::Net::HTTPResponse::HTTPStatus;

    Exchange(Poco::Net::HTTPServerRequest& request, Poco::Net::HTTPServerResponse& response,
             std::int64_t maxBodyBytes);

    [[nodiscard]] Poco::Net::HTTPServerRequest& request() { return m_request; }
    [[nodiscard]] const std::string& path() const { return m_path; }
    // The decoded query parameter, or "" when absent.
    [[nodiscard]] std::string query(const std::string& name) const;
    // The token of "Authorization: Bearer <token>", or "".
    [[nodiscard]] std::string bearerToken() const;

    // The body, at most maxBodyBytes (413 beyond, whatever the framing).
    [[nodiscard]] std::string readBody();
    // readBody() after a 415 check for application/json, decoded strictly
    // (CodecError → 400 via ApiHandler).
    template <class T>
    [[nodiscard]] T readJson()
    {
        requireJsonContentType();
        return codec::decode<T>(readBody());
    }

    // A JSON reply, gzip-compressed when the client accepts it.
    void sendJson(Status status, const std::string& body, const std::string& etag = {});
    void sendNotModified(const std::string& etag);
    void sendNoContent();
    void sendError(Status status, const ApiError& error, bool challenge = false);
    // The connection was handed over (WebSocket upgrade, 101 already sent by Poco).
    void markSwitchedProtocols();

    [[nodiscard]] bool sent() const { return m_sent; }
    [[nodiscard]] int statusCode() const { return m_statusCode; }

private:
    void requireJsonContentType();
    void finishHeaders(Status status);
    // Reads and discards up to a bound of unread body; true if it all arrived.
    bool drainUnreadBody();

    Poco::Net::HTTPServerRequest& m_request;
    Poco::Net::HTTPServerResponse& m_response;
    std::int64_t m_maxBodyBytes;
    std::string m_path;
    std::string m_query;
    bool m_bodyRead = false;
    bool m_sent = false;
    int m_statusCode = 0;
};

} // namespace caseport::server
