#pragma once

#include "ApiJob.h"

#include "caseport/ChangeSet.h"

namespace caseport::client {

// GET /api/v1/changes?since=CURSOR&limit=N: one page of changes. An empty cursor asks
// for everything. Ownership: see ApiJob.
class ChangesJob : public ApiJob {
    Q_OBJECT
public:
    ChangesJob(QNetworkAccessManager* network, QUrl server, QString token, QString since,
               int limit, QObject* parent);

signals:
    void succeeded(const caseport::ChangeSet& changes);

protected:
    Call call() const override;
    void handleSuccess(int httpStatus, const QByteArray& body, const QNetworkReply& reply) override;

private:
    QString m_since;
    int m_limit;
};

} // namespace caseport::client
