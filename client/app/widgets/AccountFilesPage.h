#pragma once

#include "caseport/AccountFile.h"

#include <QStringList>
#include <QWidget>

class QComboBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QStackedWidget;
class QTreeView;

namespace caseport::client {
class AccountFileListModel;
class AttachmentFiles;
class Workspace;
}

namespace caseport::app {

// The Files page: the files shared with the current account or one of its objects that
// the user may see (the catalog's files, so it works offline), and the user's own that
// still wait in the outbox with their progress. A filter narrows to one object or the
// whole account; Add files… (or dropping files on the page) adds to the filter's choice,
// when the access rules allow it (else the button says why); Open and Save as…
// download on demand and keep the file for offline use, with progress and Cancel;
// Remove… asks first and is offered only where the rules allow it.
// workspace is not owned and must outlive the page.
class AccountFilesPage : public QWidget {
    Q_OBJECT
public:
    explicit AccountFilesPage(caseport::client::Workspace* workspace, QWidget* parent = nullptr);

    // Queues `paths` for the object the filter shows (the whole account for "All files"),
    // as Add files… and a drop do. Folders and unreadable files are named on the page and
    // left out. False (nothing queued) when the user may not add there or none is a file.
    bool addFiles(const QStringList& paths);
    // The object new files go to: the filter's object, empty for the whole account.
    [[nodiscard]] QString targetObject() const;
    [[nodiscard]] bool canAdd() const;

protected:
    void changeEvent(QEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    void retranslateUi();
    void refreshFilter(); // the account's objects the user may see
    void refresh(); // buttons, empty state, title
    [[nodiscard]] const caseport::AccountFile* selected() const;
    [[nodiscard]] bool selectedIsPending() const;
    void pickFiles();
    void openSelected();
    void saveSelected();
    void removeSelected();
    void fetch(const caseport::AccountFile& file, const QString& saveTo);
    void finish(const QString& fileId, const QString& path);
    [[nodiscard]] QString accountName() const;

    caseport::client::Workspace* m_workspace;
    caseport::client::AccountFileListModel* m_model;
    caseport::client::AttachmentFiles* m_files;
    QString m_waitingFor; // the file whose download the user waits on
    QString m_saveTo; // where it goes when it arrives (Save as…); empty: open it
    QLabel* m_title = nullptr;
    QLabel* m_filterLabel = nullptr;
    QComboBox* m_filter = nullptr;
    QStackedWidget* m_stack = nullptr;
    QTreeView* m_list = nullptr;
    QLabel* m_empty = nullptr;
    QPushButton* m_add = nullptr;
    QPushButton* m_open = nullptr;
    QPushButton* m_save = nullptr;
    QPushButton* m_remove = nullptr;
    QProgressBar* m_progress = nullptr;
    QPushButton* m_cancel = nullptr;
    QLabel* m_problem = nullptr;
};

} // namespace caseport::app
