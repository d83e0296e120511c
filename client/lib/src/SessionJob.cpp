#include "SessionJob.h"

#include "Http.h"

#include "caseport/Codec.h"
#include "caseport/Protocol.h"

namespace caseport::client {

SessionJob::SessionJob(QNetworkAccessManager* network, QUrl server, LoginRequest request,
                       QObject* parent)
    : ApiJob(network, std::move(server), {}, parent)
    , m_request(std::move(request))
{
}

ApiJob::Call SessionJob::call() const
{
    return Call{"POST", QString::fromLatin1(protocol::kSessionPath), {},
                http::toBytes(codec::encode(m_request)), {}};
}

void SessionJob::handleSuccess(int, const QByteArray& body, const QNetworkReply&)
{
    emit succeeded(codec::decode<SessionInfo>(http::toStd(body)));
}

} // namespace caseport::client
