#include "http/HttpServer.h"

#include "http/Router.h"

#include <Poco/Net/HTTPServer.h>
#include <Poco/Net/HTTPServerParams.h>
#include <Poco/Net/ServerSocket.h>
#include <Poco/Net/SocketAddress.h>
#include <Poco/ThreadPool.h>

namespace caseport::server {

HttpServer::HttpServer(Services& services, ListenAddress listen)
    : m_services(services)
    , m_listen(std::move(listen))
{
}

HttpServer::~HttpServer()
{
    stop();
}

void HttpServer::start()
{
    Poco::Net::ServerSocket socket;
    socket.bind(Poco::Net::SocketAddress(m_listen.host, m_listen.port), true);
    socket.listen(1024); // room for a crowd of clients reconnecting to the push channel
    m_bound = m_listen;
    m_bound.port = socket.address().port();

    auto* params = new Poco::Net::HTTPServerParams; // reference-counted by the server
    params->setMaxThreads(16);
    params->setMaxQueued(256);
    params->setKeepAlive(true);
    params->setKeepAliveTimeout(Poco::Timespan(10, 0));
    params->setTimeout(Poco::Timespan(10, 0)); // per socket read or write
    params->setMaxKeepAliveRequests(1000);
    params->setServerName("caseportd");

    m_pool = std::make_unique<Poco::ThreadPool>("caseportd-http", 2, 16);
    m_server = std::make_unique<Poco::Net::HTTPServer>(new Router(m_services), *m_pool, socket,
                                                       params);
    m_server->start();
}

void HttpServer::stop()
{
    if (!m_server)
        return;
    m_server->stopAll(false); // finish requests in progress, then close connections
    m_pool->joinAll();
    m_server.reset();
    m_pool.reset();
}

} // namespace caseport::server
