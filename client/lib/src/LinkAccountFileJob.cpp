#include "LinkAccountFileJob.h"

#include "Http.h"

#include "caseport/Codec.h"
#include "caseport/Protocol.h"

namespace caseport::client {

LinkAccountFileJob::LinkAccountFileJob(QNetworkAccessManager* network, QUrl server, QString token,
                                       QString account, NewAccountFile file, QObject* parent)
    : ApiJob(network, std::move(server), std::move(token), parent)
    , m_account(std::move(account))
    , m_file(std::move(file))
{
}

ApiJob::Call LinkAccountFileJob::call() const
{
    return Call{"POST",
                QString::fromLatin1(protocol::kAccountsPath) + QLatin1Char('/')
                    + http::pathSegment(m_account) + QStringLiteral("/files"),
                {},
                http::toBytes(codec::encode(m_file)),
                {}};
}

void LinkAccountFileJob::handleSuccess(int httpStatus, const QByteArray& body, const QNetworkReply&)
{
    emit succeeded(codec::decode<AccountFile>(http::toStd(body)), httpStatus == 200);
}

} // namespace caseport::client
