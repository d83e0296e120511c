#pragma once

// caseportd's e-mail notifications as one piece: the planner and the sender threads,
// woken when the services commit a change (a ChangeListener on Services::notifier) and
// when mail was planned.
// start/stop/wake from the owner's thread; Services (and its Store) must outlive it.

#include "mail/MailPlanner.h"
#include "mail/MailSender.h"
#include "service/ChangeNotifier.h"

namespace caseport::server {
struct Services;
}

namespace caseport::server::mail {

class Mailer final : public ChangeListener {
public:
    explicit Mailer(Services& services);
    ~Mailer() override; // stop()
    Mailer(const Mailer&) = delete;
    Mailer& operator=(const Mailer&) = delete;

    void start();
    // No more wake-ups from the services; lets the page being planned and the message
    // being sent finish; joins both threads. Unsent mail stays in the outbox.
    void stop();
    // Look again now, e.g. after a reload changed [mail].
    void wake();

    // New posts (and, later, status changes) may mean mail to plan; access changes do not.
    void caseChanged(const access::CaseFacts&, bool) override { m_planner.wake(); }
    void accountFileChanged(const access::AccountFileFacts&) override {} // no mail about files
    void accessChanged(const std::string&) override {}
    void everythingChanged() override {}

private:
    Services& m_services;
    MailSender m_sender;
    MailPlanner m_planner;
    bool m_listening = false;
};

} // namespace caseport::server::mail
