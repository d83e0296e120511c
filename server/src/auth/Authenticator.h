#pragma once

// Logs users in against the config's Argon2id hashes, issues and checks bearer
// tokens (stored only as SHA-256 hex). Thread-safe: holds references only, to a
// LiveConfig, Store and AccessDirectory that must outlive it.

#include "auth/LoginThrottle.h"
#include "caseport/AccessPolicy.h"
#include "caseport/Session.h"
#include "caseport/User.h"

#include <memory>
#include <optional>
#include <semaphore>
#include <string>

namespace caseport::server {

struct Config;
class AccessDirectory;
class LiveConfig;
class Store;

// The authenticated user behind a request, with the configuration snapshot their
// access was read from; the request uses that snapshot to the end.
struct Caller {
    UserProfile profile;
    access::Viewer viewer;
    std::shared_ptr<const Config> config;
};

struct LoginOutcome {
    std::optional<SessionInfo> session; // set on success
    std::int64_t retryAfterSeconds = 0; // > 0: refused unchecked, too many failures
};

class Authenticator {
public:
    Authenticator(const LiveConfig& config, Store& store, AccessDirectory& directory);

    // A new session for matching credentials; no session otherwise. An unknown user
    // costs one Argon2id verification too, so timing does not reveal who exists. Too
    // many failures for the user or from the address refuse the attempt unchecked.
    [[nodiscard]] LoginOutcome login(const LoginRequest& request, const std::string& address);
    // The caller for a live (known, unexpired, unrevoked) token whose user is still
    // in the current config, with their access as of now.
    [[nodiscard]] std::optional<Caller> authenticate(const std::string& token);
    // Revokes the token's session; false if it was not live.
    bool logout(const std::string& token);

private:
    const LiveConfig& m_config;
    Store& m_store;
    AccessDirectory& m_directory;
    std::string m_dummyHash; // verified against for unknown users
    // Each Argon2id verification takes ~19 MiB and a core for tens of milliseconds: at
    // most one per core runs at a time, the rest queue, so a login flood cannot exhaust
    // memory or starve the other requests' threads of CPU.
    std::counting_semaphore<256> m_verifications;
    LoginThrottle m_throttle;
};

} // namespace caseport::server
