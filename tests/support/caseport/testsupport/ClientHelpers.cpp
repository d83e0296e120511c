#include "caseport/testsupport/ClientHelpers.h"

#include "caseport/client/ConnectionCheck.h"
#include "caseport/client/LoginJob.h"
#include "caseport/client/Workspace.h"

#include <QSignalSpy>
#include <QTest>

namespace caseport::testsupport {

namespace {

QString kindName(client::ApiFailure::Kind kind)
{
    using Kind = client::ApiFailure::Kind;
    switch (kind) {
    case Kind::None: return QStringLiteral("None");
    case Kind::InvalidUrl: return QStringLiteral("InvalidUrl");
    case Kind::HostNotFound: return QStringLiteral("HostNotFound");
    case Kind::ConnectionRefused: return QStringLiteral("ConnectionRefused");
    case Kind::Timeout: return QStringLiteral("Timeout");
    case Kind::TlsError: return QStringLiteral("TlsError");
    case Kind::NotCaseport: return QStringLiteral("NotCaseport");
    case Kind::Unauthorized: return QStringLiteral("Unauthorized");
    case Kind::Rejected: return QStringLiteral("Rejected");
    case Kind::ServerError: return QStringLiteral("ServerError");
    case Kind::Network: return QStringLiteral("Network");
    case Kind::Cancelled: return QStringLiteral("Cancelled");
    case Kind::LocalStorage: return QStringLiteral("LocalStorage");
    case Kind::Protocol: return QStringLiteral("Protocol");
    }
    return QStringLiteral("?");
}

} // namespace

QString describe(const client::ApiFailure& failure)
{
    return QStringLiteral("%1 (%2, %3%4): %5")
        .arg(kindName(failure.kind))
        .arg(failure.httpStatus)
        .arg(failure.errorCode.isEmpty() ? QStringLiteral("-") : failure.errorCode,
             failure.field.isEmpty() ? QString() : QStringLiteral(", field ") + failure.field,
             failure.message);
}

LoginOutcome loginAndWait(QNetworkAccessManager* network, const QUrl& server, const QString& user,
                          const QString& password, int timeoutMs)
{
    LoginOutcome outcome;
    // The job deletes itself (deleteLater) after its one signal; the spies cope with that.
    auto* job = new client::LoginJob(network, server, user, password);
    QSignalSpy succeeded(job, &client::LoginJob::succeeded);
    QSignalSpy failed(job, &client::LoginJob::failed);
    job->start();
    outcome.finished = QTest::qWaitFor([&] { return !succeeded.isEmpty() || !failed.isEmpty(); },
                                       timeoutMs);
    if (!outcome.finished) {
        outcome.error = QStringLiteral("login as %1 did not finish within %2 ms").arg(user).arg(timeoutMs);
        return outcome;
    }
    if (!succeeded.isEmpty()) {
        outcome.ok = true;
        outcome.session = succeeded.first().first().value<SessionInfo>();
    } else {
        outcome.failure = failed.first().first().value<client::ApiFailure>();
        outcome.error = QStringLiteral("login as %1 failed: %2").arg(user, describe(outcome.failure));
    }
    return outcome;
}

CheckOutcome checkConnectionAndWait(QNetworkAccessManager* network, const QUrl& server, int timeoutMs)
{
    CheckOutcome outcome;
    client::ConnectionCheck check(network);
    QSignalSpy finished(&check, &client::ConnectionCheck::finished);
    check.start(server);
    outcome.finished = finished.wait(timeoutMs) || !finished.isEmpty();
    if (!outcome.finished) {
        check.cancel();
        outcome.error = QStringLiteral("the connection check did not finish within %1 ms").arg(timeoutMs);
        return outcome;
    }
    const QList<QVariant> arguments = finished.first();
    outcome.ok = arguments.at(0).toBool();
    outcome.failure = arguments.at(1).value<client::ApiFailure>();
    outcome.version = arguments.at(2).toString();
    if (!outcome.ok)
        outcome.error = QStringLiteral("connection check failed: %1").arg(describe(outcome.failure));
    return outcome;
}

WaitOutcome waitForReady(client::Workspace& workspace, int timeoutMs)
{
    WaitOutcome outcome;
    if (!workspace.isReady())
        (void)QTest::qWaitFor([&] { return workspace.isReady(); }, timeoutMs);
    outcome.finished = outcome.ok = workspace.isReady();
    if (!outcome.ok)
        outcome.error = QStringLiteral("the workspace was not ready within %1 ms").arg(timeoutMs);
    return outcome;
}

WaitOutcome syncAndWait(client::Workspace& workspace, int timeoutMs)
{
    WaitOutcome outcome;
    QSignalSpy finished(&workspace, &client::Workspace::syncFinished);
    workspace.sync();
    outcome.finished = finished.wait(timeoutMs) || !finished.isEmpty();
    if (!outcome.finished) {
        outcome.error = QStringLiteral("sync did not finish within %1 ms").arg(timeoutMs);
        return outcome;
    }
    outcome.ok = finished.first().at(0).toBool();
    outcome.failure = finished.first().at(1).value<client::ApiFailure>();
    if (!outcome.ok)
        outcome.error = QStringLiteral("sync failed: %1").arg(describe(outcome.failure));
    return outcome;
}

WaitOutcome submitAndWait(client::Workspace& workspace, NewCase draft, int timeoutMs,
                          const QStringList& files)
{
    WaitOutcome outcome;
    QSignalSpy submitted(&workspace, &client::Workspace::caseSubmitted);
    QSignalSpy failed(&workspace, &client::Workspace::submitFailed);
    const QString caseId = workspace.submitCase(std::move(draft), files);
    // Only the answers for this draft count: other submissions may be under way.
    int submittedAt = -1;
    int failedAt = -1;
    outcome.finished = QTest::qWaitFor(
        [&] {
            for (int i = 0; i < submitted.size() && submittedAt < 0; ++i) {
                if (QString::fromStdString(submitted.at(i).first().value<Case>().id) == caseId)
                    submittedAt = i;
            }
            for (int i = 0; i < failed.size() && failedAt < 0; ++i) {
                if (failed.at(i).first().toString() == caseId)
                    failedAt = i;
            }
            return submittedAt >= 0 || failedAt >= 0;
        },
        timeoutMs);
    if (!outcome.finished) {
        outcome.error = QStringLiteral("submitting did not finish within %1 ms").arg(timeoutMs);
        return outcome;
    }
    if (submittedAt >= 0) {
        outcome.ok = true;
        outcome.created = submitted.at(submittedAt).first().value<Case>();
    } else {
        outcome.failure = failed.at(failedAt).at(1).value<client::ApiFailure>();
        outcome.error = QStringLiteral("submitting failed: %1").arg(describe(outcome.failure));
    }
    return outcome;
}

} // namespace caseport::testsupport
