#include "HashWorker.h"

#include <QCryptographicHash>
#include <QFile>

#include <vector>

namespace caseport::client {

HashWorker::HashWorker(QString path, std::shared_ptr<std::atomic<bool>> cancel)
    : m_path(std::move(path))
    , m_cancel(std::move(cancel))
{
}

void HashWorker::run()
{
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly)) {
        emit failed(QStringLiteral("cannot read %1: %2").arg(m_path, file.errorString()), false);
        return;
    }
    const qint64 total = file.size();
    QCryptographicHash hash(QCryptographicHash::Sha256);
    std::vector<char> block(static_cast<std::size_t>(kBlockBytes));
    qint64 done = 0;
    qint64 reported = 0;
    emit progress(0, total);
    for (;;) {
        if (m_cancel->load()) {
            emit failed(QStringLiteral("cancelled"), true);
            return;
        }
        const qint64 got = file.read(block.data(), kBlockBytes);
        if (got < 0) {
            emit failed(QStringLiteral("cannot read %1: %2").arg(m_path, file.errorString()), false);
            return;
        }
        if (got == 0)
            break;
        hash.addData(QByteArrayView(block.data(), got));
        done += got;
        if (done - reported >= kProgressBytes) {
            reported = done;
            emit progress(done, total);
        }
    }
    emit progress(done, total);
    emit finished(QString::fromLatin1(hash.result().toHex()), done);
}

} // namespace caseport::client
