#pragma once

#include <QHash>
#include <QWidget>

class QHBoxLayout;

namespace caseport::client {
class Workspace;
}

namespace caseport::app {

// The files of the outbox on their way to the server, for the status bar: one row per
// running upload with its name, its own progress bar and Cancel. Cancel stops the
// transfer in flight; the outbox keeps the file as "Paused — Send now to resume" and
// Send now continues from what the server already has (Workspace::cancelUpload).
// Hidden while nothing is uploaded. workspace is not owned and must outlive the widget.
class TransfersWidget : public QWidget {
    Q_OBJECT
public:
    explicit TransfersWidget(caseport::client::Workspace* workspace, QWidget* parent = nullptr);

    [[nodiscard]] int runningCount() const { return static_cast<int>(m_rows.size()); }

signals:
    // The user cancelled an upload; it waits in the Outbox as paused.
    void uploadPaused(const QString& fileName);

protected:
    void changeEvent(QEvent* event) override;

private:
    void onProgress(qint64 seq, const QString& fileName, qint64 done, qint64 total);
    void onEnded(qint64 seq);
    QWidget* rowFor(qint64 seq, const QString& fileName);

    caseport::client::Workspace* m_workspace;
    QHBoxLayout* m_layout = nullptr;
    QHash<qint64, QWidget*> m_rows; // outbox seq → its row (a child)
};

} // namespace caseport::app
