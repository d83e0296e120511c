#pragma once

#include "ApiJob.h"

namespace caseport::client {

// DELETE /api/v1/session: revokes the bearer token. Ownership: see ApiJob.
class LogoutJob : public ApiJob {
    Q_OBJECT
public:
    LogoutJob(QNetworkAccessManager* network, QUrl server, QString token, QObject* parent);

signals:
    void succeeded();

protected:
    Call call() const override;
    void handleSuccess(int httpStatus, const QByteArray& body, const QNetworkReply& reply) override;
};

} // namespace caseport::client
