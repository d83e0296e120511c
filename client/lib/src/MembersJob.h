#pragma once

#include "ApiJob.h"

#include "caseport/Members.h"
#include "caseport/client/MemberTypes.h"

namespace caseport::client {

// GET /api/v1/accounts/{account}/members: the account's members with their levels, for
// its customer admin (403 forbidden for other members, 404 outside the account).
// Ownership: see ApiJob.
class MembersJob : public ApiJob {
    Q_OBJECT
public:
    MembersJob(QNetworkAccessManager* network, QUrl server, QString token, QString account, QObject* parent);
    [[nodiscard]] const QString& account() const { return m_account; }

signals:
    void succeeded(const caseport::MemberList& members);

protected:
    Call call() const override;
    void handleSuccess(int httpStatus, const QByteArray& body, const QNetworkReply& reply) override;

private:
    QString m_account;
};

} // namespace caseport::client
