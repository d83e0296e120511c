#pragma once

#include "ApiJob.h"

#include "caseport/Session.h"

namespace caseport::client {

// POST /api/v1/session: credentials → a session. Ownership: see ApiJob.
class SessionJob : public ApiJob {
    Q_OBJECT
public:
    SessionJob(QNetworkAccessManager* network, QUrl server, caseport::LoginRequest request,
               QObject* parent);

signals:
    void succeeded(const caseport::SessionInfo& session);

protected:
    Call call() const override;
    void handleSuccess(int httpStatus, const QByteArray& body, const QNetworkReply& reply) override;

private:
    caseport::LoginRequest m_request;
};

} // namespace caseport::client
