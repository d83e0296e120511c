#include "ChangesJob.h"

#include "Http.h"

#include "caseport/Codec.h"
#include "caseport/Protocol.h"

namespace caseport::client {

ChangesJob::ChangesJob(QNetworkAccessManager* network, QUrl server, QString token, QString since,
                       int limit, QObject* parent)
    : ApiJob(network, std::move(server), std::move(token), parent)
    , m_since(std::move(since))
    , m_limit(limit)
{
}

ApiJob::Call ChangesJob::call() const
{
    QUrlQuery query;
    if (!m_since.isEmpty())
        query.addQueryItem(QStringLiteral("since"),
                           QString::fromLatin1(QUrl::toPercentEncoding(m_since)));
    query.addQueryItem(QStringLiteral("limit"), QString::number(m_limit));
    return Call{"GET", QString::fromLatin1(protocol::kChangesPath), query, {}, {}};
}

void ChangesJob::handleSuccess(int, const QByteArray& body, const QNetworkReply&)
{
    emit succeeded(codec::decode<ChangeSet>(http::toStd(body)));
}

} // namespace caseport::client
