#include "caseport/testsupport/SmtpSink.h"

#include <QHostAddress>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTcpSocket>

namespace caseport::testsupport {

namespace {

// The headers part (before the first empty line), unfolded into one line per header.
QList<QByteArray> unfoldedHeaders(const QByteArray& data)
{
    qsizetype end = data.indexOf("\r\n\r\n");
    const QByteArray head = end < 0 ? data : data.left(end);
    QList<QByteArray> headers;
    for (const QByteArray& line : head.split('\n')) {
        QByteArray text = line;
        if (text.endsWith('\r'))
            text.chop(1);
        if (!headers.isEmpty() && (text.startsWith(' ') || text.startsWith('\t')))
            headers.last() += text;
        else
            headers.append(text);
    }
    return headers;
}

QByteArray decodeQ(const QByteArray& text, bool underscoreIsSpace)
{
    QByteArray out;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char c = text.at(i);
        if (c == '=' && i + 2 < text.size()) {
            bool ok = false;
            const int value = text.mid(i + 1, 2).toInt(&ok, 16);
            if (ok) {
                out.append(static_cast<char>(value));
                i += 2;
                continue;
            }
        }
        out.append(underscoreIsSpace && c == '_' ? ' ' : c);
    }
    return out;
}

// RFC 2047: "=?UTF-8?B?…?=" and "=?UTF-8?Q?…?=" words; the space between two adjacent
// words is dropped, and their bytes are joined before reading them as UTF-8.
QString decodeWords(const QByteArray& value)
{
    static const QRegularExpression word(QStringLiteral("=\\?([^?]+)\\?([BbQq])\\?([^?]*)\\?="));
    const QString text = QString::fromLatin1(value);
    QByteArray bytes;
    qsizetype at = 0;
    bool lastWasWord = false;
    for (auto it = word.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        const QString between = text.mid(at, match.capturedStart() - at);
        if (!(lastWasWord && between.trimmed().isEmpty()))
            bytes += between.toLatin1();
        const QByteArray payload = match.captured(3).toLatin1();
        if (match.captured(2).compare(QStringLiteral("B"), Qt::CaseInsensitive) == 0)
            bytes += QByteArray::fromBase64(payload);
        else
            bytes += decodeQ(payload, true);
        at = match.capturedEnd();
        lastWasWord = true;
    }
    bytes += text.mid(at).toLatin1();
    return QString::fromUtf8(bytes);
}

// "MAIL FROM:<a@b> SIZE=12" → "a@b"
QString addressIn(const QByteArray& argument)
{
    const qsizetype open = argument.indexOf('<');
    const qsizetype close = argument.indexOf('>', open);
    if (open < 0 || close < 0)
        return QString::fromUtf8(argument.trimmed());
    return QString::fromUtf8(argument.mid(open + 1, close - open - 1));
}

} // namespace

struct SmtpSink::Session {
    enum class State { Command, Data, AuthPlain, AuthLoginUser, AuthLoginPassword };
    State state = State::Command;
    QByteArray buffer;
    QByteArray authUser; // during AUTH LOGIN
    QString loggedIn;
    QString from;
    QStringList recipients;
    QByteArray data;
    bool haveFrom = false;
};

QByteArray SmtpSink::Message::rawHeader(const QByteArray& name) const
{
    const QByteArray prefix = name.toLower() + ':';
    for (const QByteArray& header : unfoldedHeaders(data)) {
        if (header.toLower().startsWith(prefix))
            return header.mid(prefix.size()).trimmed();
    }
    return {};
}

QString SmtpSink::Message::header(const QByteArray& name) const
{
    return decodeWords(rawHeader(name));
}

QString SmtpSink::Message::body() const
{
    const qsizetype start = data.indexOf("\r\n\r\n");
    QByteArray content = start < 0 ? QByteArray() : data.mid(start + 4);
    const QByteArray encoding = rawHeader("Content-Transfer-Encoding").toLower();
    if (encoding == "quoted-printable") {
        content.replace("=\r\n", ""); // soft line breaks
        content = decodeQ(content, false);
    } else if (encoding == "base64") {
        content = QByteArray::fromBase64(content);
    }
    return QString::fromUtf8(content).replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
}

SmtpSink::SmtpSink(QObject* parent)
    : QObject(parent)
    , m_server(new QTcpServer(this))
{
    connect(m_server, &QTcpServer::newConnection, this, &SmtpSink::accept);
}

SmtpSink::~SmtpSink() { close(); }

bool SmtpSink::listen()
{
    if (m_server->isListening())
        return true;
    if (!m_server->listen(QHostAddress::LocalHost, m_port)) {
        m_error = m_server->errorString();
        return false;
    }
    m_port = m_server->serverPort();
    return true;
}

void SmtpSink::close()
{
    m_server->close();
    auto sessions = std::move(m_sessions);
    m_sessions.clear();
    for (auto& [socket, session] : sessions) {
        socket->disconnect(this);
        socket->abort();
        socket->deleteLater();
    }
}

void SmtpSink::requireAuth(const QString& user, const QString& password)
{
    m_authUser = user;
    m_authPassword = password;
}

QList<SmtpSink::Message> SmtpSink::messagesTo(const QString& address) const
{
    QList<Message> found;
    for (const Message& message : m_messages) {
        if (message.recipients.contains(address, Qt::CaseInsensitive))
            found.append(message);
    }
    return found;
}

int SmtpSink::countTo(const QString& address, const QString& text) const
{
    int count = 0;
    for (const Message& message : messagesTo(address))
        count += message.body().contains(text) ? 1 : 0;
    return count;
}

QString SmtpSink::summary() const
{
    QStringList lines;
    for (const Message& message : m_messages)
        lines << message.recipients.join(QLatin1Char(',')) + QStringLiteral(": ")
                + message.subject();
    return QStringLiteral("%1 message(s), %2 refusal(s):\n%3")
        .arg(m_messages.size())
        .arg(m_refusals)
        .arg(lines.join(QLatin1Char('\n')));
}

void SmtpSink::reply(QTcpSocket* socket, const QByteArray& text) { socket->write(text + "\r\n"); }

void SmtpSink::accept()
{
    while (QTcpSocket* socket = m_server->nextPendingConnection()) {
        ++m_connections;
        connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
            m_sessions.erase(socket);
            socket->deleteLater();
        });
        if (m_mode == Mode::Unavailable) {
            ++m_refusals;
            reply(socket, "421 4.3.2 sink.test Service not available, closing channel");
            socket->disconnectFromHost();
            continue;
        }
        if (m_mode == Mode::Silent)
            continue; // holds the connection until the client gives up
        m_sessions.emplace(socket, std::make_unique<Session>());
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { readFrom(socket); });
        reply(socket, "220 sink.test ESMTP test sink");
    }
}

void SmtpSink::readFrom(QTcpSocket* socket)
{
    auto found = m_sessions.find(socket);
    if (found == m_sessions.end())
        return;
    Session& session = *found->second;
    session.buffer += socket->readAll();
    for (qsizetype end = session.buffer.indexOf("\r\n"); end >= 0;
         end = session.buffer.indexOf("\r\n")) {
        const QByteArray line = session.buffer.left(end);
        session.buffer.remove(0, end + 2);
        switch (session.state) {
        case Session::State::Data:
            dataLine(socket, session, line);
            break;
        case Session::State::Command:
            command(socket, session, line);
            break;
        default:
            authLine(socket, session, line);
            break;
        }
        if (m_sessions.find(socket) == m_sessions.end())
            return; // QUIT
    }
}

bool SmtpSink::checkCredentials(const QByteArray& user, const QByteArray& password)
{
    return QString::fromUtf8(user) == m_authUser && QString::fromUtf8(password) == m_authPassword;
}

void SmtpSink::authLine(QTcpSocket* socket, Session& session, const QByteArray& line)
{
    m_transcript << QStringLiteral("(auth data)");
    const QByteArray decoded = QByteArray::fromBase64(line.trimmed());
    bool ok = false;
    QByteArray user;
    switch (session.state) {
    case Session::State::AuthPlain: { // "\0user\0password"
        const QList<QByteArray> parts = decoded.split('\0');
        if (parts.size() == 3) {
            user = parts.at(1);
            ok = checkCredentials(user, parts.at(2));
        }
        break;
    }
    case Session::State::AuthLoginUser:
        session.authUser = decoded;
        session.state = Session::State::AuthLoginPassword;
        reply(socket, "334 UGFzc3dvcmQ6"); // "Password:"
        return;
    case Session::State::AuthLoginPassword:
        user = session.authUser;
        ok = checkCredentials(user, decoded);
        break;
    default:
        break;
    }
    session.state = Session::State::Command;
    if (ok) {
        session.loggedIn = QString::fromUtf8(user);
        reply(socket, "235 2.7.0 Authentication successful");
    } else {
        reply(socket, "535 5.7.8 Authentication credentials invalid");
    }
}

void SmtpSink::command(QTcpSocket* socket, Session& session, const QByteArray& line)
{
    const qsizetype space = line.indexOf(' ');
    const QByteArray verb = (space < 0 ? line : line.left(space)).toUpper();
    const QByteArray argument = space < 0 ? QByteArray() : line.mid(space + 1);
    m_transcript << QString::fromUtf8(verb == "AUTH" ? line.left(10) + "…" : line);

    auto resetTransaction = [&session] {
        session.from.clear();
        session.recipients.clear();
        session.data.clear();
        session.haveFrom = false;
    };

    if (verb == "EHLO") {
        resetTransaction();
        socket->write("250-sink.test\r\n250-8BITMIME\r\n250-AUTH PLAIN LOGIN\r\n250 HELP\r\n");
    } else if (verb == "HELO") {
        resetTransaction();
        reply(socket, "250 sink.test");
    } else if (verb == "AUTH") {
        const QList<QByteArray> parts = argument.split(' ');
        const QByteArray mechanism = parts.value(0).toUpper();
        if (mechanism == "PLAIN" && parts.size() > 1) {
            session.state = Session::State::AuthPlain;
            authLine(socket, session, parts.at(1));
            m_transcript.removeLast();
        } else if (mechanism == "PLAIN") {
            session.state = Session::State::AuthPlain;
            reply(socket, "334 ");
        } else if (mechanism == "LOGIN" && parts.size() > 1) {
            session.authUser = QByteArray::fromBase64(parts.at(1));
            session.state = Session::State::AuthLoginPassword;
            reply(socket, "334 UGFzc3dvcmQ6");
        } else if (mechanism == "LOGIN") {
            session.state = Session::State::AuthLoginUser;
            reply(socket, "334 VXNlcm5hbWU6"); // "Username:"
        } else {
            reply(socket, "504 5.5.4 Unrecognized authentication type");
        }
    } else if (verb == "MAIL") {
        if (!m_authUser.isEmpty() && session.loggedIn.isEmpty()) {
            reply(socket, "530 5.7.0 Authentication required");
            return;
        }
        resetTransaction();
        session.from = addressIn(argument);
        session.haveFrom = true;
        reply(socket, "250 2.1.0 Ok");
    } else if (verb == "RCPT") {
        if (!session.haveFrom) {
            reply(socket, "503 5.5.1 Need MAIL first");
        } else if (m_mode == Mode::DeferRecipients) {
            ++m_refusals;
            reply(socket, "451 4.3.0 Try again later");
        } else if (m_mode == Mode::RejectRecipients) {
            ++m_refusals;
            reply(socket, "550 5.1.1 No such mailbox");
        } else {
            session.recipients << addressIn(argument);
            reply(socket, "250 2.1.5 Ok");
        }
    } else if (verb == "DATA") {
        if (session.recipients.isEmpty()) {
            reply(socket, "503 5.5.1 Need RCPT first");
            return;
        }
        session.state = Session::State::Data;
        session.data.clear();
        reply(socket, "354 End data with <CR><LF>.<CR><LF>");
    } else if (verb == "RSET") {
        resetTransaction();
        reply(socket, "250 2.0.0 Ok");
    } else if (verb == "NOOP") {
        reply(socket, "250 2.0.0 Ok");
    } else if (verb == "QUIT") {
        reply(socket, "221 2.0.0 Bye");
        m_sessions.erase(socket);
        socket->disconnectFromHost();
    } else {
        reply(socket, "500 5.5.2 Command not recognized");
    }
}

void SmtpSink::dataLine(QTcpSocket* socket, Session& session, const QByteArray& line)
{
    if (line == ".") {
        session.state = Session::State::Command;
        m_messages.append({ session.from, session.recipients, session.data, session.loggedIn });
        session.recipients.clear();
        session.data.clear();
        session.haveFrom = false;
        reply(socket, "250 2.0.0 Ok: queued");
        emit messageReceived();
        return;
    }
    session.data += (line.startsWith('.') ? line.mid(1) : line) + "\r\n";
}

} // namespace caseport::testsupport
