#pragma once

// A loopback TCP relay for tests: forwards every connection to a target and, once, cuts
// the connection that carries byte number cutAfter() of the client → server traffic —
// a broken network in the middle of a transfer, with the real server behind it.

#include <QHostAddress>
#include <QObject>
#include <QTcpServer>
#include <QUrl>

class CuttingRelay : public QObject {
    Q_OBJECT
public:
    CuttingRelay(QString targetHost, quint16 targetPort, QObject* parent = nullptr);

    bool listen() { return m_server.listen(QHostAddress::LocalHost, 0); }
    [[nodiscard]] QUrl url() const;
    // Cuts once after this many client → server bytes (counted over all connections);
    // 0 = never.
    void cutAfter(qint64 bytes) { m_cutAfter = bytes; }
    [[nodiscard]] bool hasCut() const { return m_cut; }
    [[nodiscard]] qint64 bytesUp() const { return m_up; }

private:
    void accept();

    QTcpServer m_server;
    QString m_targetHost;
    quint16 m_targetPort;
    qint64 m_cutAfter = 0;
    qint64 m_up = 0;
    bool m_cut = false;
};
