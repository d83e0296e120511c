#pragma once

#include "ApiJob.h"

#include "caseport/Members.h"
#include "caseport/client/MemberTypes.h"

namespace caseport::client {

// PATCH /api/v1/accounts/{account}/members/{user} with the levels to set; answers the
// updated member. The e-mail is percent-encoded into the path. Ownership: see ApiJob.
class UpdateMemberJob : public ApiJob {
    Q_OBJECT
public:
    UpdateMemberJob(QNetworkAccessManager* network, QUrl server, QString token, QString account, QString user,
                    MemberUpdate update, QObject* parent);
    [[nodiscard]] const QString& account() const { return m_account; }
    [[nodiscard]] const QString& user() const { return m_user; }

signals:
    void succeeded(const caseport::AccountMember& member);

protected:
    Call call() const override;
    void handleSuccess(int httpStatus, const QByteArray& body, const QNetworkReply& reply) override;

private:
    QString m_account;
    QString m_user;
    MemberUpdate m_update;
};

} // namespace caseport::client
