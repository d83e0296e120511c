#pragma once

// Everything a logged-in user works with: the local cache (one SQLite file per
// server + user), the sync engine and the models the windows show.
// Lives on the GUI thread; the cache runs on its own worker thread, the network is
// asynchronous, so no public method blocks on I/O.

#include "caseport/Case.h"
#include "caseport/Catalog.h"
#include "caseport/Session.h"
#include "caseport/client/ApiFailure.h"

#include <QDateTime>
#include <QObject>
#include <QString>
#include <QUrl>

#include <memory>

class QNetworkAccessManager;

namespace caseport::client {

class CaseListModel;

class Workspace : public QObject {
    Q_OBJECT
public:
    // cacheDirectory: where the per-server+user SQLite file lives (AppDataLocation in the
    // app, a temp dir in tests). The cache opens asynchronously; ready() follows.
    Workspace(QNetworkAccessManager* network, QUrl server, caseport::SessionInfo session,
              QString cacheDirectory, QObject* parent = nullptr);
    ~Workspace() override;

    [[nodiscard]] const QUrl& server() const;
    // The network the workspace's calls go through (not owned by the workspace either).
    [[nodiscard]] QNetworkAccessManager* network() const;
    [[nodiscard]] const caseport::SessionInfo& session() const;
    // The last catalog fetched (or read from the cache); empty until catalogChanged().
    [[nodiscard]] const caseport::Catalog& catalog() const;
    // The account the user works in; the first of the catalog's accounts by default.
    [[nodiscard]] QString currentAccount() const;
    void setCurrentAccount(const QString& account);

    // Owned by the workspace; rows are the cached cases of the current account.
    [[nodiscard]] CaseListModel* caseListModel() const;

    [[nodiscard]] bool isOnline() const;
    [[nodiscard]] bool isSyncing() const;
    [[nodiscard]] QDateTime lastSync() const; // invalid before the first successful sync
    [[nodiscard]] QString cacheFilePath() const;
    // True once ready() was emitted.
    [[nodiscard]] bool isReady() const;
    // The sync cursor as stored in the cache (opaque; for diagnostics and tests).
    [[nodiscard]] QString syncCursor() const;
    // Records (cases, posts, attachments, removed ids) the last successful sync received;
    // 0 means nothing was new.
    [[nodiscard]] int lastSyncRecordCount() const;

    // Records per changes request (the server clamps it to 1..5000; default 500). Larger
    // pages mean fewer round trips and cache transactions, more memory per page.
    void setSyncPageSize(int limit);
    // Fetch every change since the stored cursor, page by page (and the catalog when it
    // changed), write them to the cache, update the model: a small sync patches the
    // rows it changed, a large one or a refetch reloads the list once at the end. A call
    // while syncing is coalesced.
    void sync();
    // Create a case on the server, store the answer in the cache and refresh the model.
    // Emits caseSubmitted or submitFailed, both carrying the draft's id. An empty id or
    // account is filled in here; the returned id is the one the signals will carry, so
    // a caller that left it empty still learns it (callers that keep a draft across
    // retries should set it themselves, so a retry is not filed twice).
    QString submitCase(caseport::NewCase draft);
    // Continues with a new session of the same user on the same server (after the old one
    // expired and the user logged in again). Returns false, changing nothing, when
    // `session` is for another user.
    bool renewSession(const caseport::SessionInfo& session);
    // Live updates: keep the push channel open and sync whenever the server announces
    // a change (and every few minutes in case an announcement was lost). Off by default.
    void setLiveUpdates(bool on);
    [[nodiscard]] bool isLive() const; // the push channel is connected
    // Revoke the token on the server (best effort); emits loggedOut().
    void logout();
    // How a call made on the workspace's behalf outside it ended (e.g. AccountMembers):
    // any answer from the server means online, a transport failure offline, and 401
    // emits sessionExpired(). A default ApiFailure stands for success.
    void reportCallOutcome(const caseport::client::ApiFailure& failure);

signals:
    void ready(); // the cache is open and the model shows what it holds
    void catalogChanged();
    void currentAccountChanged(const QString& account);
    void syncStarted();
    // After each page of changes is stored: pages so far, records received so far.
    void syncProgress(int pages, int records);
    // After each page of a sync that takes more than one page (a first sync, a refetch):
    // change-log records done of an estimated total; done == total on the last page.
    // A sync of one page never emits it.
    void syncProgressed(qint64 done, qint64 total);
    void syncFinished(bool ok, const caseport::client::ApiFailure& failure);
    void onlineChanged(bool online);
    void liveChanged(bool live);
    // created.id is the id submitCase() returned; listeners react only to their own id.
    void caseSubmitted(const caseport::Case& created);
    void submitFailed(const QString& caseId, const caseport::client::ApiFailure& failure);
    void sessionExpired(); // the server answered 401: the user must log in again
    void loggedOut();
    // The local cache could not be opened or written; message is for logs.
    void cacheError(const QString& message);

private:
    class Private;
    std::unique_ptr<Private> d;
};

} // namespace caseport::client

Q_DECLARE_METATYPE(caseport::Case)
