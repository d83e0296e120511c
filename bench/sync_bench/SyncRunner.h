#pragma once

// Drives the real client library (Workspace: cache worker thread, sync engine, list
// model) through one user's first sync and incremental syncs, and times them. The
// Workspace talks to the server through a CountingProxy, so bytes and HTTP responses
// on the wire are counted without touching either end; every QNetworkReply the
// workspace's QNetworkAccessManager finishes is one round trip.
// GUI (main) thread only; waits run a local event loop, never sleep.

#include "CountingProxy.h"

#include "caseport/Session.h"

#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QString>
#include <QUrl>

#include <memory>
#include <vector>

namespace caseport::client {
class Workspace;
}

namespace caseport::bench {

// One sync as the user would see it: from Workspace::sync() to syncFinished (after the
// cache holds every page and the list model shows it: patched, or reloaded once).
struct SyncFigures {
    bool ok = false;
    QString failure;
    double wallSeconds = 0; // sync() → syncFinished
    double storedSeconds = 0; // sync() → last page stored in the cache
    double catalogSeconds = 0; // sync() → catalog reply finished
    double lastReplySeconds = 0; // sync() → last changes reply finished
    int pages = 0;
    int records = 0; // cases + posts + removed ids received
    int roundTrips = 0; // QNetworkReplies finished during the sync
    int catalogCalls = 0; // of them, GET /catalog (0 while the changes answer's etag matches)
    CountingProxy::Counts wire; // bytes and responses through the proxy
};

class SyncRunner {
public:
    // server: caseportd's address; the workspace uses a counting proxy in front of it.
    SyncRunner(const QUrl& server, QString cacheDirectory);
    ~SyncRunner();

    // Logs in directly (not through the proxy); false on failure (see error()).
    [[nodiscard]] bool login(const QString& user, const QString& password);
    // Opens the workspace on the cache directory and waits until it is ready; returns
    // the seconds that took (the client's cold start: open the cache, load the list).
    [[nodiscard]] double openWorkspace(int pageSize);
    void closeWorkspace();
    [[nodiscard]] SyncFigures sync(int timeoutMs);
    // Cases and posts in the workspace's cache file (a second, read-only connection).
    [[nodiscard]] std::pair<long, long> cachedCounts() const;
    [[nodiscard]] int modelRows() const;
    // Median round trip of GET /health straight to the server and through the proxy.
    [[nodiscard]] std::pair<double, double> healthRoundTrip(int samples);

    [[nodiscard]] const QString& error() const { return m_error; }

private:
    QUrl m_server;
    QUrl m_proxied;
    QString m_cacheDirectory;
    QNetworkAccessManager m_network;
    std::unique_ptr<CountingProxy> m_proxy;
    SessionInfo m_session;
    std::unique_ptr<client::Workspace> m_workspace;
    QString m_error;
};

} // namespace caseport::bench
