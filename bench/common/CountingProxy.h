#pragma once

// A loopback TCP relay that counts what it forwards, to measure the bytes on the wire
// (HTTP headers and bodies exactly as sent, gzip included) without touching the client
// or the server: the client talks to 127.0.0.1:port(), the relay to the upstream.
// It also counts HTTP responses and gzip-encoded ones by spotting "HTTP/1.1 " status
// lines and "Content-Encoding: gzip" headers in the server's stream (a compressed body
// containing either by chance is vanishingly unlikely).
//
// Threads: one acceptor, one per relayed connection; counters are atomics, readable
// from any thread. The destructor stops and joins every thread.

#include <atomic>
#include <cstdint>
#include <memory>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

namespace caseport::bench {

class CountingProxy {
public:
    struct Counts {
        std::uint64_t toServer = 0; // request bytes
        std::uint64_t toClient = 0; // response bytes
        std::uint64_t responses = 0;
        std::uint64_t gzipResponses = 0;
        std::uint64_t connections = 0; // accepted since the last reset
    };

    CountingProxy(std::string upstreamHost, int upstreamPort);
    ~CountingProxy();
    CountingProxy(const CountingProxy&) = delete;
    CountingProxy& operator=(const CountingProxy&) = delete;

    // Listens on 127.0.0.1, port chosen by the kernel; false when it cannot.
    [[nodiscard]] bool start();
    void stop();
    [[nodiscard]] int port() const { return m_port; }

    [[nodiscard]] Counts counts() const;
    void reset();

private:
    void acceptLoop();
    void relay(int client);

    std::string m_upstreamHost;
    int m_upstreamPort;
    int m_listen = -1;
    int m_port = 0;
    int m_stopPipe[2] = {-1, -1}; // readable once stop() ran: every poll wakes
    std::thread m_acceptor;
    std::mutex m_mutex;
    std::vector<std::thread> m_relays; // guarded by m_mutex
    std::atomic<std::uint64_t> m_toServer{0};
    std::atomic<std::uint64_t> m_toClient{0};
    std::atomic<std::uint64_t> m_responses{0};
    std::atomic<std::uint64_t> m_gzipResponses{0};
    std::atomic<std::uint64_t> m_connections{0};
};

} // namespace caseport::bench
