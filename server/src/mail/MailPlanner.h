#pragma once

// Turns the change log into mail (DESIGN §7 "Mail"): reads the changes after its own
// cursor (kept in the store), decides who hears about each (mailRecipients), writes
// the texts in each recipient's language, and stores the outbox rows together with
// the new cursor in one transaction, so a crash neither loses nor repeats a planned
// mail. Sending is MailSender's job.
//
// What mails today: a receipt to the creator of every new case (any channel; for a case
// staff registered on a customer's behalf, the customer), the first time the planner
// sees the case; every new post (internal notes to staff only). A change of a
// case's status (PATCH /api/v1/cases/{id}) mails too: the planner remembers the status
// it last saw per case and mails when a later change of the case shows another one
// (several moves between two runs mail the last status only; moving away and back mails
// nothing). Closing mails the case's answer with it. Who changed the status is not
// recorded in the change log yet, so nobody is left out as its author: a creator who
// closes their own case gets the mail too.
// With [mail] enabled = false the cursor still moves and nothing is planned: turning
// mail on later does not mail about the past.
//
// Thread-safe: planPending() runs on the planner's thread (start()) or, in tests, on
// the caller's; wake() from anywhere. Store, LiveConfig and AccessDirectory must
// outlive it.

#include "mail/MailRecipients.h"
#include "store/MailRecords.h"
#include "util/WorkerLoop.h"

#include <functional>
#include <mutex>
#include <vector>

namespace caseport::server {
class AccessDirectory;
class LiveConfig;
class Store;
struct Config;
} // namespace caseport::server

namespace caseport::server::mail {

class MailPlanner {
public:
    MailPlanner(Store& store, const LiveConfig& config, AccessDirectory& directory);
    ~MailPlanner(); // stop()
    MailPlanner(const MailPlanner&) = delete;
    MailPlanner& operator=(const MailPlanner&) = delete;

    // Called on the planner's thread after mail was planned (e.g. wake the sender).
    // Set before start().
    void setPlannedListener(std::function<void()> listener);

    // Plans every change up to the log's head; returns how many mails it planned.
    // Throws StoreError when the store fails (nothing of the failed page is kept).
    int planPending();

    // The background thread: plans at once, then on every wake() and at least once a
    // minute (the safety net for changes nobody announced).
    void start();
    void stop(); // lets a page being planned finish
    void wake();

private:
    void plan(const Config& config, const MailSource& source, std::vector<PlannedMail>& mails,
        std::vector<CaseStatusMark>& marks);
    [[nodiscard]] std::vector<MailCandidate> candidatesFor(const Config& config, const Case& c);

    Store& m_store;
    const LiveConfig& m_config;
    AccessDirectory& m_directory;
    std::mutex m_planning; // one planPending() at a time
    std::function<void()> m_planned;
    WorkerLoop m_loop;
};

} // namespace caseport::server::mail
