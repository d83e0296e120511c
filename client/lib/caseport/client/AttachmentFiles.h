#pragma once

// The files of cases on this computer: downloads an attachment on demand into the
// workspace's file cache (Workspace::cachedFilePath), where it stays for offline use,
// one BlobDownload per file (resumed from its part after a cut or a restart), with
// progress and cancel. Lives on the GUI thread; workspace must outlive it.

#include "caseport/Post.h"
#include "caseport/client/ApiFailure.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QString>

namespace caseport::client {

class BlobDownload;
class Workspace;

class AttachmentFiles : public QObject {
    Q_OBJECT
public:
    explicit AttachmentFiles(Workspace* workspace, QObject* parent = nullptr);

    // The cached file's path when it is here already (verified), else empty.
    [[nodiscard]] QString localPath(const caseport::Attachment& attachment) const;
    [[nodiscard]] bool isFetching(const QString& attachmentId) const;
    // Starts the download unless the file is cached (then fetched() follows at once,
    // queued) or already on its way.
    void fetch(const caseport::Attachment& attachment);
    void cancel(const QString& attachmentId);

signals:
    void progress(const QString& attachmentId, qint64 done, qint64 total);
    void fetched(const QString& attachmentId, const QString& path);
    void failed(const QString& attachmentId, const caseport::client::ApiFailure& failure);

private:
    Workspace* m_workspace;
    QHash<QString, QPointer<BlobDownload>> m_running; // attachment id → its download
};

} // namespace caseport::client
