#include "PushChannel.h"

#include "Logging.h"

#include "caseport/Backoff.h"
#include "caseport/Codec.h"
#include "caseport/Protocol.h"

#include <QNetworkRequest>
#include <QRandomGenerator>

#include <algorithm>
#include <cmath>

namespace caseport::client {
namespace {

constexpr int kKeepAliveMs = 30'000;
constexpr int kPongTimeoutMs = 15'000;

QUrl eventsUrl(QUrl server)
{
    server.setScheme(server.scheme() == QLatin1String("https") ? QStringLiteral("wss")
                                                                : QStringLiteral("ws"));
    QString path = server.path();
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    server.setPath(path + QString::fromLatin1(protocol::kEventsPath));
    return server;
}

} // namespace

PushChannel::PushChannel(QUrl server, QString token, QObject* parent)
    : QObject(parent)
    , m_url(eventsUrl(std::move(server)))
    , m_token(std::move(token))
{
    m_reconnect.setSingleShot(true);
    m_pongDeadline.setSingleShot(true);
    m_keepAlive.setInterval(kKeepAliveMs);
    connect(&m_reconnect, &QTimer::timeout, this, &PushChannel::connectNow);
    connect(&m_keepAlive, &QTimer::timeout, this, [this] {
        m_socket.ping();
        if (!m_pongDeadline.isActive())
            m_pongDeadline.start(kPongTimeoutMs);
    });
    connect(&m_pongDeadline, &QTimer::timeout, this, [this] {
        qCInfo(lcClient) << "push: no answer to ping, reconnecting";
        m_socket.abort();
    });
    connect(&m_socket, &QWebSocket::pong, this, [this] { m_pongDeadline.stop(); });
    connect(&m_socket, &QWebSocket::connected, this, &PushChannel::onConnected);
    connect(&m_socket, &QWebSocket::disconnected, this, &PushChannel::onDisconnected);
    connect(&m_socket, &QWebSocket::textMessageReceived, this, &PushChannel::onMessage);
    // A refused or failed handshake may end without disconnected(): retry from here too.
    connect(&m_socket, qOverload<QAbstractSocket::SocketError>(&QWebSocket::error), this,
            [this](QAbstractSocket::SocketError) {
                if (m_socket.state() == QAbstractSocket::UnconnectedState)
                    onDisconnected();
            });
}

PushChannel::~PushChannel()
{
    m_running = false;
    m_socket.disconnect(this);
    m_socket.abort();
}

int PushChannel::backoffMs(int attempt, double jitter01)
{
    using std::chrono::milliseconds;
    return static_cast<int>(
        backoffDelay(attempt, milliseconds(1000), milliseconds(60'000), jitter01).count());
}

void PushChannel::start()
{
    if (m_running)
        return;
    m_running = true;
    m_attempt = 0;
    connectNow();
}

void PushChannel::stop()
{
    m_running = false;
    m_reconnect.stop();
    m_keepAlive.stop();
    m_pongDeadline.stop();
    m_socket.close();
    setConnected(false);
}

void PushChannel::setToken(const QString& token)
{
    m_token = token;
    if (m_running)
        m_socket.abort(); // onDisconnected reconnects with the new token
}

void PushChannel::connectNow()
{
    if (!m_running)
        return;
    QNetworkRequest request(m_url);
    request.setRawHeader("Authorization", "Bearer " + m_token.toUtf8());
    m_socket.open(request);
}

void PushChannel::onConnected()
{
    m_attempt = 0;
    m_keepAlive.start();
    setConnected(true);
}

void PushChannel::onDisconnected()
{
    m_keepAlive.stop();
    m_pongDeadline.stop();
    setConnected(false);
    if (m_running)
        scheduleReconnect();
}

void PushChannel::scheduleReconnect()
{
    if (m_reconnect.isActive())
        return; // error() and disconnected() may both report the same loss
    const int delay = backoffMs(m_attempt++, QRandomGenerator::global()->generateDouble());
    qCDebug(lcClient) << "push: reconnecting in" << delay << "ms";
    m_reconnect.start(delay);
}

void PushChannel::onMessage(const QString& text)
{
    try {
        const auto type = codec::parse(text.toStdString()).value("type", std::string());
        if (type == "ready" || type == "changed")
            emit syncWanted();
    } catch (const CodecError& error) {
        qCWarning(lcClient) << "push: unreadable message:" << error.what();
    }
}

void PushChannel::setConnected(bool connected)
{
    if (connected == m_connected)
        return;
    m_connected = connected;
    emit connectedChanged(connected);
}

} // namespace caseport::client
