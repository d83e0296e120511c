#include "AccessAuditJob.h"

#include "Http.h"

#include "caseport/Codec.h"

namespace caseport::client {

AccessAuditJob::AccessAuditJob(QNetworkAccessManager* network, QUrl server, QString token, QString account,
                               QObject* parent)
    : ApiJob(network, std::move(server), std::move(token), parent)
    , m_account(std::move(account))
{
}

ApiJob::Call AccessAuditJob::call() const
{
    return Call{"GET", http::accountPath(m_account, QStringLiteral("audit")), {}, {}, {}};
}

void AccessAuditJob::handleSuccess(int, const QByteArray& body, const QNetworkReply&)
{
    emit succeeded(codec::decode<AccessAudit>(http::toStd(body)));
}

} // namespace caseport::client
