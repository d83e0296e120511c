#pragma once

// Login throttling (DESIGN §7): failed logins are counted per user and address, per
// user, and per address, each in a sliding window. Past a bucket's limit, attempts
// wait until its oldest failure leaves the window; they are refused before any Argon2
// work, so a password-guessing run costs the server almost nothing. Several buckets
// keep one attacker from locking a user out from everywhere (the per-user limit is
// higher than the per-user-and-address one). Thread-safe.

#include <cstdint>
#include <deque>
#include <mutex>
#include <string>
#include <unordered_map>

namespace caseport::server {

struct ThrottleLimits {
    int perUserAndAddress = 5;
    int perUser = 20;
    int perAddress = 50;
    std::int64_t windowSeconds = 15 * 60;
};

// Seconds until one more attempt is allowed, 0 = now. `failures` are Unix times,
// oldest first; only those inside (now - window, now] count.
[[nodiscard]] std::int64_t secondsUntilAllowed(const std::deque<std::int64_t>& failures, int limit,
                                               std::int64_t windowSeconds, std::int64_t now);

class LoginThrottle {
public:
    explicit LoginThrottle(ThrottleLimits limits = {});

    // 0 when an attempt for `user` from `address` may go ahead, else seconds to wait.
    [[nodiscard]] std::int64_t check(const std::string& user, const std::string& address,
                                     std::int64_t now);
    void recordFailure(const std::string& user, const std::string& address, std::int64_t now);
    // A right password clears the user's own buckets (not the address's).
    void recordSuccess(const std::string& user, const std::string& address);

private:
    void prune(std::int64_t now);

    ThrottleLimits m_limits;
    std::mutex m_mutex;
    std::unordered_map<std::string, std::deque<std::int64_t>> m_failures;
    std::uint64_t m_recorded = 0;
};

} // namespace caseport::server
