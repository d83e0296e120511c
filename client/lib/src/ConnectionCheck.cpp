#include "caseport/client/ConnectionCheck.h"

#include "Http.h"

#include "caseport/Codec.h"
#include "caseport/Protocol.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTimer>

#include <chrono>

namespace caseport::client {

namespace {

constexpr std::chrono::milliseconds kCheckTimeout{10000};

// Reads {"status":"ok","version":"…","protocol":1}; anything else is not a caseportd.
ApiFailure checkHealthBody(const QByteArray& body, QString* version)
{
    codec::Json json;
    try {
        json = codec::parse(http::toStd(body));
    } catch (const CodecError&) {
        return http::notCaseport(200, QStringLiteral("the answer to /health is not JSON"));
    }
    if (!json.is_object() || !json.contains("status") || !json["status"].is_string()
        || json["status"].get<std::string>() != "ok" || !json.contains("protocol")
        || !json["protocol"].is_number_integer()) {
        return http::notCaseport(200, QStringLiteral("the answer to /health is not caseportd's"));
    }
    if (json.contains("version") && json["version"].is_string())
        *version = QString::fromStdString(json["version"].get<std::string>());
    const int protocolVersion = json["protocol"].get<int>();
    if (protocolVersion != protocol::kVersion) {
        ApiFailure failure;
        failure.kind = ApiFailure::Kind::Rejected;
        failure.httpStatus = 200;
        failure.errorCode = QStringLiteral("unsupported_protocol");
        failure.message = QStringLiteral("the server speaks protocol %1, this client %2")
                              .arg(protocolVersion)
                              .arg(protocol::kVersion);
        return failure;
    }
    return {};
}

} // namespace

ConnectionCheck::ConnectionCheck(QNetworkAccessManager* network, QObject* parent)
    : QObject(parent)
    , m_network(network)
{
}

ConnectionCheck::~ConnectionCheck()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

void ConnectionCheck::start(const QUrl& server)
{
    cancel(); // a running check ends with finished(false, Cancelled)
    if (!http::isUsableServerUrl(server)) {
        ApiFailure failure;
        failure.kind = ApiFailure::Kind::InvalidUrl;
        failure.message = QStringLiteral("not an http(s) server address: %1").arg(server.toString());
        QTimer::singleShot(0, this, [this, failure] { emit finished(false, failure, {}); });
        return;
    }
    const QUrl url = http::endpoint(server, QString::fromLatin1(protocol::kHealthPath));
    // The reply is owned by this object until finished, then deleted with deleteLater().
    m_reply = m_network->get(http::makeRequest(url, {}, false, kCheckTimeout));
    QNetworkReply* reply = m_reply;
    connect(reply, &QNetworkReply::finished, this, [this, reply] {
        const bool cancelled = reply->property("caseportCancelled").toBool();
        const QByteArray body = reply->isOpen() ? reply->readAll() : QByteArray();
        if (m_reply == reply)
            m_reply = nullptr;
        reply->deleteLater();
        ApiFailure failure = http::classify(*reply, body, cancelled);
        QString version;
        if (failure.ok())
            failure = checkHealthBody(body, &version);
        emit finished(failure.ok(), failure, version);
    });
}

void ConnectionCheck::cancel()
{
    if (!m_reply)
        return;
    QNetworkReply* reply = m_reply;
    reply->setProperty("caseportCancelled", true);
    reply->abort(); // emits finished → the handler above reports Cancelled
}

} // namespace caseport::client
