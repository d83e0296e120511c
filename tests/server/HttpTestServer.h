#pragma once

// The real HTTP server from caseport-server-lib started in-process on 127.0.0.1:0
// with a temp data dir and a small config with real Argon2id hashes, plus the
// check helpers the HTTP tests share. One per test executable.

#include "HttpTestClient.h"

#include "caseport/Codec.h"
#include "config/Config.h"

#include <QTemporaryDir>
#include <QTest>

#include <cstdint>
#include <functional>
#include <memory>
#include <string>

namespace caseport::server {
class HttpServer;
class SqliteStore;
struct Services;
} // namespace caseport::server

inline constexpr std::int64_t kMaxBody = 8192; // the test config's max_body_bytes

// A POST /api/v1/cases body; extra is appended inside the object (",\"key\":…").
std::string newCaseJson(const std::string& id, const std::string& account = "acme",
                        const std::string& product = "payroll", const std::string& extra = {});

// Records a test failure unless reply is the JSON error given (field "" = not checked).
void verifyError(const HttpReply& reply, int status, const std::string& code,
                 const std::string& field);

// verifyError, then returns from the calling test if it failed.
#define VERIFY_ERROR(reply, expectedStatus, expectedCode, expectedField)                          \
    do {                                                                                          \
        verifyError(reply, expectedStatus, expectedCode, expectedField);                          \
        if (QTest::currentTestFailed())                                                           \
            return;                                                                               \
    } while (false)

class HttpTestServer {
public:
    HttpTestServer();
    ~HttpTestServer();

    // Writes the config, opens the store, starts the server, logs the four users in.
    // Returns false (with a qWarning) on any failure.
    bool start();
    void stop();

    [[nodiscard]] HttpTestClient& client() { return *m_client; }
    [[nodiscard]] caseport::server::SqliteStore& store() { return *m_store; }
    // POST /api/v1/session; the token, or "" when the login failed.
    std::string login(const std::string& user, const std::string& password);
    // The server's data directory (caseport.db, blobs/).
    [[nodiscard]] std::string dataDir() const { return m_config.server.dataDir; }
    // Changes the running configuration as a reload (SIGHUP) would, for the requests
    // that start afterwards.
    void reconfigure(const std::function<void(caseport::server::Config&)>& change);

    std::string anna, bo, dag, staff; // live tokens
    std::string expired, revoked; // tokens of an expired and of a revoked session

private:
    QTemporaryDir m_dir;
    caseport::server::Config m_config;
    std::unique_ptr<caseport::server::SqliteStore> m_store;
    std::unique_ptr<caseport::server::Services> m_services;
    std::unique_ptr<caseport::server::HttpServer> m_server;
    std::unique_ptr<HttpTestClient> m_client;
};
