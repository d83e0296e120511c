#pragma once

// Base of the client's HTTP jobs, in the spirit of Nextcloud's AbstractNetworkJob.
//
// Ownership and lifetime: a job is created with a parent (usually the object that waits
// for it) and owns its QNetworkReply. After start() it emits exactly one outcome —
// failed() or the subclass's success signal — and then deletes itself with
// deleteLater(). Deleting the parent first aborts the request silently. abort() emits
// failed(Cancelled). Thread: the thread of the QNetworkAccessManager (the GUI thread).

#include "caseport/client/ApiFailure.h"

#include <QByteArray>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QUrl>
#include <QUrlQuery>

#include <chrono>

class QNetworkAccessManager;
class QNetworkReply;

namespace caseport::client {

class ApiJob : public QObject {
    Q_OBJECT
public:
    // token may be empty for calls that need no session (health, login).
    ApiJob(QNetworkAccessManager* network, QUrl server, QString token, QObject* parent);
    ~ApiJob() override;

    void setTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }
    // Sends the request; the outcome arrives asynchronously, never from within start().
    void start();
    void abort();

    [[nodiscard]] const QUrl& server() const { return m_server; }

signals:
    void failed(const caseport::client::ApiFailure& failure);

protected:
    struct Call {
        QByteArray verb; // "GET", "POST", "DELETE", ...
        QString path; // e.g. protocol::kCatalogPath
        QUrlQuery query;
        QByteArray body; // JSON text from the codec; empty for no body
        QList<QPair<QByteArray, QByteArray>> headers; // extra request headers
    };
    // The request this job sends.
    [[nodiscard]] virtual Call call() const = 0;
    // A 2xx answer arrived: decode it and emit the success signal. A CodecError thrown
    // from here becomes failed(NotCaseport).
    virtual void handleSuccess(int httpStatus, const QByteArray& body, const QNetworkReply& reply)
        = 0;
    // The server refused the call (4xx/5xx with `failure` already classified). A job
    // with its own outcome for some refusal (e.g. a 409 that carries the current record)
    // emits it and returns true; false (the default) lets failed(failure) report it.
    virtual bool handleRefusal(const ApiFailure& failure, const QByteArray& body);

private:
    void onFinished();
    void finish();

    QNetworkAccessManager* m_network;
    QUrl m_server;
    QString m_token;
    std::chrono::milliseconds m_timeout;
    QPointer<QNetworkReply> m_reply; // owned: deleted with the job or when finished
    bool m_cancelled = false;
    bool m_done = false;
};

} // namespace caseport::client
