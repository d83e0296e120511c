#pragma once

#include "ListPage.h"

class QPushButton;

namespace caseport::client {
class Workspace;
}

namespace caseport::app {

// The Outbox view: every change saved here and not yet on the server, oldest first, with
// what became of it. "Send now" tries at once instead of waiting for the next retry. A
// new case the server refused can go back into a case form ("Fix…"); an edit that met
// someone else's change is resolved side by side ("Resolve…"); anything can be
// discarded after asking. workspace is not owned and must outlive the page.
class OutboxPage : public ListPage {
    Q_OBJECT
public:
    explicit OutboxPage(caseport::client::Workspace* workspace, QWidget* parent = nullptr);

signals:
    // A refused new case went back to the drafts: open it in a form.
    void fixCase(const QString& draftId);
    void resolveConflict(qint64 seq);

protected:
    void changeEvent(QEvent* event) override;
    void updateActions() override;

private:
    void retranslateUi();
    void fixCurrent();
    void discardCurrent();

    caseport::client::Workspace* m_workspace;
    QPushButton* m_send = nullptr;
    QPushButton* m_fix = nullptr;
    QPushButton* m_resolve = nullptr;
    QPushButton* m_discard = nullptr;
    QString m_fixing; // a draft id on its way back from the outbox
};

} // namespace caseport::app
