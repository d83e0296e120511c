// caseport-outbox-driver: a headless client for fault tests that must kill a real client
// process (tests/e2e/tst_e2e_faults). It opens a Workspace over a cache directory,
// optionally queues N new cases with the subjects "<prefix> 1".."<prefix> N", syncs, and
// reports every event as one line on stdout, flushed at once so a test can react to it
// (e.g. SIGKILL after the first "submitted" line):
//
//   ready                        the cache is open (the outbox as stored is loaded)
//   waiting-for-catalog          a fresh cache: the cases are queued after the first sync
//   pending <n>                  outbox items of every account (printed when it changes)
//   queued <case id>             committed to the outbox
//   submitted <case id> <number> the server filed it (a replay answers the same number)
//   failed <case id> <code>      refused for good, or the outbox could not store it
//   offline <reason>             a sync failed; the engine retries with backoff
//   idle                         the outbox is empty after a successful sync: exit 0
//
// Exit codes: 0 idle; 1 bad arguments; 2 login failed; 3 an item was refused or could not
// be stored (the outbox cannot empty); 4 not idle within --timeout-ms. Without an answer
// from the server it keeps retrying until killed or timed out.
//
// Usage: caseport-outbox-driver --server URL --cache DIR --user EMAIL
//            (--password PW | --token TOKEN) [--queue N] [--prefix TEXT] [--timeout-ms MS]
// --token skips the login, so it works while the server is down (the cache file is per
// server + user, so the same user with a new token opens the same outbox).

#include "caseport/client/LoginJob.h"
#include "caseport/client/Workspace.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QNetworkAccessManager>
#include <QTimer>

#include <cstdio>
#include <memory>

using namespace caseport;
using namespace caseport::client;

namespace {

enum ExitCode { Idle = 0, BadArguments = 1, LoginFailed = 2, Stuck = 3, TimedOut = 4 };

void say(const QString& line)
{
    const QByteArray bytes = line.toUtf8() + '\n';
    std::fwrite(bytes.constData(), 1, static_cast<size_t>(bytes.size()), stdout);
    std::fflush(stdout); // the test reads line by line while this process runs
}

struct Options {
    QUrl server;
    QString cacheDir;
    QString user;
    QString password;
    QString token;
    int queue = 0;
    QString prefix = QStringLiteral("Driver case");
    int timeoutMs = 120000;
};

// Drives one Workspace: queue, sync, report, decide when to exit.
class Driver {
public:
    Driver(QNetworkAccessManager* network, Options options)
        : m_network(network)
        , m_options(std::move(options))
    {
    }

    void start(const SessionInfo& session)
    {
        m_workspace
            = std::make_unique<Workspace>(m_network, m_options.server, session, m_options.cacheDir);
        Workspace* w = m_workspace.get();
        QObject::connect(w, &Workspace::outboxChanged, w, [this] { reportPending(); });
        QObject::connect(w, &Workspace::caseQueued, w, [this](const QString& id) {
            ++m_queued;
            say(QStringLiteral("queued %1").arg(id));
        });
        QObject::connect(w, &Workspace::caseSubmitted, w, [](const Case& created) {
            say(QStringLiteral("submitted %1 %2")
                    .arg(QString::fromStdString(created.id),
                        QString::fromStdString(created.number)));
        });
        QObject::connect(
            w, &Workspace::submitFailed, w, [](const QString& id, const ApiFailure& failure) {
                say(QStringLiteral("failed %1 %2 %3").arg(id, failure.errorCode, failure.message));
                QCoreApplication::exit(Stuck);
            });
        QObject::connect(w, &Workspace::syncFinished, w,
            [this](bool ok, const ApiFailure& failure) { onSyncFinished(ok, failure); });
        QObject::connect(w, &Workspace::ready, w, [this] { onReady(); });
    }

private:
    void reportPending()
    {
        const int pending = m_workspace->pendingCount();
        if (pending == m_lastPending)
            return;
        m_lastPending = pending;
        say(QStringLiteral("pending %1").arg(pending));
    }

    void onReady()
    {
        say(QStringLiteral("ready"));
        reportPending();
        if (m_workspace->currentAccount().isEmpty() && m_options.queue > 0) {
            // A new case needs the account, which comes with the catalog: a fresh cache
            // must sync once before it can queue (the app cannot show a case form earlier).
            say(QStringLiteral("waiting-for-catalog"));
            QObject::connect(m_workspace.get(), &Workspace::catalogChanged, m_workspace.get(),
                [this] { queueOnce(); });
        } else {
            queueOnce();
        }
        m_workspace->sync();
    }

    void queueOnce()
    {
        if (m_queueStarted || m_workspace->currentAccount().isEmpty())
            return;
        m_queueStarted = true;
        for (int n = 1; n <= m_options.queue; ++n) {
            NewCase draft;
            draft.product = "payroll";
            draft.subject = QStringLiteral("%1 %2").arg(m_options.prefix).arg(n).toStdString();
            draft.description = "Queued by caseport-outbox-driver.";
            m_workspace->submitCase(draft); // caseQueued follows once committed
        }
    }

    void onSyncFinished(bool ok, const ApiFailure& failure)
    {
        if (!ok) {
            say(QStringLiteral("offline %1").arg(failure.message));
            return; // the sync engine tries again by itself (backoff)
        }
        if (m_queued < m_options.queue)
            return; // more to commit; each one starts a sync of its own
        if (m_workspace->pendingCount() == 0) {
            say(QStringLiteral("idle"));
            QCoreApplication::exit(Idle);
            return;
        }
        for (const OutboxItem& item : m_workspace->outboxItems()) {
            if (item.state == OutboxItem::State::Pending)
                return; // queued behind the run that just ended: the next run sends it
        }
        say(QStringLiteral("stuck %1").arg(m_workspace->pendingCount()));
        QCoreApplication::exit(Stuck);
    }

    QNetworkAccessManager* m_network;
    Options m_options;
    std::unique_ptr<Workspace> m_workspace;
    bool m_queueStarted = false;
    int m_queued = 0;
    int m_lastPending = -1;
};

bool parse(const QCoreApplication& app, Options* options)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Headless Caseport client for fault tests"));
    parser.addHelpOption();
    const QCommandLineOption server(
        QStringLiteral("server"), QStringLiteral("Server URL."), QStringLiteral("url"));
    const QCommandLineOption cache(
        QStringLiteral("cache"), QStringLiteral("Cache directory."), QStringLiteral("dir"));
    const QCommandLineOption user(
        QStringLiteral("user"), QStringLiteral("User (e-mail)."), QStringLiteral("email"));
    const QCommandLineOption password(
        QStringLiteral("password"), QStringLiteral("Log in with it."), QStringLiteral("password"));
    const QCommandLineOption token(QStringLiteral("token"),
        QStringLiteral("Use this session token instead of logging in."), QStringLiteral("token"));
    const QCommandLineOption queue(QStringLiteral("queue"), QStringLiteral("New cases to queue."),
        QStringLiteral("n"), QStringLiteral("0"));
    const QCommandLineOption prefix(QStringLiteral("prefix"), QStringLiteral("Subject prefix."),
        QStringLiteral("text"), options->prefix);
    const QCommandLineOption timeout(QStringLiteral("timeout-ms"),
        QStringLiteral("Give up (exit 4) when not idle by then."), QStringLiteral("ms"),
        QString::number(options->timeoutMs));
    parser.addOptions({ server, cache, user, password, token, queue, prefix, timeout });
    parser.process(app);

    options->server = QUrl(parser.value(server));
    options->cacheDir = parser.value(cache);
    options->user = parser.value(user);
    options->password = parser.value(password);
    options->token = parser.value(token);
    options->prefix = parser.value(prefix);
    bool queueOk = false;
    bool timeoutOk = false;
    options->queue = parser.value(queue).toInt(&queueOk);
    options->timeoutMs = parser.value(timeout).toInt(&timeoutOk);
    QString problem;
    if (!options->server.isValid() || options->server.scheme().isEmpty())
        problem = QStringLiteral("--server needs a URL");
    else if (options->cacheDir.isEmpty() || options->user.isEmpty())
        problem = QStringLiteral("--cache and --user are required");
    else if (options->password.isEmpty() == options->token.isEmpty())
        problem = QStringLiteral("give exactly one of --password and --token");
    else if (!queueOk || options->queue < 0 || !timeoutOk || options->timeoutMs <= 0)
        problem = QStringLiteral("--queue and --timeout-ms need non-negative numbers");
    if (problem.isEmpty())
        return true;
    std::fprintf(stderr, "caseport-outbox-driver: %s\n", qPrintable(problem));
    return false;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    Options options;
    if (!parse(app, &options))
        return BadArguments;

    QNetworkAccessManager network;
    Driver driver(&network, options);
    QTimer::singleShot(options.timeoutMs, &app, [] {
        say(QStringLiteral("timeout"));
        QCoreApplication::exit(TimedOut);
    });

    if (!options.token.isEmpty()) {
        SessionInfo session;
        session.token = options.token.toStdString();
        session.user.id = options.user.toStdString();
        driver.start(session);
    } else {
        auto* login = new LoginJob(&network, options.server, options.user, options.password, &app);
        QObject::connect(login, &LoginJob::succeeded, &app,
            [&driver](const SessionInfo& session) { driver.start(session); });
        QObject::connect(login, &LoginJob::failed, &app, [](const ApiFailure& failure) {
            say(QStringLiteral("login-failed %1").arg(failure.message));
            QCoreApplication::exit(LoginFailed);
        });
        login->start();
    }
    return QCoreApplication::exec();
}
