// The HTTP layer against the real caseportd (CaseportdProcess), a closed port, a web
// server that is not caseportd and one that never answers.

#include "CatalogJob.h"
#include "ChangesJob.h"
#include "CreateCaseJob.h"
#include "LogoutJob.h"

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

private:
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

QTEST_GUILESS_MAIN(TestApiJobs)
#include "tst_api_jobs.moc"
