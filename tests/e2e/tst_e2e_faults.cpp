// Fault tests with real processes (issue #4): the real caseportd, a real client process
// (caseport-outbox-driver) killed with SIGKILL, and the client library in this process.
//
// - killedDuringFlush…: 40 cases written while the server is down; the client is killed
//   once they are committed, then again in the middle of sending them, then runs to the
//   end. Before that last run one still-queued case is filed directly, as if the server
//   had committed it and the client died before storing the answer. The server holds
//   each of the 40 exactly once, with the subject written and the number the client was
//   told, and the client's outbox is empty.
// - serverStoppedMidSync…: the server stops after the first page of a 300-case first
//   sync; the pages stored so far and their cursor stay in the cache (also across
//   reopening it), and after the restart the client asks for changes since that cursor
//   and receives only the rest.
// - sameCreatePostedThreeTimes…: the same create three times over HTTP answers 201, 200,
//   200 with one number; another user's replay of the id gets no case.
//
// Push clients reconnecting after a server restart and catching up is covered by
// tst_e2e_push (afterARestartTheClientReconnectsAndCatchesUp).

#include "caseport/ChangeSet.h"
#include "caseport/Codec.h"
#include "caseport/client/CaseListModel.h"
#include "caseport/client/Workspace.h"
#include "caseport/testsupport/CaseportdProcess.h"
#include "caseport/testsupport/ClientHelpers.h"

#include <QFileInfo>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>
#include <QUuid>

#include <functional>
#include <memory>

using namespace caseport;
using namespace caseport::client;
using namespace caseport::testsupport;

namespace {

const QString kPassword = QStringLiteral("demo");
const QString kAnna = QStringLiteral("anna@acme.example");

// One run of caseport-outbox-driver; its stdout lines are collected as they arrive.
class DriverRun {
public:
    explicit DriverRun(const QStringList& arguments)
    {
        m_process.setProgram(qEnvironmentVariable("CASEPORT_OUTBOX_DRIVER"));
        m_process.setArguments(arguments);
        QObject::connect(
            &m_process, &QProcess::readyReadStandardOutput, &m_process, [this] { read(); });
        QObject::connect(&m_process, &QProcess::readyReadStandardError, &m_process,
            [this] { m_stderr += m_process.readAllStandardError(); });
        m_process.start();
    }
    ~DriverRun()
    {
        if (m_process.state() != QProcess::NotRunning)
            killHard();
    }
    DriverRun(const DriverRun&) = delete;
    DriverRun& operator=(const DriverRun&) = delete;

    // Waits on the event loop until condition() holds; false when it did not in time or
    // the driver ended first (and the condition still fails).
    bool waitFor(const std::function<bool()>& condition, int timeoutMs)
    {
        (void)QTest::qWaitFor(
            [&] { return condition() || m_process.state() == QProcess::NotRunning; }, timeoutMs);
        read();
        return condition();
    }
    // True when the driver exited by itself with code 0 within timeoutMs.
    bool waitForIdleExit(int timeoutMs)
    {
        (void)waitFor([this] { return m_process.state() == QProcess::NotRunning; }, timeoutMs);
        return m_process.state() == QProcess::NotRunning
            && m_process.exitStatus() == QProcess::NormalExit && m_process.exitCode() == 0;
    }
    void killHard() // SIGKILL: no destructor, no cache shutdown, nothing flushed
    {
        m_process.kill();
        m_process.waitForFinished(10000);
        read();
    }

    // The first word of each line is the event; these are the words after it.
    [[nodiscard]] QList<QStringList> events(const QString& event) const
    {
        QList<QStringList> found;
        for (const QString& line : m_lines) {
            QStringList words = line.split(QLatin1Char(' '));
            if (words.takeFirst() == event)
                found << words;
        }
        return found;
    }
    [[nodiscard]] int count(const QString& event) const
    {
        return static_cast<int>(events(event).size());
    }
    [[nodiscard]] QString transcript() const
    {
        return QStringLiteral("driver output:\n%1\n%2")
            .arg(m_lines.join(QLatin1Char('\n')), QString::fromLocal8Bit(m_stderr));
    }

private:
    void read()
    {
        m_pending += m_process.readAllStandardOutput();
        m_stderr += m_process.readAllStandardError();
        qsizetype end = 0;
        while ((end = m_pending.indexOf('\n')) >= 0) {
            m_lines << QString::fromUtf8(m_pending.left(end));
            m_pending.remove(0, end + 1);
        }
    }

    QProcess m_process;
    QByteArray m_pending; // stdout after the last complete line
    QByteArray m_stderr; // the client library's log, for failure messages
    QStringList m_lines;
};

struct HttpAnswer {
    int status = 0; // 0: no HTTP answer
    QByteArray body;
};

NewCase payrollCase(const QString& subject)
{
    NewCase draft;
    draft.id = QUuid::createUuid().toString(QUuid::WithoutBraces).toStdString();
    draft.account = "acme";
    draft.product = "payroll";
    draft.subject = subject.toStdString();
    draft.description = "Filed by tst_e2e_faults.";
    return draft;
}

} // namespace

class TestE2eFaults : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void killedDuringFlushLosesAndDuplicatesNothing();
    void serverStoppedMidSyncResumesFromTheCursor();
    void sameCreatePostedThreeTimesFilesOneCase();

private:
    SessionInfo login(const QString& user);
    std::unique_ptr<Workspace> openWorkspace(const SessionInfo& session, const QString& cacheDir);
    QStringList driverArguments(const QString& cacheDir, const QStringList& more) const;
    QNetworkReply* request(const QByteArray& verb, const QString& pathAndQuery,
        const QString& token, const QByteArray& body = {});
    HttpAnswer answerOf(QNetworkReply* reply);
    HttpAnswer postCase(const QString& token, const NewCase& draft);
    // Every case the user may see, straight from the server's changes feed.
    std::vector<Case> serverCases(const QString& token);

    QNetworkAccessManager m_network;
    CaseportdProcess m_server;
    QTemporaryDir m_cacheRoot;
};

void TestE2eFaults::initTestCase()
{
    QVERIFY(m_cacheRoot.isValid());
    const QFileInfo driver(qEnvironmentVariable("CASEPORT_OUTBOX_DRIVER"));
    QVERIFY2(driver.isFile() && driver.isExecutable(),
        "CASEPORT_OUTBOX_DRIVER must name the caseport-outbox-driver binary");
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
}

void TestE2eFaults::cleanupTestCase()
{
    QVERIFY2(m_server.stop(), qPrintable(m_server.errorString()));
}

SessionInfo TestE2eFaults::login(const QString& user)
{
    const LoginOutcome outcome = loginAndWait(&m_network, m_server.baseUrl(), user, kPassword);
    if (!outcome.ok)
        qWarning() << "login failed:" << outcome.error;
    return outcome.session;
}

std::unique_ptr<Workspace> TestE2eFaults::openWorkspace(
    const SessionInfo& session, const QString& cacheDir)
{
    auto workspace = std::make_unique<Workspace>(
        &m_network, m_server.baseUrl(), session, m_cacheRoot.filePath(cacheDir));
    const WaitOutcome ready = waitForReady(*workspace);
    if (!ready.ok) {
        qWarning() << "workspace not ready:" << ready.error;
        return nullptr;
    }
    return workspace;
}

QStringList TestE2eFaults::driverArguments(const QString& cacheDir, const QStringList& more) const
{
    return QStringList { QStringLiteral("--server"), m_server.baseUrl().toString(),
        QStringLiteral("--cache"), m_cacheRoot.filePath(cacheDir), QStringLiteral("--user"), kAnna,
        QStringLiteral("--timeout-ms"), QStringLiteral("60000") }
    + more;
}

QNetworkReply* TestE2eFaults::request(const QByteArray& verb, const QString& pathAndQuery,
    const QString& token, const QByteArray& body)
{
    QNetworkRequest request(m_server.baseUrl().resolved(QUrl(pathAndQuery)));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    if (!token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + token.toUtf8());
    return m_network.sendCustomRequest(request, verb, body);
}

HttpAnswer TestE2eFaults::answerOf(QNetworkReply* reply)
{
    (void)QTest::qWaitFor([reply] { return reply->isFinished(); }, kDefaultWaitMs);
    HttpAnswer answer;
    if (reply->isFinished()) {
        answer.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        answer.body = reply->readAll();
    }
    reply->deleteLater();
    return answer;
}

HttpAnswer TestE2eFaults::postCase(const QString& token, const NewCase& draft)
{
    return answerOf(request("POST", QStringLiteral("/api/v1/cases"), token,
        QByteArray::fromStdString(codec::encode(draft))));
}

std::vector<Case> TestE2eFaults::serverCases(const QString& token)
{
    std::vector<Case> cases;
    QString cursor;
    for (int page = 0; page < 100; ++page) {
        QUrlQuery query;
        if (!cursor.isEmpty())
            query.addQueryItem(
                QStringLiteral("since"), QString::fromLatin1(QUrl::toPercentEncoding(cursor)));
        query.addQueryItem(QStringLiteral("limit"), QStringLiteral("5000"));
        const HttpAnswer answer = answerOf(request(
            "GET", QStringLiteral("/api/v1/changes?") + query.toString(QUrl::FullyEncoded), token));
        if (answer.status != 200) {
            qWarning() << "changes answered" << answer.status << answer.body;
            return {};
        }
        const auto changes = codec::decode<ChangeSet>(answer.body.toStdString());
        cases.insert(cases.end(), changes.cases.begin(), changes.cases.end());
        cursor = QString::fromStdString(changes.cursor);
        if (!changes.more)
            return cases;
    }
    qWarning() << "changes kept saying more";
    return {};
}

void TestE2eFaults::killedDuringFlushLosesAndDuplicatesNothing()
{
    constexpr int kCases = 40;
    const QString prefix = QStringLiteral("Killed during the flush");
    const SessionInfo session = login(kAnna);
    QVERIFY(!session.token.empty());
    const QString token = QString::fromStdString(session.token);
    const QString cacheDir = QStringLiteral("driver");

    // Online once, so the client's cache knows the catalog and the account.
    {
        DriverRun online(driverArguments(cacheDir, { QStringLiteral("--token"), token }));
        QVERIFY2(online.waitForIdleExit(30000), qPrintable(online.transcript()));
    }

    // Offline: 40 cases written; the client is killed as soon as all are committed.
    QVERIFY2(m_server.stop(), qPrintable(m_server.errorString()));
    QSet<QString> queued;
    QStringList queueOrder; // the driver queues "<prefix> 1".."<prefix> 40" in this order
    {
        DriverRun offline(driverArguments(cacheDir,
            { QStringLiteral("--token"), token, QStringLiteral("--queue"), QString::number(kCases),
                QStringLiteral("--prefix"), prefix }));
        QVERIFY2(offline.waitFor(
                     [&] { return offline.count(QStringLiteral("queued")) == kCases; }, 30000),
            qPrintable(offline.transcript()));
        offline.killHard();
        for (const QStringList& words : offline.events(QStringLiteral("queued")))
            queueOrder << words.value(0);
        queued = QSet<QString>(queueOrder.cbegin(), queueOrder.cend());
        QCOMPARE(queued.size(), kCases);
        QCOMPARE(offline.count(QStringLiteral("submitted")), 0);
    }

    // Back online: killed after the first few cases reached the server.
    QVERIFY2(m_server.restart(), qPrintable(m_server.errorString()));
    QHash<QString, QString> numberOf; // case id → the number the client was told
    const auto record = [&](const DriverRun& run) {
        for (const QStringList& words : run.events(QStringLiteral("submitted"))) {
            const QString id = words.value(0);
            const QString number = words.value(1);
            QVERIFY2(queued.contains(id), qPrintable(id));
            QVERIFY(!number.isEmpty());
            // A replay after the kill must answer the number of the first filing.
            QCOMPARE(numberOf.value(id, number), number);
            numberOf.insert(id, number);
        }
    };
    int sentBeforeKill = 0;
    {
        DriverRun flushing(driverArguments(cacheDir, { QStringLiteral("--token"), token }));
        QVERIFY2(flushing.waitFor(
                     [&] { return flushing.count(QStringLiteral("submitted")) >= 3; }, 30000),
            qPrintable(flushing.transcript()));
        flushing.killHard();
        sentBeforeKill = flushing.count(QStringLiteral("submitted"));
        QVERIFY2(sentBeforeKill < kCases && flushing.count(QStringLiteral("idle")) == 0,
            "the flush ended before the kill: nothing was interrupted");
        record(flushing);
        if (QTest::currentTestFailed())
            return;
    }

    // The kill may or may not have hit a POST the server committed before the client
    // stored the answer; make sure that state is tested: file the last queued case
    // directly, as the client would have, while it is still in the client's outbox.
    int onServerAtKill = 0;
    for (const Case& c : serverCases(token))
        onServerAtKill += QString::fromStdString(c.subject).startsWith(prefix) ? 1 : 0;
    QVERIFY(onServerAtKill >= sentBeforeKill);
    const QString lostAnswerId = queueOrder.last();
    QVERIFY(!numberOf.contains(lostAnswerId));
    NewCase lostAnswer = payrollCase(QStringLiteral("%1 %2").arg(prefix).arg(kCases));
    lostAnswer.id = lostAnswerId.toStdString();
    lostAnswer.description = "Queued by caseport-outbox-driver.";
    const HttpAnswer filedDirectly = postCase(token, lostAnswer);
    // 200 only if the interrupted flush had got that far (the kill hit it instead).
    QVERIFY2(
        filedDirectly.status == 201 || filedDirectly.status == 200, filedDirectly.body.constData());
    const QString lostAnswerNumber
        = QString::fromStdString(codec::decode<Case>(filedDirectly.body.toStdString()).number);

    // Started again (logging in anew): it sends the rest and exits with an empty outbox.
    {
        DriverRun finishing(driverArguments(cacheDir, { QStringLiteral("--password"), kPassword }));
        QVERIFY2(finishing.waitForIdleExit(30000), qPrintable(finishing.transcript()));
        const QList<QStringList> pending = finishing.events(QStringLiteral("pending"));
        QVERIFY(!pending.isEmpty());
        const int left = pending.first().value(0).toInt();
        QVERIFY2(left >= 1 && left <= kCases - sentBeforeKill, qPrintable(finishing.transcript()));
        QCOMPARE(pending.last().value(0).toInt(), 0);
        qInfo("killed after %d cases were reported filed (%d on the server); %d were still queued",
            sentBeforeKill, onServerAtKill, left);
        record(finishing);
        if (QTest::currentTestFailed())
            return;
    }
    QCOMPARE(numberOf.value(lostAnswerId), lostAnswerNumber); // the replay got the first filing
    // A case whose answer was stored just before a kill may never have been reported
    // (killed before the line was printed); the server is the judge of what was filed.
    QVERIFY(numberOf.size() >= kCases - 1);

    // The server (as staff, who sees everything) holds each exactly once.
    const std::vector<Case> all = serverCases(
        QString::fromStdString(login(QStringLiteral("staff@caseport.example")).token));
    QSet<QString> subjects;
    QSet<QString> ids;
    QSet<QString> numbers;
    QHash<QString, QString> serverNumberOf;
    int filed = 0;
    for (const Case& c : all) {
        const QString subject = QString::fromStdString(c.subject);
        if (!subject.startsWith(prefix))
            continue;
        ++filed;
        subjects.insert(subject);
        const QString id = QString::fromStdString(c.id);
        QVERIFY2(queued.contains(id), qPrintable(id));
        QCOMPARE(subject, QStringLiteral("%1 %2").arg(prefix).arg(queueOrder.indexOf(id) + 1));
        ids.insert(id);
        numbers.insert(QString::fromStdString(c.number));
        serverNumberOf.insert(id, QString::fromStdString(c.number));
        if (numberOf.contains(id))
            QCOMPARE(QString::fromStdString(c.number), numberOf.value(id));
    }
    QCOMPARE(filed, kCases); // nothing duplicated…
    QCOMPARE(subjects.size(), kCases);
    QCOMPARE(ids, queued); // …and nothing lost
    QCOMPARE(numbers.size(), kCases);

    // And the client's cache, as stored: the outbox is empty and every case is there with
    // the server's number (also one whose "submitted" the kill cut off).
    auto anna = openWorkspace(session, cacheDir);
    QVERIFY(anna);
    QCOMPARE(anna->pendingCount(), 0);
    for (const QString& id : queueOrder) {
        const int row = anna->caseListModel()->rowOf(id);
        QVERIFY2(row >= 0, qPrintable(id));
        QCOMPARE(QString::fromStdString(anna->caseListModel()->caseAt(row)->number),
            serverNumberOf.value(id));
    }
}

void TestE2eFaults::serverStoppedMidSyncResumesFromTheCursor()
{
    constexpr int kCases = 300;
    constexpr int kPageSize = 20;
    const SessionInfo session = login(kAnna);
    QVERIFY(!session.token.empty());
    const QString token = QString::fromStdString(session.token);

    // Load the store: all POSTs at once (the network runs a few in parallel).
    QList<QNetworkReply*> posts;
    for (int n = 1; n <= kCases; ++n)
        posts << request("POST", QStringLiteral("/api/v1/cases"), token,
            QByteArray::fromStdString(
                codec::encode(payrollCase(QStringLiteral("Load %1").arg(n)))));
    for (QNetworkReply* reply : posts) {
        const HttpAnswer answer = answerOf(reply);
        QVERIFY2(answer.status == 201, answer.body.constData());
    }
    // What anna may see now, case by case.
    QSet<QString> expected;
    for (const Case& c : serverCases(token))
        expected.insert(QString::fromStdString(c.id));
    QVERIFY(expected.size() >= kCases);
    const int total = static_cast<int>(expected.size());

    const QString cacheDir = QStringLiteral("midsync");
    auto anna = openWorkspace(session, cacheDir);
    QVERIFY(anna);
    anna->setSyncPageSize(kPageSize);
    QSignalSpy progress(anna.get(), &Workspace::syncProgress);
    QSignalSpy finished(anna.get(), &Workspace::syncFinished);
    anna->sync();
    QVERIFY2(progress.wait(kDefaultWaitMs), "no page arrived");
    QVERIFY2(m_server.stop(), qPrintable(m_server.errorString()));
    QVERIFY2(finished.wait(kDefaultWaitMs) || !finished.isEmpty(), "the sync did not end");
    QCOMPARE(finished.first().at(0).toBool(), false);
    const auto failure = finished.first().at(1).value<ApiFailure>();
    QVERIFY2(failure.isTransport(), qPrintable(describe(failure)));
    QVERIFY(!anna->isOnline());

    // The pages stored so far stay, with the cursor they were stored with.
    const int stored = progress.last().at(1).toInt();
    QVERIFY2(stored > 0 && stored < total,
        qPrintable(QStringLiteral("%1 of %2").arg(stored).arg(total)));
    const QString cursor = anna->syncCursor();
    QVERIFY(!cursor.isEmpty());
    qInfo(
        "the server stopped after %d of %d records; cursor %s", stored, total, qPrintable(cursor));
    QCOMPARE(anna->caseListModel()->rowCount(), stored);

    // Closed and opened again (the client restarted too): the same cursor and pages.
    anna = openWorkspace(session, cacheDir);
    QVERIFY(anna);
    QCOMPARE(anna->syncCursor(), cursor);
    QCOMPARE(anna->caseListModel()->rowCount(), stored);

    QVERIFY2(m_server.restart(), qPrintable(m_server.errorString()));
    QStringList sinceAsked; // the cursor of each changes request, in order
    const auto connection
        = connect(&m_network, &QNetworkAccessManager::finished, this, [&](QNetworkReply* reply) {
              const QUrl url = reply->request().url();
              if (url.path() == QLatin1String("/api/v1/changes"))
                  sinceAsked << QUrlQuery(url).queryItemValue(
                      QStringLiteral("since"), QUrl::FullyDecoded);
          });
    anna->setSyncPageSize(kPageSize);
    const WaitOutcome resumed = syncAndWait(*anna);
    disconnect(connection);
    QVERIFY2(resumed.ok, qPrintable(resumed.error));
    QVERIFY(!sinceAsked.isEmpty());
    QCOMPARE(sinceAsked.first(), cursor);
    // Only what was missing came: no page was fetched twice.
    QCOMPARE(anna->lastSyncRecordCount(), total - stored);
    const int pagesLeft = (total - stored + kPageSize - 1) / kPageSize;
    QVERIFY2(
        sinceAsked.size() == pagesLeft || sinceAsked.size() == pagesLeft + 1, // + a last empty page
        qPrintable(
            QStringLiteral("%1 requests for %2 pages").arg(sinceAsked.size()).arg(pagesLeft)));

    QSet<QString> cached;
    for (int row = 0; row < anna->caseListModel()->rowCount(); ++row)
        cached.insert(QString::fromStdString(anna->caseListModel()->caseAt(row)->id));
    QCOMPARE(anna->caseListModel()->rowCount(), total);
    QCOMPARE(cached, expected);
}

void TestE2eFaults::sameCreatePostedThreeTimesFilesOneCase()
{
    const QString token = QString::fromStdString(login(kAnna).token);
    QVERIFY(!token.isEmpty());
    const NewCase draft = payrollCase(QStringLiteral("Posted three times"));

    QList<int> statuses;
    QStringList numbers;
    for (int attempt = 0; attempt < 3; ++attempt) {
        const HttpAnswer answer = postCase(token, draft);
        statuses << answer.status;
        QVERIFY2(answer.status == 201 || answer.status == 200, answer.body.constData());
        const auto created = codec::decode<Case>(answer.body.toStdString());
        QCOMPARE(created.id, draft.id);
        QCOMPARE(created.subject, draft.subject);
        numbers << QString::fromStdString(created.number);
    }
    QCOMPARE(statuses, (QList<int> { 201, 200, 200 }));
    QVERIFY(!numbers.first().isEmpty());
    numbers.removeDuplicates();
    QCOMPARE(numbers.size(), 1);

    // A replay that differs (the client changed its mind) still answers the first filing.
    NewCase changed = draft;
    changed.subject = "Posted three times, then edited";
    const HttpAnswer again = postCase(token, changed);
    QCOMPARE(again.status, 200);
    QCOMPARE(codec::decode<Case>(again.body.toStdString()).subject, draft.subject);

    // Denied: another user sending the same id gets no case (and learns no number).
    const HttpAnswer byErik
        = postCase(QString::fromStdString(login(QStringLiteral("erik@acme.example")).token), draft);
    QCOMPARE(byErik.status, 409);
    QVERIFY(!byErik.body.contains(numbers.first().toUtf8()));
    const HttpAnswer byDag = postCase(
        QString::fromStdString(login(QStringLiteral("dag@nordic.example")).token), draft);
    QCOMPARE(byDag.status, 403);
    QVERIFY(!byDag.body.contains(numbers.first().toUtf8()));
    QCOMPARE(postCase(QString(), draft).status, 401);

    // One case on the server.
    int found = 0;
    for (const Case& c : serverCases(token))
        found += c.id == draft.id ? 1 : 0;
    QCOMPARE(found, 1);
}

QTEST_GUILESS_MAIN(TestE2eFaults)
#include "tst_e2e_faults.moc"
