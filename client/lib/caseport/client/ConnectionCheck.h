#pragma once

#include "caseport/client/ApiFailure.h"

#include <QObject>
#include <QPointer>
#include <QUrl>

class QNetworkAccessManager;

namespace caseport::client {

class HealthJob;

// "Check connection" in the login dialog: GET {server}/health and classify the outcome.
// Asynchronous; emits finished() exactly once per start(). Lives on the GUI thread.
class ConnectionCheck : public QObject {
    Q_OBJECT
public:
    explicit ConnectionCheck(QNetworkAccessManager* network, QObject* parent = nullptr);
    ~ConnectionCheck() override; // aborts a running check without emitting finished()

    void start(const QUrl& server);
    void cancel();

signals:
    // ok == true: a caseportd answered; version is what /health reported.
    void finished(bool ok, const caseport::client::ApiFailure& failure, const QString& version);

private:
    QNetworkAccessManager* m_network;
    QPointer<HealthJob> m_job; // the running check; a child, deletes itself when done
};

} // namespace caseport::client
