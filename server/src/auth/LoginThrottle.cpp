#include "auth/LoginThrottle.h"

#include <algorithm>

namespace caseport::server {
namespace {

constexpr std::size_t kMaxTrackedKeys = 100'000; // bounds memory under a spray of names
constexpr std::uint64_t kPruneEvery = 1024;

std::string userKey(const std::string& user)
{
    return "u\n" + user;
}

std::string addressKey(const std::string& address)
{
    return "a\n" + address;
}

std::string pairKey(const std::string& user, const std::string& address)
{
    return "p\n" + user + "\n" + address;
}

} // namespace

std::int64_t secondsUntilAllowed(const std::deque<std::int64_t>& failures, int limit,
                                 std::int64_t windowSeconds, std::int64_t now)
{
    const auto inside = std::find_if(failures.begin(), failures.end(), [&](std::int64_t at) {
        return at > now - windowSeconds;
    });
    const auto counted = std::distance(inside, failures.end());
    if (limit <= 0 || counted < limit)
        return 0;
    // The attempt may go once enough failures have aged out to leave limit - 1.
    const std::int64_t freedAt = *(failures.end() - limit) + windowSeconds;
    return std::max<std::int64_t>(1, freedAt - now);
}

LoginThrottle::LoginThrottle(ThrottleLimits limits)
    : m_limits(limits)
{
}

std::int64_t LoginThrottle::check(const std::string& user, const std::string& address,
                                  std::int64_t now)
{
    std::lock_guard lock(m_mutex);
    std::int64_t wait = 0;
    const auto consider = [&](const std::string& key, int limit) {
        const auto it = m_failures.find(key);
        if (it != m_failures.end())
            wait = std::max(wait, secondsUntilAllowed(it->second, limit, m_limits.windowSeconds, now));
    };
    consider(pairKey(user, address), m_limits.perUserAndAddress);
    consider(userKey(user), m_limits.perUser);
    consider(addressKey(address), m_limits.perAddress);
    return wait;
}

void LoginThrottle::recordFailure(const std::string& user, const std::string& address,
                                  std::int64_t now)
{
    std::lock_guard lock(m_mutex);
    const auto add = [&](const std::string& key, int limit) {
        auto& failures = m_failures[key];
        failures.push_back(now);
        while (failures.size() > static_cast<std::size_t>(std::max(limit, 1)))
            failures.pop_front(); // only the newest `limit` can decide anything
    };
    add(pairKey(user, address), m_limits.perUserAndAddress);
    add(userKey(user), m_limits.perUser);
    add(addressKey(address), m_limits.perAddress);
    if (++m_recorded % kPruneEvery == 0 || m_failures.size() > kMaxTrackedKeys)
        prune(now);
}

void LoginThrottle::recordSuccess(const std::string& user, const std::string& address)
{
    std::lock_guard lock(m_mutex);
    m_failures.erase(pairKey(user, address));
    m_failures.erase(userKey(user));
}

void LoginThrottle::prune(std::int64_t now)
{
    std::erase_if(m_failures, [&](const auto& entry) {
        return entry.second.empty() || entry.second.back() <= now - m_limits.windowSeconds;
    });
    if (m_failures.size() > kMaxTrackedKeys)
        m_failures.clear(); // a flood of distinct names: forget rather than grow without end
}

} // namespace caseport::server
