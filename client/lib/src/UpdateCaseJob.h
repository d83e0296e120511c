#pragma once

#include "ApiJob.h"

#include "caseport/Case.h"

namespace caseport::client {

// PATCH /api/v1/cases/{id}: edit a case against the version the user saw
// (update.baseVersion). Exactly one outcome:
// - succeeded(case) with the case as the server now has it — also when the edit had
//   already landed (a replay: the server answers the stored case and writes nothing);
// - conflict(current, failure) when the case changed since baseVersion (409
//   version_conflict): `current` is the server's version, to show beside the user's;
// - failed(failure) for anything else (403, 404, 422 with failure.field, e.g.
//   error "transition_not_allowed" on "status"; transport failures).
// Ownership: see ApiJob.
class UpdateCaseJob : public ApiJob {
    Q_OBJECT
public:
    UpdateCaseJob(QNetworkAccessManager* network, QUrl server, QString token, QString caseId,
                  CaseUpdate update, QObject* parent);

    [[nodiscard]] const QString& caseId() const { return m_caseId; }
    [[nodiscard]] const CaseUpdate& update() const { return m_update; }

signals:
    void succeeded(const caseport::Case& updated);
    void conflict(const caseport::Case& current, const caseport::client::ApiFailure& failure);

protected:
    Call call() const override;
    void handleSuccess(int httpStatus, const QByteArray& body, const QNetworkReply& reply) override;
    bool handleRefusal(const ApiFailure& failure, const QByteArray& body) override;

private:
    QString m_caseId;
    CaseUpdate m_update;
};

} // namespace caseport::client
