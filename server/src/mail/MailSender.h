#pragma once

// Delivers the mail outbox over SMTP (Poco::Net::SMTPClientSession), one message per
// outbox row, and records each outcome in the store:
// - accepted by the server → sent;
// - the server is down, refuses for now (4xx) or the connection breaks → tried again
//   after retryDelay() (30 s doubling to an hour, with jitter; [mail] retry_seconds),
//   until the mail is [mail] give_up_hours old: then it is given up, logged and kept
//   with its last error;
// - the server rejects the recipient or the message for good (5xx) → given up at once.
// Unsent rows survive a restart and go out when due: at least once, never lost. A
// mail whose acceptance the sender did not see (a crash, or stop() cutting the wait for
// the server's reply) is sent again after the restart.
//
// Reads the [mail] settings afresh for every round, so a reload (SIGHUP) applies to
// the next round. Thread-safe: sendDue() runs on the sender's thread (start()) or, in
// tests, on the caller's; wake() from anywhere. Store and LiveConfig must outlive it.

#include "util/WorkerLoop.h"

#include <Poco/Net/StreamSocket.h>

#include <chrono>
#include <cstdint>
#include <memory>
#include <mutex>
#include <optional>
#include <random>

namespace Poco::Net {
class SMTPClientSession;
}

namespace caseport::server {
class LiveConfig;
class Store;
struct MailSettings;
} // namespace caseport::server

namespace caseport::server::mail {

// The wait after the `failures`-th failed attempt (1, 2, …): base · 2^(failures − 1),
// at most an hour (or base, when base is longer), times a jitter factor between 0.8 and
// 1.2 picked by `unit` in [0, 1), so that mails failing together do not retry together.
[[nodiscard]] std::chrono::milliseconds retryDelay(
    std::int64_t failures, std::chrono::seconds base, double unit);

class MailSender {
public:
    MailSender(Store& store, const LiveConfig& config);
    ~MailSender(); // stop()
    MailSender(const MailSender&) = delete;
    MailSender& operator=(const MailSender&) = delete;

    // Sends every mail due now; returns how many the server accepted. Does nothing
    // while mail is disabled.
    int sendDue();

    // The background thread: sends at once, then when the next pending mail is due, on
    // every wake(), and at least once a minute.
    void start();
    // Ends the round before the next mail; a connection waiting for the server is cut
    // (its mail stays due and goes out after the next start).
    void stop();
    void wake();

private:
    [[nodiscard]] std::chrono::milliseconds runStep();
    // Connects and logs in; throws Poco::Exception (or Stopping after stop()).
    [[nodiscard]] std::unique_ptr<Poco::Net::SMTPClientSession> open(const MailSettings& settings);
    // QUIT (best effort) and close the socket; `session` may be null.
    void close(std::unique_ptr<Poco::Net::SMTPClientSession>& session);
    [[nodiscard]] double jitterUnit();

    Store& m_store;
    const LiveConfig& m_config;
    std::mutex m_sending; // one sendDue() at a time
    std::mt19937_64 m_random;
    std::mutex m_connectionMutex;
    std::optional<Poco::Net::StreamSocket> m_connection; // the socket in use, if any
    WorkerLoop m_loop;
};

} // namespace caseport::server::mail
