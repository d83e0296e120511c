#include "CaseCache.h"

#include <QThread>

namespace caseport::client {

CaseCache::CaseCache(QString filePath, Mode mode, QObject* parent)
    : QObject(parent)
    , m_filePath(std::move(filePath))
    , m_mode(mode)
{
    qRegisterMetaType<caseport::client::CacheState>();
    qRegisterMetaType<caseport::client::ChangeResult>();
    qRegisterMetaType<caseport::ChangeSet>();
    qRegisterMetaType<caseport::Case>();
    qRegisterMetaType<caseport::Catalog>();
    qRegisterMetaType<QVector<caseport::Case>>();
    qRegisterMetaType<QVector<caseport::Post>>();
    qRegisterMetaType<QVector<caseport::Attachment>>();
    qRegisterMetaType<caseport::client::OutboxItem>();
    qRegisterMetaType<caseport::client::OutboxItems>();
    qRegisterMetaType<caseport::client::Drafts>();

    m_worker = new CacheWorker(m_filePath);
    if (m_mode == Mode::Threaded) {
        m_thread = new QThread;
        m_thread->setObjectName(QStringLiteral("caseport-cache"));
        m_worker->moveToThread(m_thread);
    }
    // Worker → front: queued across threads, direct in synchronous mode (AutoConnection).
    connect(m_worker, &CacheWorker::opened, this, &CaseCache::opened);
    connect(m_worker, &CacheWorker::changesApplied, this, &CaseCache::changesApplied);
    connect(m_worker, &CacheWorker::caseStored, this, &CaseCache::caseStored);
    connect(m_worker, &CacheWorker::casesLoaded, this, &CaseCache::casesLoaded);
    connect(m_worker, &CacheWorker::threadLoaded, this, &CaseCache::threadLoaded);
    connect(m_worker, &CacheWorker::failed, this, &CaseCache::failed);
    connect(m_worker, &CacheWorker::enqueued, this, &CaseCache::enqueued);
    connect(m_worker, &CacheWorker::outboxChanged, this, &CaseCache::outboxChanged);
    connect(m_worker, &CacheWorker::outboxNext, this, &CaseCache::outboxNext);
    connect(m_worker, &CacheWorker::draftsChanged, this, &CaseCache::draftsChanged);
    if (m_thread)
        m_thread->start();
}

CaseCache::~CaseCache()
{
    if (!m_thread) {
        delete m_worker;
        return;
    }
    // Queued behind every call made so far, so no write is lost; the worker (and its
    // database connection) goes away on its own thread.
    CacheWorker* worker = m_worker;
    QThread* thread = m_thread;
    QMetaObject::invokeMethod(worker, [worker, thread] {
        delete worker;
        thread->quit();
    }, Qt::QueuedConnection);
    thread->wait();
    delete thread;
}

template <class Function>
void CaseCache::post(Function&& function)
{
    if (m_thread)
        QMetaObject::invokeMethod(m_worker, std::forward<Function>(function), Qt::QueuedConnection);
    else
        function();
}

void CaseCache::open()
{
    post([worker = m_worker] { worker->open(); });
}

void CaseCache::applyChanges(const ChangeSet& changes)
{
    post([worker = m_worker, changes] { worker->applyChanges(changes); });
}

void CaseCache::storeCase(const Case& stored)
{
    post([worker = m_worker, stored] { worker->storeCase(stored); });
}

void CaseCache::storeCatalog(const Catalog& catalog, const QString& etag)
{
    post([worker = m_worker, catalog, etag] { worker->storeCatalog(catalog, etag); });
}

void CaseCache::storeValue(const QString& key, const QString& value)
{
    post([worker = m_worker, key, value] { worker->storeValue(key, value); });
}

quint64 CaseCache::loadCases(const QString& account)
{
    const quint64 ticket = m_nextTicket++;
    post([worker = m_worker, account, ticket] { worker->loadCases(account, ticket); });
    return ticket;
}

quint64 CaseCache::loadThread(const QString& caseId)
{
    const quint64 ticket = m_nextTicket++;
    post([worker = m_worker, caseId, ticket] { worker->loadThread(caseId, ticket); });
    return ticket;
}

void CaseCache::enqueue(const OutboxItem& item, const QStringList& files, const QString& draftId)
{
    post([worker = m_worker, item, files, draftId] { worker->enqueue(item, files, draftId); });
}

void CaseCache::loadOutbox()
{
    post([worker = m_worker] { worker->loadOutbox(); });
}

void CaseCache::nextOutboxItem()
{
    post([worker = m_worker] { worker->nextOutboxItem(); });
}

void CaseCache::countOutboxAttempt(qint64 seq)
{
    post([worker = m_worker, seq] { worker->countOutboxAttempt(seq); });
}

void CaseCache::completeOutboxItem(qint64 seq, const std::optional<Case>& answered,
                                   const std::optional<Post>& post)
{
    this->post([worker = m_worker, seq, answered, post] {
        worker->completeOutboxItem(seq, answered, post);
    });
}

void CaseCache::failOutboxItem(qint64 seq, const QString& code, const QString& field,
                               const QString& message)
{
    post([worker = m_worker, seq, code, field, message] {
        worker->failOutboxItem(seq, code, field, message);
    });
}

void CaseCache::conflictOutboxItem(qint64 seq, const Case& current)
{
    post([worker = m_worker, seq, current] { worker->conflictOutboxItem(seq, current); });
}

void CaseCache::requeueOutboxItem(qint64 seq, const QByteArray& payload)
{
    post([worker = m_worker, seq, payload] { worker->requeueOutboxItem(seq, payload); });
}

void CaseCache::pauseOutboxItem(qint64 seq)
{
    post([worker = m_worker, seq] { worker->pauseOutboxItem(seq); });
}

void CaseCache::resumePausedOutboxItems()
{
    post([worker = m_worker] { worker->resumePausedOutboxItems(); });
}

void CaseCache::discardOutboxItem(qint64 seq)
{
    post([worker = m_worker, seq] { worker->discardOutboxItem(seq); });
}

void CaseCache::returnOutboxItemToDrafts(qint64 seq)
{
    post([worker = m_worker, seq] { worker->returnOutboxItemToDrafts(seq); });
}

void CaseCache::saveDraft(const Draft& draft)
{
    post([worker = m_worker, draft] { worker->saveDraft(draft); });
}

void CaseCache::discardDraft(const QString& id)
{
    post([worker = m_worker, id] { worker->discardDraft(id); });
}

void CaseCache::loadDrafts()
{
    post([worker = m_worker] { worker->loadDrafts(); });
}

} // namespace caseport::client
