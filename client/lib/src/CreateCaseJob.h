#pragma once

#include "ApiJob.h"

#include "caseport/Case.h"

namespace caseport::client {

// POST /api/v1/cases. Idempotent on the draft's id: a replay answers 200 with the same
// case (replayed == true), so the future outbox can resend safely. Ownership: see ApiJob.
class CreateCaseJob : public ApiJob {
    Q_OBJECT
public:
    CreateCaseJob(QNetworkAccessManager* network, QUrl server, QString token, NewCase draft,
                  QObject* parent);

    [[nodiscard]] const NewCase& draft() const { return m_draft; }

signals:
    void succeeded(const caseport::Case& created, bool replayed);

protected:
    Call call() const override;
    void handleSuccess(int httpStatus, const QByteArray& body, const QNetworkReply& reply) override;

private:
    NewCase m_draft;
};

} // namespace caseport::client
