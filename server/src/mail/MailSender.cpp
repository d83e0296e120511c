#include "mail/MailSender.h"

#include "config/Config.h"
#include "mail/MailFormat.h"
#include "service/LiveConfig.h"
#include "store/Store.h"

#include "caseport/Backoff.h"

#include <Poco/Logger.h>
#include <Poco/Net/MailMessage.h>
#include <Poco/Net/NetException.h>
#include <Poco/Net/SMTPClientSession.h>
#include <Poco/Net/SocketAddress.h>
#include <Poco/Net/StreamSocket.h>

#include <algorithm>
#include <memory>
#include <sstream>
#include <stdexcept>

namespace caseport::server::mail {
namespace {

using Poco::Net::MailMessage;
using Poco::Net::SMTPClientSession;

constexpr int kBatch = 20; // mails per store read
constexpr std::chrono::milliseconds kIdle { 60'000 };
const Poco::Timespan kConnectTimeout(10, 0);
const Poco::Timespan kReplyTimeout(30, 0);

std::int64_t nowMillis()
{
    using namespace std::chrono;
    return duration_cast<milliseconds>(system_clock::now().time_since_epoch()).count();
}

Poco::Logger& logger() { return Poco::Logger::get("caseportd.mail"); }

// The server refused this one mail: for now (4xx, or a reply we did not expect) or for
// good (5xx to the recipient or the message).
class Refused : public std::runtime_error {
public:
    Refused(const std::string& what, bool permanent)
        : std::runtime_error(what)
        , m_permanent(permanent)
    {
    }
    [[nodiscard]] bool permanent() const { return m_permanent; }

private:
    bool m_permanent;
};

std::string oneLine(std::string text)
{
    std::replace_if(
        text.begin(), text.end(), [](char c) { return c == '\r' || c == '\n'; }, ' ');
    while (!text.empty() && text.back() == ' ')
        text.pop_back();
    return text;
}

// Anything that could end an SMTP command line or an address early has no place in one.
bool isSafeAddress(const std::string& address)
{
    return !address.empty() && std::none_of(address.begin(), address.end(), [](char c) {
        const auto u = static_cast<unsigned char>(c);
        return u <= 32 || u == 127 || c == '<' || c == '>';
    });
}

// Sends `command`; a reply outside 2xx is a Refused, permanent when 5xx and `mayBeFinal`.
void expectOk(SMTPClientSession& session, const std::string& command, bool mayBeFinal)
{
    std::string response;
    const int status = session.sendCommand(command, response);
    if (status / 100 != 2)
        throw Refused(command.substr(0, command.find(':')) + ": " + oneLine(response),
            mayBeFinal && status / 100 == 5);
}

// stop() was called while a mail was on its way: the mail stays as it is.
class Stopping : public std::runtime_error {
public:
    Stopping()
        : std::runtime_error("stopping")
    {
    }
};

// SMTP lines end in CRLF; only then are lines starting with '.' escaped on the way (a
// bare LF would pass a lone "." through and end the message early at some servers).
std::string withCrLf(const std::string& text)
{
    std::string out;
    out.reserve(text.size() + text.size() / 32);
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] == '\r') {
            out += "\r\n";
            if (i + 1 < text.size() && text[i + 1] == '\n')
                ++i;
        } else if (text[i] == '\n') {
            out += "\r\n";
        } else {
            out += text[i];
        }
    }
    return out;
}

std::string rawMessage(
    const MailSettings& settings, const OutboxMail& row, const std::string& epoch)
{
    const std::string domain = domainOf(settings.fromAddress);
    MailMessage message; // sets Date
    message.setSender(mailboxHeader(settings.fromName, settings.fromAddress));
    message.set("To", mailboxHeader(row.mail.toName, row.mail.toAddress));
    message.setSubject(encodeHeaderText(row.mail.subject));
    // Unique per outbox row and store: a resend after a crash carries the same id, so
    // mail programs can tell it is the same message.
    message.set(
        "Message-ID", "<caseport." + std::to_string(row.id) + "." + epoch + "@" + domain + ">");
    // Every mail about a case refers to one made-up root: mail programs thread them.
    message.set("References", "<case." + row.mail.caseId + "@" + domain + ">");
    message.set("Auto-Submitted", "auto-generated"); // RFC 3834: no auto-replies, please
    message.set("X-Auto-Response-Suppress", "All");
    message.set("Content-Language", row.mail.language);
    message.setContentType("text/plain; charset=UTF-8");
    message.setContent(withCrLf(row.mail.body), MailMessage::ENCODING_QUOTED_PRINTABLE);
    std::ostringstream raw;
    message.write(raw);
    return raw.str();
}

void deliver(SMTPClientSession& session, const MailSettings& settings, const OutboxMail& row,
    const std::string& epoch)
{
    if (!isSafeAddress(row.mail.toAddress))
        throw Refused("unusable recipient address '" + oneLine(row.mail.toAddress) + "'", true);
    // The sender address is ours (the config): its refusal is never the mail's fault.
    expectOk(session, "MAIL FROM:<" + settings.fromAddress + ">", false);
    expectOk(session, "RCPT TO:<" + row.mail.toAddress + ">", true);
    std::string response;
    const int status = session.sendCommand("DATA", response);
    if (status != 354)
        throw Refused("DATA: " + oneLine(response), status / 100 == 5);
    std::istringstream message(rawMessage(settings, row, epoch));
    try {
        session.sendMessage(message); // dot-stuffs, ends with "."
    } catch (const Poco::Net::SMTPException& e) {
        throw Refused("message: " + oneLine(e.message()), e.code() / 100 == 5);
    }
}

} // namespace

std::chrono::milliseconds retryDelay(std::int64_t failures, std::chrono::seconds base, double unit)
{
    return backoffDelay(std::max<std::int64_t>(failures - 1, 0), base, std::chrono::hours(1), unit);
}

MailSender::MailSender(Store& store, const LiveConfig& config)
    : m_store(store)
    , m_config(config)
    , m_random(std::random_device {}())
    , m_loop([this] { return runStep(); })
{
}

MailSender::~MailSender() { stop(); }

void MailSender::start() { m_loop.start(); }

void MailSender::wake() { m_loop.wake(); }

void MailSender::stop()
{
    m_loop.requestStop();
    {
        // A server that accepted the connection and then says nothing would hold the
        // thread for the whole reply timeout: cut the wait short.
        std::lock_guard lock(m_connectionMutex);
        if (m_connection) {
            try {
                m_connection->shutdown();
            } catch (const Poco::Exception&) { // not connected (yet): nothing to cut
            }
        }
    }
    m_loop.stop();
}

std::unique_ptr<SMTPClientSession> MailSender::open(const MailSettings& settings)
{
    const Poco::Net::SocketAddress address(settings.smtpHost, settings.smtpPort);
    Poco::Net::StreamSocket socket(address.family());
    {
        std::lock_guard lock(m_connectionMutex);
        if (m_loop.stopping())
            throw Stopping();
        m_connection = socket; // the same socket: stop() may shut it down
    }
    try {
        socket.connect(address, kConnectTimeout);
        auto session = std::make_unique<SMTPClientSession>(socket);
        session->setTimeout(kReplyTimeout);
        if (settings.username.empty())
            session->login();
        else
            session->login(
                settings.authLogin ? SMTPClientSession::AUTH_LOGIN : SMTPClientSession::AUTH_PLAIN,
                settings.username, settings.password);
        return session;
    } catch (...) {
        std::unique_ptr<SMTPClientSession> none;
        close(none);
        throw;
    }
}

void MailSender::close(std::unique_ptr<SMTPClientSession>& session)
{
    if (session) {
        try {
            std::string response;
            session->sendCommand("QUIT", response);
        } catch (const Poco::Exception&) { // the connection is going anyway
        }
    }
    {
        // Closed only here, under the lock, so stop() never touches a closed socket.
        std::lock_guard lock(m_connectionMutex);
        if (m_connection) {
            m_connection->close();
            m_connection.reset();
        }
    }
    session.reset(); // finds its socket closed: sends nothing more
}

double MailSender::jitterUnit()
{
    return std::uniform_real_distribution<double>(0.0, 1.0)(m_random);
}

int MailSender::sendDue()
{
    std::lock_guard lock(m_sending);
    const auto config = m_config.current();
    const MailSettings& settings = config->mail;
    if (!settings.enabled)
        return 0;
    const std::string epoch = m_store.epoch();
    const std::string server = settings.smtpHost + ":" + std::to_string(settings.smtpPort);
    int sent = 0;
    int retrying = 0;
    std::string firstError;
    std::unique_ptr<SMTPClientSession> session;

    auto failed = [&](const OutboxMail& row, const std::string& error, bool permanent) {
        const std::int64_t now = nowMillis();
        if (permanent || now - row.createdAt >= settings.giveUpHours * 3'600'000) {
            m_store.markMailFailed(row.id, error);
            logger().warning("mail %Ld to %s given up after %Ld attempt(s): %s", row.id,
                row.mail.toAddress, row.attempts + 1, error);
            return;
        }
        const auto delay = retryDelay(
            row.attempts + 1, std::chrono::seconds(settings.retrySeconds), jitterUnit());
        m_store.markMailRetry(row.id, now + delay.count(), error);
        if (retrying++ == 0)
            firstError = error;
    };

    bool down = false; // connecting or logging in failed: no use trying more this round
    std::string downError;
    while (!down) {
        const std::vector<OutboxMail> due = m_store.dueMail(nowMillis(), kBatch);
        if (due.empty())
            break;
        for (const OutboxMail& row : due) {
            if (m_loop.stopping())
                break;
            if (!down && !session) {
                try {
                    session = open(settings);
                } catch (const Stopping&) {
                    break;
                } catch (const Poco::Exception& e) {
                    if (m_loop.stopping())
                        break;
                    down = true;
                    downError = "mail server " + server + ": " + oneLine(e.displayText());
                }
            }
            if (down) { // this batch waits for its retry times; later ones for the next round
                failed(row, downError, false);
                continue;
            }
            try {
                deliver(*session, settings, row, epoch);
                m_store.markMailSent(row.id, nowMillis());
                ++sent;
                continue;
            } catch (const Refused& e) {
                failed(row, e.what(), e.permanent());
            } catch (const Poco::Exception& e) { // the connection broke: this mail is unsent
                if (m_loop.stopping())
                    break; // cut by stop(): not the server's fault, due again at once
                failed(row, "sending to " + server + ": " + oneLine(e.displayText()), false);
            }
            close(session); // start the next mail on a fresh connection
        }
        if (m_loop.stopping())
            break;
    }
    close(session);
    if (retrying > 0)
        logger().warning("%d mail(s) not sent, trying again later: %s", retrying, firstError);
    if (sent > 0)
        logger().information("sent %d mail(s)", sent);
    return sent;
}

std::chrono::milliseconds MailSender::runStep()
{
    try {
        sendDue();
        if (!m_config.current()->mail.enabled)
            return kIdle;
        const auto next = m_store.nextMailAttemptAt();
        if (!next)
            return kIdle;
        return std::clamp(
            std::chrono::milliseconds(*next - nowMillis()), std::chrono::milliseconds(0), kIdle);
    } catch (const std::exception& e) {
        logger().error("sending mail failed: %s", std::string(e.what()));
        return kIdle;
    }
}

} // namespace caseport::server::mail
