#include "Http.h"

#include "caseport/ApiError.h"
#include "caseport/Codec.h"
#include "caseport/Protocol.h"

#include <QNetworkReply>

namespace caseport::client::http {

bool isUsableServerUrl(const QUrl& server)
{
    const QString scheme = server.scheme().toLower();
    return server.isValid() && (scheme == QLatin1String("http") || scheme == QLatin1String("https"))
        && !server.host().isEmpty();
}

QUrl endpoint(const QUrl& server, const QString& path, const QUrlQuery& query)
{
    QUrl url = server;
    // Both halves encoded: TolerantMode keeps %40 as %40 instead of encoding the '%'.
    QString base = url.path(QUrl::FullyEncoded);
    while (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    url.setPath(base + path, QUrl::TolerantMode);
    url.setQuery(query);
    url.setFragment({});
    return url;
}

QString pathSegment(const QString& id)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(id));
}

QString accountPath(const QString& account, const QString& rest)
{
    return QStringLiteral("%1/%2/%3").arg(QString::fromLatin1(protocol::kAccountsPath), pathSegment(account), rest);
}

QNetworkRequest makeRequest(const QUrl& url, const QString& token, bool hasJsonBody,
                            std::chrono::milliseconds timeout)
{
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::UserAgentHeader, QByteArray(kUserAgent));
    request.setRawHeader("Accept", "application/json");
    if (hasJsonBody)
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
    if (!token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + token.toUtf8());
    request.setTransferTimeout(static_cast<int>(timeout.count()));
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute,
                         QNetworkRequest::AlwaysNetwork);
    return request;
}

ApiFailure notCaseport(int httpStatus, const QString& message)
{
    ApiFailure failure;
    failure.kind = ApiFailure::Kind::NotCaseport;
    failure.httpStatus = httpStatus;
    failure.message = message;
    return failure;
}

namespace {

ApiFailure transportFailure(const QNetworkReply& reply, bool cancelled)
{
    using Kind = ApiFailure::Kind;
    ApiFailure failure;
    failure.message = reply.errorString();
    switch (reply.error()) {
    case QNetworkReply::HostNotFoundError:
        failure.kind = Kind::HostNotFound;
        break;
    case QNetworkReply::ConnectionRefusedError:
        failure.kind = Kind::ConnectionRefused;
        break;
    case QNetworkReply::TimeoutError:
        failure.kind = Kind::Timeout;
        break;
    case QNetworkReply::OperationCanceledError:
        // setTransferTimeout() aborts the reply; our own cancel() is flagged by the caller.
        failure.kind = cancelled ? Kind::Cancelled : Kind::Timeout;
        break;
    case QNetworkReply::SslHandshakeFailedError:
        failure.kind = Kind::TlsError;
        break;
    case QNetworkReply::ProtocolUnknownError:
    case QNetworkReply::ProtocolInvalidOperationError:
        failure.kind = Kind::InvalidUrl;
        break;
    case QNetworkReply::ProtocolFailure:
        // Something answered, but not with HTTP.
        failure.kind = Kind::NotCaseport;
        break;
    default:
        failure.kind = Kind::Network;
        break;
    }
    return failure;
}

} // namespace

ApiFailure classify(const QNetworkReply& reply, const QByteArray& body, bool cancelled)
{
    using Kind = ApiFailure::Kind;
    const QVariant statusAttribute = reply.attribute(QNetworkRequest::HttpStatusCodeAttribute);
    if (!statusAttribute.isValid()) {
        if (cancelled)
            return ApiFailure{Kind::Cancelled, 0, {}, {}, QStringLiteral("cancelled")};
        if (reply.error() == QNetworkReply::NoError)
            return notCaseport(0, QStringLiteral("no HTTP status in the answer"));
        return transportFailure(reply, cancelled);
    }

    const int status = statusAttribute.toInt();
    // 304 answers a conditional request (If-None-Match) the job itself asked for.
    if ((status >= 200 && status < 300) || status == 304)
        return {};

    ApiFailure failure;
    failure.httpStatus = status;
    bool isApiError = false;
    try {
        const ApiError error = codec::decode<ApiError>(toStd(body));
        failure.errorCode = toQt(error.error);
        failure.field = toQt(error.field);
        failure.message = toQt(error.message);
        isApiError = true;
    } catch (const CodecError&) {
        failure.message = QStringLiteral("HTTP %1: %2").arg(status).arg(reply.errorString());
    }

    if (status == 401)
        failure.kind = Kind::Unauthorized;
    else if (status >= 500)
        failure.kind = Kind::ServerError;
    else if (status >= 400 && isApiError)
        failure.kind = Kind::Rejected;
    else
        failure.kind = Kind::NotCaseport; // 3xx left over, or a 4xx that is not our JSON
    return failure;
}

} // namespace caseport::client::http
