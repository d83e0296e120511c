#pragma once

#include "ApiJob.h"

#include "caseport/Followers.h"

namespace caseport::client {

// GET /api/v1/cases/{id}/followers/eligible: whom the caller may add as followers of the
// case (403 when they may not manage its followers, 404 when they cannot see it).
// Ownership: see ApiJob.
class FollowerCandidatesJob : public ApiJob {
    Q_OBJECT
public:
    FollowerCandidatesJob(QNetworkAccessManager* network, QUrl server, QString token, QString caseId,
                          QObject* parent);

signals:
    void succeeded(const caseport::FollowerCandidates& candidates);

protected:
    Call call() const override;
    void handleSuccess(int httpStatus, const QByteArray& body, const QNetworkReply& reply) override;

private:
    QString m_caseId;
};

} // namespace caseport::client
