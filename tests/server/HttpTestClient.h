#pragma once

// A blocking HTTP/1.1 client for tests over loopback (Poco::Net::HTTPClientSession),
// one connection per request so a server-closed connection never leaks into the next.

#include <cstdint>
#include <map>
#include <string>

struct HttpReply {
    int status = 0;
    std::string body; // already gunzipped when the reply was compressed
    std::map<std::string, std::string> headers; // names lower-cased
    bool gzipped = false;

    [[nodiscard]] std::string header(const std::string& lowerName) const;
};

struct HttpCall {
    std::string method = "GET";
    std::string path;
    std::string body;
    std::string contentType = "application/json";
    std::string token;
    std::map<std::string, std::string> headers;
    bool chunked = false;
};

class HttpTestClient {
public:
    HttpTestClient(std::string host, std::uint16_t port);

    [[nodiscard]] const std::string& host() const { return m_host; }
    [[nodiscard]] std::uint16_t port() const { return m_port; }

    [[nodiscard]] HttpReply send(const HttpCall& call) const;
    [[nodiscard]] HttpReply get(const std::string& path, const std::string& token = {}) const;
    [[nodiscard]] HttpReply post(const std::string& path, const std::string& body,
                                 const std::string& token = {}) const;
    // Writes `bytes` as they are on a fresh connection, then returns everything the
    // server sends until it closes the connection (or 20 s pass).
    [[nodiscard]] std::string raw(const std::string& bytes) const;

private:
    std::string m_host;
    std::uint16_t m_port;
};
