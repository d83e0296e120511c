#pragma once

// Sends the outbox to the server, oldest item first, one at a time: each item's outcome
// is committed to the cache before the next one is read, so a crash at any moment
// leaves every item either still queued (and safe to resend: the server deduplicates
// on its record id) or gone with the server's answer stored.
//
// An item the server refuses for good (e.g. 422) is marked failed and the replay goes
// on with other cases; later items of the same case wait behind it. An edit that meets
// a newer version (409) is marked as a conflict for the user to resolve. Anything that
// may pass later (offline, 5xx, 429) stops the replay: finished() carries the failure,
// and the sync engine retries with backoff.
//
// Lives on the GUI thread (the network's), owned by the SyncEngine.

#include "caseport/AccountFile.h"
#include "caseport/Case.h"
#include "caseport/Post.h"
#include "caseport/client/ApiFailure.h"
#include "caseport/client/BlobUpload.h"
#include "caseport/client/OutboxTypes.h"

#include <QObject>
#include <QPointer>
#include <QUrl>

#include <optional>

class QNetworkAccessManager;

namespace caseport::client {

class ApiJob;
class CaseCache;

// What a failed send means for the item. Pure; see the table test.
enum class OutboxDisposition {
    Retry, // may pass later: keep the item, stop the replay, try again with backoff
    Refuse, // the server said no for good: mark the item failed, go on with others
    Conflict, // 409 on an edit: the user decides
    StopSession, // 401: nothing can be sent until the user logs in again
};
[[nodiscard]] OutboxDisposition outboxDisposition(OutboxItem::Kind kind, const ApiFailure& failure);

class OutboxReplayer : public QObject {
    Q_OBJECT
public:
    OutboxReplayer(QNetworkAccessManager* network, QUrl server, QString token, CaseCache* cache,
                   QObject* parent = nullptr);

    void setToken(const QString& token) { m_token = token; }
    [[nodiscard]] bool isRunning() const { return m_running; }

    // Sends until nothing eligible is left or something stops it; then finished().
    void start();
    // Stops the upload of outbox item `seq` if it is in flight: the item becomes paused
    // (what the server has stays there for the resume) and the replay goes on with other
    // cases. False when that item is not being uploaded.
    bool cancelUpload(qint64 seq);
    // The Upload item in flight, 0 when none.
    [[nodiscard]] qint64 uploadingSeq() const { return m_upload ? m_uploadSeq : 0; }
    // The item whose request (not an upload) is with the server now, 0 when none.
    [[nodiscard]] qint64 sendingSeq() const;

signals:
    // The server took item; answered is its case (creates and edits), post its post.
    void delivered(const caseport::client::OutboxItem& item,
                   const std::optional<caseport::Case>& answered,
                   const std::optional<caseport::Post>& post);
    // A LinkAccountFile item was taken: the server's record of the file (just before
    // delivered() for the same item).
    void accountFileLinked(const caseport::client::OutboxItem& item, const caseport::AccountFile& linked);
    // The item is now failed (Refuse) or a conflict (current = the server's version).
    void refused(const caseport::client::OutboxItem& item,
                 const caseport::client::ApiFailure& failure);
    // An Upload item on its way: bytes the server has of the file's size.
    void uploadProgress(const caseport::client::OutboxItem& item, qint64 done, qint64 total);
    // The upload of item stopped: done, failed, or cancelled (then uploadPaused follows).
    void uploadEnded(const caseport::client::OutboxItem& item);
    // The user cancelled item's upload; it is paused now.
    void uploadPaused(const caseport::client::OutboxItem& item);
    // stoppedBy.ok(): everything that could be sent was sent.
    void finished(const caseport::client::ApiFailure& stoppedBy);

private:
    void onNext(bool found, const OutboxItem& item);
    void send(const OutboxItem& item);
    void onFailure(const OutboxItem& item, const ApiFailure& failure);
    void succeed(const OutboxItem& item, const std::optional<Case>& answered,
                 const std::optional<Post>& post);
    void requestNext();
    void stop(const ApiFailure& failure);
    void pause(const OutboxItem& item);
    void track(ApiJob* job, const OutboxItem& item);

    QNetworkAccessManager* m_network;
    QUrl m_server;
    QString m_token;
    CaseCache* m_cache; // not owned; outlives the replayer
    bool m_running = false;
    bool m_awaitingNext = false;
    qint64 m_settledSeq = 0; // the last item whose outcome was handed to the cache
    QPointer<ApiJob> m_job;
    qint64 m_jobSeq = 0; // m_job's item
    QPointer<BlobUpload> m_upload; // the BlobUpload of an Upload item in flight
    qint64 m_uploadSeq = 0; // its item
    qint64 m_cancelledSeq = 0; // the item whose upload the user cancelled
};

} // namespace caseport::client
