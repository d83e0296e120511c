#include "UnlinkAccountFileJob.h"

#include "Http.h"

#include "caseport/Protocol.h"

namespace caseport::client {

UnlinkAccountFileJob::UnlinkAccountFileJob(QNetworkAccessManager* network, QUrl server, QString token,
                                           QString account, QString fileId, QObject* parent)
    : ApiJob(network, std::move(server), std::move(token), parent)
    , m_account(std::move(account))
    , m_fileId(std::move(fileId))
{
}

ApiJob::Call UnlinkAccountFileJob::call() const
{
    return Call{"DELETE",
                QString::fromLatin1(protocol::kAccountsPath) + QLatin1Char('/')
                    + http::pathSegment(m_account) + QStringLiteral("/files/")
                    + http::pathSegment(m_fileId),
                {},
                {},
                {}};
}

void UnlinkAccountFileJob::handleSuccess(int, const QByteArray&, const QNetworkReply&)
{
    emit succeeded(false);
}

bool UnlinkAccountFileJob::handleRefusal(const ApiFailure& failure, const QByteArray&)
{
    if (failure.httpStatus != 404)
        return false;
    emit succeeded(true); // gone already: what the user wanted
    return true;
}

} // namespace caseport::client
