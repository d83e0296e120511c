#include "caseport/client/AttachmentFiles.h"

#include "caseport/client/BlobDownload.h"
#include "caseport/client/Workspace.h"

#include <QFileInfo>
#include <QMetaObject>

namespace caseport::client {

AttachmentFiles::AttachmentFiles(Workspace* workspace, QObject* parent)
    : QObject(parent)
    , m_workspace(workspace)
{
}

QString AttachmentFiles::localPath(const Attachment& attachment) const
{
    const QString path = m_workspace->cachedFilePath(attachment);
    return QFileInfo::exists(path) ? path : QString();
}

bool AttachmentFiles::isFetching(const QString& attachmentId) const
{
    return !m_running.value(attachmentId).isNull();
}

void AttachmentFiles::fetch(const Attachment& attachment)
{
    const QString id = QString::fromStdString(attachment.id);
    if (const QString path = localPath(attachment); !path.isEmpty()) {
        QMetaObject::invokeMethod(this, [this, id, path] { emit fetched(id, path); }, Qt::QueuedConnection);
        return;
    }
    if (isFetching(id))
        return;
    const QFileInfo target(m_workspace->cachedFilePath(attachment));
    auto* download = new BlobDownload(m_workspace->network(), m_workspace->server(),
                                      QString::fromStdString(m_workspace->session().token), this);
    m_running.insert(id, download);
    connect(download, &BlobDownload::progress, this,
            [this, id](qint64 done, qint64 total) { emit progress(id, done, total); });
    connect(download, &BlobDownload::finished, this, [this, id, download](const QString& path) {
        m_running.remove(id);
        download->deleteLater();
        emit fetched(id, path);
    });
    connect(download, &BlobDownload::failed, this, [this, id, download](const ApiFailure& failure) {
        m_running.remove(id);
        download->deleteLater();
        m_workspace->reportCallOutcome(failure);
        emit failed(id, failure);
    });
    download->start(QString::fromStdString(attachment.sha256), target.absolutePath(), target.fileName());
}

void AttachmentFiles::cancel(const QString& attachmentId)
{
    if (BlobDownload* download = m_running.value(attachmentId))
        download->cancel();
}

} // namespace caseport::client
