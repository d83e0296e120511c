#pragma once

#include "ApiJob.h"

namespace caseport::client {

// DELETE /api/v1/accounts/{account}/files/{id}: removes a file from the account. A 404
// (already removed, or never visible) counts as done: succeeded(alreadyGone == true),
// so the outbox can resend safely. A 403 (sees it, may not remove it) fails. Ownership:
// see ApiJob.
class UnlinkAccountFileJob : public ApiJob {
    Q_OBJECT
public:
    UnlinkAccountFileJob(QNetworkAccessManager* network, QUrl server, QString token, QString account,
                         QString fileId, QObject* parent);

signals:
    void succeeded(bool alreadyGone);

protected:
    Call call() const override;
    void handleSuccess(int httpStatus, const QByteArray& body, const QNetworkReply& reply) override;
    bool handleRefusal(const ApiFailure& failure, const QByteArray& body) override;

private:
    QString m_account;
    QString m_fileId;
};

} // namespace caseport::client
