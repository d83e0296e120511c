#pragma once

// The blocking half of FileHasher: reads a file in blocks and hashes it. Lives on
// FileHasher's worker thread; run() is invoked there by a queued call. Checks the shared
// cancel flag between blocks, so a cancel takes effect within one block.

#include <QObject>
#include <QString>

#include <atomic>
#include <memory>

namespace caseport::client {

class HashWorker : public QObject {
    Q_OBJECT
public:
    HashWorker(QString path, std::shared_ptr<std::atomic<bool>> cancel);

    // Reads the whole file; emits progress() now and then, then finished() or failed().
    void run();

    static constexpr qint64 kBlockBytes = 1 << 20;
    // Progress is reported after at most this many bytes.
    static constexpr qint64 kProgressBytes = 16 << 20;

signals:
    void progress(qint64 done, qint64 total);
    void finished(const QString& sha256, qint64 size);
    void failed(const QString& message, bool cancelled);

private:
    QString m_path;
    std::shared_ptr<std::atomic<bool>> m_cancel;
};

} // namespace caseport::client
