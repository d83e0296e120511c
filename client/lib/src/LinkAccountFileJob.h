#pragma once

#include "ApiJob.h"

#include "caseport/AccountFile.h"

namespace caseport::client {

// POST /api/v1/accounts/{account}/files: links a blob already uploaded to the account
// (file.object empty) or to one of its objects. Idempotent on the file's id: a replay
// answers 200 with the stored file (replayed == true), so the outbox can resend safely.
// Failures: 404 (account not visible), 403 (may not add there), 422 with failure.field
// ("object" unknown, "sha256"/"size" blob missing or incomplete), 413/415. Ownership:
// see ApiJob.
class LinkAccountFileJob : public ApiJob {
    Q_OBJECT
public:
    LinkAccountFileJob(QNetworkAccessManager* network, QUrl server, QString token, QString account,
                       NewAccountFile file, QObject* parent);

signals:
    void succeeded(const caseport::AccountFile& linked, bool replayed);

protected:
    Call call() const override;
    void handleSuccess(int httpStatus, const QByteArray& body, const QNetworkReply& reply) override;

private:
    QString m_account;
    NewAccountFile m_file;
};

} // namespace caseport::client
