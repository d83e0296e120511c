#pragma once

// Drives the client library's FileHasher, BlobUpload and BlobDownload for blob_bench:
// each call runs one transfer to its outcome in a local event loop (never sleeps) and
// times it. A transfer can be cancelled when it passes a fraction of the file, as a user
// (or a cut connection) would, and then run again by a new object — what a restart of
// the program does. GUI (main) thread only.

#include "caseport/client/ApiFailure.h"

#include <QNetworkAccessManager>
#include <QString>
#include <QUrl>

namespace caseport::bench {

struct TransferFigures {
    bool ok = false;
    bool cancelled = false;
    QString failure;
    QString result; // the sha256 (hash, upload) or the file (download)
    double seconds = 0; // start → outcome
    double verifySeconds = 0; // download: hashing the finished part (part of seconds)
    qint64 bytes = 0; // file bytes sent (upload) or received (download) by this run
    qint64 resumedFrom = 0; // where the server (upload) or the part (download) stood
};

class TransferRunner {
public:
    TransferRunner(const QUrl& server, QString token);

    [[nodiscard]] TransferFigures hash(const QString& path);
    // cancelAt: fraction of the file (0 < f < 1) at which to cancel; 0 = run to the end.
    [[nodiscard]] TransferFigures upload(const QString& path, const QString& sha256,
                                         qint64 chunkBytes, double cancelAt);
    [[nodiscard]] TransferFigures download(const QString& sha256, const QString& folder,
                                           double cancelAt);

private:
    QNetworkAccessManager m_network;
    QUrl m_server;
    QString m_token;
};

} // namespace caseport::bench
