#include "MembersJob.h"

#include "Http.h"

#include "caseport/Codec.h"

namespace caseport::client {

MembersJob::MembersJob(QNetworkAccessManager* network, QUrl server, QString token, QString account,
                       QObject* parent)
    : ApiJob(network, std::move(server), std::move(token), parent)
    , m_account(std::move(account))
{
}

ApiJob::Call MembersJob::call() const
{
    return Call{"GET", http::accountPath(m_account, QStringLiteral("members")), {}, {}, {}};
}

void MembersJob::handleSuccess(int, const QByteArray& body, const QNetworkReply&)
{
    emit succeeded(codec::decode<MemberList>(http::toStd(body)));
}

} // namespace caseport::client
