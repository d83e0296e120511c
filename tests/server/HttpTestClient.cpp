#include "HttpTestClient.h"

#include <Poco/Net/StreamSocket.h>
#include <Poco/Net/SocketAddress.h>
#include <Poco/Exception.h>

#include <Poco/InflatingStream.h>
#include <Poco/Net/HTTPClientSession.h>
#include <Poco/Net/HTTPRequest.h>
#include <Poco/Net/HTTPResponse.h>
#include <Poco/StreamCopier.h>
#include <Poco/String.h>

#include <sstream>

std::string HttpReply::header(const std::string& lowerName) const
{
    auto it = headers.find(lowerName);
    return it == headers.end() ? std::string() : it->second;
}

HttpTestClient::HttpTestClient(std::string host, std::uint16_t port)
    : m_host(std::move(host))
    , m_port(port)
{
}

HttpReply HttpTestClient::send(const HttpCall& call) const
{
    Poco::Net::HTTPClientSession session(m_host, m_port);
    session.setTimeout(Poco::Timespan(30, 0));
    Poco::Net::HTTPRequest request(call.method, call.path, Poco::Net::HTTPMessage::HTTP_1_1);
    if (!call.token.empty())
        request.set("Authorization", "Bearer " + call.token);
    for (const auto& [name, value] : call.headers)
        request.set(name, value);
    const bool hasBody = !call.body.empty() || call.method == "POST";
    if (hasBody) {
        if (!call.contentType.empty())
            request.setContentType(call.contentType);
        if (call.chunked)
            request.setChunkedTransferEncoding(true);
        else if (!request.has("Content-Length"))
            request.setContentLength64(static_cast<Poco::Int64>(call.body.size()));
    }
    std::ostream& out = session.sendRequest(request);
    if (hasBody)
        out << call.body;

    Poco::Net::HTTPResponse response;
    std::istream& in = session.receiveResponse(response);
    HttpReply reply;
    reply.status = static_cast<int>(response.getStatus());
    for (const auto& [name, value] : response)
        reply.headers[Poco::toLower(name)] = value;
    std::ostringstream body;
    if (Poco::icompare(response.get("Content-Encoding", ""), "gzip") == 0) {
        reply.gzipped = true;
        Poco::InflatingInputStream inflater(in, Poco::InflatingStreamBuf::STREAM_GZIP);
        Poco::StreamCopier::copyStream(inflater, body);
    } else {
        Poco::StreamCopier::copyStream(in, body);
    }
    reply.body = body.str();
    return reply;
}

HttpReply HttpTestClient::get(const std::string& path, const std::string& token) const
{
    HttpCall call;
    call.path = path;
    call.token = token;
    return send(call);
}

HttpReply HttpTestClient::post(const std::string& path, const std::string& body,
                               const std::string& token) const
{
    HttpCall call;
    call.method = "POST";
    call.path = path;
    call.body = body;
    call.token = token;
    return send(call);
}

std::string HttpTestClient::raw(const std::string& bytes) const
{
    Poco::Net::StreamSocket socket(Poco::Net::SocketAddress(m_host, m_port));
    socket.setReceiveTimeout(Poco::Timespan(20, 0));
    socket.sendBytes(bytes.data(), static_cast<int>(bytes.size()));
    std::string answer;
    char buffer[4096];
    try {
        for (int n = socket.receiveBytes(buffer, sizeof buffer); n > 0;
             n = socket.receiveBytes(buffer, sizeof buffer))
            answer.append(buffer, static_cast<std::size_t>(n));
    } catch (const Poco::Exception&) { // timeout or reset: return what arrived
    }
    return answer;
}

void HttpTestClient::sendAndClose(const std::string& bytes) const
{
    Poco::Net::StreamSocket socket(Poco::Net::SocketAddress(m_host, m_port));
    for (std::size_t sent = 0; sent < bytes.size();) {
        const int n = socket.sendBytes(bytes.data() + sent, static_cast<int>(bytes.size() - sent));
        if (n <= 0)
            break;
        sent += static_cast<std::size_t>(n);
    }
    socket.close();
}
