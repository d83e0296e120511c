#pragma once

#include "ApiJob.h"

#include "caseport/Members.h"
#include "caseport/client/MemberTypes.h"

namespace caseport::client {

// GET /api/v1/accounts/{account}/audit: who changed whose level, newest first.
// Ownership: see ApiJob.
class AccessAuditJob : public ApiJob {
    Q_OBJECT
public:
    AccessAuditJob(QNetworkAccessManager* network, QUrl server, QString token, QString account, QObject* parent);
    [[nodiscard]] const QString& account() const { return m_account; }

signals:
    void succeeded(const caseport::AccessAudit& audit);

protected:
    Call call() const override;
    void handleSuccess(int httpStatus, const QByteArray& body, const QNetworkReply& reply) override;

private:
    QString m_account;
};

} // namespace caseport::client
