#pragma once

// Many push-channel subscribers (GET /api/v1/events, WebSocket) in one process: the
// handshakes run on a few threads, then one receiver thread polls every connection
// (Poco PollSet, epoll), answers the server's pings and stamps the arrival of each
// connection's first {"type":"changed"} of the current round. Subscribers do not sync
// after a change: only the push itself is measured.
//
// Threads: connect() and the round calls on the caller's thread; after
// startReceiving() only the receiver thread reads or writes the sockets. stop() (or
// the destructor) joins it and closes every connection.

#include <Poco/Net/HTTPClientSession.h>
#include <Poco/Net/PollSet.h>
#include <Poco/Net/WebSocket.h>

#include <atomic>
#include <chrono>
#include <cstdint>
#include <map>
#include <memory>
#include <string>
#include <thread>
#include <vector>

namespace caseport::bench {

class Subscribers {
public:
    using Clock = std::chrono::steady_clock;

    Subscribers(std::string host, int port);
    ~Subscribers();
    Subscribers(const Subscribers&) = delete;
    Subscribers& operator=(const Subscribers&) = delete;

    // One connection per token (tokens may repeat), `threads` handshakes at a time;
    // each waits for the server's {"type":"ready"}. setupSeconds[i]: connect → ready
    // of connection i. False (with error) if any connection failed.
    bool connect(const std::vector<std::string>& tokens, int threads,
                 std::vector<double>& setupSeconds, std::string& error);
    void startReceiving();
    void stop();

    // Forget the last round's arrivals; the next "changed" of each connection counts.
    void beginRound();
    // Waits until `expected` connections have a "changed" arrival or timeoutMs passed;
    // returns how many arrived.
    std::size_t waitForArrivals(std::size_t expected, int timeoutMs) const;
    // Arrival of connection i in this round; nullopt-like zero time_point when none.
    [[nodiscard]] Clock::time_point arrival(std::size_t i) const;
    [[nodiscard]] std::size_t size() const { return m_sockets.size(); }
    // Frames other than ready/changed/ping/pong, and connections the server closed.
    [[nodiscard]] std::uint64_t oddFrames() const { return m_odd.load(); }
    [[nodiscard]] std::uint64_t closed() const { return m_closed.load(); }
    [[nodiscard]] std::uint64_t pings() const { return m_pings.load(); }

private:
    void receive();
    void readFrom(std::size_t index);

    std::string m_host;
    int m_port;
    std::vector<std::unique_ptr<Poco::Net::HTTPClientSession>> m_sessions;
    std::vector<std::unique_ptr<Poco::Net::WebSocket>> m_sockets; // null until connected
    std::map<Poco::Net::Socket, std::size_t> m_index; // fixed once receiving
    Poco::Net::PollSet m_poll;
    std::unique_ptr<std::atomic<std::int64_t>[]> m_arrivals; // ns since epoch of Clock; 0 = none
    std::atomic<std::size_t> m_arrived{0};
    std::atomic<std::uint64_t> m_odd{0};
    std::atomic<std::uint64_t> m_closed{0};
    std::atomic<std::uint64_t> m_pings{0};
    std::atomic<bool> m_stopping{false};
    std::thread m_receiver;
};

} // namespace caseport::bench
