#include "CreateCaseJob.h"

#include "Http.h"

#include "caseport/Codec.h"
#include "caseport/Protocol.h"

namespace caseport::client {

CreateCaseJob::CreateCaseJob(QNetworkAccessManager* network, QUrl server, QString token,
                             NewCase draft, QObject* parent)
    : ApiJob(network, std::move(server), std::move(token), parent)
    , m_draft(std::move(draft))
{
}

ApiJob::Call CreateCaseJob::call() const
{
    return Call{"POST", QString::fromLatin1(protocol::kCasesPath), {},
                http::toBytes(codec::encode(m_draft)), {}};
}

void CreateCaseJob::handleSuccess(int httpStatus, const QByteArray& body, const QNetworkReply&)
{
    emit succeeded(codec::decode<Case>(http::toStd(body)), httpStatus == 200);
}

} // namespace caseport::client
