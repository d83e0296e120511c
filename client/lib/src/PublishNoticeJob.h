#pragma once

#include "ApiJob.h"

#include "caseport/Notice.h"

namespace caseport::client {

// POST /api/v1/notices (staff): publishes a notice; answers the stored notice, also on
// a replay of the same id. Ownership: see ApiJob.
class PublishNoticeJob : public ApiJob {
    Q_OBJECT
public:
    PublishNoticeJob(QNetworkAccessManager* network, QUrl server, QString token, NewNotice notice, QObject* parent);

signals:
    void succeeded(const caseport::Notice& notice);

protected:
    Call call() const override;
    void handleSuccess(int httpStatus, const QByteArray& body, const QNetworkReply& reply) override;

private:
    NewNotice m_notice;
};

} // namespace caseport::client
