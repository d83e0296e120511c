#include "UpdateCaseJob.h"

#include "Http.h"

#include "caseport/ApiError.h"
#include "caseport/Codec.h"
#include "caseport/Protocol.h"

namespace caseport::client {

UpdateCaseJob::UpdateCaseJob(QNetworkAccessManager* network, QUrl server, QString token,
                             QString caseId, CaseUpdate update, QObject* parent)
    : ApiJob(network, std::move(server), std::move(token), parent)
    , m_caseId(std::move(caseId))
    , m_update(std::move(update))
{
}

ApiJob::Call UpdateCaseJob::call() const
{
    return Call{"PATCH",
                QString::fromLatin1(protocol::kCasesPath) + QLatin1Char('/')
                    + http::pathSegment(m_caseId),
                {},
                http::toBytes(codec::encode(m_update)),
                {}};
}

void UpdateCaseJob::handleSuccess(int, const QByteArray& body, const QNetworkReply&)
{
    emit succeeded(codec::decode<Case>(http::toStd(body)));
}

bool UpdateCaseJob::handleRefusal(const ApiFailure& failure, const QByteArray& body)
{
    if (failure.httpStatus != 409 || failure.errorCode != QLatin1String(error::kVersionConflict))
        return false;
    try {
        const ApiError refusal = codec::decode<ApiError>(http::toStd(body));
        emit conflict(codec::fromJson<Case>(refusal.current), failure);
        return true;
    } catch (const CodecError&) {
        return false; // a 409 without a readable current case: an ordinary failure
    }
}

} // namespace caseport::client
