#include "TransferRunner.h"

#include "caseport/client/BlobDownload.h"
#include "caseport/client/BlobUpload.h"
#include "caseport/client/FileHasher.h"

#include <QElapsedTimer>
#include <QEventLoop>

namespace caseport::bench {

using caseport::client::ApiFailure;

namespace {

void recordFailure(TransferFigures& figures, const ApiFailure& failure)
{
    figures.cancelled = failure.kind == ApiFailure::Kind::Cancelled;
    figures.failure = failure.message;
}

} // namespace

TransferRunner::TransferRunner(const QUrl& server, QString token)
    : m_server(server)
    , m_token(std::move(token))
{
}

TransferFigures TransferRunner::hash(const QString& path)
{
    TransferFigures figures;
    client::FileHasher hasher;
    QEventLoop loop;
    QObject::connect(&hasher, &client::FileHasher::finished, &loop, [&](const QString& sha, qint64 size) {
        figures.ok = true;
        figures.result = sha;
        figures.bytes = size;
        loop.quit();
    });
    QObject::connect(&hasher, &client::FileHasher::failed, &loop, [&](const QString& message, bool) {
        figures.failure = message;
        loop.quit();
    });
    QElapsedTimer clock;
    clock.start();
    if (!hasher.start(path))
        return figures;
    loop.exec();
    figures.seconds = static_cast<double>(clock.nsecsElapsed()) / 1e9;
    return figures;
}

TransferFigures TransferRunner::upload(const QString& path, const QString& sha256, qint64 chunkBytes,
                                       double cancelAt)
{
    TransferFigures figures;
    client::BlobUpload upload(&m_network, m_server, m_token);
    upload.setChunkSize(chunkBytes);
    QEventLoop loop;
    QObject::connect(&upload, &client::BlobUpload::progress, &loop, [&](qint64 done, qint64 total) {
        if (cancelAt > 0 && total > 0 && static_cast<double>(done) >= cancelAt * static_cast<double>(total))
            upload.cancel();
    });
    QObject::connect(&upload, &client::BlobUpload::finished, &loop, [&](const QString& sha, qint64) {
        figures.ok = true;
        figures.result = sha;
        loop.quit();
    });
    QObject::connect(&upload, &client::BlobUpload::failed, &loop, [&](const ApiFailure& failure) {
        recordFailure(figures, failure);
        loop.quit();
    });
    QElapsedTimer clock;
    clock.start();
    if (!upload.start(path, sha256, QStringLiteral("application/zip"), QStringLiteral("bench.zip")))
        return figures;
    loop.exec();
    figures.seconds = static_cast<double>(clock.nsecsElapsed()) / 1e9;
    figures.bytes = upload.bytesSent();
    figures.resumedFrom = upload.resumedFrom();
    return figures;
}

TransferFigures TransferRunner::download(const QString& sha256, const QString& folder, double cancelAt)
{
    TransferFigures figures;
    client::BlobDownload download(&m_network, m_server, m_token);
    QEventLoop loop;
    QElapsedTimer clock;
    qint64 verifyStartNs = -1;
    QObject::connect(&download, &client::BlobDownload::progress, &loop, [&](qint64 done, qint64 total) {
        if (cancelAt > 0 && total > 0 && static_cast<double>(done) >= cancelAt * static_cast<double>(total))
            download.cancel();
    });
    QObject::connect(&download, &client::BlobDownload::verifyProgress, &loop, [&](qint64, qint64) {
        if (verifyStartNs < 0)
            verifyStartNs = clock.nsecsElapsed();
    });
    QObject::connect(&download, &client::BlobDownload::finished, &loop, [&](const QString& file) {
        figures.ok = true;
        figures.result = file;
        loop.quit();
    });
    QObject::connect(&download, &client::BlobDownload::failed, &loop, [&](const ApiFailure& failure) {
        recordFailure(figures, failure);
        loop.quit();
    });
    clock.start();
    if (!download.start(sha256, folder, QStringLiteral("bench.zip")))
        return figures;
    loop.exec();
    figures.seconds = static_cast<double>(clock.nsecsElapsed()) / 1e9;
    if (verifyStartNs >= 0)
        figures.verifySeconds = figures.seconds - static_cast<double>(verifyStartNs) / 1e9;
    figures.bytes = download.bytesReceived();
    figures.resumedFrom = download.resumedFrom();
    return figures;
}

} // namespace caseport::bench
