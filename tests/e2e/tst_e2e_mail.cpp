// End to end: e-mail notifications from the real caseportd to a real SMTP listener
// (SmtpSink) started by the test. The sample config plus a second staff user (Pia,
// Danish) and [mail] pointing at the sink, with a one-second retry base.
//
// Anna (da) files a payroll case with Erik (sv) as follower and gets the receipt (Erik
// does not); staff's answer reaches
// Anna and Erik once each, in their languages, with the case number in the subject,
// and no staff member; an internal note reaches the staff follower only; a mail server
// outage delays mail until the server answers again; mail still unsent when caseportd
// stops goes out after it starts again on the same data directory, and nothing arrives
// twice.
//
// "Nothing more arrives" is checked with a later mail as a barrier: the planner plans in
// change order and the sender sends what is due in planning order, so once a later mail
// has arrived, any extra one planned (or left unmarked) earlier would have arrived before
// it. Mail waiting for a retry goes out on its own schedule, so the barrier comes after it.

#include "caseport/testsupport/CaseportdProcess.h"
#include "caseport/testsupport/ClientHelpers.h"
#include "caseport/testsupport/SmtpSink.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTest>
#include <QUuid>

using namespace caseport;
using namespace caseport::testsupport;

namespace {

constexpr int kMailWaitMs = 30000;

const QString kAnna = QStringLiteral("anna@acme.example"); // creator, Danish
const QString kErik = QStringLiteral("erik@acme.example"); // follower, Swedish
const QString kStaff = QStringLiteral("staff@caseport.example"); // answers, English
const QString kPia = QStringLiteral("pia@caseport.example"); // staff follower, Danish

QString newId() { return QUuid::createUuid().toString(QUuid::WithoutBraces); }

// The sample config with Pia added and mail sent to 127.0.0.1:port.
QString configWithMail(quint16 port)
{
    QString text = CaseportdProcess::sampleConfigText();
    // Pia logs in with the same password as Sam ("demo"): reuse his hash.
    const qsizetype sam = text.indexOf(QStringLiteral("email = \"staff@caseport.example\""));
    const qsizetype hashAt = text.indexOf(QStringLiteral("password_hash = "), sam);
    if (sam < 0 || hashAt < 0)
        return {};
    const QString hashLine = text.mid(hashAt, text.indexOf(QLatin1Char('\n'), hashAt) - hashAt);
    text
        += QStringLiteral("\n[[users]]\nemail = \"pia@caseport.example\"\nname = \"Pia Pedersen\"\n"
                          "language = \"da\"\nstaff = true\n%1\n")
               .arg(hashLine);
    return CaseportdProcess::withMailTo(text, port);
}

} // namespace

class TestE2eMail : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void answerReachesCreatorAndFollowerInTheirLanguages();
    void internalNoteReachesStaffOnly();
    void outageDelaysMailUntilTheServerAnswers();
    void unsentMailSurvivesARestartAndNothingArrivesTwice();

private:
    struct Reply {
        int status = 0;
        QJsonObject body;
        QString error; // empty when the exchange finished
    };
    Reply call(const QByteArray& verb, const QString& path, const QString& token,
        const QJsonObject& body = {});
    // Posts `text` on the case as `token`'s user; "" or a failure description.
    QString post(const QString& token, const QString& text, bool internal = false);
    [[nodiscard]] int mailsTo(const QString& address) const
    {
        return static_cast<int>(m_sink.messagesTo(address).size());
    }
    [[nodiscard]] SmtpSink::Message lastMailTo(const QString& address) const
    {
        return m_sink.messagesTo(address).value(mailsTo(address) - 1);
    }
    [[nodiscard]] int mailsContaining(const QString& address, const QString& text) const
    {
        return m_sink.countTo(address, text);
    }
    [[nodiscard]] QString sinkState() const;

    QNetworkAccessManager m_network;
    SmtpSink m_sink;
    CaseportdProcess m_server;
    QString m_config;
    QString m_annaToken;
    QString m_staffToken;
    QString m_caseId;
    QString m_caseNumber;
};

TestE2eMail::Reply TestE2eMail::call(
    const QByteArray& verb, const QString& path, const QString& token, const QJsonObject& body)
{
    Reply result;
    QNetworkRequest request(m_server.baseUrl().resolved(QUrl(path)));
    request.setRawHeader("Authorization", "Bearer " + token.toUtf8());
    QByteArray data;
    if (!body.isEmpty()) {
        request.setHeader(
            QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        data = QJsonDocument(body).toJson(QJsonDocument::Compact);
    }
    QNetworkReply* reply = m_network.sendCustomRequest(request, verb, data);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    if (!reply->isFinished() && !finished.wait(kDefaultWaitMs)) {
        result.error = QStringLiteral("%1 %2 did not finish").arg(QString::fromLatin1(verb), path);
        reply->abort();
    } else {
        result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        result.body = QJsonDocument::fromJson(reply->readAll()).object();
    }
    reply->deleteLater();
    return result;
}

QString TestE2eMail::post(const QString& token, const QString& text, bool internal)
{
    const Reply reply = call("POST", QStringLiteral("/api/v1/cases/%1/posts").arg(m_caseId), token,
        { { "id", newId() }, { "text", text }, { "internal", internal } });
    if (!reply.error.isEmpty())
        return reply.error;
    if (reply.status != 201)
        return QStringLiteral("posting answered %1: %2")
            .arg(reply.status)
            .arg(QString::fromUtf8(QJsonDocument(reply.body).toJson(QJsonDocument::Compact)));
    return {};
}

QString TestE2eMail::sinkState() const
{
    return m_sink.summary() + QStringLiteral("\n--- caseportd ---\n")
        + m_server.output().right(3000);
}

void TestE2eMail::initTestCase()
{
    QVERIFY2(m_sink.listen(), qPrintable(m_sink.errorString()));
    m_config = configWithMail(m_sink.port());
    QVERIFY2(!m_config.isEmpty(), "the sample config is missing or has no staff user");
    QVERIFY2(m_server.start(m_config), qPrintable(m_server.errorString()));
    const LoginOutcome anna
        = loginAndWait(&m_network, m_server.baseUrl(), kAnna, QStringLiteral("demo"));
    QVERIFY2(anna.ok, qPrintable(anna.error));
    m_annaToken = QString::fromStdString(anna.session.token);
    const LoginOutcome staff
        = loginAndWait(&m_network, m_server.baseUrl(), kStaff, QStringLiteral("demo"));
    QVERIFY2(staff.ok, qPrintable(staff.error));
    m_staffToken = QString::fromStdString(staff.session.token);
}

void TestE2eMail::cleanupTestCase()
{
    // A QUIT still on its way needs this thread's event loop to be answered.
    QTRY_COMPARE_WITH_TIMEOUT(m_sink.openConnections(), 0, kMailWaitMs);
    QVERIFY2(m_server.stop(), qPrintable(m_server.errorString()));
}

void TestE2eMail::answerReachesCreatorAndFollowerInTheirLanguages()
{
    m_caseId = newId();
    const Reply created = call("POST", QStringLiteral("/api/v1/cases"), m_annaToken,
        { { "id", m_caseId }, { "account", "acme" }, { "product", "payroll" },
            { "category", "support" }, { "subject", "Feriepenge mangler" },
            { "description", "Ingen fik feriepenge i juni." },
            { "followers", QJsonArray { kErik } } });
    QVERIFY2(created.status == 201,
        qPrintable(
            QStringLiteral("creating answered %1 %2").arg(created.status).arg(created.error)));
    m_caseNumber = created.body.value(QStringLiteral("number")).toString();
    QVERIFY(m_caseNumber.startsWith(QStringLiteral("CP-")));
    // The receipt: to Anna alone (followers get none), in Danish.
    QTRY_VERIFY2_WITH_TIMEOUT(mailsTo(kAnna) == 1, qPrintable(sinkState()), kMailWaitMs);
    QCOMPARE(lastMailTo(kAnna).subject(),
        QStringLiteral("[%1] Feriepenge mangler – modtaget").arg(m_caseNumber));

    const QString answer = QStringLiteral("Vi har rettet lønkørslen.\n.En linje med punktum");
    const QString failed = post(m_staffToken, answer);
    QVERIFY2(failed.isEmpty(), qPrintable(failed));
    QTRY_VERIFY2_WITH_TIMEOUT(m_sink.messages().size() >= 3, qPrintable(sinkState()), kMailWaitMs);

    QCOMPARE(mailsTo(kAnna), 2); // the receipt and the answer
    QCOMPARE(mailsTo(kErik), 1);
    QCOMPARE(mailsTo(kStaff), 0); // the author
    QCOMPARE(mailsTo(kPia), 0); // staff, but not following
    const SmtpSink::Message anna = lastMailTo(kAnna);
    QCOMPARE(anna.recipients, QStringList { kAnna });
    QCOMPARE(anna.from, QStringLiteral("support@caseport.example"));
    QCOMPARE(
        anna.subject(), QStringLiteral("[%1] Feriepenge mangler – ny besked").arg(m_caseNumber));
    QVERIFY2(anna.body().startsWith(
                 QStringLiteral("Sam Staff har skrevet en ny besked i sag %1").arg(m_caseNumber)),
        qPrintable(anna.body()));
    QVERIFY2(anna.body().contains(answer), qPrintable(anna.body()));
    QVERIFY(anna.body().contains(QStringLiteral("Åbn Caseport for at se hele sagen og svare.")));
    QCOMPARE(anna.header("To"), QStringLiteral("Anna Andersen <anna@acme.example>"));

    const SmtpSink::Message erik = lastMailTo(kErik);
    QCOMPARE(erik.recipients, QStringList { kErik });
    QCOMPARE(erik.subject(),
        QStringLiteral("[%1] Feriepenge mangler – nytt meddelande").arg(m_caseNumber));
    QVERIFY2(erik.body().startsWith(QStringLiteral("Sam Staff har skrivit ett nytt meddelande i "
                                                   "ärende %1")
                                        .arg(m_caseNumber)),
        qPrintable(erik.body()));
    QVERIFY(erik.body().contains(answer));

    // Anna replies: Erik hears of it, she does not, and the answer's mails were the only ones.
    const QString thanks = post(m_annaToken, QStringLiteral("Tak!"));
    QVERIFY2(thanks.isEmpty(), qPrintable(thanks));
    QTRY_VERIFY2_WITH_TIMEOUT(mailsTo(kErik) == 2, qPrintable(sinkState()), kMailWaitMs);
    QVERIFY(lastMailTo(kErik).body().startsWith(QStringLiteral("Anna Andersen har skrivit")));
    QCOMPARE(mailsTo(kAnna), 2);
    QCOMPARE(m_sink.messages().size(), 4);
}

void TestE2eMail::internalNoteReachesStaffOnly()
{
    QVERIFY(!m_caseId.isEmpty());
    const Reply current
        = call("GET", QStringLiteral("/api/v1/cases/%1").arg(m_caseId), m_staffToken);
    QCOMPARE(current.status, 200);
    const int version = current.body.value(QStringLiteral("case"))
                            .toObject()
                            .value(QStringLiteral("version"))
                            .toInt();
    const Reply followed = call("PATCH", QStringLiteral("/api/v1/cases/%1").arg(m_caseId),
        m_staffToken, { { "baseVersion", version }, { "followers", QJsonArray { kErik, kPia } } });
    QVERIFY2(followed.status == 200, qPrintable(QString::number(followed.status)));

    const QString note = QStringLiteral("Tjek skattetabellen før næste kørsel.");
    const QString failed = post(m_staffToken, note, true);
    QVERIFY2(failed.isEmpty(), qPrintable(failed));
    // Anna (the creator) and Erik come before Pia in planning order.
    QTRY_VERIFY2_WITH_TIMEOUT(mailsTo(kPia) == 1, qPrintable(sinkState()), kMailWaitMs);
    const SmtpSink::Message pia = lastMailTo(kPia);
    QCOMPARE(
        pia.subject(), QStringLiteral("[%1] Feriepenge mangler – intern note").arg(m_caseNumber));
    QVERIFY2(pia.body().contains(note), qPrintable(pia.body()));
    QCOMPARE(mailsTo(kAnna), 2);
    QCOMPARE(mailsTo(kErik), 2);
    QCOMPARE(mailsContaining(kAnna, note) + mailsContaining(kErik, note), 0);
}

void TestE2eMail::outageDelaysMailUntilTheServerAnswers()
{
    QVERIFY(!m_caseId.isEmpty());
    m_sink.setMode(SmtpSink::Mode::Unavailable);
    const int refusals = m_sink.refusals();
    const int before = static_cast<int>(m_sink.messages().size());
    const QString text = QStringLiteral("Lønnen er udbetalt.");
    const QString failed = post(m_staffToken, text);
    QVERIFY2(failed.isEmpty(), qPrintable(failed));
    QTRY_VERIFY2_WITH_TIMEOUT(m_sink.refusals() > refusals, qPrintable(sinkState()), kMailWaitMs);
    QCOMPARE(m_sink.messages().size(), before);

    // Each mail is retried on its own (jittered) schedule, in any order.
    m_sink.setMode(SmtpSink::Mode::Accept);
    QTRY_VERIFY2_WITH_TIMEOUT(mailsTo(kAnna) == 3 && mailsTo(kErik) == 3 && mailsTo(kPia) == 2,
        qPrintable(sinkState()), kMailWaitMs);
    QCOMPARE(mailsContaining(kAnna, text), 1);
    QCOMPARE(mailsContaining(kErik, text), 1);
    QCOMPARE(mailsContaining(kPia, text), 1);
    QVERIFY(lastMailTo(kErik).subject().endsWith(QStringLiteral("nytt meddelande")));
}

void TestE2eMail::unsentMailSurvivesARestartAndNothingArrivesTwice()
{
    QVERIFY(!m_caseId.isEmpty());
    m_sink.setMode(SmtpSink::Mode::Unavailable);
    const int refusals = m_sink.refusals();
    const QString text = QStringLiteral("Skrevet lige før en genstart.");
    const QString failed = post(m_staffToken, text);
    QVERIFY2(failed.isEmpty(), qPrintable(failed));
    QTRY_VERIFY2_WITH_TIMEOUT(m_sink.refusals() > refusals, qPrintable(sinkState()), kMailWaitMs);
    QTRY_COMPARE_WITH_TIMEOUT(m_sink.openConnections(), 0, kMailWaitMs);
    QVERIFY2(m_server.stop(), qPrintable(m_server.errorString()));
    QCOMPARE(mailsContaining(kAnna, text), 0);

    m_sink.setMode(SmtpSink::Mode::Accept);
    QVERIFY2(m_server.start(m_config), qPrintable(m_server.errorString())); // same data dir
    QTRY_VERIFY2_WITH_TIMEOUT(mailsContaining(kAnna, text) == 1 && mailsContaining(kErik, text) == 1
            && mailsContaining(kPia, text) == 1,
        qPrintable(sinkState()), kMailWaitMs);

    // A barrier after the restart: everything planned before it has arrived by then.
    const QString last = QStringLiteral("Sidste besked.");
    const QString lastFailed = post(m_staffToken, last); // the token outlived the restart
    QVERIFY2(lastFailed.isEmpty(), qPrintable(lastFailed));
    QTRY_VERIFY2_WITH_TIMEOUT(
        mailsContaining(kPia, last) == 1, qPrintable(sinkState()), kMailWaitMs);
    QCOMPARE(mailsTo(kAnna), 5); // with the receipt
    QCOMPARE(mailsTo(kErik), 5);
    QCOMPARE(mailsTo(kPia), 4);
    QCOMPARE(mailsTo(kStaff), 0);
    QCOMPARE(m_sink.messages().size(), 14);
    for (const SmtpSink::Message& message : m_sink.messages())
        QCOMPARE(message.recipients.size(), 1);
}

QTEST_GUILESS_MAIN(TestE2eMail)
#include "tst_e2e_mail.moc"
