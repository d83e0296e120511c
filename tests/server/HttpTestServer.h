#pragma once

// The real HTTP server from caseport-server-lib started in-process on 127.0.0.1:0
// with a temp data dir and a small config with real Argon2id hashes, plus the
// check helpers the HTTP tests share. One per test executable.

#include "HttpTestClient.h"

#include "caseport/AccessPolicy.h"
#include "caseport/ChangeSet.h"
#include "caseport/Codec.h"
#include "config/Config.h"

#include <QTemporaryDir>
#include <QTest>

#include <cstdint>
#include <map>
#include <memory>
#include <string>
#include <vector>

namespace caseport::server {
class HttpServer;
class SqliteStore;
struct Services;
} // namespace caseport::server

inline constexpr std::int64_t kMaxBody = 8192; // the test config's max_body_bytes

// A user of the test config. Products: payroll, hr, time; accounts: acme (objects
// aarhus, odense) and nordic. Levels the config names are config-managed; time is
// named for nobody, so customer admins may set it.
struct TestUser {
    std::string name; // short name used in test rows: "anna"
    std::string email; // the user id
    std::string password;
};

// anna    acme: payroll full, hr full; acme's customer admin
// bo      acme: payroll limited, hr none
// nils    acme: payroll none, hr limited
// cecilie acme: payroll full, objects ["aarhus"]
// erik    acme: payroll full, hr limited
// dag     nordic: payroll full; nordic's customer admin
// staff   staff, no membership
// sten    staff with an acme membership (payroll full)
[[nodiscard]] const std::vector<TestUser>& testUsers();
// The e-mail of a test user by short name; the name itself if it is not one.
[[nodiscard]] std::string emailOf(const std::string& name);

// A POST /api/v1/cases body; extra is appended inside the object (",\"key\":…").
std::string newCaseJson(const std::string& id, const std::string& account = "acme",
                        const std::string& product = "payroll", const std::string& extra = {});

// A PATCH /api/v1/cases/{id} body.
[[nodiscard]] std::string caseUpdateJson(const caseport::CaseUpdate& update);

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

// True if ids contains id.
[[nodiscard]] bool containsId(const std::vector<std::string>& ids, const std::string& id);
// The ids of the cases of a change set, in order.
[[nodiscard]] std::vector<std::string> caseIds(const caseport::ChangeSet& changes);

class HttpTestServer {
public:
    HttpTestServer();
    ~HttpTestServer();

    // Writes the config, opens the store, starts the server, logs every test user in.
    // Returns false (with a qWarning) on any failure.
    bool start();
    void stop();

    [[nodiscard]] HttpTestClient& client() { return *m_client; }
    [[nodiscard]] caseport::server::SqliteStore& store() { return *m_store; }
    [[nodiscard]] caseport::server::Services& services() { return *m_services; }
    // POST /api/v1/session; the token, or "" when the login failed.
    std::string login(const std::string& user, const std::string& password);

    // The live token of a test user by short name (testUsers()); "" for anyone else.
    [[nodiscard]] std::string token(const std::string& name) const;

    // The configuration requests see now.
    [[nodiscard]] caseport::server::Config config() const;
    // Replaces it as a SIGHUP reload does; takes effect for the next request.
    void replaceConfig(caseport::server::Config next);
    // The user's effective access right now (config + portal levels), as the server's
    // AccessDirectory computes it for their requests. A user the config does not know
    // gets an empty Viewer with their id.
    [[nodiscard]] caseport::access::Viewer viewerOf(const std::string& name);
    // What the current config says about `name` as a member of `account`.
    [[nodiscard]] caseport::access::MemberFacts memberFactsOf(const std::string& name,
                                                            const std::string& account) const;

    // GET /api/v1/changes from `since` until `more` is false, every page merged into one
    // (cases, removed ids, the last cursor; reset if the first page said so). Records a
    // test failure on any non-200 page.
    [[nodiscard]] caseport::ChangeSet syncAll(const std::string& token, const std::string& since);

    std::string anna, bo, dag, staff; // live tokens (also in token())
    std::string expired, revoked; // tokens of an expired and of a revoked session

private:
    QTemporaryDir m_dir;
    caseport::server::Config m_initial;
    std::map<std::string, std::string> m_tokens; // short name → token
    std::unique_ptr<caseport::server::SqliteStore> m_store;
    std::unique_ptr<caseport::server::Services> m_services;
    std::unique_ptr<caseport::server::HttpServer> m_server;
    std::unique_ptr<HttpTestClient> m_client;
};
