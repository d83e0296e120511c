#pragma once

#include "ListPage.h"

class QPushButton;

namespace caseport::client {
class Workspace;
}

namespace caseport::app {

// The Drafts view: cases started and not sent, autosaved as they were typed. Open (or a
// double click, or Enter) brings one back into a case form; Discard deletes it after
// asking. workspace is not owned and must outlive the page.
class DraftsPage : public ListPage {
    Q_OBJECT
public:
    explicit DraftsPage(caseport::client::Workspace* workspace, QWidget* parent = nullptr);

signals:
    void openDraft(const QString& draftId);

protected:
    void changeEvent(QEvent* event) override;
    void updateActions() override;

private:
    void retranslateUi();
    void openCurrent();
    void discardCurrent();

    caseport::client::Workspace* m_workspace;
    QPushButton* m_open = nullptr;
    QPushButton* m_discard = nullptr;
};

} // namespace caseport::app
