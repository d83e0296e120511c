#include "service/LiveConfig.h"

namespace caseport::server {

LiveConfig::LiveConfig(Config initial)
    : m_current(std::make_shared<const Config>(std::move(initial)))
{
}

std::shared_ptr<const Config> LiveConfig::current() const
{
    std::lock_guard lock(m_mutex);
    return m_current;
}

void LiveConfig::replace(Config next)
{
    auto fresh = std::make_shared<const Config>(std::move(next));
    std::lock_guard lock(m_mutex);
    m_current = std::move(fresh);
    ++m_generation;
}

std::uint64_t LiveConfig::generation() const
{
    std::lock_guard lock(m_mutex);
    return m_generation;
}

} // namespace caseport::server
