#pragma once

#include "caseport/Case.h"

#include <QWidget>

#include <optional>

class QLabel;
class QPushButton;
class QStackedWidget;

namespace caseport::client {
class AttachmentFiles;
class Workspace;
}

namespace caseport::app {

class LanguageManager;
class CaseFieldsView;
class RelatedFilesWidget;
class ShareUpdateBox;
class ThreadView;

// The selected case: number and subject as a header, then status, product, category,
// created/updated (local time, locale format), creator, private flag, and Edit… for
// those who may edit it (staff, the creator); then the conversation (ThreadView, opened
// by the description), the related files and "Share an update". Names come from the
// workspace's catalog in the UI language.
// workspace and languages are not owned and must outlive the view.
class CaseView : public QWidget {
    Q_OBJECT
public:
    CaseView(caseport::client::Workspace* workspace, LanguageManager* languages, QWidget* parent = nullptr);

    void showCase(const caseport::Case& shown);
    void clear();
    [[nodiscard]] QString shownCaseId() const;
    // Files for the next update on the case shown (false when it takes none).
    bool addFilesToUpdate(const QStringList& files);

signals:
    // The user wants to edit the case shown (Edit…, offered only when they may).
    void editRequested(const caseport::Case& shown);

protected:
    void changeEvent(QEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    void buildUi();
    void retranslateUi();
    void render();
    void loadThread();

    caseport::client::Workspace* m_workspace;
    LanguageManager* m_languages;
    std::optional<caseport::Case> m_case;

    QStackedWidget* m_stack = nullptr;
    QLabel* m_placeholder = nullptr;
    caseport::client::AttachmentFiles* m_files = nullptr;
    ThreadView* m_thread = nullptr;
    RelatedFilesWidget* m_related = nullptr;
    ShareUpdateBox* m_share = nullptr;
    QLabel* m_threadLabel = nullptr;
    QLabel* m_number = nullptr;
    QPushButton* m_edit = nullptr;
    QLabel* m_subject = nullptr;
    QLabel* m_statusBadge = nullptr;
    QLabel* m_privateBadge = nullptr;
    QLabel* m_productLabel = nullptr;
    QLabel* m_product = nullptr;
    QLabel* m_categoryLabel = nullptr;
    QLabel* m_category = nullptr;
    CaseFieldsView* m_fields = nullptr; // the custom field values
    QLabel* m_createdLabel = nullptr;
    QLabel* m_created = nullptr;
    QLabel* m_updatedLabel = nullptr;
    QLabel* m_updated = nullptr;
    QLabel* m_creatorLabel = nullptr;
    QLabel* m_creator = nullptr;
};

} // namespace caseport::app
