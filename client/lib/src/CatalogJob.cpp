#include "CatalogJob.h"

#include "Http.h"

#include "caseport/Codec.h"
#include "caseport/Protocol.h"

#include <QNetworkReply>

namespace caseport::client {

CatalogJob::CatalogJob(QNetworkAccessManager* network, QUrl server, QString token, QString etag,
                       QObject* parent)
    : ApiJob(network, std::move(server), std::move(token), parent)
    , m_etag(std::move(etag))
{
}

ApiJob::Call CatalogJob::call() const
{
    Call c{"GET", QString::fromLatin1(protocol::kCatalogPath), {}, {}, {}};
    if (!m_etag.isEmpty())
        c.headers.append({"If-None-Match", m_etag.toUtf8()});
    return c;
}

void CatalogJob::handleSuccess(int httpStatus, const QByteArray& body, const QNetworkReply& reply)
{
    // AlwaysNetwork is set, so QNetworkAccessManager hands the 304 through unchanged.
    if (httpStatus == 304) {
        emit notModified();
        return;
    }
    const Catalog catalog = codec::decode<Catalog>(http::toStd(body));
    emit succeeded(catalog, QString::fromUtf8(reply.rawHeader("ETag")));
}

} // namespace caseport::client
