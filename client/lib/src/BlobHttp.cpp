#include "BlobHttp.h"

#include "Http.h"

#include "caseport/Protocol.h"

#include <QNetworkReply>

namespace caseport::client::blobhttp {

bool isBlobName(const QString& sha256)
{
    if (sha256.size() != 64)
        return false;
    for (const QChar c : sha256) {
        if (!((c >= QLatin1Char('0') && c <= QLatin1Char('9')) || (c >= QLatin1Char('a') && c <= QLatin1Char('f'))))
            return false;
    }
    return true;
}

QNetworkRequest request(const QUrl& server, const QString& token, const QString& sha256,
                        std::chrono::milliseconds timeout)
{
    const QString path = QString::fromLatin1(protocol::kBlobsPath) + QLatin1Char('/') + http::pathSegment(sha256);
    return http::makeRequest(http::endpoint(server, path), token, false, timeout);
}

int status(const QNetworkReply& reply)
{
    return reply.attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
}

qint64 uploadOffset(const QNetworkReply& reply)
{
    if (!reply.hasRawHeader(protocol::kUploadOffsetHeader))
        return -1;
    bool ok = false;
    const qint64 value = reply.rawHeader(protocol::kUploadOffsetHeader).trimmed().toLongLong(&ok);
    return ok && value >= 0 ? value : -1;
}

QByteArray contentRange(qint64 first, qint64 length, qint64 total)
{
    if (length <= 0)
        return "bytes */" + QByteArray::number(total);
    return "bytes " + QByteArray::number(first) + '-' + QByteArray::number(first + length - 1) + '/'
        + QByteArray::number(total);
}

} // namespace caseport::client::blobhttp
