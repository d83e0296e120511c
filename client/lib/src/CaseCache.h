#pragma once

// The front of the local cache, used on the owner's (GUI) thread. Every call returns at
// once; the work runs on the CacheWorker, in call order, and results come back as the
// signals below, delivered on the owner's thread.
//
// Mode::Threaded (the app): the worker lives on its own QThread, created and joined
// here; calls are queued to it. Mode::Synchronous (tests): the worker runs on the
// caller's thread and every signal is emitted before the call returns.
//
// Ownership: CaseCache owns the worker and the thread. The destructor lets the worker
// finish every call already made, deletes it on its own thread and joins the thread.

#include "CacheWorker.h"

#include <QObject>

class QThread;

namespace caseport::client {

class CaseCache : public QObject {
    Q_OBJECT
public:
    enum class Mode { Threaded, Synchronous };

    CaseCache(QString filePath, Mode mode, QObject* parent = nullptr);
    ~CaseCache() override;

    [[nodiscard]] const QString& filePath() const { return m_filePath; }
    [[nodiscard]] Mode mode() const { return m_mode; }

    void open();
    void applyChanges(const caseport::ChangeSet& changes);
    void storeCase(const caseport::Case& stored);
    void storeCatalog(const caseport::Catalog& catalog, const QString& etag);
    void storeValue(const QString& key, const QString& value);
    // Returns the ticket that casesLoaded() hands back for this request.
    quint64 loadCases(const QString& account);
    quint64 loadThread(const QString& caseId);

    // Outbox and drafts: see CacheWorker.
    void enqueue(const caseport::client::OutboxItem& item, const QStringList& files = {},
                 const QString& draftId = {});
    void loadOutbox();
    void nextOutboxItem();
    void countOutboxAttempt(qint64 seq);
    void completeOutboxItem(qint64 seq, const std::optional<caseport::Case>& answered,
                            const std::optional<caseport::Post>& post = std::nullopt);
    void failOutboxItem(qint64 seq, const QString& code, const QString& field,
                        const QString& message);
    void conflictOutboxItem(qint64 seq, const caseport::Case& current);
    void requeueOutboxItem(qint64 seq, const QByteArray& payload);
    // An upload the user cancelled waits as paused until resumePausedOutboxItems().
    void pauseOutboxItem(qint64 seq);
    void resumePausedOutboxItems();
    void discardOutboxItem(qint64 seq);
    void returnOutboxItemToDrafts(qint64 seq);
    void saveDraft(const caseport::client::Draft& draft);
    void discardDraft(const QString& id);
    void loadDrafts();

signals:
    void opened(const caseport::client::CacheState& state);
    void changesApplied(const caseport::client::ChangeResult& result);
    void caseStored(const caseport::Case& stored);
    void casesLoaded(const QString& account, const QVector<caseport::Case>& cases, quint64 ticket);
    void threadLoaded(const QString& caseId, const QVector<caseport::Post>& posts,
                      const QVector<caseport::Attachment>& attachments, quint64 ticket);
    void failed(const QString& operation, const QString& message);
    // error empty: committed (item.seq is set); else nothing was stored.
    void enqueued(const caseport::client::OutboxItem& item, const QString& error);
    void outboxChanged(const caseport::client::OutboxItems& items);
    void outboxNext(bool found, const caseport::client::OutboxItem& item);
    void draftsChanged(const caseport::client::Drafts& drafts);

private:
    template <class Function>
    void post(Function&& function);

    QString m_filePath;
    Mode m_mode;
    QThread* m_thread = nullptr; // owned; null in synchronous mode
    CacheWorker* m_worker = nullptr; // owned (see the destructor)
    quint64 m_nextTicket = 1;
};

} // namespace caseport::client
