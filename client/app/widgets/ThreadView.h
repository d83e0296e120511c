#pragma once

#include "caseport/Post.h"

#include <QTextBrowser>
#include <QVector>

namespace caseport::client {
class AttachmentFiles;
class Workspace;
}

namespace caseport::app {

// A case's conversation, oldest first: each post with its author ("You" for the user),
// the time in the locale's format and its text with clickable links; images attached to
// a post are shown inline (small ones are fetched by themselves, once, and stay cached);
// internal notes (staff only) on a yellow ground with a label; posts still in the outbox
// at the end, marked "Sending…". Read only; links open in the system's browser.
class ThreadView : public QTextBrowser {
    Q_OBJECT
public:
    ThreadView(caseport::client::Workspace* workspace, caseport::client::AttachmentFiles* files,
               QWidget* parent = nullptr);

    void setThread(const QString& caseId, const QVector<caseport::Post>& posts,
                   const QVector<caseport::Attachment>& attachments);
    void clearThread();
    // Rebuilds the HTML (language, outbox or fetched images changed).
    void render();

    // Text with http(s) and mailto links made clickable, HTML-escaped, line breaks kept.
    [[nodiscard]] static QString linkified(const QString& text);

protected:
    void resizeEvent(QResizeEvent* event) override; // images follow the width

private:
    caseport::client::Workspace* m_workspace;
    caseport::client::AttachmentFiles* m_files;
    QString m_caseId;
    QVector<caseport::Post> m_posts;
    QVector<caseport::Attachment> m_attachments;
};

} // namespace caseport::app
