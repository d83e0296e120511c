#pragma once

// The push channel (DESIGN §5, GET /api/v1/events): WebSocket clients get
// {"type":"ready"} once registered and {"type":"changed"} when something they can see
// changed; either way they sync. Messages carry nothing else, so a lost one costs
// nothing (clients also sync on reconnect and on a slow timer).
// One thread serves every connection through a PollSet, so a thousand idle clients
// cost a file descriptor and a little memory each, not a thread. Thread-safe: the
// ChangeListener calls only queue work for that thread.

#include "caseport/AccessPolicy.h"
#include "events/Audience.h"
#include "service/ChangeNotifier.h"

#include <Poco/Net/DatagramSocket.h>
#include <Poco/Net/PollSet.h>
#include <Poco/Net/WebSocket.h>
#include <Poco/Timestamp.h>

#include <atomic>
#include <cstddef>
#include <functional>
#include <map>
#include <mutex>
#include <optional>
#include <string>
#include <thread>
#include <utility>
#include <vector>

namespace caseport::server {

class EventHub final : public ChangeListener {
public:
    // The current access of a user, or nullopt when they may no longer log in; called
    // on the hub's thread after access changed.
    using ViewerLookup = std::function<std::optional<access::Viewer>(const std::string& user)>;

    explicit EventHub(ViewerLookup lookup);
    ~EventHub() override;
    EventHub(const EventHub&) = delete;
    EventHub& operator=(const EventHub&) = delete;

    void start();
    // Closes every connection ("going away") and joins the thread.
    void stop();

    // Takes over an upgraded connection of an authenticated user.
    void add(Poco::Net::WebSocket socket, access::Viewer viewer);
    [[nodiscard]] std::size_t connectionCount() const;

    void caseChanged(const access::CaseFacts& facts, bool staffOnly) override;
    void accountFileChanged(const access::AccountFileFacts& facts) override;
    void accessChanged(const std::string& user) override;
    void everythingChanged() override;

private:
    struct Subscriber {
        Poco::Net::WebSocket socket;
        access::Viewer viewer;
        Poco::Timestamp lastHeard;
    };
    struct Pending {
        std::vector<std::pair<Poco::Net::WebSocket, access::Viewer>> joining;
        events::ChangeBatch changes;
    };

    void run();
    void wake();
    void readFrom(const Poco::Net::Socket& socket);
    void deliver(Pending pending);
    void heartbeat();
    bool send(Subscriber& subscriber, const std::string& text, int flags);
    void drop(const Poco::Net::Socket& socket);

    ViewerLookup m_lookup;
    Poco::Net::DatagramSocket m_wakeReceiver;
    Poco::Net::DatagramSocket m_wakeSender;
    Poco::Net::PollSet m_poll;
    std::map<Poco::Net::Socket, Subscriber> m_subscribers; // hub thread only

    mutable std::mutex m_mutex;
    Pending m_pending;
    std::atomic<std::size_t> m_count{0};
    std::atomic<bool> m_stopping{false};
    Poco::Timestamp m_lastHeartbeat;
    std::thread m_thread;
};

} // namespace caseport::server
