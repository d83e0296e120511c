#pragma once

// One sync run: every page of changes since the stored cursor until the server says
// more == false, and the catalog when it changed. The catalog is fetched first only when
// none is stored; otherwise each changes answer carries the catalog's ETag and the
// catalog is fetched (before that page is stored) only when the ETag differs, so an
// incremental sync is one round trip.
//
// Pages are pipelined: while the cache worker stores page N (one transaction with its
// cursor), page N+1 is already being fetched with N's cursor. At most one page is
// stored, one waits and one is in flight; page N+1 is handed to the worker only after
// N was stored, so the stored cursor always matches the stored data, and a failure
// anywhere ends the run after the page being stored is done, the cache consistent.
// A reset page empties the cache and the run starts over from an empty cursor.
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

#include <optional>

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
    // After each page is stored, in a run of more than one page: change-log records
    // done of an estimated total (the server's `remaining`); done == total at the end.
    void pullProgress(qint64 done, qint64 total);
    // records: cases, posts, attachments and removed ids received in this run.
    void finished(bool ok, const caseport::client::ApiFailure& failure, int records);
    // true after any answer from the server, false on a transport failure.
    void reachabilityChanged(bool reachable);
    void sessionExpired();

private:
    void run();
    void onOutboxSent(const caseport::client::ApiFailure& stoppedBy);
    void scheduleRetry();
    // The pull phase: the catalog first if none is stored, then the changes pages.
    void fetchCatalog();
    // GET catalog (conditional); then continues with the held page or the first fetch.
    void requestCatalog();
    void fetchChanges(const QString& since);
    // Starts the next fetch if one is due and nothing is in flight or waiting.
    void fetchNextIfDue();
    void onChanges(const caseport::ChangeSet& changes);
    void store(const caseport::ChangeSet& changes);
    void onApplied(const caseport::client::ChangeResult& result);
    void reportProgress();
    void onCacheFailed(const QString& operation, const QString& message);
    void fail(const caseport::client::ApiFailure& failure);
    // Ends the run now, or once the page with the cache worker is stored.
    void stop(const caseport::client::ApiFailure& failure);
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
    QString m_requestedSince;
    int m_pages = 0;
    int m_records = 0;
    int m_resets = 0;
    QPointer<ApiJob> m_job; // the one request in flight, if any

    // Pull pipeline state, per run.
    bool m_catalogChecked = false; // fetched or found current in this run
    bool m_awaitingApply = false; // a page is with the cache worker
    bool m_storingMore = false; // ...and it said more
    bool m_storingReset = false; // ...and it was a reset
    qint64 m_storingRemaining = 0; // ...its `remaining`
    qint64 m_storingRecords = 0; // ...its record count
    std::optional<caseport::ChangeSet> m_waiting; // fetched, stored after the current one
    std::optional<QString> m_nextSince; // the next page to fetch, if one is due
    std::optional<caseport::client::ApiFailure> m_failure; // reported once the store is done
    qint64 m_done = 0; // pullProgress
    qint64 m_total = 0;
    OutboxReplayer* m_outbox; // child
    QTimer m_retry;
    int m_retries = 0; // consecutive runs the outbox could not be sent
    bool m_outboxStopped = false; // this run's replay stopped on a failure worth retrying
};

} // namespace caseport::client
