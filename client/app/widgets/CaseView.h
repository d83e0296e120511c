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

class FollowersWidget;
class AnswerPanel;
class ClosedCaseNotice;
class LanguageManager;
class CaseFieldsView;
class RelatedFilesWidget;
class ShareUpdateBox;
class StaffCaseBar;
class ThreadView;

// The selected case: number and subject as a header, then status, product, category,
// created/updated (local time, locale format), creator, private flag, and Edit… for
// those who may edit it (staff, the creator); a closed case's question and answer
// (AnswerPanel); the followers (FollowersWidget); then the conversation (ThreadView, opened
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
    // Staff assigned the case or changed its status (queued in the outbox).
    void staffChangeQueued();
    // "New case referring to this one…" on a closed case past its reopen window.
    void newCaseRequested(const caseport::NewCase& prefilled);

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
    FollowersWidget* m_followers = nullptr;
    AnswerPanel* m_answer = nullptr; // question + answer of a closed case
    ClosedCaseNotice* m_closedNotice = nullptr; // what a post on a closed case does
    QLabel* m_threadLabel = nullptr;
    QLabel* m_number = nullptr;
    QPushButton* m_edit = nullptr;
    StaffCaseBar* m_staffBar = nullptr; // assignment and status, staff only
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
