#include "FollowerCandidatesJob.h"

#include "Http.h"

#include "caseport/Codec.h"
#include "caseport/Protocol.h"

namespace caseport::client {

FollowerCandidatesJob::FollowerCandidatesJob(QNetworkAccessManager* network, QUrl server, QString token,
                                             QString caseId, QObject* parent)
    : ApiJob(network, std::move(server), std::move(token), parent)
    , m_caseId(std::move(caseId))
{
}

ApiJob::Call FollowerCandidatesJob::call() const
{
    return Call{"GET",
                QString::fromLatin1(protocol::kCasesPath) + QLatin1Char('/') + http::pathSegment(m_caseId)
                    + QStringLiteral("/followers/eligible"),
                {},
                {},
                {}};
}

void FollowerCandidatesJob::handleSuccess(int, const QByteArray& body, const QNetworkReply&)
{
    emit succeeded(codec::decode<FollowerCandidates>(http::toStd(body)));
}

} // namespace caseport::client
