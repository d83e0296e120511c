#pragma once

// The client end of the push channel (GET /api/v1/events, a WebSocket): asks for a
// sync when the server says "ready" (just registered: catch up) or "changed". Keeps
// itself connected: reconnects with exponential backoff and jitter, and pings the
// server so a silently dead connection is noticed. No polling of the API. GUI thread.

#include <QObject>
#include <QTimer>
#include <QUrl>
#include <QWebSocket>

namespace caseport::client {

class PushChannel : public QObject {
    Q_OBJECT
public:
    PushChannel(QUrl server, QString token, QObject* parent = nullptr);
    ~PushChannel() override;

    void start();
    void stop();
    void setToken(const QString& token); // a renewed session; reconnects with it
    [[nodiscard]] bool isConnected() const { return m_connected; }
    // The delay before reconnect attempt `attempt` (0-based): 1 s doubling to 60 s,
    // ±20 % so a restarted server is not hit by every client at once.
    [[nodiscard]] static int backoffMs(int attempt, double jitter01);

signals:
    void syncWanted();
    void connectedChanged(bool connected);

private:
    void connectNow();
    void onConnected();
    void onDisconnected();
    void onMessage(const QString& text);
    void scheduleReconnect();
    void setConnected(bool connected);

    QUrl m_url;
    QString m_token;
    QWebSocket m_socket;
    QTimer m_reconnect;
    QTimer m_keepAlive; // pings the server
    QTimer m_pongDeadline; // no pong in time: the connection is dead
    int m_attempt = 0;
    bool m_running = false;
    bool m_connected = false;
};

} // namespace caseport::client
