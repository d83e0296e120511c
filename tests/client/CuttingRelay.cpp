#include "CuttingRelay.h"

#include <QTcpSocket>

CuttingRelay::CuttingRelay(QString targetHost, quint16 targetPort, QObject* parent)
    : QObject(parent)
    , m_targetHost(std::move(targetHost))
    , m_targetPort(targetPort)
{
    connect(&m_server, &QTcpServer::newConnection, this, &CuttingRelay::accept);
}

QUrl CuttingRelay::url() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_server.serverPort()));
}

void CuttingRelay::accept()
{
    while (QTcpSocket* client = m_server.nextPendingConnection()) {
        auto* upstream = new QTcpSocket(client); // goes with the client side
        const auto closeBoth = [client, upstream] {
            client->abort();
            upstream->abort();
            client->deleteLater();
        };
        connect(client, &QTcpSocket::readyRead, upstream, [this, client, upstream, closeBoth] {
            if (upstream->state() != QAbstractSocket::ConnectedState)
                return; // read once connected
            QByteArray bytes = client->readAll();
            if (!m_cut && m_cutAfter > 0 && m_up + bytes.size() >= m_cutAfter) {
                upstream->write(bytes.left(m_cutAfter - m_up));
                upstream->flush();
                m_up = m_cutAfter;
                m_cut = true;
                closeBoth();
                return;
            }
            m_up += bytes.size();
            upstream->write(bytes);
        });
        connect(upstream, &QTcpSocket::connected, client, [client] { emit client->readyRead(); });
        connect(upstream, &QTcpSocket::readyRead, client, [client, upstream] { client->write(upstream->readAll()); });
        connect(upstream, &QTcpSocket::disconnected, client, [client] { client->disconnectFromHost(); });
        connect(client, &QTcpSocket::disconnected, client, [client, upstream] {
            upstream->disconnectFromHost();
            client->deleteLater();
        });
        upstream->connectToHost(m_targetHost, m_targetPort);
    }
}
