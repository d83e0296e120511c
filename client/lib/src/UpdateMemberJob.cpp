#include "UpdateMemberJob.h"

#include "Http.h"

#include "caseport/Codec.h"

namespace caseport::client {

UpdateMemberJob::UpdateMemberJob(QNetworkAccessManager* network, QUrl server, QString token, QString account,
                                 QString user, MemberUpdate update, QObject* parent)
    : ApiJob(network, std::move(server), std::move(token), parent)
    , m_account(std::move(account))
    , m_user(std::move(user))
    , m_update(std::move(update))
{
}

ApiJob::Call UpdateMemberJob::call() const
{
    return Call{"PATCH", http::accountPath(m_account, QStringLiteral("members/") + http::pathSegment(m_user)), {},
                http::toBytes(codec::encode(m_update)), {}};
}

void UpdateMemberJob::handleSuccess(int, const QByteArray& body, const QNetworkReply&)
{
    emit succeeded(codec::decode<AccountMember>(http::toStd(body)));
}

} // namespace caseport::client
