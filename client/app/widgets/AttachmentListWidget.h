#pragma once

#include <QStringList>
#include <QWidget>

class QLabel;
class QMimeData;
class QListWidget;
class QPushButton;

namespace caseport::app {

// The files chosen for a new case: a list (name and size in the locale's units), "Add
// files…" (a file picker), "Remove", and a drop zone for files dragged from the desktop
// or a file manager. Holds paths only; the outbox copies the files when the case is
// submitted.
class AttachmentListWidget : public QWidget {
    Q_OBJECT
public:
    explicit AttachmentListWidget(QWidget* parent = nullptr);

    [[nodiscard]] QStringList files() const { return m_files; }
    void setFiles(const QStringList& files);
    // Adds files not in the list yet; directories and unreadable paths are skipped.
    void addFiles(const QStringList& files);
    // The local files a drag carries (empty: not a drag of files).
    [[nodiscard]] static QStringList localFiles(const QMimeData* data);

signals:
    void filesChanged();

protected:
    void changeEvent(QEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    void retranslateUi();
    void refresh();
    void pickFiles();
    void removeSelected();

    QStringList m_files;
    QLabel* m_hint = nullptr;
    QListWidget* m_list = nullptr;
    QPushButton* m_add = nullptr;
    QPushButton* m_remove = nullptr;
};

} // namespace caseport::app
