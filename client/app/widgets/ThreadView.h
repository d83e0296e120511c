#pragma once

#include "caseport/Case.h"
#include "caseport/Post.h"

#include <QTextBrowser>
#include <QVector>

#include <optional>

namespace caseport::client {
class AttachmentFiles;
class Workspace;
}

namespace caseport::app {

// A case's conversation, oldest first, opened by the case's description: each post with its author ("You" for the user),
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
    // The case itself opens the conversation: its creator, time and description.
    void setOpening(const caseport::Case& shown);
    void clearThread();
    // Rebuilds the HTML (language, outbox or fetched images changed).
    void render();

    // Text with http(s) and mailto links made clickable, HTML-escaped, line breaks kept.
    [[nodiscard]] static QString linkified(const QString& text);

protected:
    void resizeEvent(QResizeEvent* event) override; // images follow the width
    void changeEvent(QEvent* event) override;

private:
    caseport::client::Workspace* m_workspace;
    caseport::client::AttachmentFiles* m_files;
    QString m_caseId;
    std::optional<caseport::Case> m_opening;
    QVector<caseport::Post> m_posts;
    QVector<caseport::Attachment> m_attachments;
};

} // namespace caseport::app
