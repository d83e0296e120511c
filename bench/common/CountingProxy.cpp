#include "CountingProxy.h"

#include <arpa/inet.h>
#include <cstring>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <string_view>
#include <sys/socket.h>
#include <unistd.h>

namespace caseport::bench {
namespace {

// Occurrences of needle that end inside `fresh`, searching `carry + fresh`; then keeps
// the last needle.size() - 1 bytes as the next carry, so a match split across reads
// counts once.
std::uint64_t countNew(std::string& carry, std::string_view fresh, std::string_view needle)
{
    std::string text = carry;
    text.append(fresh);
    std::uint64_t found = 0;
    for (std::size_t at = text.find(needle); at != std::string::npos;
         at = text.find(needle, at + 1)) {
        if (at + needle.size() > carry.size())
            ++found;
    }
    const std::size_t keep = std::min(text.size(), needle.size() - 1);
    carry = text.substr(text.size() - keep);
    return found;
}

void setNoDelay(int fd)
{
    const int on = 1;
    setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &on, sizeof on);
}

bool writeAll(int fd, const char* data, std::size_t size)
{
    while (size > 0) {
        const ssize_t n = send(fd, data, size, MSG_NOSIGNAL);
        if (n <= 0)
            return false;
        data += n;
        size -= static_cast<std::size_t>(n);
    }
    return true;
}

} // namespace

CountingProxy::CountingProxy(std::string upstreamHost, int upstreamPort)
    : m_upstreamHost(std::move(upstreamHost))
    , m_upstreamPort(upstreamPort)
{
}

CountingProxy::~CountingProxy()
{
    stop();
}

bool CountingProxy::start()
{
    if (pipe(m_stopPipe) != 0)
        return false;
    m_listen = socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    address.sin_port = 0;
    if (m_listen < 0 || bind(m_listen, reinterpret_cast<sockaddr*>(&address), sizeof address) != 0
        || listen(m_listen, 64) != 0)
        return false;
    socklen_t length = sizeof address;
    getsockname(m_listen, reinterpret_cast<sockaddr*>(&address), &length);
    m_port = ntohs(address.sin_port);
    m_acceptor = std::thread([this] { acceptLoop(); });
    return true;
}

void CountingProxy::stop()
{
    if (!m_acceptor.joinable())
        return;
    const char byte = 1;
    (void)!write(m_stopPipe[1], &byte, 1);
    m_acceptor.join();
    std::vector<std::thread> relays;
    {
        std::lock_guard lock(m_mutex);
        relays.swap(m_relays);
    }
    for (auto& relay : relays)
        relay.join();
    close(m_listen);
    close(m_stopPipe[0]);
    close(m_stopPipe[1]);
    m_listen = -1;
}

CountingProxy::Counts CountingProxy::counts() const
{
    return {m_toServer.load(), m_toClient.load(), m_responses.load(), m_gzipResponses.load(),
            m_connections.load()};
}

void CountingProxy::reset()
{
    m_toServer = 0;
    m_toClient = 0;
    m_responses = 0;
    m_gzipResponses = 0;
    m_connections = 0;
}

void CountingProxy::acceptLoop()
{
    for (;;) {
        pollfd fds[2] = {{m_listen, POLLIN, 0}, {m_stopPipe[0], POLLIN, 0}};
        if (poll(fds, 2, -1) < 0)
            continue;
        if (fds[1].revents != 0)
            return;
        const int client = accept4(m_listen, nullptr, nullptr, SOCK_CLOEXEC);
        if (client < 0)
            continue;
        ++m_connections;
        std::lock_guard lock(m_mutex);
        m_relays.emplace_back([this, client] { relay(client); });
    }
}

void CountingProxy::relay(int client)
{
    const int server = socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_port = htons(static_cast<std::uint16_t>(m_upstreamPort));
    inet_pton(AF_INET, m_upstreamHost.c_str(), &address.sin_addr);
    if (server < 0 || connect(server, reinterpret_cast<sockaddr*>(&address), sizeof address) != 0) {
        close(client);
        if (server >= 0)
            close(server);
        return;
    }
    setNoDelay(client);
    setNoDelay(server);
    std::string statusCarry, gzipCarry;
    std::vector<char> buffer(256 * 1024);
    for (bool open = true; open;) {
        pollfd fds[3] = {{client, POLLIN, 0}, {server, POLLIN, 0}, {m_stopPipe[0], POLLIN, 0}};
        if (poll(fds, 3, -1) < 0)
            continue;
        if (fds[2].revents != 0)
            break;
        for (int side = 0; side < 2 && open; ++side) {
            if (fds[side].revents == 0)
                continue;
            const ssize_t n = recv(fds[side].fd, buffer.data(), buffer.size(), 0);
            if (n <= 0) {
                open = false;
                break;
            }
            const auto size = static_cast<std::size_t>(n);
            const int to = side == 0 ? server : client;
            if (side == 0) {
                m_toServer += size;
            } else {
                m_toClient += size;
                const std::string_view fresh(buffer.data(), size);
                m_responses += countNew(statusCarry, fresh, "HTTP/1.1 ");
                m_gzipResponses += countNew(gzipCarry, fresh, "\r\nContent-Encoding: gzip\r\n");
            }
            open = writeAll(to, buffer.data(), size);
        }
    }
    close(client);
    close(server);
}

} // namespace caseport::bench
