#pragma once

// SHA-256 of a local file, computed off the GUI thread.
//
// Thread: create and use a FileHasher in one thread with an event loop (the GUI thread);
// the file is read in blocks on a worker QThread of its own and the signals arrive
// queued in the owner's thread. Lifetime: the owner keeps it (parent); deleting it, or
// cancel(), stops the worker after the block it is reading. One file per start(); after
// the outcome it may be started again.

#include <QObject>
#include <QString>

#include <atomic>
#include <memory>

class QThread;

namespace caseport::client {

class FileHasher : public QObject {
    Q_OBJECT
public:
    explicit FileHasher(QObject* parent = nullptr);
    ~FileHasher() override;

    // Starts hashing `path`; false if a hash is still running.
    bool start(const QString& path);
    // Stops the running hash; emits failed() with cancelled = true.
    void cancel();
    [[nodiscard]] bool isRunning() const { return m_running; }

signals:
    // Bytes hashed so far of `total` (the size when the hash started); now and then,
    // not per block.
    void progress(qint64 done, qint64 total);
    // The SHA-256 in lower-case hex (a blob's name) and the bytes hashed.
    void finished(const QString& sha256, qint64 size);
    // The file could not be read (message names it and the reason), or cancel().
    void failed(const QString& message, bool cancelled);

private:
    void stopWorker();

    QThread* m_thread = nullptr; // owned; runs one HashWorker at a time
    std::shared_ptr<std::atomic<bool>> m_cancel; // shared with the running worker
    bool m_running = false;
};

} // namespace caseport::client
