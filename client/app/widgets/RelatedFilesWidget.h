#pragma once

#include "caseport/Post.h"

#include <QVector>
#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;
class QTreeWidget;

namespace caseport::client {
class AttachmentFiles;
}

namespace caseport::app {

// "Related files" of a case: every attachment with its size (locale units) and type, a
// mark for those already on this computer, Open (downloads on demand, then opens it with
// the desktop's program; cached files open offline) and Save as…, a progress bar with
// Cancel while a file comes in.
class RelatedFilesWidget : public QWidget {
    Q_OBJECT
public:
    RelatedFilesWidget(caseport::client::AttachmentFiles* files, QWidget* parent = nullptr);

    void setAttachments(const QVector<caseport::Attachment>& attachments);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void refresh();
    [[nodiscard]] const caseport::Attachment* selected() const;
    void openSelected();
    void saveSelected();
    void finish(const QString& attachmentId, const QString& path);

    caseport::client::AttachmentFiles* m_files;
    QVector<caseport::Attachment> m_attachments;
    QString m_waitingFor; // the attachment whose download the user waits on
    QString m_saveTo; // where it goes when it arrives (Save as…); empty: open it
    QLabel* m_title = nullptr;
    QTreeWidget* m_list = nullptr;
    QPushButton* m_open = nullptr;
    QPushButton* m_save = nullptr;
    QProgressBar* m_progress = nullptr;
    QPushButton* m_cancel = nullptr;
    QLabel* m_problem = nullptr;
};

} // namespace caseport::app
