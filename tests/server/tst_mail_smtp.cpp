// MailSender against a real SMTP listener (tests/support SmtpSink) on loopback: what
// goes over the wire (envelope, UTF-8 headers and body, dot-stuffing), retries when
// the server is down or defers, giving up when it rejects for good or for too long,
// SMTP AUTH. The sender runs on its own thread; the sink answers on the test's event
// loop, so every wait is a QTRY_.

#include "caseport/testsupport/SmtpSink.h"
#include "config/Config.h"
#include "mail/MailSender.h"
#include "service/LiveConfig.h"
#include "store/SqliteStore.h"

#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <chrono>
#include <memory>
#include <thread>

using namespace caseport;
using namespace caseport::server;
using namespace caseport::server::mail;
using caseport::testsupport::SmtpSink;

namespace {

constexpr int kWaitMs = 15000;

std::int64_t nowMillis()
{
    using namespace std::chrono;
    return duration_cast<milliseconds>(system_clock::now().time_since_epoch()).count();
}

PlannedMail mailTo(
    const std::string& address, const std::string& subject, const std::string& body = "Hello")
{
    return { address, "Anna Andersen", "da", subject, body, "case-1" };
}

} // namespace

class TestMailSmtp : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void deliversEachMailWithUtf8HeadersAndBody();
    void unavailableServerIsRetried();
    void switchedOffServerIsRetried();
    void deferredRecipientIsRetried();
    void rejectedRecipientIsGivenUpAndOthersStillGo();
    void mailFailingTooLongIsGivenUp();
    void authenticates_data();
    void authenticates();
    void wrongPasswordKeepsMailPending();
    void disabledMailSendsNothing();
    void stopCutsTheWaitForAHungServer();

private:
    [[nodiscard]] MailSettings settings() const;
    std::int64_t enqueue(const PlannedMail& mail, std::int64_t createdAt = 0);
    [[nodiscard]] OutboxMail row(std::int64_t id);
    [[nodiscard]] QString describe(std::int64_t id);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<SqliteStore> m_store;
    std::unique_ptr<LiveConfig> m_config;
    std::unique_ptr<SmtpSink> m_sink;
    std::unique_ptr<MailSender> m_sender;
};

MailSettings TestMailSmtp::settings() const
{
    MailSettings s;
    s.enabled = true;
    s.smtpHost = "127.0.0.1";
    s.smtpPort = m_sink->port();
    s.fromAddress = "caseport@support.example";
    s.fromName = "Lønservice Support";
    s.retrySeconds = 1;
    return s;
}

std::int64_t TestMailSmtp::enqueue(const PlannedMail& mail, std::int64_t createdAt)
{
    const std::int64_t cursor = m_store->mailCursor();
    if (!m_store->enqueueMail(cursor, cursor, { mail }, {}, createdAt ? createdAt : nowMillis()))
        return 0;
    return m_store->mailOutbox(1).front().id;
}

OutboxMail TestMailSmtp::row(std::int64_t id)
{
    for (const OutboxMail& m : m_store->mailOutbox(1000)) {
        if (m.id == id)
            return m;
    }
    return {};
}

QString TestMailSmtp::describe(std::int64_t id)
{
    const OutboxMail m = row(id);
    return QStringLiteral("mail %1: state %2, %3 attempt(s), last error '%4'; sink saw: %5")
        .arg(id)
        .arg(static_cast<int>(m.state))
        .arg(m.attempts)
        .arg(QString::fromStdString(m.lastError), m_sink->transcript().join(QStringLiteral(" | ")));
}

void TestMailSmtp::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_store = std::make_unique<SqliteStore>(SqliteStore::fileIn(m_dir->path().toStdString()));
    m_sink = std::make_unique<SmtpSink>();
    QVERIFY2(m_sink->listen(), qPrintable(m_sink->errorString()));
    Config config;
    config.mail = settings();
    m_config = std::make_unique<LiveConfig>(config);
    m_sender = std::make_unique<MailSender>(*m_store, *m_config);
}

void TestMailSmtp::cleanup()
{
    // The sender may be saying QUIT: stop it on another thread while this one's event
    // loop lets the sink answer, then let it go before the sink and the store.
    std::atomic<bool> stopped = false;
    std::thread stopper([this, &stopped] {
        m_sender->stop();
        stopped = true;
    });
    QTRY_VERIFY_WITH_TIMEOUT(stopped, kWaitMs);
    stopper.join();
    m_sender.reset();
    m_sink.reset();
    m_config.reset();
    m_store.reset();
    m_dir.reset();
}

void TestMailSmtp::deliversEachMailWithUtf8HeadersAndBody()
{
    const std::string longLine(180, 'x');
    const std::string body
        = "Hej Anna\n.en linje med punktum først\n..og to\nÆØÅ æøå – åäö\n" + longLine + "\n";
    const std::int64_t first
        = enqueue(mailTo("anna@acme.example", "[CP-2026-000123] Løn mangler – ny besked", body));
    PlannedMail second
        = mailTo("erik@acme.example", "[CP-2026-000123] Lön saknas – nytt meddelande");
    second.toName = "Erik Eriksson";
    second.language = "sv";
    QVERIFY(first > 0);
    QVERIFY(enqueue(second) > 0);
    m_sender->start();
    QTRY_VERIFY2_WITH_TIMEOUT(m_sink->messages().size() == 2, qPrintable(describe(first)), kWaitMs);

    const SmtpSink::Message anna = m_sink->messagesTo(QStringLiteral("anna@acme.example")).value(0);
    QCOMPARE(anna.from, QStringLiteral("caseport@support.example"));
    QCOMPARE(anna.recipients, QStringList { QStringLiteral("anna@acme.example") });
    QCOMPARE(anna.subject(), QStringLiteral("[CP-2026-000123] Løn mangler – ny besked"));
    QCOMPARE(anna.header("From"), QStringLiteral("Lønservice Support <caseport@support.example>"));
    QCOMPARE(anna.header("To"), QStringLiteral("Anna Andersen <anna@acme.example>"));
    QVERIFY2(anna.rawHeader("Content-Type").contains("text/plain"), anna.rawHeader("Content-Type"));
    QVERIFY2(anna.rawHeader("Content-Type").toLower().contains("charset=utf-8"),
        anna.rawHeader("Content-Type"));
    QCOMPARE(anna.rawHeader("Content-Language"), QByteArray("da"));
    QCOMPARE(anna.rawHeader("Auto-Submitted"), QByteArray("auto-generated"));
    QVERIFY(anna.rawHeader("Message-ID").startsWith("<caseport."));
    QCOMPARE(anna.rawHeader("References"), QByteArray("<case.case-1@support.example>"));
    QVERIFY2(!anna.rawHeader("Subject").contains("ø"), "the subject is encoded, not raw UTF-8");
    QCOMPARE(anna.body().trimmed(), QString::fromStdString(body).trimmed());
    QCOMPARE(anna.data.count('\n'), anna.data.count("\r\n")); // no bare LF on the wire
    QCOMPARE(anna.data.count('\r'), anna.data.count("\r\n"));
    for (const QByteArray& line : anna.data.split('\n'))
        QVERIFY2(line.size() <= 78, line.constData()); // quoted-printable keeps lines short

    const SmtpSink::Message erik = m_sink->messagesTo(QStringLiteral("erik@acme.example")).value(0);
    QCOMPARE(erik.subject(), QStringLiteral("[CP-2026-000123] Lön saknas – nytt meddelande"));
    QCOMPARE(erik.rawHeader("Content-Language"), QByteArray("sv"));
    QVERIFY(erik.rawHeader("Message-ID") != anna.rawHeader("Message-ID"));

    QTRY_COMPARE_WITH_TIMEOUT(row(first).state, OutboxState::Sent, kWaitMs);
    QCOMPARE(row(first).attempts, 1);
    QVERIFY(row(first).sentAt > 0);
}

void TestMailSmtp::unavailableServerIsRetried()
{
    m_sink->setMode(SmtpSink::Mode::Unavailable);
    const std::int64_t id = enqueue(mailTo("anna@acme.example", "Retry me"));
    m_sender->start();
    QTRY_VERIFY2_WITH_TIMEOUT(row(id).attempts >= 1, qPrintable(describe(id)), kWaitMs);
    QVERIFY(m_sink->refusals() >= 1);
    QCOMPARE(row(id).state, OutboxState::Pending);
    QVERIFY2(row(id).lastError.find("421") != std::string::npos, qPrintable(describe(id)));
    QVERIFY(row(id).nextAttemptAt > row(id).createdAt);
    QVERIFY(m_sink->messages().isEmpty());

    m_sink->setMode(SmtpSink::Mode::Accept);
    QTRY_VERIFY2_WITH_TIMEOUT(m_sink->messages().size() == 1, qPrintable(describe(id)), kWaitMs);
    QTRY_COMPARE_WITH_TIMEOUT(row(id).state, OutboxState::Sent, kWaitMs);
    QCOMPARE(m_sink->messages().first().subject(), QStringLiteral("Retry me"));
}

void TestMailSmtp::switchedOffServerIsRetried()
{
    m_sink->close(); // connection refused
    const std::int64_t id = enqueue(mailTo("anna@acme.example", "Are you there?"));
    m_sender->start();
    QTRY_VERIFY2_WITH_TIMEOUT(row(id).attempts >= 1, qPrintable(describe(id)), kWaitMs);
    QCOMPARE(row(id).state, OutboxState::Pending);
    QVERIFY(!row(id).lastError.empty());

    QVERIFY2(m_sink->listen(), qPrintable(m_sink->errorString())); // the same port
    QTRY_VERIFY2_WITH_TIMEOUT(m_sink->messages().size() == 1, qPrintable(describe(id)), kWaitMs);
    QTRY_COMPARE_WITH_TIMEOUT(row(id).state, OutboxState::Sent, kWaitMs);
}

void TestMailSmtp::deferredRecipientIsRetried()
{
    m_sink->setMode(SmtpSink::Mode::DeferRecipients);
    const std::int64_t id = enqueue(mailTo("anna@acme.example", "Later"));
    m_sender->start();
    QTRY_VERIFY2_WITH_TIMEOUT(row(id).attempts >= 1, qPrintable(describe(id)), kWaitMs);
    QVERIFY2(row(id).lastError.find("451") != std::string::npos, qPrintable(describe(id)));
    QCOMPARE(row(id).state, OutboxState::Pending);

    m_sink->setMode(SmtpSink::Mode::Accept);
    QTRY_COMPARE_WITH_TIMEOUT(row(id).state, OutboxState::Sent, kWaitMs);
    QCOMPARE(m_sink->messages().size(), 1);
}

void TestMailSmtp::rejectedRecipientIsGivenUpAndOthersStillGo()
{
    m_sink->setMode(SmtpSink::Mode::RejectRecipients);
    const std::int64_t id = enqueue(mailTo("nobody@acme.example", "Bounce"));
    m_sender->start();
    QTRY_COMPARE_WITH_TIMEOUT(row(id).state, OutboxState::Failed, kWaitMs);
    QVERIFY2(row(id).lastError.find("550") != std::string::npos, qPrintable(describe(id)));
    QCOMPARE(row(id).attempts, 1);

    m_sink->setMode(SmtpSink::Mode::Accept);
    const std::int64_t next = enqueue(mailTo("anna@acme.example", "Still works"));
    m_sender->wake();
    QTRY_COMPARE_WITH_TIMEOUT(row(next).state, OutboxState::Sent, kWaitMs);
    QCOMPARE(m_sink->messages().size(), 1);
    QCOMPARE(row(id).state, OutboxState::Failed); // never tried again
    QCOMPARE(row(id).attempts, 1);
}

void TestMailSmtp::mailFailingTooLongIsGivenUp()
{
    m_sink->setMode(SmtpSink::Mode::Unavailable);
    const std::int64_t hours73 = 73LL * 3'600'000;
    const std::int64_t id = enqueue(mailTo("anna@acme.example", "Ancient"), nowMillis() - hours73);
    m_sender->start();
    QTRY_COMPARE_WITH_TIMEOUT(row(id).state, OutboxState::Failed, kWaitMs);
    QVERIFY2(row(id).lastError.find("421") != std::string::npos, qPrintable(describe(id)));
}

void TestMailSmtp::authenticates_data()
{
    QTest::addColumn<bool>("authLogin");
    QTest::newRow("AUTH PLAIN") << false;
    QTest::newRow("AUTH LOGIN") << true;
}

void TestMailSmtp::authenticates()
{
    QFETCH(bool, authLogin);
    m_sink->requireAuth(QStringLiteral("caseport"), QStringLiteral("s3cret pässword"));
    Config config;
    config.mail = settings();
    config.mail.username = "caseport";
    config.mail.password = "s3cret pässword";
    config.mail.authLogin = authLogin;
    m_config->replace(config);
    const std::int64_t id = enqueue(mailTo("anna@acme.example", "Logged in"));
    m_sender->start();
    QTRY_VERIFY2_WITH_TIMEOUT(m_sink->messages().size() == 1, qPrintable(describe(id)), kWaitMs);
    QCOMPARE(m_sink->messages().first().authUser, QStringLiteral("caseport"));
}

void TestMailSmtp::wrongPasswordKeepsMailPending()
{
    m_sink->requireAuth(QStringLiteral("caseport"), QStringLiteral("right"));
    Config config;
    config.mail = settings();
    config.mail.username = "caseport";
    config.mail.password = "wrong";
    m_config->replace(config);
    const std::int64_t id = enqueue(mailTo("anna@acme.example", "Locked out"));
    m_sender->start();
    QTRY_VERIFY2_WITH_TIMEOUT(row(id).attempts >= 1, qPrintable(describe(id)), kWaitMs);
    QCOMPARE(row(id).state, OutboxState::Pending); // the admin's mistake, not the mail's
    QVERIFY2(row(id).lastError.find("535") != std::string::npos, qPrintable(describe(id)));

    config.mail.password = "right"; // fixed and reloaded
    m_config->replace(config);
    QTRY_COMPARE_WITH_TIMEOUT(row(id).state, OutboxState::Sent, kWaitMs);
}

void TestMailSmtp::disabledMailSendsNothing()
{
    Config config;
    config.mail = settings();
    config.mail.enabled = false;
    m_config->replace(config);
    const std::int64_t id = enqueue(mailTo("anna@acme.example", "Quiet"));
    QCOMPARE(m_sender->sendDue(), 0); // on this thread: it must not even connect
    QCOMPARE(m_sink->connections(), 0);
    QCOMPARE(row(id).state, OutboxState::Pending);
    QCOMPARE(row(id).attempts, 0);
}

void TestMailSmtp::stopCutsTheWaitForAHungServer()
{
    m_sink->setMode(SmtpSink::Mode::Silent);
    const std::int64_t id = enqueue(mailTo("anna@acme.example", "Hello?"));
    m_sender->start();
    QTRY_COMPARE_WITH_TIMEOUT(m_sink->connections(), 1, kWaitMs); // waiting for a greeting

    // The reply timeout is 30 s; stop() must not wait for it.
    std::atomic<bool> stopped = false;
    std::thread stopper([this, &stopped] {
        m_sender->stop();
        stopped = true;
    });
    QTRY_VERIFY_WITH_TIMEOUT(stopped, 10000);
    stopper.join();
    const OutboxMail mail = row(id);
    QCOMPARE(mail.state, OutboxState::Pending); // due again at the next start
    QCOMPARE(mail.attempts, 0);
    QVERIFY(mail.nextAttemptAt <= nowMillis());
}

QTEST_GUILESS_MAIN(TestMailSmtp)
#include "tst_mail_smtp.moc"
