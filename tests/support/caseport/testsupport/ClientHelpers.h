#pragma once

// Synchronous wrappers around the client library's asynchronous calls, for tests only.
// Each starts the call and waits on its signals with QSignalSpy (event loop, no sleeps).
// Results carry `finished` (false: timed out) and a failure description for QVERIFY2:
//     const auto login = loginAndWait(&network, server.baseUrl(), "anna@acme.example", "demo");
//     QVERIFY2(login.ok, qPrintable(login.error));

#include "caseport/Case.h"
#include "caseport/Session.h"
#include "caseport/client/ApiFailure.h"

#include <QString>
#include <QUrl>

class QNetworkAccessManager;

namespace caseport::client {
class Workspace;
}

namespace caseport::testsupport {

inline constexpr int kDefaultWaitMs = 20000;

// "Unauthorized (401, invalid_credentials): …" — for failure messages.
[[nodiscard]] QString describe(const client::ApiFailure& failure);

struct LoginOutcome {
    bool finished = false;
    bool ok = false;
    SessionInfo session;
    client::ApiFailure failure;
    QString error; // empty when ok
};
[[nodiscard]] LoginOutcome loginAndWait(QNetworkAccessManager* network, const QUrl& server,
                                        const QString& user, const QString& password,
                                        int timeoutMs = kDefaultWaitMs);

struct CheckOutcome {
    bool finished = false;
    bool ok = false;
    client::ApiFailure failure;
    QString version;
    QString error;
};
[[nodiscard]] CheckOutcome checkConnectionAndWait(QNetworkAccessManager* network, const QUrl& server,
                                                  int timeoutMs = kDefaultWaitMs);

struct WaitOutcome {
    bool finished = false;
    bool ok = false;
    client::ApiFailure failure;
    Case created; // submitAndWait only
    QString error; // empty when ok
};
// Waits until the workspace's cache is open (ready()), unless it already is.
[[nodiscard]] WaitOutcome waitForReady(client::Workspace& workspace, int timeoutMs = kDefaultWaitMs);
// Calls sync() and waits for syncFinished.
[[nodiscard]] WaitOutcome syncAndWait(client::Workspace& workspace, int timeoutMs = kDefaultWaitMs);
// Calls submitCase() (with `files` attached) and waits for caseSubmitted or submitFailed for that draft's id.
[[nodiscard]] WaitOutcome submitAndWait(client::Workspace& workspace, NewCase draft,
                                        int timeoutMs = kDefaultWaitMs, const QStringList& files = {});

} // namespace caseport::testsupport
