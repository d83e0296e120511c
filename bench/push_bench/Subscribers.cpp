#include "Subscribers.h"

#include <Poco/Net/HTTPRequest.h>
#include <Poco/Net/HTTPResponse.h>
#include <Poco/Net/NetException.h>

#include <mutex>
#include <string_view>

namespace caseport::bench {
namespace {

constexpr std::string_view kChanged = R"({"type":"changed"})";
constexpr std::string_view kReady = R"({"type":"ready"})";

int opcodeOf(int flags)
{
    return flags & Poco::Net::WebSocket::FRAME_OP_BITMASK;
}

int pongFlags()
{
    return static_cast<int>(Poco::Net::WebSocket::FRAME_FLAG_FIN)
        | static_cast<int>(Poco::Net::WebSocket::FRAME_OP_PONG);
}

} // namespace

Subscribers::Subscribers(std::string host, int port)
    : m_host(std::move(host))
    , m_port(port)
{
}

Subscribers::~Subscribers()
{
    stop();
}

bool Subscribers::connect(const std::vector<std::string>& tokens, int threads,
                          std::vector<double>& setupSeconds, std::string& error)
{
    const std::size_t n = tokens.size();
    m_sessions.resize(n);
    m_sockets.resize(n);
    setupSeconds.assign(n, 0);
    std::mutex errorMutex;
    const auto work = [&](std::size_t first, std::size_t step) {
        for (std::size_t i = first; i < n; i += step) {
            try {
                const auto started = Clock::now();
                auto session = std::make_unique<Poco::Net::HTTPClientSession>(
                    m_host, static_cast<Poco::UInt16>(m_port));
                session->setTimeout(Poco::Timespan(30, 0));
                Poco::Net::HTTPRequest request(Poco::Net::HTTPRequest::HTTP_GET, "/api/v1/events",
                                               Poco::Net::HTTPMessage::HTTP_1_1);
                request.set("Authorization", "Bearer " + tokens[i]);
                Poco::Net::HTTPResponse response;
                Poco::Net::WebSocket socket(*session, request, response);
                socket.setReceiveTimeout(Poco::Timespan(30, 0));
                char buffer[256];
                int flags = 0;
                const int got = socket.receiveFrame(buffer, sizeof buffer, flags);
                if (got <= 0 || std::string_view(buffer, static_cast<std::size_t>(got)) != kReady)
                    throw Poco::Net::WebSocketException("no ready message");
                setupSeconds[i] = std::chrono::duration<double>(Clock::now() - started).count();
                m_sessions[i] = std::move(session);
                m_sockets[i] = std::make_unique<Poco::Net::WebSocket>(socket);
            } catch (const Poco::Exception& e) {
                std::lock_guard lock(errorMutex);
                error = "connection " + std::to_string(i) + ": " + e.displayText();
            }
        }
    };
    std::vector<std::thread> pool;
    const auto step = static_cast<std::size_t>(std::max(threads, 1));
    for (std::size_t t = 1; t < step; ++t)
        pool.emplace_back(work, t, step);
    work(0, step);
    for (auto& thread : pool)
        thread.join();
    return error.empty();
}

void Subscribers::startReceiving()
{
    m_arrivals = std::make_unique<std::atomic<std::int64_t>[]>(m_sockets.size());
    for (std::size_t i = 0; i < m_sockets.size(); ++i) {
        m_index.emplace(*m_sockets[i], i);
        m_poll.add(*m_sockets[i], Poco::Net::PollSet::POLL_READ);
        m_arrivals[i] = 0;
    }
    m_stopping = false;
    m_receiver = std::thread([this] { receive(); });
}

void Subscribers::stop()
{
    if (m_receiver.joinable()) {
        m_stopping = true;
        m_receiver.join();
    }
    for (auto& socket : m_sockets) {
        if (!socket)
            continue;
        try {
            socket->shutdown(Poco::Net::WebSocket::WS_NORMAL_CLOSE, "bench done");
            socket->close();
        } catch (const Poco::Exception&) { // already closed by the server
        }
    }
    m_sockets.clear();
    m_sessions.clear();
    m_index.clear();
    m_poll.clear();
}

void Subscribers::beginRound()
{
    for (std::size_t i = 0; i < m_sockets.size(); ++i)
        m_arrivals[i] = 0;
    m_arrived = 0;
}

std::size_t Subscribers::waitForArrivals(std::size_t expected, int timeoutMs) const
{
    const auto deadline = Clock::now() + std::chrono::milliseconds(timeoutMs);
    while (m_arrived.load() < expected && Clock::now() < deadline)
        std::this_thread::sleep_for(std::chrono::milliseconds(1));
    return m_arrived.load();
}

Subscribers::Clock::time_point Subscribers::arrival(std::size_t i) const
{
    return Clock::time_point(Clock::duration(m_arrivals[i].load()));
}

void Subscribers::receive()
{
    while (!m_stopping) {
        Poco::Net::PollSet::SocketModeMap ready;
        try {
            ready = m_poll.poll(Poco::Timespan(0, 50'000));
        } catch (const Poco::Exception&) {
            continue;
        }
        for (const auto& [socket, mode] : ready) {
            const auto it = m_index.find(socket);
            if (it != m_index.end())
                readFrom(it->second);
        }
    }
}

void Subscribers::readFrom(std::size_t index)
{
    Poco::Net::WebSocket& socket = *m_sockets[index];
    char buffer[512];
    int flags = 0;
    int n = 0;
    try {
        n = socket.receiveFrame(buffer, sizeof buffer, flags);
    } catch (const Poco::Exception&) {
        n = 0;
        flags = 0;
    }
    const auto now = Clock::now();
    if (n <= 0 && flags == 0) { // closed by the server
        ++m_closed;
        m_poll.remove(socket);
        return;
    }
    switch (opcodeOf(flags)) {
    case Poco::Net::WebSocket::FRAME_OP_PING:
        ++m_pings;
        try {
            socket.sendFrame(buffer, std::max(n, 0), pongFlags());
        } catch (const Poco::Exception&) {
            ++m_odd;
        }
        return;
    case Poco::Net::WebSocket::FRAME_OP_PONG:
        return;
    case Poco::Net::WebSocket::FRAME_OP_CLOSE:
        ++m_closed;
        m_poll.remove(socket);
        return;
    default:
        break;
    }
    if (std::string_view(buffer, static_cast<std::size_t>(n)) != kChanged) {
        ++m_odd;
        return;
    }
    std::int64_t none = 0;
    if (m_arrivals[index].compare_exchange_strong(none, now.time_since_epoch().count()))
        ++m_arrived;
}

} // namespace caseport::bench
