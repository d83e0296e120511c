#include "caseport/client/FileHasher.h"

#include "HashWorker.h"

#include <QThread>

namespace caseport::client {

FileHasher::FileHasher(QObject* parent)
    : QObject(parent)
{
}

FileHasher::~FileHasher()
{
    stopWorker();
}

bool FileHasher::start(const QString& path)
{
    if (m_running)
        return false;
    stopWorker(); // the previous run's thread, if any
    m_running = true;
    m_cancel = std::make_shared<std::atomic<bool>>(false);
    m_thread = new QThread(this);
    m_thread->setObjectName(QStringLiteral("caseport-hash"));
    auto* worker = new HashWorker(path, m_cancel);
    worker->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, worker, &QObject::deleteLater);
    connect(m_thread, &QThread::started, worker, &HashWorker::run);
    // Queued into this thread; a stale run (cancelled, then started again) is ignored
    // because its cancel flag is no longer ours.
    const auto flag = m_cancel;
    connect(worker, &HashWorker::progress, this, [this, flag](qint64 done, qint64 total) {
        if (flag == m_cancel && m_running)
            emit progress(done, total);
    });
    connect(worker, &HashWorker::finished, this, [this, flag](const QString& sha, qint64 size) {
        if (flag != m_cancel || !m_running)
            return;
        m_running = false;
        emit finished(sha, size);
    });
    connect(worker, &HashWorker::failed, this, [this, flag](const QString& message, bool cancelled) {
        if (flag != m_cancel || !m_running)
            return;
        m_running = false;
        emit failed(message, cancelled);
    });
    m_thread->start();
    return true;
}

void FileHasher::cancel()
{
    if (!m_running)
        return;
    m_cancel->store(true);
    m_running = false;
    emit failed(QStringLiteral("cancelled"), true);
}

void FileHasher::stopWorker()
{
    if (!m_thread)
        return;
    if (m_cancel)
        m_cancel->store(true);
    // The worker stops within one block; it then returns to the thread's event loop.
    m_thread->quit();
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
}

} // namespace caseport::client
