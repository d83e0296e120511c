#pragma once

#include "ApiJob.h"

#include "caseport/Post.h"

namespace caseport::client {

// POST /api/v1/cases/{caseId}/posts. Idempotent on the post's id: a replay answers 200
// with the stored post (replayed == true), so the outbox can resend safely. Posts never
// conflict. Failures: 404 (no such case, or not visible), 403 (an internal note from a
// customer), 422 with failure.field. Ownership: see ApiJob.
class CreatePostJob : public ApiJob {
    Q_OBJECT
public:
    CreatePostJob(QNetworkAccessManager* network, QUrl server, QString token, QString caseId,
                  NewPost post, QObject* parent);

    [[nodiscard]] const QString& caseId() const { return m_caseId; }
    [[nodiscard]] const NewPost& post() const { return m_post; }

signals:
    void succeeded(const caseport::Post& created, bool replayed);

protected:
    Call call() const override;
    void handleSuccess(int httpStatus, const QByteArray& body, const QNetworkReply& reply) override;

private:
    QString m_caseId;
    NewPost m_post;
};

} // namespace caseport::client
