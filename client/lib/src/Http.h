#pragma once

// Request building and reply classification shared by every API call of the client.
// Pure functions, no state; usable from any thread.

#include "caseport/client/ApiFailure.h"

#include <QByteArray>
#include <QNetworkRequest>
#include <QString>
#include <QUrl>
#include <QUrlQuery>

#include <chrono>
#include <string>

class QNetworkReply;

namespace caseport::client::http {

inline constexpr std::chrono::milliseconds kDefaultTimeout{30000};
inline constexpr const char* kUserAgent = "Caseport/0.1";

// True for an absolute http(s) URL with a host.
[[nodiscard]] bool isUsableServerUrl(const QUrl& server);

// server + path (the server URL may carry a path prefix, e.g. https://host/caseport).
// `path` is taken as percent-encoded: ids inside it go through pathSegment().
[[nodiscard]] QUrl endpoint(const QUrl& server, const QString& path, const QUrlQuery& query = {});

// One path segment, percent-encoded (an e-mail's '@' becomes %40, '/' becomes %2F), so an
// id can never change the shape of the path.
[[nodiscard]] QString pathSegment(const QString& id);

// {protocol::kAccountsPath}/{account}/{rest}; `rest` is already encoded (e.g. "members").
[[nodiscard]] QString accountPath(const QString& account, const QString& rest);

// A request with User-Agent, Accept: application/json, the transfer timeout and, when
// token is not empty, "Authorization: Bearer <token>". Content-Type is set to JSON when
// hasJsonBody. Accept-Encoding is deliberately left to QNetworkAccessManager (gzip is
// then decoded transparently).
[[nodiscard]] QNetworkRequest makeRequest(const QUrl& url, const QString& token, bool hasJsonBody,
                                          std::chrono::milliseconds timeout = kDefaultTimeout);

// The failure a finished reply stands for; kind None for a 2xx (or 304) answer.
// body is the reply's content (already read by the caller). cancelled: the caller
// aborted the reply itself (otherwise an aborted reply counts as a timeout).
[[nodiscard]] ApiFailure classify(const QNetworkReply& reply, const QByteArray& body,
                                  bool cancelled);

// A failure for a 2xx body that is not the JSON we expected (wrong server or path).
[[nodiscard]] ApiFailure notCaseport(int httpStatus, const QString& message);

[[nodiscard]] inline std::string toStd(const QByteArray& bytes)
{
    return bytes.toStdString();
}
[[nodiscard]] inline QByteArray toBytes(const std::string& text)
{
    return QByteArray(text.data(), static_cast<qsizetype>(text.size()));
}
[[nodiscard]] inline QString toQt(const std::string& text)
{
    return QString::fromStdString(text);
}

} // namespace caseport::client::http
