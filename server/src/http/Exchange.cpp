#include "http/Exchange.h"

#include "http/HttpError.h"

#include <Poco/DeflatingStream.h>
#include <Poco/Exception.h>
#include <Poco/Net/NetException.h>
#include <Poco/Timespan.h>
#include <Poco/Timestamp.h>
#include <Poco/Net/HTTPServerRequest.h>
#include <Poco/Net/HTTPServerResponse.h>
#include <Poco/String.h>
#include <Poco/URI.h>

#include <sstream>

namespace caseport::server {
namespace {

constexpr const char* kJsonType = "application/json; charset=utf-8";
// Upper bounds on how long one request may keep a worker reading its body; each read
// is also bounded by the server's socket timeout.
const Poco::Timespan kBodyDeadline(30, 0);
const Poco::Timespan kDrainDeadline(2, 0);

bool acceptsGzip(const Poco::Net::HTTPServerRequest& request)
{
    const std::string accept = Poco::toLower(request.get("Accept-Encoding", ""));
    return accept.find("gzip") != std::string::npos;
}

std::string gzip(const std::string& body)
{
    std::ostringstream out;
    Poco::DeflatingOutputStream deflater(out, Poco::DeflatingStreamBuf::STREAM_GZIP);
    deflater << body;
    deflater.close();
    return out.str();
}

} // namespace

Exchange::Exchange(Poco::Net::HTTPServerRequest& request, Poco::Net::HTTPServerResponse& response,
                   std::int64_t maxBodyBytes)
    : m_request(request)
    , m_response(response)
    , m_maxBodyBytes(maxBodyBytes)
{
    const std::string& uri = request.getURI();
    const auto mark = uri.find('?');
    m_path = uri.substr(0, mark);
    if (mark != std::string::npos)
        m_query = uri.substr(mark + 1);
}

std::string Exchange::query(const std::string& name) const
{
    Poco::URI::QueryParameters parameters;
    try {
        parameters = Poco::URI("/?" + m_query).getQueryParameters();
    } catch (const Poco::SyntaxException&) {
        throw HttpError(Poco::Net::HTTPResponse::HTTP_BAD_REQUEST, error::kBadRequest,
                        "the query string is not valid percent-encoding");
    }
    for (const auto& [key, value] : parameters) {
        if (key == name)
            return value;
    }
    return {};
}

std::string Exchange::bearerToken() const
{
    const std::string header = m_request.get("Authorization", "");
    constexpr std::string_view kScheme = "bearer ";
    if (header.size() <= kScheme.size() || Poco::toLower(header.substr(0, kScheme.size())) != kScheme)
        return {};
    return Poco::trim(header.substr(kScheme.size()));
}

void Exchange::requireJsonContentType()
{
    const std::string type = Poco::toLower(m_request.getContentType());
    const std::string base = Poco::trim(type.substr(0, type.find(';')));
    if (base != "application/json")
        throw HttpError(Poco::Net::HTTPResponse::HTTP_UNSUPPORTED_MEDIA_TYPE,
                        error::kUnsupportedMediaType, "Content-Type must be application/json");
}

std::string Exchange::readBody()
{
    const auto tooLarge = [this] {
        return HttpError(Poco::Net::HTTPResponse::HTTP_REQUESTENTITYTOOLARGE, error::kPayloadTooLarge,
                         "request body exceeds " + std::to_string(m_maxBodyBytes) + " bytes");
    };
    if (m_request.hasContentLength() && m_request.getContentLength64() > m_maxBodyBytes)
        throw tooLarge();
    // Without a length or chunking the body ends only when the client closes: refuse it,
    // a worker thread must not wait on a client that never finishes.
    if (!m_request.hasContentLength() && !m_request.getChunkedTransferEncoding()) {
        m_bodyRead = true; // nothing framed to drain
        throw HttpError(Poco::Net::HTTPResponse::HTTP_LENGTH_REQUIRED, error::kLengthRequired,
                        "a request body needs Content-Length or chunked transfer encoding");
    }
    const Poco::Timestamp started;
    std::string body;
    std::istream& in = m_request.stream();
    char buffer[16384];
    try {
        while (in) {
            in.read(buffer, sizeof buffer);
            body.append(buffer, static_cast<std::size_t>(in.gcount()));
            if (static_cast<std::int64_t>(body.size()) > m_maxBodyBytes)
                throw tooLarge();
            if (started.isElapsed(kBodyDeadline.totalMicroseconds())) {
                m_response.setKeepAlive(false);
                throw HttpError(Poco::Net::HTTPResponse::HTTP_REQUEST_TIMEOUT,
                                error::kRequestTimeout, "the request body arrived too slowly");
            }
        }
    } catch (const Poco::Net::MessageException& e) { // e.g. broken chunked framing
        m_response.setKeepAlive(false);
        m_bodyRead = true;
        throw HttpError(Poco::Net::HTTPResponse::HTTP_BAD_REQUEST, error::kBadRequest,
                        "malformed request body: " + e.displayText());
    }
    m_bodyRead = true;
    return body;
}

bool Exchange::drainUnreadBody()
{
    // Reading a bounded amount of what the client still sends lets the connection
    // close gracefully (unread data would make the kernel answer with a reset that
    // can swallow our error response) without letting a client tie us up.
    constexpr std::int64_t kDrainLimit = 256 * 1024;
    std::istream& in = m_request.stream();
    char buffer[16384];
    std::int64_t drained = 0;
    const Poco::Timestamp started;
    try {
        while (in && drained <= kDrainLimit && !started.isElapsed(kDrainDeadline.totalMicroseconds())) {
            in.read(buffer, sizeof buffer);
            drained += in.gcount();
        }
    } catch (const std::exception&) {
        return false;
    }
    m_bodyRead = in.eof() && drained <= kDrainLimit;
    if (!m_bodyRead)
        m_response.setKeepAlive(false);
    return m_bodyRead;
}

void Exchange::finishHeaders(Status status)
{
    m_response.setStatusAndReason(status);
    m_statusCode = static_cast<int>(status);
    const bool hasBody = m_request.getChunkedTransferEncoding()
        || (m_request.hasContentLength() && m_request.getContentLength64() > 0);
    if (hasBody && !m_bodyRead && !drainUnreadBody())
        m_response.setKeepAlive(false); // the rest would be parsed as the next request
    m_sent = true;
}

void Exchange::sendJson(Status status, const std::string& body, const std::string& etag)
{
    finishHeaders(status);
    m_response.setContentType(kJsonType);
    m_response.set("Vary", "Accept-Encoding");
    if (!etag.empty())
        m_response.set("ETag", etag);
    if (acceptsGzip(m_request) && body.size() > 256) {
        const std::string packed = gzip(body);
        m_response.set("Content-Encoding", "gzip");
        m_response.sendBuffer(packed.data(), packed.size());
    } else {
        m_response.sendBuffer(body.data(), body.size());
    }
}

void Exchange::sendNotModified(const std::string& etag)
{
    finishHeaders(Poco::Net::HTTPResponse::HTTP_NOT_MODIFIED);
    m_response.set("ETag", etag);
    m_response.setContentLength(0);
    m_response.send();
}

void Exchange::sendNoContent()
{
    finishHeaders(Poco::Net::HTTPResponse::HTTP_NO_CONTENT);
    m_response.setContentLength(0);
    m_response.send();
}

void Exchange::markSwitchedProtocols()
{
    m_sent = true;
    m_statusCode = Poco::Net::HTTPResponse::HTTP_SWITCHING_PROTOCOLS;
}

void Exchange::sendError(Status status, const ApiError& error, bool challenge)
{
    if (challenge)
        m_response.set("WWW-Authenticate", "Bearer realm=\"caseport\"");
    sendJson(status, codec::encode(error));
}

} // namespace caseport::server
