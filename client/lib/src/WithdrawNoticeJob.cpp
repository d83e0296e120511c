#include "WithdrawNoticeJob.h"

#include "Http.h"

#include "caseport/Protocol.h"

namespace caseport::client {

WithdrawNoticeJob::WithdrawNoticeJob(QNetworkAccessManager* network, QUrl server, QString token, QString id,
                                     QObject* parent)
    : ApiJob(network, std::move(server), std::move(token), parent)
    , m_id(std::move(id))
{
}

ApiJob::Call WithdrawNoticeJob::call() const
{
    return Call{"DELETE", QString::fromLatin1(protocol::kNoticesPath) + QLatin1Char('/') + http::pathSegment(m_id),
                {}, {}, {}};
}

void WithdrawNoticeJob::handleSuccess(int, const QByteArray&, const QNetworkReply&)
{
    emit succeeded();
}

} // namespace caseport::client
