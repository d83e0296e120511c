// End to end: a case through the configured workflow (issue #6), with the real caseportd
// (the sample config, mail to an SmtpSink, and a [workflow] in which only staff close a
// case that is still "received"), the real client library (a Workspace per user) and the
// real SMTP listener.
//
// Anna (customer, Danish) files a case and gets the receipt; her attempt to close it while
// it is received is refused (422 transition_not_allowed, naming both states); Sam (staff)
// moves it to in progress and then to waiting for customer (Anna gets each status in
// Danish); Anna answers; Sam closes it with an answer (Anna gets the answer by mail); her
// client shows it closed with the answer and closedAt, and the same pure rule the server
// uses says her next post reopens it; she posts, and the case is received again (no
// status mail tells her of her own change).

#include "caseport/Workflow.h"
#include "caseport/client/CaseListModel.h"
#include "caseport/client/CatalogText.h"
#include "caseport/client/Workspace.h"
#include "caseport/testsupport/CaseportdProcess.h"
#include "caseport/testsupport/ClientHelpers.h"
#include "caseport/testsupport/SmtpSink.h"

#include <QDateTime>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace caseport;
using namespace caseport::client;
using namespace caseport::testsupport;

namespace {

constexpr int kWaitMs = 20000;

const QString kAnna = QStringLiteral("anna@acme.example"); // customer, creator, Danish
const QString kStaff = QStringLiteral("staff@caseport.example"); // Sam Staff, English

// The default moves, except that the creator may not close a case still "received".
const QString kWorkflow = QStringLiteral(R"(
[workflow]
reopen_days = 14
[[workflow.transitions]]
from = "received"
to = "in_progress"
[[workflow.transitions]]
from = "received"
to = "closed"
who = "staff"
[[workflow.transitions]]
from = "in_progress"
to = "waiting_for_customer"
[[workflow.transitions]]
from = "waiting_for_customer"
to = "in_progress"
who = "staff, creator"
[[workflow.transitions]]
from = "in_progress"
to = "closed"
who = "staff, creator"
[[workflow.transitions]]
from = "waiting_for_customer"
to = "closed"
who = "staff, creator"
[[workflow.transitions]]
from = "closed"
to = "received"
)");

// The case as the workspace's list model holds it now; nullopt when absent.
std::optional<Case> cachedCase(Workspace& workspace, const QString& caseId)
{
    const CaseListModel* model = workspace.caseListModel();
    const int row = model->rowOf(caseId);
    const Case* found = row < 0 ? nullptr : model->caseAt(row);
    return found ? std::optional<Case>(*found) : std::nullopt;
}

} // namespace

class TestE2eWorkflow : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void caseThroughTheWorkflowWithMail();

private:
    std::unique_ptr<Workspace> openWorkspace(const QString& user, QString* error);
    // Staff's edit through their outbox; the case as the server answered it.
    std::optional<Case> staffEdit(Workspace& staff, const QString& caseId, const CaseUpdate& update);
    bool postAndWait(Workspace& workspace, const QString& caseId, const std::string& text);
    [[nodiscard]] QString state() const;

    QNetworkAccessManager m_network;
    SmtpSink m_sink;
    CaseportdProcess m_server;
    QTemporaryDir m_dir;
};

void TestE2eWorkflow::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY2(m_sink.listen(), qPrintable(m_sink.errorString()));
    const QString config
        = CaseportdProcess::withMailTo(CaseportdProcess::sampleConfigText(), m_sink.port());
    QVERIFY2(!config.isEmpty(), "the sample config is missing");
    QVERIFY2(m_server.start(config + kWorkflow), qPrintable(m_server.errorString()));
}

void TestE2eWorkflow::cleanupTestCase()
{
    QTRY_COMPARE_WITH_TIMEOUT(m_sink.openConnections(), 0, kWaitMs);
    QVERIFY2(m_server.stop(), qPrintable(m_server.errorString()));
}

std::unique_ptr<Workspace> TestE2eWorkflow::openWorkspace(const QString& user, QString* error)
{
    const LoginOutcome login
        = loginAndWait(&m_network, m_server.baseUrl(), user, QStringLiteral("demo"));
    if (!login.ok) {
        *error = login.error;
        return nullptr;
    }
    auto workspace = std::make_unique<Workspace>(&m_network, m_server.baseUrl(), login.session,
                                                 m_dir.filePath(user + QStringLiteral(".cache")));
    const WaitOutcome ready = waitForReady(*workspace);
    const WaitOutcome synced = ready.ok ? syncAndWait(*workspace) : ready;
    if (!synced.ok) {
        *error = user + QStringLiteral(": ") + synced.error;
        return nullptr;
    }
    return workspace;
}

std::optional<Case> TestE2eWorkflow::staffEdit(Workspace& staff, const QString& caseId,
                                               const CaseUpdate& update)
{
    QSignalSpy updated(&staff, &Workspace::caseUpdated);
    staff.updateCase(caseId, update);
    std::optional<Case> answered;
    (void)QTest::qWaitFor(
        [&] {
            for (const QList<QVariant>& arguments : updated) {
                const Case c = arguments.at(0).value<Case>();
                if (QString::fromStdString(c.id) == caseId && update.status
                    && c.status == *update.status)
                    answered = c;
            }
            return answered.has_value();
        },
        kWaitMs);
    return answered;
}

bool TestE2eWorkflow::postAndWait(Workspace& workspace, const QString& caseId, const std::string& text)
{
    QSignalSpy delivered(&workspace, &Workspace::postDelivered);
    NewPost post;
    post.text = text;
    const QString id = workspace.addPost(caseId, post);
    return QTest::qWaitFor(
        [&] {
            for (const QList<QVariant>& arguments : delivered) {
                if (QString::fromStdString(arguments.at(0).value<Post>().id) == id)
                    return true;
            }
            return false;
        },
        kWaitMs);
}

QString TestE2eWorkflow::state() const
{
    return m_sink.summary() + QStringLiteral("\n--- caseportd ---\n") + m_server.output().right(3000);
}

void TestE2eWorkflow::caseThroughTheWorkflowWithMail()
{
    QString error;
    auto anna = openWorkspace(kAnna, &error);
    QVERIFY2(anna, qPrintable(error));
    auto staff = openWorkspace(kStaff, &error);
    QVERIFY2(staff, qPrintable(error));
    // Both clients have the configured workflow from the catalog.
    const workflow::Workflow flow = workflow::fromCatalog(anna->catalog());
    QVERIFY(flow.transition("received", "closed"));
    QVERIFY(!flow.transition("received", "closed")->byCreator);
    QCOMPARE(flow.reopenDays, std::int64_t{14});

    // 1. Anna files a case and gets the receipt, in Danish, the number in the subject.
    NewCase draft;
    draft.account = "acme";
    draft.product = "payroll";
    draft.subject = "Feriepenge mangler";
    draft.description = "Feriepengene for april er ikke udbetalt.";
    const WaitOutcome filed = submitAndWait(*anna, draft);
    QVERIFY2(filed.ok, qPrintable(filed.error));
    const QString caseId = QString::fromStdString(filed.created.id);
    const QString number = QString::fromStdString(filed.created.number);
    QCOMPARE(filed.created.status, std::string("received"));
    QTRY_VERIFY2_WITH_TIMEOUT(m_sink.messagesTo(kAnna).size() == 1, qPrintable(state()), kWaitMs);
    const SmtpSink::Message receipt = m_sink.messagesTo(kAnna).first();
    QCOMPARE(receipt.subject(), QStringLiteral("[%1] Feriepenge mangler – modtaget").arg(number));
    QVERIFY2(receipt.body().contains(QStringLiteral("Vi har modtaget din sag %1").arg(number)),
             qPrintable(receipt.body()));
    QVERIFY2(receipt.body().contains(QStringLiteral("Caseport")), qPrintable(receipt.body()));

    // 2. The workflow does not let her close it while it is received: 422, both labels.
    QSignalSpy outboxChanged(anna.get(), &Workspace::outboxChanged);
    CaseUpdate closeIt;
    closeIt.baseVersion = 1;
    closeIt.status = "closed";
    anna->updateCase(caseId, closeIt);
    const auto failedItem = [&]() -> const OutboxItem* {
        for (const OutboxItem& item : anna->outboxItems()) {
            if (item.caseId == caseId && item.state == OutboxItem::State::Failed)
                return &item;
        }
        return nullptr;
    };
    QTRY_VERIFY_WITH_TIMEOUT(failedItem(), kWaitMs);
    QCOMPARE(failedItem()->errorCode, QStringLiteral("transition_not_allowed"));
    QCOMPARE(failedItem()->errorMessage,
             QStringLiteral(R"(only staff may move a case from "Received" to "Closed")"));
    anna->discardOutboxItem(failedItem()->seq);
    QTRY_COMPARE_WITH_TIMEOUT(anna->pendingCount(), 0, kWaitMs);

    // 3. Sam moves it to in progress, then to waiting for customer; Anna hears of each.
    QVERIFY2(syncAndWait(*staff).ok, "staff sync");
    CaseUpdate start;
    start.baseVersion = 1;
    start.status = "in_progress";
    const auto started = staffEdit(*staff, caseId, start);
    QVERIFY2(started, "in_progress was not accepted");
    CaseUpdate ask;
    ask.baseVersion = started->version;
    ask.status = "waiting_for_customer";
    const auto waiting = staffEdit(*staff, caseId, ask);
    QVERIFY2(waiting, "waiting_for_customer was not accepted");
    QTRY_VERIFY2_WITH_TIMEOUT(
        m_sink.countTo(kAnna, QStringLiteral("har nu status: Afventer kunde")) == 1,
        qPrintable(state()), kWaitMs);
    QCOMPARE(m_sink.countTo(kAnna, QStringLiteral("har nu status: Under behandling")), 1);
    QVERIFY(m_sink.messagesTo(kAnna).last().subject().endsWith(QStringLiteral("ny status: Afventer kunde")));

    // 4. Anna answers; Sam closes the case with the answer, which reaches Anna by mail.
    QVERIFY2(postAndWait(*anna, caseId, "Det drejer sig om 12 medarbejdere."), "Anna's post");
    QVERIFY2(syncAndWait(*staff).ok, "staff sync");
    CaseUpdate close;
    close.baseVersion = waiting->version;
    close.status = "closed";
    close.answer = "Feriepengene blev udbetalt den 3. maj.";
    const auto closed = staffEdit(*staff, caseId, close);
    QVERIFY2(closed, "closing was not accepted");
    QVERIFY(!closed->closedAt.empty());
    QTRY_VERIFY2_WITH_TIMEOUT(
        m_sink.countTo(kAnna, QStringLiteral("Svar:\nFeriepengene blev udbetalt den 3. maj.")) == 1,
        qPrintable(state()), kWaitMs);

    // 5. Anna's client shows it closed with the answer; a post now reopens it.
    QVERIFY2(syncAndWait(*anna).ok, "Anna's sync");
    const auto seen = cachedCase(*anna, caseId);
    QVERIFY(seen);
    QCOMPARE(seen->status, std::string("closed"));
    QCOMPARE(seen->answer, *close.answer);
    QCOMPARE(seen->closedAt, closed->closedAt);
    const QDateTime closedAt = catalogText::parseTimestamp(seen->closedAt);
    QVERIFY(closedAt.isValid());
    QCOMPARE(workflow::postEffect(flow, false, seen->status, closedAt.toSecsSinceEpoch(),
                                  QDateTime::currentSecsSinceEpoch()),
             workflow::PostEffect::Reopen);

    // 6. Within reopen_days her post reopens it: received again, for her and for staff.
    QVERIFY2(postAndWait(*anna, caseId, "Der mangler stadig feriepenge for to personer."),
             "Anna's post on the closed case");
    QVERIFY2(syncAndWait(*anna).ok, "Anna's sync");
    const auto reopened = cachedCase(*anna, caseId);
    QVERIFY(reopened);
    QCOMPARE(reopened->status, std::string("received"));
    QVERIFY(reopened->closedAt.empty());
    QCOMPARE(reopened->version, closed->version + 1);
    QVERIFY2(syncAndWait(*staff).ok, "staff sync");
    QCOMPARE(cachedCase(*staff, caseId)->status, std::string("received"));
    // She made that change, so no mail tells her of it. Sam's reply, planned after it,
    // marks the point by which such a mail would have arrived.
    QVERIFY2(postAndWait(*staff, caseId, "Vi kigger på det igen."), "Sam's reply");
    QTRY_VERIFY2_WITH_TIMEOUT(m_sink.countTo(kAnna, QStringLiteral("Vi kigger på det igen.")) == 1,
                              qPrintable(state()), kWaitMs);
    QCOMPARE(m_sink.countTo(kAnna, QStringLiteral("har nu status: Modtaget")), 0);
}

QTEST_GUILESS_MAIN(TestE2eWorkflow)
#include "tst_e2e_workflow.moc"
