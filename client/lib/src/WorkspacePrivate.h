#pragma once

// Workspace's private half: state and the wiring of cache, sync engine and model.
// GUI thread only.

#include "caseport/client/Workspace.h"

#include "CaseCache.h"
#include "OutboxReplayer.h"
#include "PushChannel.h"
#include "SyncEngine.h"

#include <QHash>
#include <QSet>
#include <QTimer>

#include <functional>
#include <memory>

namespace caseport::client {

class Workspace::Private {
public:
    Private(Workspace* q, QNetworkAccessManager* network, QUrl server, SessionInfo session,
            QString cacheDirectory);

    void onOpened(const CacheState& state);
    void onCatalog(const Catalog& catalog);
    void onSyncFinished(bool ok, const ApiFailure& failure, int records);
    // A page was stored: patch the model, or note that the list needs a reload.
    void onChangesApplied(const ChangeResult& result);
    void onCasesLoaded(const QString& account, const QVector<Case>& cases, quint64 ticket);
    void onCacheFailed(const QString& operation, const QString& message);
    void setOnline(bool online);
    // Picks the remembered account if the catalog still has it, else the first one.
    void chooseAccount(const QString& remembered);
    // Reloads the model from the cache; then runs `after` (on the GUI thread).
    void reloadModel(std::function<void()> after = {});
    void handleFailure(const ApiFailure& failure);
    // Outbox and drafts (WorkspaceOutbox.cpp).
    void connectOutbox();
    void onEnqueued(const OutboxItem& item, const QString& error);
    void onOutboxChanged(const OutboxItems& items);
    void onDelivered(const OutboxItem& item, const std::optional<Case>& answered,
                     const std::optional<Post>& post);
    void onRefused(const OutboxItem& item, const ApiFailure& failure);
    void onAccountFileLinked(const AccountFile& linked);
    void onAccountFileUnlinked(const QString& fileId);
    void keepPatchedCatalog(); // catalog, edited here, into the cache
    // Queues one local change (see CacheWorker::enqueue); a new case's draft goes with it.
    QString enqueue(OutboxItem::Kind kind, const QString& caseId, const QString& itemAccount,
                    QByteArray payload, QString summary, QString recordId = {},
                    const QStringList& files = {});

    Workspace* q;
    QNetworkAccessManager* network; // not owned
    QUrl server;
    SessionInfo session;
    QString cacheFile;
    CaseListModel* model; // child of q
    OutboxModel* outboxModel; // child of q
    DraftListModel* draftModel; // child of q
    OutboxItems outboxItems;
    QSet<qint64> conflictsToAnnounce; // refused with 409, not yet seen stored
    std::unique_ptr<CaseCache> cache; // declared before engine: outlives it
    std::unique_ptr<SyncEngine> engine;
    std::unique_ptr<PushChannel> push; // only while live updates are on
    QTimer safetyNet; // a slow sync in case a push was lost
    Catalog catalog;
    QString account;
    bool everyAccount = false; // the list shows every account's cases (staff queue)
    // What the list shows: the current account, or CacheWorker::kEveryAccount.
    [[nodiscard]] QString listedAccount() const;
    bool online = false;
    bool ready = false;
    bool syncRequested = false;
    QDateTime lastSync;
    int lastSyncRecords = 0;
    bool listNeedsReload = false; // this sync changed too much to patch the model
    QHash<quint64, std::function<void()>> afterLoad;
};

} // namespace caseport::client
