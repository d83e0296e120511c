#pragma once

// One request/response pair as a handler sees it: capped body reading, strict JSON
// decoding through the shared codec, bearer tokens, JSON (optionally gzip) replies,
// and streamed bodies both ways for blobs. Lives on the stack of one handler call; not
// thread-safe.

#include "caseport/ApiError.h"
#include "caseport/Codec.h"

#include <Poco/Net/HTTPResponse.h>
#include <Poco/Timespan.h>

#include <cstdint>
#include <functional>
#include <iosfwd>
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

    // What streamBody() read.
    struct StreamedBody {
        std::int64_t bytes = 0; // handed to the sink
        bool complete = false; // the body ended where its framing says it ends
        bool overflow = false; // the client sent more than `limit` bytes
    };
    using BodySink = std::function<void(const char* data, std::size_t size)>;
    // Per-read inactivity timeout of streamBody().
    static inline const Poco::Timespan kStreamInactivity{60, 0};

    // The body in pieces of up to 256 KiB, each handed to `sink` as it arrives: never
    // the whole body in memory, no max_body_bytes cap and no overall deadline (a 1 GiB
    // upload over a slow link takes what it takes) — instead each read waits at most
    // `inactivity` for the next bytes. Stops after `limit` bytes (more = overflow). A
    // body without framing is 411. A connection that breaks (reset, timeout, closed
    // early) or broken chunked framing ends it with complete == false; the connection
    // is then closed after the answer (if one can still reach the client). Exceptions
    // from the sink pass through.
    StreamedBody streamBody(const BodySink& sink, std::int64_t limit,
                            Poco::Timespan inactivity = kStreamInactivity);

    // A reply without a body (Content-Length: 0), headers as set on the response.
    void sendEmpty(Status status);
    // Headers with this Content-Length and type; the caller writes exactly that many
    // bytes to the stream (for HEAD requests nothing is sent, whatever is written).
    [[nodiscard]] std::ostream& sendStream(Status status, std::int64_t contentLength,
                                           const std::string& contentType);

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
