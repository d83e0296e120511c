#pragma once

#include <QWidget>

class QCheckBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace caseport::client {
class Workspace;
}

namespace caseport::app {

class AttachmentListWidget;

// "Share an update" under a case's conversation: the text, files (picker, drop, or a
// screenshot pasted with Ctrl+V), for staff an "Internal note" switch, and Send
// (Ctrl+Enter). Sending queues the post in the outbox and clears the box at once; the
// thread shows it as "Sending…" until the server has it. workspace must outlive the box.
class ShareUpdateBox : public QWidget {
    Q_OBJECT
public:
    explicit ShareUpdateBox(caseport::client::Workspace* workspace, QWidget* parent = nullptr);

    // The case the box posts to; empty: none (the box is disabled).
    void setCase(const QString& caseId, bool mayPost);
    void send();
    // Files to go with the next update (dropped on the case, or on its row in the list).
    void addFiles(const QStringList& files);

protected:
    void changeEvent(QEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void retranslateUi();
    void updateSend();
    // A bitmap on the clipboard becomes a PNG file in the cache, attached to the post.
    bool pasteImage();

    caseport::client::Workspace* m_workspace;
    QString m_caseId;
    QLabel* m_title = nullptr;
    QPlainTextEdit* m_text = nullptr;
    QCheckBox* m_internal = nullptr;
    AttachmentListWidget* m_files = nullptr;
    QPushButton* m_send = nullptr;
};

} // namespace caseport::app
