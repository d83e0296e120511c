#include "CreatePostJob.h"

#include "Http.h"

#include "caseport/Codec.h"
#include "caseport/Protocol.h"

namespace caseport::client {

CreatePostJob::CreatePostJob(QNetworkAccessManager* network, QUrl server, QString token,
                             QString caseId, NewPost post, QObject* parent)
    : ApiJob(network, std::move(server), std::move(token), parent)
    , m_caseId(std::move(caseId))
    , m_post(std::move(post))
{
}

ApiJob::Call CreatePostJob::call() const
{
    return Call{"POST",
                QString::fromLatin1(protocol::kCasesPath) + QLatin1Char('/')
                    + http::pathSegment(m_caseId) + QStringLiteral("/posts"),
                {},
                http::toBytes(codec::encode(m_post)),
                {}};
}

void CreatePostJob::handleSuccess(int httpStatus, const QByteArray& body, const QNetworkReply&)
{
    emit succeeded(codec::decode<Post>(http::toStd(body)), httpStatus == 200);
}

} // namespace caseport::client
