#pragma once

// A small SMTP server for tests: listens on 127.0.0.1 on a free port and runs in the
// test's thread (it needs the event loop: wait with QTRY_* or QSignalSpy, never sleep).
// It speaks enough SMTP for a real client such as caseportd's Poco SMTPClientSession:
// the 220 greeting, EHLO/HELO, AUTH PLAIN and LOGIN, MAIL FROM, RCPT TO, DATA (with
// dot-unstuffing), RSET, NOOP, QUIT. Every accepted message is kept with its envelope
// and raw data, and decoded on request (RFC 2047 headers, quoted-printable or base64
// text bodies). It can also play a mail server in trouble:
//
//     SmtpSink sink;
//     QVERIFY2(sink.listen(), qPrintable(sink.errorString()));
//     sink.setMode(SmtpSink::Mode::Unavailable);      // "421" to every connection
//     QTRY_VERIFY(sink.refusals() > 0);
//     sink.setMode(SmtpSink::Mode::Accept);
//     QTRY_COMPARE(sink.messagesTo("anna@acme.example").size(), 1);
//
// Not thread-safe: use it from the thread that created it.

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>

#include <map>
#include <memory>

class QTcpServer;
class QTcpSocket;

namespace caseport::testsupport {

class SmtpSink : public QObject {
    Q_OBJECT

public:
    struct Message {
        QString from; // MAIL FROM address
        QStringList recipients; // RCPT TO addresses
        QByteArray data; // after DATA: dot-unstuffed, CRLF line ends, without the final "."
        QString authUser; // who logged in with AUTH on that connection; empty without

        // A header's value as sent, with folded lines joined; empty when absent.
        [[nodiscard]] QByteArray rawHeader(const QByteArray& name) const;
        // The same with RFC 2047 encoded-words decoded (UTF-8).
        [[nodiscard]] QString header(const QByteArray& name) const;
        [[nodiscard]] QString subject() const { return header("Subject"); }
        // The text after the headers, decoded from its Content-Transfer-Encoding as
        // UTF-8, with "\n" line ends.
        [[nodiscard]] QString body() const;
    };

    enum class Mode {
        Accept,
        Unavailable, // greets with "421" and hangs up: down for maintenance
        DeferRecipients, // "451" to every RCPT TO: try again later
        RejectRecipients, // "550" to every RCPT TO: no such mailbox
        Silent, // accepts connections and never says a word: a hung server
    };

    explicit SmtpSink(QObject* parent = nullptr);
    ~SmtpSink() override;

    // Starts listening on 127.0.0.1 and an ephemeral port; false with errorString().
    [[nodiscard]] bool listen();
    // Stops listening and drops every connection: connecting is refused, like a server
    // that is switched off. listen() again picks the same port if it is still free.
    void close();
    [[nodiscard]] quint16 port() const { return m_port; }
    [[nodiscard]] QString errorString() const { return m_error; }

    void setMode(Mode mode) { m_mode = mode; }
    // From now on MAIL FROM needs AUTH with these credentials first ("530" without,
    // "535" for wrong ones).
    void requireAuth(const QString& user, const QString& password);

    [[nodiscard]] const QList<Message>& messages() const { return m_messages; }
    [[nodiscard]] QList<Message> messagesTo(const QString& address) const;
    // How many of address's messages have text in their decoded body.
    [[nodiscard]] int countTo(const QString& address, const QString& text) const;
    // "N message(s), M refusal(s):" and a "recipients: subject" line per message, for
    // failure messages.
    [[nodiscard]] QString summary() const;
    [[nodiscard]] int connections() const { return m_connections; }
    // Connections still open: 0 once every client said QUIT or hung up.
    [[nodiscard]] int openConnections() const { return static_cast<int>(m_sessions.size()); }
    // Connections greeted with 421 and recipients answered 451/550, so far.
    [[nodiscard]] int refusals() const { return m_refusals; }
    // Every command line received (AUTH data masked), for failure messages.
    [[nodiscard]] QStringList transcript() const { return m_transcript; }

signals:
    void messageReceived();

private:
    struct Session;

    void accept();
    void readFrom(QTcpSocket* socket);
    void command(QTcpSocket* socket, Session& session, const QByteArray& line);
    void authLine(QTcpSocket* socket, Session& session, const QByteArray& line);
    void dataLine(QTcpSocket* socket, Session& session, const QByteArray& line);
    bool checkCredentials(const QByteArray& user, const QByteArray& password);
    void reply(QTcpSocket* socket, const QByteArray& text);

    QTcpServer* m_server = nullptr; // child
    std::map<QTcpSocket*, std::unique_ptr<Session>> m_sessions;
    Mode m_mode = Mode::Accept;
    QString m_authUser;
    QString m_authPassword;
    QList<Message> m_messages;
    QStringList m_transcript;
    int m_connections = 0;
    int m_refusals = 0;
    quint16 m_port = 0;
    QString m_error;
};

} // namespace caseport::testsupport
