#include "LogoutJob.h"

#include "caseport/Protocol.h"

namespace caseport::client {

LogoutJob::LogoutJob(QNetworkAccessManager* network, QUrl server, QString token, QObject* parent)
    : ApiJob(network, std::move(server), std::move(token), parent)
{
}

ApiJob::Call LogoutJob::call() const
{
    return Call{"DELETE", QString::fromLatin1(protocol::kSessionPath), {}, {}, {}};
}

void LogoutJob::handleSuccess(int, const QByteArray&, const QNetworkReply&)
{
    emit succeeded();
}

} // namespace caseport::client
