#include "SyncRunner.h"

#include "caseport/client/ApiFailure.h"
#include "caseport/client/CaseListModel.h"
#include "caseport/client/LoginJob.h"
#include "caseport/client/Workspace.h"

#include <QDir>
#include <QEventLoop>
#include <QFileInfo>
#include <QNetworkReply>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTimer>

#include <algorithm>
#include <chrono>

namespace caseport::bench {
namespace {

using Clock = std::chrono::steady_clock;

double secondsSince(Clock::time_point start, Clock::time_point end)
{
    return std::chrono::duration<double>(end - start).count();
}

} // namespace

SyncRunner::SyncRunner(const QUrl& server, QString cacheDirectory)
    : m_server(server)
    , m_cacheDirectory(std::move(cacheDirectory))
{
    m_proxy = std::make_unique<CountingProxy>(server.host().toStdString(), server.port());
    if (!m_proxy->start()) {
        m_error = QStringLiteral("cannot start the counting proxy");
        return;
    }
    m_proxied = server;
    m_proxied.setPort(m_proxy->port());
}

SyncRunner::~SyncRunner()
{
    closeWorkspace();
}

bool SyncRunner::login(const QString& user, const QString& password)
{
    QEventLoop loop;
    bool ok = false;
    auto* job = new client::LoginJob(&m_network, m_server, user, password, &loop);
    QObject::connect(job, &client::LoginJob::succeeded, &loop, [&](const SessionInfo& session) {
        m_session = session;
        ok = true;
        loop.quit();
    });
    QObject::connect(job, &client::LoginJob::failed, &loop, [&](const client::ApiFailure& failure) {
        m_error = QStringLiteral("login of %1 failed: %2").arg(user, failure.message);
        loop.quit();
    });
    QTimer::singleShot(60000, &loop, &QEventLoop::quit);
    job->start();
    loop.exec();
    return ok;
}

double SyncRunner::openWorkspace(int pageSize)
{
    closeWorkspace();
    const auto started = Clock::now();
    m_workspace = std::make_unique<client::Workspace>(&m_network, m_proxied, m_session,
                                                      m_cacheDirectory);
    m_workspace->setSyncPageSize(pageSize);
    if (!m_workspace->isReady()) {
        QEventLoop loop;
        QObject::connect(m_workspace.get(), &client::Workspace::ready, &loop, &QEventLoop::quit);
        QTimer::singleShot(120000, &loop, &QEventLoop::quit);
        loop.exec();
    }
    return secondsSince(started, Clock::now());
}

void SyncRunner::closeWorkspace()
{
    m_workspace.reset(); // joins the cache thread after its queued work
}

SyncFigures SyncRunner::sync(int timeoutMs)
{
    SyncFigures f;
    if (!m_workspace) {
        f.failure = QStringLiteral("no workspace");
        return f;
    }
    QEventLoop loop;
    Clock::time_point started, lastStored, catalogDone, lastReply;
    const auto replies = QObject::connect(&m_network, &QNetworkAccessManager::finished, &loop,
                                          [&](QNetworkReply* reply) {
                                              ++f.roundTrips;
                                              const auto now = Clock::now();
                                              const bool catalog = reply->url().path().endsWith(
                                                  QLatin1String("/catalog"));
                                              if (catalog) {
                                                  catalogDone = now;
                                                  ++f.catalogCalls;
                                              } else {
                                                  lastReply = now;
                                              }
                                          });
    const auto progress = QObject::connect(m_workspace.get(), &client::Workspace::syncProgress, &loop,
                                           [&](int pages, int records) {
                                               lastStored = Clock::now();
                                               f.pages = pages;
                                               f.records = records;
                                           });
    bool finished = false;
    const auto done = QObject::connect(
        m_workspace.get(), &client::Workspace::syncFinished, &loop,
        [&](bool ok, const client::ApiFailure& failure) {
            f.wallSeconds = secondsSince(started, Clock::now());
            f.ok = ok;
            if (!ok)
                f.failure = failure.message;
            finished = true;
            loop.quit();
        });
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    m_proxy->reset();
    started = Clock::now();
    m_workspace->sync();
    if (!finished)
        loop.exec();
    QObject::disconnect(replies);
    QObject::disconnect(progress);
    QObject::disconnect(done);
    if (!finished)
        f.failure = QStringLiteral("no syncFinished within %1 ms").arg(timeoutMs);
    f.wire = m_proxy->counts();
    const auto since = [&](Clock::time_point t) {
        return t == Clock::time_point{} ? 0.0 : secondsSince(started, t);
    };
    f.storedSeconds = since(lastStored);
    f.catalogSeconds = since(catalogDone);
    f.lastReplySeconds = since(lastReply);
    return f;
}

std::pair<long, long> SyncRunner::cachedCounts() const
{
    if (!m_workspace)
        return {0, 0};
    const QString name = QStringLiteral("sync-bench-counts");
    std::pair<long, long> counts{0, 0};
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(m_workspace->cacheFilePath());
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"));
        if (db.open()) {
            QSqlQuery query(db);
            if (query.exec(QStringLiteral("SELECT COUNT(*) FROM cases")) && query.next())
                counts.first = query.value(0).toLongLong();
            if (query.exec(QStringLiteral("SELECT COUNT(*) FROM posts")) && query.next())
                counts.second = query.value(0).toLongLong();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return counts;
}

int SyncRunner::modelRows() const
{
    return m_workspace ? m_workspace->caseListModel()->rowCount() : 0;
}

std::pair<double, double> SyncRunner::healthRoundTrip(int samples)
{
    const auto median = [&](const QUrl& base) {
        std::vector<double> times;
        QUrl url = base;
        url.setPath(QStringLiteral("/health"));
        for (int i = 0; i < samples; ++i) {
            QEventLoop loop;
            const auto started = Clock::now();
            QNetworkReply* reply = m_network.get(QNetworkRequest(url));
            QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
            loop.exec();
            times.push_back(secondsSince(started, Clock::now()));
            reply->deleteLater();
        }
        std::sort(times.begin(), times.end());
        return times.empty() ? 0.0 : times[times.size() / 2];
    };
    return {median(m_server), median(m_proxied)};
}

} // namespace caseport::bench
