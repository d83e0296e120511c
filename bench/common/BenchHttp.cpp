#include "BenchHttp.h"

#include <Poco/Net/HTTPClientSession.h>
#include <Poco/Net/HTTPRequest.h>
#include <Poco/Net/HTTPResponse.h>
#include <Poco/StreamCopier.h>
#include <Poco/UUIDGenerator.h>
#include <nlohmann/json.hpp>

#include <stdexcept>

namespace caseport::bench {

BenchHttp::BenchHttp(const std::string& host, int port)
    : m_session(std::make_unique<Poco::Net::HTTPClientSession>(host, static_cast<Poco::UInt16>(port)))
{
    m_session->setKeepAlive(true);
    m_session->setTimeout(Poco::Timespan(60, 0));
}

BenchHttp::~BenchHttp() = default;

BenchHttp::Reply BenchHttp::request(const std::string& method, const std::string& path,
                                    const std::string& token, const std::string& jsonBody)
{
    Poco::Net::HTTPRequest request(method, path, Poco::Net::HTTPMessage::HTTP_1_1);
    request.setKeepAlive(true);
    if (!token.empty())
        request.set("Authorization", "Bearer " + token);
    if (!jsonBody.empty()) {
        request.setContentType("application/json");
        request.setContentLength(static_cast<std::streamsize>(jsonBody.size()));
    }
    std::ostream& out = m_session->sendRequest(request);
    out << jsonBody;
    Poco::Net::HTTPResponse response;
    std::istream& in = m_session->receiveResponse(response);
    Reply reply;
    reply.status = static_cast<int>(response.getStatus());
    Poco::StreamCopier::copyToString(in, reply.body);
    return reply;
}

std::string BenchHttp::login(const std::string& user, const std::string& password)
{
    const nlohmann::json body = {{"user", user}, {"password", password}};
    const Reply reply = request("POST", "/api/v1/session", {}, body.dump());
    if (reply.status != 201)
        throw std::runtime_error("login of " + user + " failed: " + std::to_string(reply.status)
                                 + " " + reply.body);
    return nlohmann::json::parse(reply.body).at("token").get<std::string>();
}

void BenchHttp::post(const std::string& token, const std::string& caseId, const std::string& text)
{
    const nlohmann::json body = {{"id", randomUuid()}, {"text", text}};
    const Reply reply = request("POST", "/api/v1/cases/" + caseId + "/posts", token, body.dump());
    if (reply.status != 201)
        throw std::runtime_error("post on " + caseId + " failed: " + std::to_string(reply.status)
                                 + " " + reply.body);
}

std::string randomUuid()
{
    return Poco::UUIDGenerator::defaultGenerator().createRandom().toString();
}

} // namespace caseport::bench
