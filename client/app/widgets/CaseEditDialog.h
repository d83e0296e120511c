#pragma once

#include "caseport/Case.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace caseport::client {
class Workspace;
}

namespace caseport::app {

class LanguageManager;

// Edit a case: subject and description (staff, or the creator while the case is open),
// the status (the moves the workflow allows this user), and the answer (staff). Save
// queues one edit with only what changed, against the version shown (baseVersion), in
// the outbox; a newer version on the server becomes a conflict the user resolves in the
// ConflictDialog. workspace and languages are not owned and must outlive the dialog.
class CaseEditDialog : public QDialog {
    Q_OBJECT
public:
    CaseEditDialog(caseport::client::Workspace* workspace, LanguageManager* languages,
                   caseport::Case shown, QWidget* parent = nullptr);

    // What Save would queue: only the members that differ from the case shown.
    [[nodiscard]] caseport::CaseUpdate update() const;

    void accept() override;

private:
    void validate();

    caseport::client::Workspace* m_workspace;
    LanguageManager* m_languages;
    caseport::Case m_case;
    bool m_staff = false; // may write the answer
    QLineEdit* m_subject = nullptr;
    QPlainTextEdit* m_description = nullptr;
    QComboBox* m_status = nullptr;
    QLabel* m_answerLabel = nullptr;
    QPlainTextEdit* m_answer = nullptr;
    QLabel* m_problem = nullptr;
    QPushButton* m_save = nullptr;
};

} // namespace caseport::app
