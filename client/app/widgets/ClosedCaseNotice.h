#pragma once

#include "caseport/Case.h"

#include <QFrame>

#include <optional>

class QLabel;
class QPushButton;

namespace caseport::client {
class Workspace;
}

namespace caseport::app {

// Above "Share an update" on a closed case, what a post will do, decided by the same
// pure function the server uses (workflow::postEffect with the catalog's workflow):
// within the reopen window "Sharing an update reopens the case"; past it (or when the
// workflow never reopens) the case takes no more updates and the notice offers
// "New case referring to this one…". Hidden for open cases and for staff, whose posts
// never reopen. workspace is not owned and must outlive the notice.
class ClosedCaseNotice : public QFrame {
    Q_OBJECT
public:
    explicit ClosedCaseNotice(caseport::client::Workspace* workspace, QWidget* parent = nullptr);

    // mayPost: the user may post on the case at all (else the notice stays hidden).
    void setCase(const caseport::Case& shown, bool mayPost);
    // False when the case shown takes no more updates from this user (past the window).
    [[nodiscard]] bool takesUpdates() const { return m_takesUpdates; }

    // What "New case referring to this one…" opens: the same account, product, category
    // and object, subject "Re: <subject>", a description that starts with the old number.
    [[nodiscard]] static caseport::NewCase followUpOf(const caseport::Case& closed);

signals:
    void newCaseRequested(const caseport::NewCase& prefilled);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();

    caseport::client::Workspace* m_workspace;
    std::optional<caseport::Case> m_case;
    bool m_reopens = false;
    bool m_takesUpdates = true;
    QLabel* m_text = nullptr;
    QPushButton* m_newCase = nullptr;
};

} // namespace caseport::app
