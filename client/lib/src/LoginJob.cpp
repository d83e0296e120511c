#include "caseport/client/LoginJob.h"

#include "Http.h"

#include "caseport/Codec.h"
#include "caseport/Protocol.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTimer>

namespace caseport::client {

LoginJob::LoginJob(QNetworkAccessManager* network, QUrl server, QString user, QString password,
                   QObject* parent)
    : QObject(parent)
    , m_network(network)
    , m_server(std::move(server))
    , m_user(std::move(user))
    , m_password(std::move(password))
{
}

void LoginJob::start()
{
    if (!http::isUsableServerUrl(m_server)) {
        ApiFailure failure;
        failure.kind = ApiFailure::Kind::InvalidUrl;
        failure.message = QStringLiteral("not an http(s) server address: %1").arg(m_server.toString());
        QTimer::singleShot(0, this, [this, failure] {
            emit failed(failure);
            deleteLater();
        });
        return;
    }
    const LoginRequest request{m_user.toStdString(), m_password.toStdString()};
    const QUrl url = http::endpoint(m_server, QString::fromLatin1(protocol::kSessionPath));
    // The reply is a child of this job, so deleting the job (or its parent) aborts it.
    QNetworkReply* reply = m_network->post(http::makeRequest(url, {}, true),
                                           http::toBytes(codec::encode(request)));
    reply->setParent(this);
    m_password.clear(); // sent; keep it no longer than needed
    connect(reply, &QNetworkReply::finished, this, [this, reply] {
        const QByteArray body = reply->isOpen() ? reply->readAll() : QByteArray();
        ApiFailure failure = http::classify(*reply, body, false);
        if (failure.ok()) {
            try {
                const SessionInfo session = codec::decode<SessionInfo>(http::toStd(body));
                emit succeeded(session);
            } catch (const CodecError& error) {
                emit failed(http::notCaseport(
                    reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(),
                    QStringLiteral("unexpected login answer: %1").arg(QString::fromUtf8(error.what()))));
            }
        } else {
            emit failed(failure);
        }
        deleteLater();
    });
}

} // namespace caseport::client
