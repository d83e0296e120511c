#include "PublishNoticeJob.h"

#include "Http.h"

#include "caseport/Codec.h"
#include "caseport/Protocol.h"

namespace caseport::client {

PublishNoticeJob::PublishNoticeJob(QNetworkAccessManager* network, QUrl server, QString token, NewNotice notice,
                                   QObject* parent)
    : ApiJob(network, std::move(server), std::move(token), parent)
    , m_notice(std::move(notice))
{
}

ApiJob::Call PublishNoticeJob::call() const
{
    return Call{"POST", QString::fromLatin1(protocol::kNoticesPath), {}, http::toBytes(codec::encode(m_notice)), {}};
}

void PublishNoticeJob::handleSuccess(int, const QByteArray& body, const QNetworkReply&)
{
    emit succeeded(codec::decode<Notice>(http::toStd(body)));
}

} // namespace caseport::client
