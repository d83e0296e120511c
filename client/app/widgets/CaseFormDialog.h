#pragma once

#include "caseport/Case.h"
#include "caseport/AccessPolicy.h"
#include "caseport/CaseRules.h"
#include "caseport/FormRules.h"
#include "caseport/client/OutboxTypes.h"

#include <QDialog>
#include <QSet>
#include <QString>

#include <vector>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;

namespace caseport::client {
class Workspace;
}

namespace caseport::app {

class AttachmentListWidget;
class DraftAutosaver;
class FormFieldsWidget;
class LanguageManager;
class PhoneCallerPicker;

// "New case" in its own, non-modal window (several can be open at once): product (those
// the user may file on in the current account, named in the UI language), category,
// site (the account's objects the access rules allow; a member scoped to objects must pick
// one of theirs), subject, description, the product's and category's custom fields
// (FormFieldsWidget, checked with the shared forms::evaluate, including "needs a file"),
// private flag. Required fields carry a red star; every change is
// checked with rules::validateNewCase and the problem shown next to its field; Submit
// (or Ctrl+Enter) stays disabled until the case may be filed. On success it emits
// submitted() and closes; on failure it says why in plain words and keeps what was typed.
// The draft keeps one id for its whole life, so a retry after a lost answer never files
// the case twice, and the form reacts only to the workspace's answers for that id (several
// forms may wait at once). Opened before the catalog/account is known, it takes the
// account as soon as the workspace has one.
// What the user types is autosaved as a draft (DraftAutosaver); closing the window keeps
// the draft (Drafts view), Discard deletes it. Submitting queues the case in the outbox;
// offline, the form closes with "will be sent" instead of waiting for the server.
// workspace and languages are not owned and must outlive the dialog.
class CaseFormDialog : public QDialog {
    Q_OBJECT
public:
    // draft: reopen a saved draft (its id, account and content), or nullptr for a new case.
    CaseFormDialog(caseport::client::Workspace* workspace, LanguageManager* languages,
                   QWidget* parent = nullptr, const caseport::client::Draft* draft = nullptr);

    [[nodiscard]] caseport::NewCase draft() const;
    [[nodiscard]] const QString& draftId() const { return m_draftId; }
    [[nodiscard]] QStringList files() const;
    [[nodiscard]] bool isSubmitting() const;
    // True while the form holds typed text that has not reached the server.
    [[nodiscard]] bool hasUnsentInput() const;

    // Closes without asking; what was typed stays in the drafts (quit, logout).
    void closeKeepingDraft();
    // Escape / Cancel / the window's close button: closes, keeping the draft.
    void reject() override;
    // The Discard button: asks, then deletes the draft and closes.
    void discardDraft();

    // Files the case when it is valid; does nothing while a submission runs.
    void submit();

    // Staff: "Register phone call". The form first asks for the account and the customer
    // who called (PhoneCallerPicker), offers what that customer could file, and files the
    // case with creator = that customer and channel = phone. Call right after construction
    // (a reopened draft with a creator switches by itself).
    void setPhoneMode();
    [[nodiscard]] bool isPhoneMode() const { return m_caller != nullptr; }

signals:
    // The server filed the case; number is e.g. CP-2026-000123.
    void submitted(const QString& caseId, const QString& number);
    // The case is safe in the outbox but the server cannot be reached now.
    void queuedOffline(const QString& caseId);
    // Closed with content: it waits in the drafts.
    void keptAsDraft(const QString& draftId);

protected:
    void changeEvent(QEvent* event) override;
    // Files dropped anywhere on the form join its files.
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    // The red star after a required field's label.
    static const QString kRequiredStar;
    void buildUi();
    void loadDraft(const caseport::client::Draft& saved);
    void contentChanged();
    void finishQueued();
    void retranslateUi();
    void fillProducts();
    void fillCategories();
    void fillObjects();
    // Rebuilds the custom fields for the chosen product and category (FormFieldsWidget).
    void updateFormFields();
    // The chosen product's form merged with the category's; empty without a product.
    [[nodiscard]] caseport::Form currentForm() const;
    [[nodiscard]] caseport::forms::FormEvaluation evaluateForm(const caseport::NewCase& content) const;
    void validate();
    void setSubmitting(bool submitting);
    void showBanner(const QString& text);
    // Takes the workspace's current account when the form has none yet; true if it did.
    bool adoptCurrentAccount();
    [[nodiscard]] QString problemText(const caseport::rules::FieldProblem& problem) const;
    [[nodiscard]] QLabel* errorLabelFor(const std::string& field) const;
    // Whose rights the form offers: the user's, or in phone mode the caller's.
    [[nodiscard]] caseport::access::Viewer formViewer() const;

    caseport::client::Workspace* m_workspace;
    LanguageManager* m_languages;
    QString m_draftId;
    QString m_account;
    QSet<QString> m_touched; // fields the user has edited; "required" shows only there
    bool m_submitting = false;
    bool m_discarding = false;
    bool m_valid = false;
    bool m_noAccessShown = false;
    bool m_queued = false; // the outbox holds the case
    DraftAutosaver* m_autosaver = nullptr;
    PhoneCallerPicker* m_caller = nullptr; // phone mode only

    QLabel* m_intro = nullptr;
    QLabel* m_banner = nullptr;
    QLabel* m_productLabel = nullptr;
    QComboBox* m_productCombo = nullptr;
    QLabel* m_productError = nullptr;
    QLabel* m_categoryLabel = nullptr;
    QComboBox* m_categoryCombo = nullptr;
    QLabel* m_categoryError = nullptr;
    QLabel* m_objectLabel = nullptr;
    QComboBox* m_objectCombo = nullptr;
    QLabel* m_objectError = nullptr;
    QLabel* m_subjectLabel = nullptr;
    QLineEdit* m_subjectEdit = nullptr;
    QLabel* m_subjectError = nullptr;
    QLabel* m_descriptionLabel = nullptr;
    QPlainTextEdit* m_descriptionEdit = nullptr;
    QLabel* m_descriptionError = nullptr;
    QCheckBox* m_privateCheck = nullptr;
    QLabel* m_privateHint = nullptr;
    QLabel* m_filesLabel = nullptr;
    AttachmentListWidget* m_attachments = nullptr; // chosen files, kept with the draft
    QLabel* m_filesError = nullptr; // the form's attachment rule, next to the files
    FormFieldsWidget* m_formFields = nullptr; // the product's custom fields
    QLabel* m_legend = nullptr;
    QProgressBar* m_busyBar = nullptr;
    QPushButton* m_submitButton = nullptr;
    QPushButton* m_cancelButton = nullptr;
    QPushButton* m_discardButton = nullptr;
};

} // namespace caseport::app
