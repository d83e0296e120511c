#include "auth/Authenticator.h"

#include "auth/PasswordHasher.h"
#include "auth/Tokens.h"
#include "config/Config.h"
#include "service/AccessDirectory.h"
#include "service/LiveConfig.h"
#include "store/Store.h"
#include "util/Time.h"

#include <algorithm>
#include <thread>

namespace caseport::server {
namespace {

// Holds one unit of a semaphore for its lifetime.
template <class Semaphore>
class Permit {
public:
    explicit Permit(Semaphore& semaphore)
        : m_semaphore(semaphore)
    {
        m_semaphore.acquire();
    }
    ~Permit() { m_semaphore.release(); }
    Permit(const Permit&) = delete;
    Permit& operator=(const Permit&) = delete;

private:
    Semaphore& m_semaphore;
};

} // namespace

Authenticator::Authenticator(const LiveConfig& config, Store& store, AccessDirectory& directory)
    : m_config(config)
    , m_store(store)
    , m_directory(directory)
    , m_dummyHash(hashPassword(base64Url(secureRandomBytes(16))))
    , m_verifications(std::clamp<std::ptrdiff_t>(std::thread::hardware_concurrency(), 1, 256))
{
}

LoginOutcome Authenticator::login(const LoginRequest& request, const std::string& address)
{
    const std::int64_t attemptAt = nowUnixSeconds();
    if (const std::int64_t wait = m_throttle.check(request.user, address, attemptAt); wait > 0)
        return {std::nullopt, wait};
    const auto config = m_config.current();
    const UserAccount* user = config->findUser(request.user);
    bool matches = false;
    {
        const Permit permit(m_verifications);
        matches = verifyPassword(request.password, user ? user->passwordHash : m_dummyHash);
    }
    if (!user || !matches) {
        m_throttle.recordFailure(request.user, address, attemptAt);
        return {};
    }
    m_throttle.recordSuccess(request.user, address);

    const std::int64_t now = nowUnixSeconds();
    m_store.purgeExpiredSessions(now);
    const std::string token = newSessionToken();
    SessionRecord record{sha256Hex(token), user->profile.id, now,
                         now + config->server.tokenTtlHours * 3600, false};
    m_store.createSession(record);
    return {SessionInfo{token, toRfc3339(record.expiresAt), user->profile}, 0};
}

std::optional<Caller> Authenticator::authenticate(const std::string& token)
{
    if (token.empty())
        return std::nullopt;
    const auto session = m_store.findSession(sha256Hex(token));
    if (!session || session->revoked || session->expiresAt <= nowUnixSeconds())
        return std::nullopt;
    auto config = m_config.current();
    const UserAccount* user = config->findUser(session->user);
    if (!user)
        return std::nullopt;
    access::Viewer viewer = m_directory.viewerOf(*config, *user);
    return Caller{user->profile, std::move(viewer), std::move(config)};
}

bool Authenticator::logout(const std::string& token)
{
    return !token.empty() && m_store.revokeSession(sha256Hex(token));
}

} // namespace caseport::server
