#pragma once

#include "ApiJob.h"

namespace caseport::client {

// GET /health. Succeeds only when a caseportd speaking our protocol answers: another
// body is failed(NotCaseport), another protocol version failed(Rejected,
// "unsupported_protocol"). Ownership: see ApiJob.
class HealthJob : public ApiJob {
    Q_OBJECT
public:
    HealthJob(QNetworkAccessManager* network, QUrl server, QObject* parent);

signals:
    void succeeded(const QString& version);

protected:
    Call call() const override;
    void handleSuccess(int httpStatus, const QByteArray& body, const QNetworkReply& reply) override;
};

} // namespace caseport::client
