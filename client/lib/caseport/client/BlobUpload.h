#pragma once

// Uploads one local file as a blob (PUT /api/v1/blobs/{sha256}, docs/api.md "Files"):
// hashes it off the GUI thread unless the hash is known, asks HEAD how much of it the
// server already has, then sends the rest in chunks of chunkSize() bytes, each a
// Content-Range request streamed from the file (never the whole file in memory).
//
// Resuming: a broken connection is retried (HEAD, then the rest) a few times with
// backoff; after a cancel(), a failure or a restart of the program a new BlobUpload of
// the same file (pass the known hash to skip hashing) continues where the server stands.
// A file that changed while it was uploaded (the server's hash check fails, or it got
// shorter) is hashed again and uploaded from zero once under its new hash; a second
// change fails.
//
// Thread and ownership: lives in the thread of the QNetworkAccessManager (the GUI
// thread); owned by its parent, never deletes itself. After start() it emits exactly one
// outcome, finished() or failed() (failed(Cancelled) after cancel()), never from within
// start(). It can then be started again.

#include "caseport/client/ApiFailure.h"

#include <QObject>
#include <QPointer>
#include <QString>
#include <QUrl>

#include <chrono>

class QNetworkAccessManager;
class QNetworkReply;
class QTimer;

namespace caseport::client {

class FileHasher;

class BlobUpload : public QObject {
    Q_OBJECT
public:
    static constexpr qint64 kDefaultChunkBytes = qint64{8} << 20;

    BlobUpload(QNetworkAccessManager* network, QUrl server, QString token, QObject* parent = nullptr);
    ~BlobUpload() override;

    // Bytes per PUT request (at least 1). Only the last chunk in flight is sent again
    // after a broken connection, and only its part the server did not store.
    void setChunkSize(qint64 bytes);
    [[nodiscard]] qint64 chunkSize() const { return m_chunkBytes; }
    // Retries after a transport failure (connection cut, timeout, 5xx) in a row before
    // failed(); default 4, with 0.5, 1, 2, 4 s between them.
    void setRetryLimit(int retries) { m_retryLimit = retries; }

    // Uploads the file at `path`. sha256: its hash (lower-case hex) when the caller knows
    // it, e.g. from an outbox row; empty = hash it first. mimeType and fileName, when not
    // empty, are declared to the server, which refuses types it does not allow at once
    // (415) instead of after the whole file. False if an upload is running.
    bool start(const QString& path, const QString& sha256 = {}, const QString& mimeType = {},
               const QString& fileName = {});
    // Stops at once; what the server stored so far stays there for a later resume.
    void cancel();
    [[nodiscard]] bool isRunning() const { return m_state != State::Idle; }

    // The blob's name (known after hashing) and the file's size.
    [[nodiscard]] const QString& sha256() const { return m_sha256; }
    [[nodiscard]] qint64 size() const { return m_total; }
    // File bytes handed to the network by this object since it was made (chunks cut
    // short included): with the size, how much was sent twice.
    [[nodiscard]] qint64 bytesSent() const { return m_bytesSent; }
    // Where the server stood when this upload last asked HEAD (0 for a new blob).
    [[nodiscard]] qint64 resumedFrom() const { return m_resumedFrom; }

signals:
    // Hashing before the upload: bytes hashed of total.
    void hashProgress(qint64 done, qint64 total);
    // Bytes the server has or is receiving now, of the file's size.
    void progress(qint64 done, qint64 total);
    // The server has the whole blob under this name (hashed by the server).
    void finished(const QString& sha256, qint64 size);
    // Kind Rejected with the server's code and message for 413 (payload_too_large),
    // 415 (unsupported_media_type) and a file that kept changing (422, field sha256);
    // LocalStorage when the file cannot be read; transport kinds after the retries.
    void failed(const caseport::client::ApiFailure& failure);

private:
    enum class State { Idle, Hashing, Probing, Sending, Waiting };

    void hash();
    void probe();
    void onProbeFinished();
    void sendChunk();
    void onChunkFinished();
    void onChunkProgress(qint64 sent, qint64 total);
    void handleFailure(const ApiFailure& failure);
    void fileChanged(const QString& why);
    void retryLater(std::chrono::milliseconds delay, void (BlobUpload::*step)());
    void succeed(qint64 size);
    void fail(ApiFailure failure);
    void dropReply();

    QNetworkAccessManager* m_network;
    QUrl m_server;
    QString m_token;
    qint64 m_chunkBytes = kDefaultChunkBytes;
    int m_retryLimit = 4;

    State m_state = State::Idle;
    QString m_path;
    QString m_mimeType;
    QString m_fileName;
    QString m_sha256;
    qint64 m_total = 0;
    qint64 m_offset = 0; // bytes the server confirmed
    qint64 m_chunkSent = 0; // of the chunk in flight
    qint64 m_bytesSent = 0;
    qint64 m_resumedFrom = 0;
    int m_transportRetries = 0; // in a row
    int m_conflicts = 0; // 409s in a row
    bool m_rehashed = false; // the one restart after the file changed is used

    FileHasher* m_hasher = nullptr; // child
    QTimer* m_retryTimer = nullptr; // child
    QPointer<QNetworkReply> m_reply; // owned while in flight; its body is a child of it
};

} // namespace caseport::client
