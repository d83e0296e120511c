#include "FetchedFile.h"

#include <QCoreApplication>
#include <QDesktopServices>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QPointer>
#include <QStandardPaths>
#include <QThread>
#include <QUrl>

namespace caseport::app::fetchedFile {

QString askSaveTarget(QWidget* parent, const QString& name)
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DownloadLocation);
    return QFileDialog::getSaveFileName(parent, QCoreApplication::translate("FetchedFile", "Save file"),
                                        QDir(folder).filePath(name));
}

void deliver(QObject* context, const QString& path, const QString& saveTo,
             std::function<void(const QString& problem)> onProblem)
{
    if (saveTo.isEmpty()) {
        QDesktopServices::openUrl(QUrl::fromLocalFile(path));
        return;
    }
    QPointer<QObject> alive(context);
    QThread* copier = QThread::create([alive, path, saveTo, onProblem = std::move(onProblem)] {
        QFile::remove(saveTo); // the dialog asked before replacing it
        const bool copied = QFile::copy(path, saveTo);
        QMetaObject::invokeMethod(qApp, [alive, copied, saveTo, onProblem] {
            if (alive && !copied)
                onProblem(QCoreApplication::translate("FetchedFile", "The file could not be saved as %1.")
                              .arg(QDir::toNativeSeparators(saveTo)));
        });
    });
    QObject::connect(copier, &QThread::finished, copier, &QObject::deleteLater);
    copier->start();
}

} // namespace caseport::app::fetchedFile
