#include "service/ChangeNotifier.h"

#include <algorithm>
#include <mutex>

namespace caseport::server {

void ChangeNotifier::add(ChangeListener* listener)
{
    std::unique_lock lock(m_mutex);
    m_listeners.push_back(listener);
}

void ChangeNotifier::remove(ChangeListener* listener)
{
    std::unique_lock lock(m_mutex);
    std::erase(m_listeners, listener);
}

void ChangeNotifier::caseChanged(const access::CaseFacts& facts, bool staffOnly)
{
    std::shared_lock lock(m_mutex);
    for (ChangeListener* listener : m_listeners)
        listener->caseChanged(facts, staffOnly);
}

void ChangeNotifier::accountFileChanged(const access::AccountFileFacts& facts)
{
    std::shared_lock lock(m_mutex);
    for (ChangeListener* listener : m_listeners)
        listener->accountFileChanged(facts);
}

void ChangeNotifier::accessChanged(const std::string& user)
{
    std::shared_lock lock(m_mutex);
    for (ChangeListener* listener : m_listeners)
        listener->accessChanged(user);
}

void ChangeNotifier::everythingChanged()
{
    std::shared_lock lock(m_mutex);
    for (ChangeListener* listener : m_listeners)
        listener->everythingChanged();
}

} // namespace caseport::server
