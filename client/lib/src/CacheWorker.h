#pragma once

// The SQLite side of the local cache. Every method runs on the thread the worker lives
// on (its own QThread in the app, the caller's thread in synchronous test mode) and
// reports by signal; CaseCache is the front the rest of the client talks to.
// The QSqlDatabase connection is created in open() on that thread, named uniquely, and
// removed in the destructor on the same thread.

#include "caseport/Case.h"
#include "caseport/Catalog.h"
#include "caseport/ChangeSet.h"
#include "caseport/Post.h"
#include "caseport/client/OutboxTypes.h"

#include <QDateTime>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QVector>

#include <memory>

namespace caseport::client {

class CacheWriter;

// What open() found in the cache.
struct CacheState {
    QString cursor; // the sync cursor; empty: sync from scratch
    bool hasCatalog = false;
    Catalog catalog;
    QString catalogEtag;
    QDateTime lastSync; // invalid before the first successful sync
    QString currentAccount; // the account the user last worked in, if remembered
    int schemaVersion = 0;
};

// What one applyChanges() did.
struct ChangeResult {
    QString cursor; // the cursor stored now (empty after a reset)
    bool reset = false; // the cache was emptied; sync again from scratch
    int upserted = 0; // cases, posts and attachments written
    int removed = 0; // rows deleted
    // What a case list needs to follow the page without reloading: the cases written
    // (stale ones left out) and the ids of the cases deleted, in that order. Left empty,
    // with listChanged set, when the page changed too much for patching to pay off
    // (a reset, a sweep, more than kPatchLimit cases): reload the list instead.
    QVector<caseport::Case> cases;
    QStringList removedCases;
    bool listChanged = false;
    // Cases whose thread (posts, attachments) the page changed, and the posts it brought
    // (left empty on pages of more than kPatchLimit posts: a first sync notifies nobody).
    QStringList threadCases;
    QVector<caseport::Post> posts;
    static constexpr int kPatchLimit = 200;
};

class CacheWorker : public QObject {
    Q_OBJECT
public:
    explicit CacheWorker(QString filePath, QObject* parent = nullptr);
    ~CacheWorker() override;

    [[nodiscard]] const QString& filePath() const { return m_filePath; }

    // Creates the directory and file if needed, sets WAL, migrates, reads the state.
    void open();
    // One transaction: upserts, removed ids, the new cursor. A reset page empties the
    // cases, posts, attachments and the cursor instead (its content is ignored; the
    // caller refetches from an empty cursor).
    // A sync from an empty cursor that takes several pages leaves the search index
    // alone until its last page and rebuilds it then in one statement (the marker in
    // sync_state survives an interrupted sync), and holds WAL checkpoints back until
    // that last page, when it checkpoints once.
    void applyChanges(const caseport::ChangeSet& changes);
    // Stores one case (e.g. the server's answer to a create) outside the changes feed.
    void storeCase(const caseport::Case& stored);
    void storeCatalog(const caseport::Catalog& catalog, const QString& etag);
    // key/value pairs of sync_state other than the cursor ("last_sync", "account").
    void storeValue(const QString& key, const QString& value);
    // Every cached case of account (kEveryAccount: of every account), newest update
    // first. ticket is handed back.
    void loadCases(const QString& account, quint64 ticket);
    static constexpr const char* kEveryAccount = "*"; // not a valid config id
    // The case's posts (oldest first) and attachments, as cached (CacheWorkerThread.cpp).
    void loadThread(const QString& caseId, quint64 ticket);

    // Outbox and drafts (CacheWorkerOutbox.cpp). Every change emits outboxChanged or
    // draftsChanged with the whole list afterwards (both are short).
    // Queues item and drops the draft it came from (if any) in one transaction, then
    // emits enqueued(item) with its seq: only now may the UI say "saved". files (for a
    // new case or a post) are copied to the outgoing folder first, each queued as an
    // Upload ahead of item, and item's attachments refer to them.
    void enqueue(caseport::client::OutboxItem item, const QStringList& files, const QString& draftId);
    void loadOutbox();
    void nextOutboxItem(); // emits outboxNext
    void countOutboxAttempt(qint64 seq);
    // The server took it: the item goes, and what the server answered is stored in the
    // same transaction (a case for creates and edits, a post for posts).
    void completeOutboxItem(qint64 seq, const std::optional<caseport::Case>& answered,
                            const std::optional<caseport::Post>& post);
    void failOutboxItem(qint64 seq, const QString& code, const QString& field,
                        const QString& message);
    // A 409: the item waits for the user; the server's version is stored as the case.
    void conflictOutboxItem(qint64 seq, const caseport::Case& current);
    void requeueOutboxItem(qint64 seq, const QByteArray& payload);
    void pauseOutboxItem(qint64 seq);
    void resumePausedOutboxItems();
    void discardOutboxItem(qint64 seq);
    // A refused new case goes back to Drafts (with everything the user wrote) for fixing.
    void returnOutboxItemToDrafts(qint64 seq);
    void saveDraft(caseport::client::Draft draft);
    void discardDraft(const QString& id);
    void loadDrafts();

signals:
    void opened(const caseport::client::CacheState& state);
    void changesApplied(const caseport::client::ChangeResult& result);
    void caseStored(const caseport::Case& stored);
    void casesLoaded(const QString& account, const QVector<caseport::Case>& cases, quint64 ticket);
    void threadLoaded(const QString& caseId, const QVector<caseport::Post>& posts,
                      const QVector<caseport::Attachment>& attachments, quint64 ticket);
    // operation: "open", "applyChanges", "storeCase", ... message: the SQL error.
    void failed(const QString& operation, const QString& message);
    // error empty: committed (item.seq is set); else nothing was stored.
    void enqueued(const caseport::client::OutboxItem& item, const QString& error);
    void outboxChanged(const caseport::client::OutboxItems& items);
    // found == false: nothing is ready to send.
    void outboxNext(bool found, const caseport::client::OutboxItem& item);
    void draftsChanged(const caseport::client::Drafts& drafts);

private:
    [[nodiscard]] bool isOpen() const;
    [[nodiscard]] QString readValue(const QString& key) const;
    void applyInTransaction(const ChangeSet& changes, ChangeResult& result);
    void upsertCase(const Case& value, int& written);
    void setCheckpointsPaused(bool paused);
    // Runs work in one transaction; on failure rolls back, emits failed(operation) and
    // returns false.
    template <class Work>
    bool inTransaction(const char* operation, Work&& work, QString* error = nullptr);
    void emitOutbox();
    void emitDrafts();
    [[nodiscard]] QString outgoingDir() const; // staged copies of files to upload

    QString m_filePath;
    QString m_connectionName; // unique per worker; empty until open() succeeded
    std::unique_ptr<CacheWriter> m_writer; // while open; reset before the connection goes
    bool m_checkpointsPaused = false;
};

} // namespace caseport::client

Q_DECLARE_METATYPE(caseport::client::CacheState)
Q_DECLARE_METATYPE(caseport::client::ChangeResult)
