#pragma once

// caseportd's e-mail notifications as one piece: the planner and the sender threads,
// woken when the services write (Services::changed) and when mail was planned.
// start/stop/wake from the owner's thread; Services (and its Store) must outlive it.

#include "mail/MailPlanner.h"
#include "mail/MailSender.h"

namespace caseport::server {
struct Services;
}

namespace caseport::server::mail {

class Mailer {
public:
    explicit Mailer(Services& services);
    ~Mailer(); // stop()
    Mailer(const Mailer&) = delete;
    Mailer& operator=(const Mailer&) = delete;

    void start();
    // No more wake-ups from the services; lets the page being planned and the message
    // being sent finish; joins both threads. Unsent mail stays in the outbox.
    void stop();
    // Look again now, e.g. after a reload changed [mail].
    void wake();

private:
    Services& m_services;
    MailSender m_sender;
    MailPlanner m_planner;
    int m_subscription = 0;
};

} // namespace caseport::server::mail
