#include "SyncEngine.h"

#include "CaseCache.h"
#include "CatalogJob.h"
#include "ChangesJob.h"
#include "Logging.h"
#include "OutboxReplayer.h"

#include "caseport/Backoff.h"

#include "caseport/Protocol.h"

#include <QRandomGenerator>

#include <algorithm>

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
    m_catalogChecked = false;
    m_awaitingApply = false;
    m_waiting.reset();
    m_nextSince.reset();
    m_failure.reset();
    m_done = 0;
    m_total = 0;
    if (m_catalogEtag.isEmpty()) {
        requestCatalog(); // nothing stored: the catalog comes first
        return;
    }
    fetchChanges(m_cursor);
}

void SyncEngine::requestCatalog()
{
    m_catalogChecked = true;
    const auto carryOn = [this] {
        m_job = nullptr;
        emit reachabilityChanged(true);
        if (m_waiting) { // the page that told us the catalog changed
            ChangeSet page = std::move(*m_waiting);
            m_waiting.reset();
            onChanges(page);
        } else {
            fetchChanges(m_cursor);
        }
    };
    auto* job = new CatalogJob(m_network, m_server, m_token, m_catalogEtag, this);
    connect(job, &CatalogJob::succeeded, this,
            [this, carryOn](const Catalog& catalog, const QString& etag) {
                m_catalogEtag = etag;
                m_cache->storeCatalog(catalog, etag);
                emit catalogReceived(catalog);
                carryOn();
            });
    connect(job, &CatalogJob::notModified, this, carryOn);
    track(job);
}

void SyncEngine::fetchChanges(const QString& since)
{
    m_requestedSince = since;
    auto* job = new ChangesJob(m_network, m_server, m_token, since, m_pageSize, this);
    connect(job, &ChangesJob::succeeded, this, [this](const ChangeSet& changes) {
        m_job = nullptr;
        onChanges(changes);
    });
    track(job);
}

void SyncEngine::fetchNextIfDue()
{
    if (!m_running || m_failure || m_job || m_waiting || !m_nextSince)
        return;
    const QString since = *m_nextSince;
    m_nextSince.reset();
    fetchChanges(since);
}

void SyncEngine::onChanges(const ChangeSet& changes)
{
    emit reachabilityChanged(true);
    if (!m_catalogChecked
        && (changes.catalogEtag.empty() || QString::fromStdString(changes.catalogEtag) != m_catalogEtag)) {
        // The catalog changed (or the server does not say): fetch it before this page
        // is stored, so the cases never arrive ahead of the products they refer to.
        m_waiting = changes;
        requestCatalog();
        return;
    }
    m_catalogChecked = true;
    if (changes.reset) {
        if (++m_resets > kMaxResetsPerRun) {
            ApiFailure failure;
            failure.kind = ApiFailure::Kind::Protocol;
            failure.errorCode = QStringLiteral("reset_loop");
            failure.message = QStringLiteral("the server keeps answering reset");
            stop(failure);
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
            stop(failure);
            return;
        }
        // The next page needs only this page's cursor: ask for it while this one is stored.
        if (changes.more)
            m_nextSince = QString::fromStdString(changes.cursor);
    }
    if (m_awaitingApply)
        m_waiting = changes; // stored once the page before it is
    else
        store(changes);
}

void SyncEngine::store(const ChangeSet& changes)
{
    m_awaitingApply = true;
    m_storingMore = changes.more;
    m_storingReset = changes.reset;
    m_storingRemaining = changes.remaining;
    m_storingRecords = static_cast<qint64>(changes.cases.size() + changes.posts.size()
                                           + changes.attachments.size());
    // Fetch before handing the page over: a synchronous cache reports back from within
    // applyChanges(), and the fetch must already be in flight by then.
    fetchNextIfDue();
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
    reportProgress();
    if (m_failure) {
        if (!m_job)
            complete(false, *m_failure);
        return;
    }
    if (result.reset) {
        m_waiting.reset(); // fetched with a cursor the reset made void
        m_nextSince = QString();
        m_done = 0;
        m_total = 0;
    }
    if (m_waiting) {
        ChangeSet next = std::move(*m_waiting);
        m_waiting.reset();
        store(next);
    } else if (result.reset || m_storingMore) {
        fetchNextIfDue(); // unless it is in flight already
    } else {
        complete(true, {});
    }
}

void SyncEngine::reportProgress()
{
    if (m_storingReset)
        return;
    if (m_total == 0) {
        if (!m_storingMore)
            return; // a run of one page: nothing to show
        m_total = m_storingRecords + m_storingRemaining; // this page plus what is left
    }
    // `remaining` may grow when others change things meanwhile: done never goes back.
    m_done = m_storingMore ? std::max(m_done, m_total - m_storingRemaining) : m_total;
    emit pullProgress(m_done, m_total);
}

void SyncEngine::onCacheFailed(const QString& operation, const QString& message)
{
    if (!m_awaitingApply || operation != QLatin1String("applyChanges"))
        return;
    m_awaitingApply = false;
    m_waiting.reset(); // never stored past a page that failed
    ApiFailure failure;
    failure.kind = ApiFailure::Kind::LocalStorage; // stopped by the local cache, not the server
    failure.errorCode = QStringLiteral("cache_failure");
    failure.message = message;
    if (m_job) { // the prefetch is of no use now
        m_job->disconnect(this);
        m_job->deleteLater();
        m_job = nullptr;
    }
    complete(false, m_failure.value_or(failure));
}

void SyncEngine::fail(const ApiFailure& failure)
{
    m_job = nullptr;
    if (failure.isTransport())
        emit reachabilityChanged(false);
    else if (failure.kind != ApiFailure::Kind::Cancelled
             && failure.kind != ApiFailure::Kind::LocalStorage)
        emit reachabilityChanged(true);
    if (failure.kind == ApiFailure::Kind::Unauthorized)
        emit sessionExpired();
    stop(failure);
}

void SyncEngine::stop(const ApiFailure& failure)
{
    m_waiting.reset();
    m_nextSince.reset();
    if (m_awaitingApply) {
        if (!m_failure)
            m_failure = failure; // complete() once the page with the worker is stored
        return;
    }
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
