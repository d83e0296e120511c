#pragma once

// caseportd's HTTP front: a Poco HTTPServer on its own thread pool, routing to the
// handlers in Routes. Used by the daemon and, in-process, by the tests.
// Owns its threads; services must outlive it. start/stop from one thread.

#include "config/Config.h"

#include <cstdint>
#include <memory>

namespace Poco {
class ThreadPool;
namespace Net {
class HTTPServer;
}
} // namespace Poco

namespace caseport::server {

struct Services;

class HttpServer {
public:
    HttpServer(Services& services, ListenAddress listen);
    ~HttpServer(); // stops if still running
    HttpServer(const HttpServer&) = delete;
    HttpServer& operator=(const HttpServer&) = delete;

    // Binds and starts serving; throws Poco::Exception when the address is unusable.
    void start();
    // The bound address, with the real port when 0 was asked for.
    [[nodiscard]] ListenAddress boundAddress() const { return m_bound; }
    // Stops accepting, lets requests in progress finish, joins the threads.
    void stop();

private:
    Services& m_services;
    ListenAddress m_listen;
    ListenAddress m_bound;
    std::unique_ptr<Poco::ThreadPool> m_pool;
    std::unique_ptr<Poco::Net::HTTPServer> m_server;
};

} // namespace caseport::server
