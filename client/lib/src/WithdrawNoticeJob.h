#pragma once

#include "ApiJob.h"

namespace caseport::client {

// DELETE /api/v1/notices/{id} (staff): withdraws a published notice. The id is
// percent-encoded into the path. Ownership: see ApiJob.
class WithdrawNoticeJob : public ApiJob {
    Q_OBJECT
public:
    WithdrawNoticeJob(QNetworkAccessManager* network, QUrl server, QString token, QString id, QObject* parent);

signals:
    void succeeded();

protected:
    Call call() const override;
    void handleSuccess(int httpStatus, const QByteArray& body, const QNetworkReply& reply) override;

private:
    QString m_id;
};

} // namespace caseport::client
