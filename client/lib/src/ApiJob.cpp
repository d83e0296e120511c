#include "ApiJob.h"

#include "Http.h"
#include "Logging.h"

#include "caseport/Codec.h"

#include <QBuffer>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTimer>

namespace caseport::client {

ApiJob::ApiJob(QNetworkAccessManager* network, QUrl server, QString token, QObject* parent)
    : QObject(parent)
    , m_network(network)
    , m_server(std::move(server))
    , m_token(std::move(token))
    , m_timeout(http::kDefaultTimeout)
{
}

ApiJob::~ApiJob()
{
    if (m_reply) {
        // Deleted before the answer arrived (e.g. its parent went away): drop it quietly.
        m_reply->disconnect(this);
        m_reply->abort();
        delete m_reply;
    }
}

void ApiJob::start()
{
    if (!http::isUsableServerUrl(m_server)) {
        ApiFailure failure;
        failure.kind = ApiFailure::Kind::InvalidUrl;
        failure.message = QStringLiteral("not an http(s) server address: %1").arg(m_server.toString());
        // Keep the "never from within start()" promise.
        QTimer::singleShot(0, this, [this, failure] {
            m_done = true;
            emit failed(failure);
            deleteLater();
        });
        return;
    }
    const Call c = call();
    const QUrl url = http::endpoint(m_server, c.path, c.query);
    QNetworkRequest request = http::makeRequest(url, m_token, !c.body.isEmpty(), m_timeout);
    for (const auto& [name, value] : c.headers)
        request.setRawHeader(name, value);
    qCDebug(lcClient) << c.verb << url.toString();
    m_reply = m_network->sendCustomRequest(request, c.verb, c.body);
    connect(m_reply, &QNetworkReply::finished, this, &ApiJob::onFinished);
}

void ApiJob::abort()
{
    if (!m_reply || m_done)
        return;
    m_cancelled = true;
    m_reply->abort(); // finished() follows synchronously → onFinished()
}

void ApiJob::onFinished()
{
    if (m_done || !m_reply)
        return;
    m_done = true;
    QNetworkReply* reply = m_reply;
    const QByteArray body = reply->isOpen() ? reply->readAll() : QByteArray();
    const ApiFailure failure = http::classify(*reply, body, m_cancelled);
    if (!failure.ok()) {
        qCDebug(lcClient) << "request failed" << reply->url().toString() << failure.message;
        if (failure.httpStatus == 0 || !handleRefusal(failure, body))
            emit failed(failure);
    } else {
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        try {
            handleSuccess(status, body, *reply);
        } catch (const CodecError& error) {
            emit failed(http::notCaseport(
                status, QStringLiteral("unexpected answer from %1: %2")
                            .arg(reply->url().toString(), QString::fromStdString(error.what()))));
        }
    }
    finish();
}

bool ApiJob::handleRefusal(const ApiFailure&, const QByteArray&)
{
    return false;
}

void ApiJob::finish()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->deleteLater();
        m_reply = nullptr;
    }
    deleteLater();
}

} // namespace caseport::client
