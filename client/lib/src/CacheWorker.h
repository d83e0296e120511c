#pragma once

// The SQLite side of the local cache. Every method runs on the thread the worker lives
// on (its own QThread in the app, the caller's thread in synchronous test mode) and
// reports by signal; CaseCache is the front the rest of the client talks to.
// The QSqlDatabase connection is created in open() on that thread, named uniquely, and
// removed in the destructor on the same thread.

#include "caseport/Case.h"
#include "caseport/Catalog.h"
#include "caseport/ChangeSet.h"

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
    // Every cached case of account, newest update first. ticket is handed back.
    void loadCases(const QString& account, quint64 ticket);

signals:
    void opened(const caseport::client::CacheState& state);
    void changesApplied(const caseport::client::ChangeResult& result);
    void caseStored(const caseport::Case& stored);
    void casesLoaded(const QString& account, const QVector<caseport::Case>& cases, quint64 ticket);
    // operation: "open", "applyChanges", "storeCase", ... message: the SQL error.
    void failed(const QString& operation, const QString& message);

private:
    [[nodiscard]] bool isOpen() const;
    [[nodiscard]] QString readValue(const QString& key) const;
    void applyInTransaction(const ChangeSet& changes, ChangeResult& result);
    void upsertCase(const Case& value, int& written);
    void setCheckpointsPaused(bool paused);

    QString m_filePath;
    QString m_connectionName; // unique per worker; empty until open() succeeded
    std::unique_ptr<CacheWriter> m_writer; // while open; reset before the connection goes
    bool m_checkpointsPaused = false;
};

} // namespace caseport::client

Q_DECLARE_METATYPE(caseport::client::CacheState)
Q_DECLARE_METATYPE(caseport::client::ChangeResult)
