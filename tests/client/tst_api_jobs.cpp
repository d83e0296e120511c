// The HTTP layer against the real caseportd (CaseportdProcess), a closed port, a web
// server that is not caseportd and one that never answers; editing a case (with its
// 409) and posting to it.

#include "CatalogJob.h"
#include "ChangesJob.h"
#include "CreateCaseJob.h"
#include "CreatePostJob.h"
#include "LogoutJob.h"
#include "UpdateCaseJob.h"

#include "caseport/ApiError.h"
#include "caseport/client/ApiFailure.h"
#include "caseport/client/ConnectionCheck.h"
#include "caseport/client/LoginJob.h"
#include "caseport/testsupport/CaseportdProcess.h"
#include "caseport/testsupport/ClientHelpers.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QUuid>

#include <memory>
#include <optional>

using namespace caseport;
using namespace caseport::client;
using namespace caseport::testsupport;
using Kind = ApiFailure::Kind;

namespace {

// A loopback TCP server that answers every request with `response` (or never, if empty).
class FakeWebServer {
public:
    explicit FakeWebServer(QByteArray response)
        : m_response(std::move(response))
    {
        QObject::connect(&m_server, &QTcpServer::newConnection, &m_server, [this] {
            while (QTcpSocket* socket = m_server.nextPendingConnection()) {
                QObject::connect(socket, &QTcpSocket::readyRead, socket, [this, socket] {
                    socket->readAll();
                    if (m_response.isEmpty())
                        return; // silent: let the client time out
                    socket->write(m_response);
                    socket->disconnectFromHost();
                });
                QObject::connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            }
        });
    }
    bool listen() { return m_server.listen(QHostAddress::LocalHost, 0); }
    QUrl url() const
    {
        return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_server.serverPort()));
    }

private:
    QTcpServer m_server;
    QByteArray m_response;
};

QByteArray httpResponse(const QByteArray& statusLine, const QByteArray& contentType,
                        const QByteArray& body)
{
    return "HTTP/1.1 " + statusLine + "\r\nContent-Type: " + contentType
        + "\r\nContent-Length: " + QByteArray::number(body.size())
        + "\r\nConnection: close\r\n\r\n" + body;
}

const QByteArray kHtml = "<!doctype html><html><body><h1>It works!</h1></body></html>";

// Runs an ApiJob subclass and waits for its success signal or failed().
template <class Job, class Signal>
std::pair<QList<QVariant>, ApiFailure> runJob(Job* job, Signal success, bool* finished)
{
    QSignalSpy ok(job, success);
    QSignalSpy failed(job, &ApiJob::failed);
    job->start();
    *finished = QTest::qWaitFor([&] { return !ok.isEmpty() || !failed.isEmpty(); }, 20000);
    if (!ok.isEmpty())
        return {ok.first(), {}};
    if (!failed.isEmpty())
        return {{}, failed.first().first().value<ApiFailure>()};
    return {{}, ApiFailure{Kind::Timeout, 0, {}, {}, QStringLiteral("test wait expired")}};
}

} // namespace

class TestApiJobs : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void connectionCheckFindsCaseportd();
    void connectionRefusedOnAClosedPort();
    void htmlServerIsNotCaseport();
    void html404IsNotCaseport();
    void invalidUrl();
    void silentServerTimesOut();

    void loginSucceeds();
    void wrongPasswordIsUnauthorized();
    void catalogChangesCreateAndLogout();
    void badTokenIsUnauthorized();
    void updateCaseSucceedsConflictsAndFails();
    void createPostAndReplay();

private:
    // Logs `user` in (password "demo"); the token, or "" after a recorded failure.
    QString tokenOf(const QString& user);
    // Files a new case on acme/payroll as the token's user; the case, or an empty one.
    Case fileCase(const QString& token);
    // Runs an UpdateCaseJob: its succeeded or conflict arguments, or its failure.
    struct UpdateOutcome {
        bool finished = false;
        std::optional<Case> updated;
        std::optional<Case> current; // from conflict()
        ApiFailure failure;
    };
    UpdateOutcome runUpdate(const QString& token, const std::string& caseId, const CaseUpdate& update);

    QNetworkAccessManager m_network;
    std::unique_ptr<CaseportdProcess> m_server;
};

void TestApiJobs::initTestCase()
{
    m_server = std::make_unique<CaseportdProcess>();
    QVERIFY2(m_server->start(), qPrintable(m_server->errorString()));
}

void TestApiJobs::cleanupTestCase()
{
    if (m_server)
        QVERIFY2(m_server->stop(), qPrintable(m_server->errorString()));
}

void TestApiJobs::connectionCheckFindsCaseportd()
{
    const CheckOutcome check = checkConnectionAndWait(&m_network, m_server->baseUrl());
    QVERIFY2(check.ok, qPrintable(check.error));
    QCOMPARE(check.failure.kind, Kind::None);
    QVERIFY(!check.version.isEmpty());
}

void TestApiJobs::connectionRefusedOnAClosedPort()
{
    quint16 port = 0;
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        port = probe.serverPort();
    } // closed again: nothing listens there now
    const QUrl closed(QStringLiteral("http://127.0.0.1:%1").arg(port));

    const CheckOutcome check = checkConnectionAndWait(&m_network, closed);
    QVERIFY2(check.finished, qPrintable(check.error));
    QVERIFY(!check.ok);
    QCOMPARE(check.failure.kind, Kind::ConnectionRefused);
    QVERIFY(check.failure.isTransport());

    const LoginOutcome login = loginAndWait(&m_network, closed, QStringLiteral("anna@acme.example"),
                                            QStringLiteral("demo"));
    QVERIFY(login.finished);
    QCOMPARE(login.failure.kind, Kind::ConnectionRefused);
}

void TestApiJobs::htmlServerIsNotCaseport()
{
    FakeWebServer web(httpResponse("200 OK", "text/html", kHtml));
    QVERIFY(web.listen());
    const CheckOutcome check = checkConnectionAndWait(&m_network, web.url());
    QVERIFY2(check.finished, qPrintable(check.error));
    QVERIFY(!check.ok);
    QCOMPARE(check.failure.kind, Kind::NotCaseport);
    QVERIFY(!check.failure.isTransport());

    const LoginOutcome login = loginAndWait(&m_network, web.url(), QStringLiteral("anna@acme.example"),
                                            QStringLiteral("demo"));
    QCOMPARE(login.failure.kind, Kind::NotCaseport);
}

void TestApiJobs::html404IsNotCaseport()
{
    FakeWebServer web(httpResponse("404 Not Found", "text/html", kHtml));
    QVERIFY(web.listen());
    const CheckOutcome check = checkConnectionAndWait(&m_network, web.url());
    QCOMPARE(check.failure.kind, Kind::NotCaseport);
    QCOMPARE(check.failure.httpStatus, 404);
}

void TestApiJobs::invalidUrl()
{
    const CheckOutcome check = checkConnectionAndWait(&m_network, QUrl(QStringLiteral("ftp://example")));
    QVERIFY(check.finished);
    QCOMPARE(check.failure.kind, Kind::InvalidUrl);
    const LoginOutcome login = loginAndWait(&m_network, QUrl(QStringLiteral("not a url")),
                                            QStringLiteral("a"), QStringLiteral("b"));
    QCOMPARE(login.failure.kind, Kind::InvalidUrl);
}

void TestApiJobs::silentServerTimesOut()
{
    FakeWebServer silent({});
    QVERIFY(silent.listen());
    auto* job = new CatalogJob(&m_network, silent.url(), QStringLiteral("token"), {}, this);
    job->setTimeout(std::chrono::milliseconds(300));
    bool finished = false;
    const auto [values, failure] = runJob(job, &CatalogJob::succeeded, &finished);
    QVERIFY(finished);
    QCOMPARE(failure.kind, Kind::Timeout);
    QVERIFY(failure.isTransport());
}

void TestApiJobs::loginSucceeds()
{
    const LoginOutcome login = loginAndWait(&m_network, m_server->baseUrl(),
                                            QStringLiteral("anna@acme.example"), QStringLiteral("demo"));
    QVERIFY2(login.ok, qPrintable(login.error));
    QVERIFY(!login.session.token.empty());
    QVERIFY(!login.session.expiresAt.empty());
    QCOMPARE(login.session.user.id, std::string("anna@acme.example"));
    QVERIFY(!login.session.user.staff);
}

void TestApiJobs::wrongPasswordIsUnauthorized()
{
    const LoginOutcome login = loginAndWait(&m_network, m_server->baseUrl(),
                                            QStringLiteral("anna@acme.example"), QStringLiteral("wrong"));
    QVERIFY(login.finished);
    QVERIFY(!login.ok);
    QCOMPARE(login.failure.kind, Kind::Unauthorized);
    QCOMPARE(login.failure.httpStatus, 401);
    QCOMPARE(login.failure.errorCode, QString::fromLatin1(error::kInvalidCredentials));
    QVERIFY(!login.failure.isTransport());
}

void TestApiJobs::catalogChangesCreateAndLogout()
{
    const LoginOutcome login = loginAndWait(&m_network, m_server->baseUrl(),
                                            QStringLiteral("anna@acme.example"), QStringLiteral("demo"));
    QVERIFY2(login.ok, qPrintable(login.error));
    const QUrl url = m_server->baseUrl();
    const QString token = QString::fromStdString(login.session.token);
    bool finished = false;

    const auto [catalogValues, catalogFailure] = runJob(
        new CatalogJob(&m_network, url, token, {}, this), &CatalogJob::succeeded, &finished);
    QVERIFY2(catalogFailure.ok(), qPrintable(describe(catalogFailure)));
    const auto catalog = catalogValues.at(0).value<Catalog>();
    QCOMPARE(catalog.user.id, std::string("anna@acme.example"));
    QVERIFY(!catalog.accounts.empty());
    QCOMPARE(catalog.accounts.front().id, std::string("acme"));
    QVERIFY(!catalog.products.empty());
    const QString etag = catalogValues.at(1).toString();
    if (!etag.isEmpty()) {
        auto* again = new CatalogJob(&m_network, url, token, etag, this);
        QSignalSpy unchanged(again, &CatalogJob::notModified);
        QSignalSpy failed(again, &ApiJob::failed);
        again->start();
        QTRY_VERIFY_WITH_TIMEOUT(!unchanged.isEmpty() || !failed.isEmpty(), 20000);
        QCOMPARE(failed.count(), 0);
        QCOMPARE(unchanged.count(), 1); // 304 with If-None-Match
    }

    NewCase draft;
    draft.id = QUuid::createUuid().toString(QUuid::WithoutBraces).toStdString();
    draft.account = "acme";
    draft.product = "payroll";
    draft.category = "support";
    draft.subject = "Payslip for March is missing";
    draft.description = "Nothing arrived.";
    const auto [createdValues, createFailure] = runJob(
        new CreateCaseJob(&m_network, url, token, draft, this), &CreateCaseJob::succeeded, &finished);
    QVERIFY2(createFailure.ok(), qPrintable(describe(createFailure)));
    const auto created = createdValues.at(0).value<Case>();
    QCOMPARE(created.id, draft.id);
    QVERIFY(!created.number.empty());
    QCOMPARE(createdValues.at(1).toBool(), false); // 201, not a replay

    const auto [replayValues, replayFailure] = runJob(
        new CreateCaseJob(&m_network, url, token, draft, this), &CreateCaseJob::succeeded, &finished);
    QVERIFY2(replayFailure.ok(), qPrintable(describe(replayFailure)));
    QCOMPARE(replayValues.at(0).value<Case>().number, created.number);
    QCOMPARE(replayValues.at(1).toBool(), true); // 200: the same case again

    const auto [changesValues, changesFailure] =
        runJob(new ChangesJob(&m_network, url, token, {}, 100, this), &ChangesJob::succeeded, &finished);
    QVERIFY2(changesFailure.ok(), qPrintable(describe(changesFailure)));
    const auto changes = changesValues.at(0).value<ChangeSet>();
    QVERIFY(!changes.cursor.empty());
    QVERIFY(std::any_of(changes.cases.begin(), changes.cases.end(),
                        [&](const Case& c) { return c.id == draft.id; }));

    const auto [logoutValues, logoutFailure] =
        runJob(new LogoutJob(&m_network, url, token, this), &LogoutJob::succeeded, &finished);
    QVERIFY2(logoutFailure.ok(), qPrintable(describe(logoutFailure)));

    const auto [afterValues, afterFailure] = runJob(
        new CatalogJob(&m_network, url, token, {}, this), &CatalogJob::succeeded, &finished);
    QCOMPARE(afterFailure.kind, Kind::Unauthorized); // the token is revoked
}

void TestApiJobs::badTokenIsUnauthorized()
{
    bool finished = false;
    const auto [values, failure] =
        runJob(new ChangesJob(&m_network, m_server->baseUrl(), QStringLiteral("bogus"), {}, 10, this),
               &ChangesJob::succeeded, &finished);
    QVERIFY(finished);
    QCOMPARE(failure.kind, Kind::Unauthorized);
    QCOMPARE(failure.httpStatus, 401);
}

QString TestApiJobs::tokenOf(const QString& user)
{
    const LoginOutcome login =
        loginAndWait(&m_network, m_server->baseUrl(), user, QStringLiteral("demo"));
    [&] { QVERIFY2(login.ok, qPrintable(login.error)); }();
    return QString::fromStdString(login.session.token);
}

Case TestApiJobs::fileCase(const QString& token)
{
    NewCase draft;
    draft.id = QUuid::createUuid().toString(QUuid::WithoutBraces).toStdString();
    draft.account = "acme";
    draft.product = "payroll";
    draft.subject = "Overtime not paid";
    bool finished = false;
    const auto [values, failure] =
        runJob(new CreateCaseJob(&m_network, m_server->baseUrl(), token, draft, this),
               &CreateCaseJob::succeeded, &finished);
    [&] { QVERIFY2(failure.ok(), qPrintable(describe(failure))); }();
    return failure.ok() ? values.at(0).value<Case>() : Case{};
}

TestApiJobs::UpdateOutcome TestApiJobs::runUpdate(const QString& token, const std::string& caseId,
                                                  const CaseUpdate& update)
{
    auto* job = new UpdateCaseJob(&m_network, m_server->baseUrl(), token,
                                  QString::fromStdString(caseId), update, this);
    QSignalSpy ok(job, &UpdateCaseJob::succeeded);
    QSignalSpy conflict(job, &UpdateCaseJob::conflict);
    QSignalSpy failed(job, &ApiJob::failed);
    job->start();
    UpdateOutcome outcome;
    outcome.finished = QTest::qWaitFor(
        [&] { return !ok.isEmpty() || !conflict.isEmpty() || !failed.isEmpty(); }, 20000);
    // Exactly one outcome, even after the event loop ran on.
    QCoreApplication::processEvents();
    [&] { QCOMPARE(ok.count() + conflict.count() + failed.count(), 1); }();
    if (!ok.isEmpty())
        outcome.updated = ok.first().at(0).value<Case>();
    if (!conflict.isEmpty()) {
        outcome.current = conflict.first().at(0).value<Case>();
        outcome.failure = conflict.first().at(1).value<ApiFailure>();
    }
    if (!failed.isEmpty())
        outcome.failure = failed.first().at(0).value<ApiFailure>();
    return outcome;
}

void TestApiJobs::updateCaseSucceedsConflictsAndFails()
{
    const QString anna = tokenOf(QStringLiteral("anna@acme.example"));
    const QString staff = tokenOf(QStringLiteral("staff@caseport.example"));
    QVERIFY(!anna.isEmpty() && !staff.isEmpty());
    const Case filed = fileCase(anna);
    QVERIFY(!filed.id.empty());

    // The creator edits her subject.
    CaseUpdate subject;
    subject.baseVersion = 1;
    subject.subject = "Overtime for May not paid";
    const UpdateOutcome edited = runUpdate(anna, filed.id, subject);
    QVERIFY(edited.finished);
    QVERIFY2(edited.updated, qPrintable(describe(edited.failure)));
    QCOMPARE(edited.updated->subject, *subject.subject);
    QCOMPARE(edited.updated->version, 2);

    // Staff move it on; the same edit replayed answers the case, no conflict.
    CaseUpdate start;
    start.baseVersion = 2;
    start.status = "in_progress";
    const UpdateOutcome started = runUpdate(staff, filed.id, start);
    QVERIFY2(started.updated, qPrintable(describe(started.failure)));
    const UpdateOutcome replay = runUpdate(anna, filed.id, subject);
    QVERIFY2(replay.updated, qPrintable(describe(replay.failure)));
    QCOMPARE(*replay.updated, *started.updated);

    // A real edit against the old version: conflict with the server's version.
    CaseUpdate stale;
    stale.baseVersion = 2;
    stale.description = "Written offline";
    const UpdateOutcome conflicted = runUpdate(anna, filed.id, stale);
    QVERIFY(conflicted.finished);
    QVERIFY(!conflicted.updated);
    QVERIFY(conflicted.current);
    QCOMPARE(*conflicted.current, *started.updated);
    QCOMPARE(conflicted.failure.httpStatus, 409);
    QCOMPARE(conflicted.failure.errorCode, QString::fromLatin1(error::kVersionConflict));

    // Refusals are failures: a move the workflow lacks, a member she may not set.
    CaseUpdate reopen;
    reopen.baseVersion = 3;
    reopen.status = "received";
    const UpdateOutcome refused = runUpdate(staff, filed.id, reopen);
    QVERIFY(!refused.updated && !refused.current);
    QCOMPARE(refused.failure.kind, Kind::Rejected);
    QCOMPARE(refused.failure.httpStatus, 422);
    QCOMPARE(refused.failure.errorCode, QString::fromLatin1(error::kTransitionNotAllowed));
    QCOMPARE(refused.failure.field, QStringLiteral("status"));
    CaseUpdate answer;
    answer.baseVersion = 3;
    answer.answer = "I answer myself";
    const UpdateOutcome forbidden = runUpdate(anna, filed.id, answer);
    QCOMPARE(forbidden.failure.httpStatus, 403);
    QCOMPARE(forbidden.failure.field, QStringLiteral("answer"));

    // Someone who cannot see the case: 404, nothing about it.
    const QString dag = tokenOf(QStringLiteral("dag@nordic.example"));
    const UpdateOutcome hidden = runUpdate(dag, filed.id, stale);
    QVERIFY(!hidden.current);
    QCOMPARE(hidden.failure.httpStatus, 404);
}

void TestApiJobs::createPostAndReplay()
{
    const QString anna = tokenOf(QStringLiteral("anna@acme.example"));
    QVERIFY(!anna.isEmpty());
    const Case filed = fileCase(anna);
    QVERIFY(!filed.id.empty());
    const QUrl url = m_server->baseUrl();
    const QString caseId = QString::fromStdString(filed.id);
    bool finished = false;

    NewPost post;
    post.id = QUuid::createUuid().toString(QUuid::WithoutBraces).toStdString();
    post.text = "The payslip shows 10 hours, I worked 14.";
    const auto [created, createFailure] = runJob(
        new CreatePostJob(&m_network, url, anna, caseId, post, this), &CreatePostJob::succeeded,
        &finished);
    QVERIFY2(createFailure.ok(), qPrintable(describe(createFailure)));
    const auto stored = created.at(0).value<Post>();
    QCOMPARE(stored.id, post.id);
    QCOMPARE(stored.caseId, filed.id);
    QCOMPARE(stored.author, std::string("anna@acme.example"));
    QCOMPARE(stored.text, post.text);
    QCOMPARE(created.at(1).toBool(), false); // 201

    const auto [replayed, replayFailure] = runJob(
        new CreatePostJob(&m_network, url, anna, caseId, post, this), &CreatePostJob::succeeded,
        &finished);
    QVERIFY2(replayFailure.ok(), qPrintable(describe(replayFailure)));
    QCOMPARE(replayed.at(0).value<Post>(), stored);
    QCOMPARE(replayed.at(1).toBool(), true); // 200: the same post again

    // A customer's internal note is refused; a case she cannot see is 404.
    NewPost note = post;
    note.id = QUuid::createUuid().toString(QUuid::WithoutBraces).toStdString();
    note.internal = true;
    const auto [noteValues, noteFailure] = runJob(
        new CreatePostJob(&m_network, url, anna, caseId, note, this), &CreatePostJob::succeeded,
        &finished);
    QCOMPARE(noteFailure.httpStatus, 403);
    QCOMPARE(noteFailure.field, QStringLiteral("internal"));
    const QString dag = tokenOf(QStringLiteral("dag@nordic.example"));
    NewPost other = post;
    other.id = QUuid::createUuid().toString(QUuid::WithoutBraces).toStdString();
    const auto [hiddenValues, hiddenFailure] = runJob(
        new CreatePostJob(&m_network, url, dag, caseId, other, this), &CreatePostJob::succeeded,
        &finished);
    QCOMPARE(hiddenFailure.httpStatus, 404);
    QCOMPARE(hiddenFailure.kind, Kind::Rejected);
}

QTEST_GUILESS_MAIN(TestApiJobs)
#include "tst_api_jobs.moc"
