#pragma once

// One sync run: the catalog, then every page of changes since the stored cursor until
// the server says more == false. Each page is written by the cache worker (one
// transaction) before the next one is requested, so the stored cursor always matches
// the stored data. A reset page empties the cache and the run starts over from an
// empty cursor.
//
// Every run first sends the outbox (OutboxReplayer: push local changes, then pull), so
// the pages that follow already carry what this user wrote. When the outbox could not be
// sent (offline, 5xx), the engine runs again by itself after a backoff with jitter
// (1 s doubling to 5 min); a successful run, or start(), resets it.
//
// Lives on the GUI thread, owned by Workspace. Jobs are its children.

#include "caseport/Catalog.h"
#include "caseport/ChangeSet.h"
#include "caseport/client/ApiFailure.h"

#include <QObject>
#include <QPointer>
#include <QString>
#include <QTimer>
#include <QUrl>

class QNetworkAccessManager;

namespace caseport::client {

class ApiJob;
class CaseCache;
class OutboxReplayer;
struct ChangeResult;

class SyncEngine : public QObject {
    Q_OBJECT
public:
    SyncEngine(QNetworkAccessManager* network, QUrl server, QString token, CaseCache* cache,
               QObject* parent = nullptr);

    // What the cache holds; call before the first start().
    void setCursor(const QString& cursor) { m_cursor = cursor; }
    void setCatalogEtag(const QString& etag) { m_catalogEtag = etag; }
    void setPageSize(int limit) { m_pageSize = limit; }
    // A new token for the same user (after logging in again); used from the next request.
    void setToken(const QString& token);

    [[nodiscard]] const QString& cursor() const { return m_cursor; }
    [[nodiscard]] bool isRunning() const { return m_running; }
    [[nodiscard]] OutboxReplayer* outbox() const { return m_outbox; }
    // True while a retry after an outbox failure is scheduled.
    [[nodiscard]] bool isRetryScheduled() const { return m_retry.isActive(); }

    // Starts a run. A call while running is coalesced into one more run afterwards.
    void start();

signals:
    void started();
    void catalogReceived(const caseport::Catalog& catalog);
    // After each page is stored: pages so far in this run, records received so far.
    void progress(int pages, int records);
    // records: cases, posts, attachments and removed ids received in this run.
    void finished(bool ok, const caseport::client::ApiFailure& failure, int records);
    // true after any answer from the server, false on a transport failure.
    void reachabilityChanged(bool reachable);
    void sessionExpired();

private:
    void run();
    void onOutboxSent(const caseport::client::ApiFailure& stoppedBy);
    void scheduleRetry();
    void fetchCatalog();
    void fetchChanges();
    void onChanges(const caseport::ChangeSet& changes);
    void onApplied(const caseport::client::ChangeResult& result);
    void onCacheFailed(const QString& operation, const QString& message);
    void fail(const caseport::client::ApiFailure& failure);
    void complete(bool ok, const caseport::client::ApiFailure& failure);
    void track(ApiJob* job);

    QNetworkAccessManager* m_network;
    QUrl m_server;
    QString m_token;
    CaseCache* m_cache; // not owned; outlives the engine
    QString m_cursor;
    QString m_catalogEtag;
    int m_pageSize;
    bool m_running = false;
    bool m_again = false;
    bool m_awaitingApply = false;
    bool m_pageWasMore = false;
    QString m_requestedSince;
    int m_pages = 0;
    int m_records = 0;
    int m_resets = 0;
    QPointer<ApiJob> m_job;
    OutboxReplayer* m_outbox; // child
    QTimer m_retry;
    int m_retries = 0; // consecutive runs the outbox could not be sent
    bool m_outboxStopped = false; // this run's replay stopped on a failure worth retrying
};

} // namespace caseport::client
