#pragma once

// Everything a logged-in user works with: the local cache (one SQLite file per
// server + user), the sync engine and the models the windows show.
// Lives on the GUI thread; the cache runs on its own worker thread, the network is
// asynchronous, so no public method blocks on I/O.

#include "caseport/Case.h"
#include "caseport/Catalog.h"
#include "caseport/Session.h"
#include "caseport/Post.h"
#include "caseport/client/ApiFailure.h"
#include "caseport/client/OutboxTypes.h"

#include <QDateTime>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QUrl>
#include <QVector>

#include <memory>

class QNetworkAccessManager;

namespace caseport::client {

class CaseListModel;
class DraftListModel;
class OutboxModel;

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

    // Owned by the workspace; rows are the cached cases of the current account (or of
    // every account, see setListEveryAccount).
    [[nodiscard]] CaseListModel* caseListModel() const;
    // The staff queue lists the cases of every account in the cache; off by default.
    // Turning it on or off reloads the list from the cache (asynchronously).
    void setListEveryAccount(bool every);
    [[nodiscard]] bool listsEveryAccount() const;

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
    // Files a case through the outbox: the case is committed to the cache's outbox (and
    // its draft, if any, dropped in the same transaction) — caseQueued() says so, and only
    // then may the UI call it saved — and sent as soon as the server can be reached;
    // then caseSubmitted (with the number) or submitFailed (refused for good). An empty
    // id or account is filled in here; the returned id is the one the signals carry.
    // A replay never files twice: the server deduplicates on the id.
    // files: local paths to attach. They are copied (and hashed) into the cache before
    // the case is queued, uploaded first (resumable), and the case refers to them.
    QString submitCase(caseport::NewCase draft, const QStringList& files = {});
    // Adds a post to a case through the outbox; returns the post's id. postDelivered()
    // follows once the server took it. files: as for submitCase.
    QString addPost(const QString& caseId, caseport::NewPost post, const QStringList& files = {});
    // Edits a case (fields, status, followers, privacy) through the outbox; update's
    // baseVersion is the version the user saw. Returns the edit's id. A newer version on
    // the server makes the edit a conflict (updateConflict()) for the user to resolve.
    QString updateCase(const QString& caseId, const caseport::CaseUpdate& update);

    // A case's conversation as cached: threadLoaded() answers with its posts (oldest first)
    // and attachments. threadChanged() says when a sync or a delivered post changed it.
    void loadThread(const QString& caseId);
    // Where a file of a case is kept once downloaded (so it opens offline):
    // <cache>.files/<sha256>/<safe name>. The folder is made by whoever downloads.
    [[nodiscard]] QString cachedFilePath(const caseport::Attachment& attachment) const;

    // Files of an account (the catalog's files, the Files page), offline first: each path
    // is copied (and hashed) into the cache and queued as an Upload of its content
    // followed by a LinkAccountFile to `object` of `account` (empty: the whole account);
    // both are grouped under the new file's id (OutboxItem::caseId). Sent at once when
    // the server can be reached. Returns the new files' ids, one per path. A file that
    // cannot be read queues nothing and is reported through cacheError().
    QStringList addAccountFiles(const QString& account, const QString& object, const QStringList& paths);
    // Removes a file through the outbox (UnlinkAccountFile; a 404 counts as done). A file
    // still waiting to be linked is removed with it: a refused or paused one is dropped
    // from the outbox at once, a pending one is unlinked right after it arrives. False
    // when the id is neither in the catalog nor in the outbox.
    bool removeAccountFile(const QString& fileId);

    // Drafts: autosaved new cases. saveDraft() with content.id empty gets an id (returned).
    QString saveDraft(caseport::client::Draft draft);
    void discardDraft(const QString& draftId);
    [[nodiscard]] DraftListModel* draftListModel() const; // current account's drafts

    // Outbox: what waits to be sent, and what the server refused.
    [[nodiscard]] OutboxModel* outboxModel() const; // current account's items
    [[nodiscard]] const caseport::client::OutboxItems& outboxItems() const; // all accounts
    [[nodiscard]] int pendingCount() const; // items of every account
    // Send now instead of waiting for the next retry; paused uploads resume too.
    void retryOutbox();
    // Stops the upload of outbox item `seq` while it is in flight: the item waits as
    // paused ("Send now" resumes it from what the server has), later items of its case
    // wait behind it, other cases go on. False when that upload is not running.
    bool cancelUpload(qint64 seq);
    void discardOutboxItem(qint64 seq);
    // A refused new case goes back to the drafts, to be fixed and sent again.
    void returnToDrafts(qint64 seq);
    // Resolves a conflict: `resolved` (rebased on the server's version) is sent instead;
    // std::nullopt keeps the server's version and drops the edit.
    void resolveConflict(qint64 seq, const std::optional<caseport::CaseUpdate>& resolved);
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
    // The new case is safe in the outbox (committed); it is sent when possible.
    void caseQueued(const QString& caseId);
    // created.id is the id submitCase() returned; listeners react only to their own id.
    void caseSubmitted(const caseport::Case& created);
    // The server refused the case for good, or the outbox could not store it
    // (failure.kind == LocalStorage: nothing was saved).
    void submitFailed(const QString& caseId, const caseport::client::ApiFailure& failure);
    void postDelivered(const caseport::Post& post);
    // catalog().files changed without a new catalog: a link or unlink was delivered (the
    // server's record is shown until the next catalog, which the same sync fetches).
    void accountFilesChanged();
    void caseUpdated(const caseport::Case& updated); // an edit was accepted
    // An edit met a newer version: outboxItems() holds it with the server's version.
    void updateConflict(qint64 seq);
    void threadLoaded(const QString& caseId, const QVector<caseport::Post>& posts,
                      const QVector<caseport::Attachment>& attachments);
    void threadChanged(const QString& caseId);
    // Cases a small sync page brought, of every account (the list model holds only the
    // current account's), emitted just before postsArrived, e.g. for notifications.
    void casesArrived(const QVector<caseport::Case>& cases);
    // Posts a sync brought (not on a first sync), e.g. for notifications.
    void postsArrived(const QVector<caseport::Post>& posts);
    void outboxChanged(); // outboxItems(), pendingCount() and the outbox model changed
    // A file of the outbox on its way to the server: bytes the server has of its size.
    void uploadProgress(const QString& fileName, qint64 done, qint64 total);
    // The same per outbox item (seq), for a transfers list with Cancel (cancelUpload).
    void outboxUploadProgress(qint64 seq, const QString& fileName, qint64 done, qint64 total);
    // The upload of outbox item seq stopped (sent, failed, cancelled or offline).
    void outboxUploadEnded(qint64 seq);
    void draftsChanged();
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
Q_DECLARE_METATYPE(caseport::Post)
