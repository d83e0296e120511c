#include "events/EventHub.h"

#include <Poco/Logger.h>
#include <Poco/Net/NetException.h>
#include <Poco/Net/SocketAddress.h>

#include <algorithm>

namespace caseport::server {
namespace {

const std::string kChanged = R"({"type":"changed"})";
// Sent once a connection is registered: from then on no change is missed, so the
// client syncs now to catch up with what happened while it was away.
const std::string kReady = R"({"type":"ready"})";
const Poco::Timespan kHeartbeatEvery(30, 0);
const Poco::Timespan kSilenceLimit(95, 0); // three missed heartbeats
const Poco::Timespan kSendTimeout(2, 0);

// FIN with an opcode, without mixing the two enumerations in one expression.
int finalFrame(int opcode)
{
    return static_cast<int>(Poco::Net::WebSocket::FRAME_FLAG_FIN) | opcode;
}
constexpr int kMaxIncomingFrame = 4096; // clients only answer pings and say goodbye

Poco::Logger& log()
{
    return Poco::Logger::get("caseportd.events");
}

} // namespace

EventHub::EventHub(ViewerLookup lookup)
    : m_lookup(std::move(lookup))
    , m_wakeReceiver(Poco::Net::SocketAddress("127.0.0.1", 0))
{
    m_wakeSender.connect(m_wakeReceiver.address());
    m_wakeReceiver.setBlocking(false);
    m_poll.add(m_wakeReceiver, Poco::Net::PollSet::POLL_READ);
}

EventHub::~EventHub()
{
    stop();
}

void EventHub::start()
{
    m_stopping = false;
    m_thread = std::thread([this] { run(); });
}

void EventHub::stop()
{
    if (!m_thread.joinable())
        return;
    m_stopping = true;
    wake();
    m_thread.join();
}

void EventHub::wake()
{
    try {
        const char byte = 1;
        m_wakeSender.sendBytes(&byte, 1);
    } catch (const Poco::Exception& e) {
        // The hub still wakes within its heartbeat timeout; only latency suffers.
        log().warning("cannot wake the event hub: %s", e.displayText());
    }
}

void EventHub::add(Poco::Net::WebSocket socket, access::Viewer viewer)
{
    {
        std::lock_guard lock(m_mutex);
        m_pending.joining.emplace_back(std::move(socket), std::move(viewer));
    }
    wake();
}

std::size_t EventHub::connectionCount() const
{
    return m_count;
}

void EventHub::caseChanged(const access::CaseFacts& facts, bool staffOnly)
{
    {
        std::lock_guard lock(m_mutex);
        m_pending.changes.cases.push_back({facts, staffOnly});
    }
    wake();
}

void EventHub::accountFileChanged(const access::AccountFileFacts& facts)
{
    {
        std::lock_guard lock(m_mutex);
        m_pending.changes.files.push_back(facts);
    }
    wake();
}

void EventHub::accessChanged(const std::string& user)
{
    {
        std::lock_guard lock(m_mutex);
        m_pending.changes.usersWithNewAccess.push_back(user);
    }
    wake();
}

void EventHub::everythingChanged()
{
    {
        std::lock_guard lock(m_mutex);
        m_pending.changes.everything = true;
    }
    wake();
}

void EventHub::run()
{
    while (!m_stopping) {
        Poco::Net::PollSet::SocketModeMap ready;
        try {
            ready = m_poll.poll(Poco::Timespan(1, 0));
        } catch (const Poco::Exception& e) {
            log().error("poll failed: %s", e.displayText());
        }
        for (const auto& [socket, mode] : ready) {
            if (socket == m_wakeReceiver) {
                char drain[256];
                try {
                    while (m_wakeReceiver.receiveBytes(drain, sizeof drain) > 0) {
                    }
                } catch (const Poco::Exception&) { // would block: drained
                }
            } else {
                readFrom(socket);
            }
        }
        Pending pending;
        {
            std::lock_guard lock(m_mutex);
            std::swap(pending, m_pending);
        }
        deliver(std::move(pending));
        if (m_lastHeartbeat.isElapsed(kHeartbeatEvery.totalMicroseconds()))
            heartbeat();
    }
    for (auto& [socket, subscriber] : m_subscribers) {
        try {
            subscriber.socket.shutdown(Poco::Net::WebSocket::WS_ENDPOINT_GOING_AWAY, "server stops");
        } catch (const Poco::Exception&) { // already gone
        }
    }
    m_subscribers.clear();
    m_count = 0;
}

void EventHub::readFrom(const Poco::Net::Socket& socket)
{
    const auto it = m_subscribers.find(socket);
    if (it == m_subscribers.end())
        return;
    Subscriber& subscriber = it->second;
    try {
        char buffer[kMaxIncomingFrame];
        int flags = 0;
        const int n = subscriber.socket.receiveFrame(buffer, sizeof buffer, flags);
        const int opcode = flags & Poco::Net::WebSocket::FRAME_OP_BITMASK;
        if (n <= 0 && flags == 0) { // the peer closed the connection
            drop(socket);
            return;
        }
        subscriber.lastHeard.update();
        if (opcode == Poco::Net::WebSocket::FRAME_OP_CLOSE) {
            drop(socket);
        } else if (opcode == Poco::Net::WebSocket::FRAME_OP_PING) {
            send(subscriber, std::string(buffer, static_cast<std::size_t>(std::max(n, 0))),
                 finalFrame(Poco::Net::WebSocket::FRAME_OP_PONG));
        }
    } catch (const Poco::Exception&) { // oversized frame, reset, timeout: not a client we keep
        drop(socket);
    }
}

void EventHub::deliver(Pending pending)
{
    for (auto& [socket, viewer] : pending.joining) {
        try {
            socket.setSendTimeout(kSendTimeout);
            socket.setReceiveTimeout(kSendTimeout);
            socket.setMaxPayloadSize(kMaxIncomingFrame);
            m_poll.add(socket, Poco::Net::PollSet::POLL_READ);
            auto [it, added] = m_subscribers.emplace(socket, Subscriber{socket, std::move(viewer), {}});
            if (added && !send(it->second, kReady, Poco::Net::WebSocket::FRAME_TEXT))
                drop(socket);
        } catch (const Poco::Exception& e) {
            log().warning("cannot take a push connection: %s", e.displayText());
        }
    }
    const events::ChangeBatch& batch = pending.changes;
    for (auto& [socket, subscriber] : m_subscribers) {
        const bool newAccess = batch.everything
            || std::find(batch.usersWithNewAccess.begin(), batch.usersWithNewAccess.end(),
                         subscriber.viewer.id)
                != batch.usersWithNewAccess.end();
        if (!newAccess)
            continue;
        if (auto fresh = m_lookup(subscriber.viewer.id))
            subscriber.viewer = std::move(*fresh);
        else
            subscriber.viewer = access::Viewer{subscriber.viewer.id, false, {}}; // sees nothing
    }

    std::vector<Poco::Net::Socket> failed;
    for (auto& [socket, subscriber] : m_subscribers) {
        if (events::concerns(subscriber.viewer, batch)
            && !send(subscriber, kChanged, Poco::Net::WebSocket::FRAME_TEXT))
            failed.push_back(socket);
    }
    for (const auto& socket : failed)
        drop(socket);
    m_count = m_subscribers.size();
}

void EventHub::heartbeat()
{
    m_lastHeartbeat.update();
    std::vector<Poco::Net::Socket> gone;
    for (auto& [socket, subscriber] : m_subscribers) {
        if (subscriber.lastHeard.isElapsed(kSilenceLimit.totalMicroseconds())
            || !send(subscriber, {}, finalFrame(Poco::Net::WebSocket::FRAME_OP_PING)))
            gone.push_back(socket);
    }
    for (const auto& socket : gone)
        drop(socket);
}

bool EventHub::send(Subscriber& subscriber, const std::string& text, int flags)
{
    try {
        subscriber.socket.sendFrame(text.data(), static_cast<int>(text.size()), flags);
        return true;
    } catch (const Poco::Exception&) {
        return false;
    }
}

void EventHub::drop(const Poco::Net::Socket& socket)
{
    const auto it = m_subscribers.find(socket);
    if (it == m_subscribers.end())
        return;
    try {
        m_poll.remove(socket);
        it->second.socket.close();
    } catch (const Poco::Exception&) { // closing a broken socket may fail; it is gone anyway
    }
    m_subscribers.erase(it);
    m_count = m_subscribers.size();
}

} // namespace caseport::server
