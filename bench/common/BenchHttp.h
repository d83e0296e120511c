#pragma once

// A small blocking HTTP client for the benchmarks' side traffic (logins, the posts that
// trigger a change), over one keep-alive connection (Poco). Not for the traffic being
// measured. Not thread-safe: one instance per thread.

#include <memory>
#include <string>

namespace Poco::Net {
class HTTPClientSession;
}

namespace caseport::bench {

class BenchHttp {
public:
    BenchHttp(const std::string& host, int port);
    ~BenchHttp();
    BenchHttp(const BenchHttp&) = delete;
    BenchHttp& operator=(const BenchHttp&) = delete;

    struct Reply {
        int status = 0;
        std::string body;
    };
    Reply request(const std::string& method, const std::string& path, const std::string& token,
                  const std::string& jsonBody = {});

    // POST /api/v1/session; the token, or throws std::runtime_error.
    std::string login(const std::string& user, const std::string& password);
    // POST /api/v1/cases/{caseId}/posts with a fresh UUID; throws unless 201.
    void post(const std::string& token, const std::string& caseId, const std::string& text);

private:
    std::unique_ptr<Poco::Net::HTTPClientSession> m_session;
};

// A random (version 4) UUID in lower-case text.
[[nodiscard]] std::string randomUuid();

} // namespace caseport::bench
