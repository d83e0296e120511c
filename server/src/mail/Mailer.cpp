#include "mail/Mailer.h"

#include "service/Services.h"

namespace caseport::server::mail {

Mailer::Mailer(Services& services)
    : m_services(services)
    , m_sender(services.store, services.config)
    , m_planner(services.store, services.config, services.directory)
{
    m_planner.setPlannedListener([this] { m_sender.wake(); });
}

Mailer::~Mailer() { stop(); }

void Mailer::start()
{
    if (!m_listening) {
        m_services.notifier.add(this);
        m_listening = true;
    }
    m_sender.start();
    m_planner.start();
}

void Mailer::stop()
{
    if (m_listening) {
        m_services.notifier.remove(this); // returns once no call into us is running
        m_listening = false;
    }
    m_planner.stop();
    m_sender.stop();
}

void Mailer::wake()
{
    m_planner.wake();
    m_sender.wake();
}

} // namespace caseport::server::mail
