#include "FileStager.h"

#include "caseport/FileNames.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMimeDatabase>
#include <QSaveFile>
#include <QUuid>

#include <stdexcept>

namespace caseport::client {

namespace {

constexpr qint64 kBlock = qint64{1} << 20;

[[noreturn]] void fail(const QString& what, const QString& file, const QString& why)
{
    throw std::runtime_error(QStringLiteral("%1 %2: %3").arg(what, file, why).toStdString());
}

StagedFile stageOne(const QString& file, const QDir& outgoing)
{
    QFile source(file);
    if (!source.open(QIODevice::ReadOnly))
        fail(QStringLiteral("cannot read"), file, source.errorString());
    StagedFile staged;
    staged.ref.id = QUuid::createUuid().toString(QUuid::WithoutBraces).toStdString();
    staged.path = outgoing.filePath(QString::fromStdString(staged.ref.id));
    // QSaveFile: the copy appears complete (written, flushed, renamed) or not at all.
    QSaveFile copy(staged.path);
    if (!copy.open(QIODevice::WriteOnly))
        fail(QStringLiteral("cannot write"), staged.path, copy.errorString());
    QCryptographicHash hash(QCryptographicHash::Sha256);
    QByteArray block;
    qint64 size = 0;
    while (!(block = source.read(kBlock)).isEmpty()) {
        hash.addData(block);
        if (copy.write(block) != block.size())
            fail(QStringLiteral("cannot write"), staged.path, copy.errorString());
        size += block.size();
    }
    if (source.error() != QFileDevice::NoError)
        fail(QStringLiteral("cannot read"), file, source.errorString());
    if (!copy.commit())
        fail(QStringLiteral("cannot write"), staged.path, copy.errorString());
    staged.ref.name = files::safeFileName(QFileInfo(file).fileName().toStdString());
    staged.ref.size = size;
    staged.ref.sha256 = hash.result().toHex().toStdString();
    staged.ref.mime = QMimeDatabase().mimeTypeForFile(file).name().toStdString();
    return staged;
}

} // namespace

std::vector<StagedFile> stageFiles(const QStringList& files, const QString& outgoingDir)
{
    std::vector<StagedFile> staged;
    if (files.isEmpty())
        return staged;
    const QDir outgoing(outgoingDir);
    if (!outgoing.mkpath(QStringLiteral(".")))
        fail(QStringLiteral("cannot create"), outgoingDir, QStringLiteral("the folder"));
    try {
        for (const QString& file : files)
            staged.push_back(stageOne(file, outgoing));
    } catch (...) {
        QStringList paths;
        for (const StagedFile& done : staged)
            paths << done.path;
        removeStaged(paths);
        throw;
    }
    return staged;
}

void removeStaged(const QStringList& paths)
{
    for (const QString& path : paths) {
        if (!path.isEmpty())
            QFile::remove(path);
    }
}

} // namespace caseport::client
