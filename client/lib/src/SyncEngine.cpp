#include "SyncEngine.h"

#include "CaseCache.h"
#include "CatalogJob.h"
#include "ChangesJob.h"
#include "Logging.h"
#include "OutboxReplayer.h"

#include "caseport/Backoff.h"

#include "caseport/Protocol.h"

#include <QRandomGenerator>

namespace caseport::client {

namespace {
constexpr int kMaxResetsPerRun = 2;
constexpr std::chrono::milliseconds kFirstRetry {1000};
constexpr std::chrono::milliseconds kLongestRetry {5 * 60 * 1000};
} // namespace

SyncEngine::SyncEngine(QNetworkAccessManager* network, QUrl server, QString token,
                       CaseCache* cache, QObject* parent)
    : QObject(parent)
    , m_network(network)
    , m_server(std::move(server))
    , m_token(std::move(token))
    , m_cache(cache)
    , m_pageSize(protocol::kDefaultChangesLimit)
    , m_outbox(new OutboxReplayer(network, m_server, m_token, cache, this))
{
    connect(m_cache, &CaseCache::changesApplied, this, &SyncEngine::onApplied);
    connect(m_cache, &CaseCache::failed, this, &SyncEngine::onCacheFailed);
    connect(m_outbox, &OutboxReplayer::finished, this, &SyncEngine::onOutboxSent);
    m_retry.setSingleShot(true);
    connect(&m_retry, &QTimer::timeout, this, &SyncEngine::start);
}

void SyncEngine::setToken(const QString& token)
{
    m_token = token;
    m_outbox->setToken(token);
}

void SyncEngine::start()
{
    if (m_running) {
        m_again = true;
        return;
    }
    run();
}

void SyncEngine::run()
{
    m_running = true;
    m_again = false;
    m_pages = 0;
    m_records = 0;
    m_resets = 0;
    m_outboxStopped = false;
    m_retry.stop();
    emit started();
    m_outbox->start();
}

void SyncEngine::onOutboxSent(const ApiFailure& stoppedBy)
{
    if (!m_running)
        return;
    if (stoppedBy.ok()) {
        fetchCatalog();
        return;
    }
    m_outboxStopped = true;
    fail(stoppedBy);
}

void SyncEngine::scheduleRetry()
{
    const auto delay = backoffDelay(m_retries++, kFirstRetry, kLongestRetry,
                                    QRandomGenerator::global()->generateDouble());
    qCInfo(lcClient) << "outbox not sent; trying again in" << delay.count() << "ms";
    m_retry.start(delay);
}

void SyncEngine::track(ApiJob* job)
{
    m_job = job;
    connect(job, &ApiJob::failed, this, &SyncEngine::fail);
    job->start();
}

void SyncEngine::fetchCatalog()
{
    auto* job = new CatalogJob(m_network, m_server, m_token, m_catalogEtag, this);
    connect(job, &CatalogJob::succeeded, this,
            [this](const Catalog& catalog, const QString& etag) {
                emit reachabilityChanged(true);
                m_catalogEtag = etag;
                m_cache->storeCatalog(catalog, etag);
                emit catalogReceived(catalog);
                fetchChanges();
            });
    connect(job, &CatalogJob::notModified, this, [this] {
        emit reachabilityChanged(true);
        fetchChanges();
    });
    track(job);
}

void SyncEngine::fetchChanges()
{
    m_requestedSince = m_cursor;
    auto* job = new ChangesJob(m_network, m_server, m_token, m_cursor, m_pageSize, this);
    connect(job, &ChangesJob::succeeded, this, &SyncEngine::onChanges);
    track(job);
}

void SyncEngine::onChanges(const ChangeSet& changes)
{
    emit reachabilityChanged(true);
    if (changes.reset) {
        if (++m_resets > kMaxResetsPerRun) {
            ApiFailure failure;
            failure.kind = ApiFailure::Kind::Protocol;
            failure.errorCode = QStringLiteral("reset_loop");
            failure.message = QStringLiteral("the server keeps answering reset");
            complete(false, failure);
            return;
        }
        qCInfo(lcClient) << "changes: reset, refetching everything";
    } else {
        m_records += static_cast<int>(changes.cases.size() + changes.posts.size()
                                      + changes.attachments.size() + changes.removed.cases.size()
                                      + changes.removed.posts.size()
                                      + changes.removed.attachments.size());
        if (changes.more && QString::fromStdString(changes.cursor) == m_requestedSince) {
            ApiFailure failure;
            failure.kind = ApiFailure::Kind::Protocol;
            failure.errorCode = QStringLiteral("cursor_stuck");
            failure.message = QStringLiteral("the server says more but the cursor did not move");
            complete(false, failure);
            return;
        }
    }
    m_pageWasMore = changes.more;
    m_awaitingApply = true;
    m_cache->applyChanges(changes);
}

void SyncEngine::onApplied(const ChangeResult& result)
{
    if (!m_awaitingApply)
        return;
    m_awaitingApply = false;
    m_cursor = result.cursor;
    ++m_pages;
    emit progress(m_pages, m_records);
    if (result.reset || m_pageWasMore)
        fetchChanges();
    else
        complete(true, {});
}

void SyncEngine::onCacheFailed(const QString& operation, const QString& message)
{
    if (!m_awaitingApply || operation != QLatin1String("applyChanges"))
        return;
    m_awaitingApply = false;
    ApiFailure failure;
    failure.kind = ApiFailure::Kind::LocalStorage; // stopped by the local cache, not the server
    failure.errorCode = QStringLiteral("cache_failure");
    failure.message = message;
    complete(false, failure);
}

void SyncEngine::fail(const ApiFailure& failure)
{
    if (failure.isTransport())
        emit reachabilityChanged(false);
    else if (failure.kind != ApiFailure::Kind::Cancelled
             && failure.kind != ApiFailure::Kind::LocalStorage)
        emit reachabilityChanged(true);
    if (failure.kind == ApiFailure::Kind::Unauthorized)
        emit sessionExpired();
    complete(false, failure);
}

void SyncEngine::complete(bool ok, const ApiFailure& failure)
{
    m_running = false;
    m_job = nullptr;
    if (!ok)
        qCInfo(lcClient) << "sync failed:" << failure.message;
    if (ok)
        m_retries = 0;
    emit finished(ok, failure, m_records);
    // A request made during the run: run once more, unless the session is gone.
    if (m_again && failure.kind != ApiFailure::Kind::Unauthorized)
        run();
    else if (m_outboxStopped && failure.kind != ApiFailure::Kind::Unauthorized)
        scheduleRetry();
    m_again = false;
}

} // namespace caseport::client
