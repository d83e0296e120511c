#pragma once

// Request building and header reading shared by BlobUpload and BlobDownload. Pure
// functions, usable from any thread.

#include <QByteArray>
#include <QNetworkRequest>
#include <QString>
#include <QUrl>

#include <chrono>

class QNetworkReply;

namespace caseport::client::blobhttp {

// A chunk PUT may wait for the server to re-hash the whole file before it answers
// (about a second per GiB), so it gets more than the default transfer timeout.
inline constexpr std::chrono::milliseconds kPutTimeout{120000};

// True for 64 lower-case hex digits (what the server names a blob).
[[nodiscard]] bool isBlobName(const QString& sha256);

// A request for {server}/api/v1/blobs/{sha256} with the bearer token; Accept: JSON (for
// error bodies).
[[nodiscard]] QNetworkRequest request(const QUrl& server, const QString& token,
                                      const QString& sha256, std::chrono::milliseconds timeout);

// The HTTP status, 0 when there was none.
[[nodiscard]] int status(const QNetworkReply& reply);
// The Upload-Offset header, -1 when absent or not a number.
[[nodiscard]] qint64 uploadOffset(const QNetworkReply& reply);
// "bytes FIRST-LAST/TOTAL" for `length` (> 0) bytes from `first`; "bytes */TOTAL" for 0.
[[nodiscard]] QByteArray contentRange(qint64 first, qint64 length, qint64 total);

} // namespace caseport::client::blobhttp
