#include "HealthJob.h"

#include "Http.h"

#include "caseport/Codec.h"
#include "caseport/Protocol.h"

namespace caseport::client {

HealthJob::HealthJob(QNetworkAccessManager* network, QUrl server, QObject* parent)
    : ApiJob(network, std::move(server), {}, parent)
{
}

ApiJob::Call HealthJob::call() const
{
    return Call{"GET", QString::fromLatin1(protocol::kHealthPath), {}, {}, {}};
}

void HealthJob::handleSuccess(int httpStatus, const QByteArray& body, const QNetworkReply&)
{
    const Health health = codec::decode<Health>(http::toStd(body)); // CodecError → NotCaseport
    if (health.status != "ok") {
        emit failed(http::notCaseport(httpStatus, QStringLiteral("/health says: %1")
                                                      .arg(QString::fromStdString(health.status))));
        return;
    }
    if (health.protocol != protocol::kVersion) {
        ApiFailure failure;
        failure.kind = ApiFailure::Kind::Rejected;
        failure.httpStatus = httpStatus;
        failure.errorCode = QStringLiteral("unsupported_protocol");
        failure.message = QStringLiteral("the server speaks protocol %1, this client %2")
                              .arg(health.protocol)
                              .arg(protocol::kVersion);
        emit failed(failure);
        return;
    }
    emit succeeded(QString::fromStdString(health.version));
}

} // namespace caseport::client
