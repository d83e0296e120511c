#pragma once

// Downloads one blob (GET /api/v1/blobs/{sha256}) into a folder the caller chooses, e.g.
// a per-cache blob folder so files open offline. The bytes go to "<name>.part" as they
// arrive; a later download of the same blob into the same place resumes from the part's
// length (Range + If-Range). At the end the whole part is hashed off the GUI thread; only
// content with the right SHA-256 is synced to the disk and renamed to <name> in one step.
// A part that does not verify (e.g. damaged on disk) is dropped and the blob fetched
// from zero once; if that does not verify either, failed().
//
// The name is the caller's (made safe with caseport::files::safeFileName), or the
// sha256 when none is given; the server's Content-Disposition is only offered as
// suggestedFileName() (made safe too) and never used as a path.
//
// Thread and ownership: the thread of the QNetworkAccessManager (the GUI thread); owned
// by its parent, never deletes itself. After start() exactly one outcome, finished() or
// failed() (failed(Cancelled) after cancel(), the part is kept), never from within
// start().

#include "caseport/client/ApiFailure.h"

#include <QFile>
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

class BlobDownload : public QObject {
    Q_OBJECT
public:
    BlobDownload(QNetworkAccessManager* network, QUrl server, QString token, QObject* parent = nullptr);
    ~BlobDownload() override;

    // Retries after a transport failure in a row before failed(); default 4.
    void setRetryLimit(int retries) { m_retryLimit = retries; }

    // Fetches blob `sha256` into `directory` (created if missing) as `fileName`, or as
    // the sha256 when fileName is empty. False if a download is running.
    bool start(const QString& sha256, const QString& directory, const QString& fileName = {});
    void cancel();
    [[nodiscard]] bool isRunning() const { return m_state != State::Idle; }

    // Where the file goes and where its bytes collect until verified.
    [[nodiscard]] const QString& filePath() const { return m_target; }
    [[nodiscard]] QString partPath() const { return m_target + QStringLiteral(".part"); }
    // The server's name for the file, safe to offer in a "Save as" dialog; empty until
    // the answer's headers arrived.
    [[nodiscard]] const QString& suggestedFileName() const { return m_suggestedName; }
    // Body bytes received from the network by this object since it was made.
    [[nodiscard]] qint64 bytesReceived() const { return m_bytesReceived; }
    // The part's length when the last request went out (0 = from the start).
    [[nodiscard]] qint64 resumedFrom() const { return m_resumedFrom; }

signals:
    // Bytes in the part of the blob's size (0 until the size is known).
    void progress(qint64 done, qint64 total);
    // Hashing the finished part.
    void verifyProgress(qint64 done, qint64 total);
    // The verified file, renamed into place.
    void finished(const QString& filePath);
    // Server and transport failures as ApiFailure (404 for a blob the caller may not
    // have); LocalStorage when the folder or file cannot be written; Protocol when the
    // content did not match its SHA-256 twice.
    void failed(const caseport::client::ApiFailure& failure);

private:
    enum class State { Idle, Requesting, Verifying, Waiting };

    void request();
    void onHeaders();
    void onData();
    void onFinished();
    void verify();
    void onVerified(const QString& sha256);
    void restartFromZero(const QString& why);
    bool writeOut(const QByteArray& bytes);
    void fail(ApiFailure failure);
    void dropReply();

    QNetworkAccessManager* m_network;
    QUrl m_server;
    QString m_token;
    int m_retryLimit = 4;

    State m_state = State::Idle;
    QString m_sha256;
    QString m_target;
    QString m_suggestedName;
    QFile m_part;
    qint64 m_total = 0;
    qint64 m_bytesReceived = 0;
    qint64 m_resumedFrom = 0;
    bool m_writing = false; // the answer in flight carries the blob's bytes
    int m_transportRetries = 0;
    bool m_restarted = false; // the one download from zero after a bad part is used

    FileHasher* m_hasher = nullptr; // child
    QTimer* m_retryTimer = nullptr; // child
    QPointer<QNetworkReply> m_reply; // owned while in flight
};

} // namespace caseport::client
