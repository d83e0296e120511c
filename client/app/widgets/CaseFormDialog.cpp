#include "CaseFormDialog.h"

#include "AppResources.h"
#include "AttachmentListWidget.h"
#include "FormFieldsWidget.h"
#include "DraftAutosaver.h"
#include "FailureText.h"
#include "LanguageManager.h"
#include "PhoneCallerPicker.h"

#include "caseport/client/AccessChoices.h"
#include "caseport/client/Workspace.h"

#include <QCheckBox>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QComboBox>
#include <QEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QShortcut>
#include <QSignalBlocker>
#include <QUuid>
#include <QVBoxLayout>

namespace caseport::app {

namespace accessChoices = caseport::client::accessChoices;

const QString CaseFormDialog::kRequiredStar = QStringLiteral(" <span style=\"color:#c4001a;\">*</span>");

CaseFormDialog::CaseFormDialog(caseport::client::Workspace* workspace, LanguageManager* languages,
                               QWidget* parent, const caseport::client::Draft* saved)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_languages(languages)
    , m_draftId(saved ? QString::fromStdString(saved->content.id)
                      : QUuid::createUuid().toString(QUuid::WithoutBraces))
    , m_account(saved ? QString::fromStdString(saved->content.account) : workspace->currentAccount())
{
    setObjectName(QStringLiteral("caseForm"));
    setWindowFlag(Qt::Window);
    setWindowIcon(appIcon());
    setModal(false);
    setAcceptDrops(true);
    buildUi();
    retranslateUi();
    m_autosaver = new DraftAutosaver(m_workspace, [this] {
        caseport::client::Draft snapshot;
        snapshot.content = draft();
        snapshot.files = files();
        return snapshot;
    }, this);

    connect(m_productCombo, &QComboBox::currentIndexChanged, this, [this] {
        fillCategories();
        fillObjects();
        updateFormFields();
        validate();
    });
    connect(m_productCombo, &QComboBox::activated, this, [this] { m_touched.insert(QStringLiteral("product")); });
    connect(m_categoryCombo, &QComboBox::currentIndexChanged, this, [this] {
        updateFormFields();
        validate();
    });
    connect(m_formFields, &FormFieldsWidget::edited, this, [this] {
        validate();
        contentChanged();
    });
    connect(m_attachments, &AttachmentListWidget::filesChanged, this, &CaseFormDialog::validate);
    connect(m_objectCombo, &QComboBox::currentIndexChanged, this, &CaseFormDialog::validate);
    connect(m_objectCombo, &QComboBox::activated, this, [this] { m_touched.insert(QStringLiteral("object")); });
    connect(m_subjectEdit, &QLineEdit::textEdited, this, [this] {
        m_touched.insert(QStringLiteral("subject"));
        validate();
    });
    connect(m_descriptionEdit, &QPlainTextEdit::textChanged, this, &CaseFormDialog::validate);
    // Autosave: every edit the user makes (not the form filling itself in).
    connect(m_productCombo, &QComboBox::activated, this, &CaseFormDialog::contentChanged);
    connect(m_categoryCombo, &QComboBox::activated, this, &CaseFormDialog::contentChanged);
    connect(m_objectCombo, &QComboBox::activated, this, &CaseFormDialog::contentChanged);
    connect(m_subjectEdit, &QLineEdit::textEdited, this, &CaseFormDialog::contentChanged);
    connect(m_descriptionEdit, &QPlainTextEdit::textChanged, this, &CaseFormDialog::contentChanged);
    connect(m_privateCheck, &QCheckBox::toggled, this, &CaseFormDialog::contentChanged);
    connect(m_attachments, &AttachmentListWidget::filesChanged, this, &CaseFormDialog::contentChanged);
    connect(m_submitButton, &QPushButton::clicked, this, &CaseFormDialog::submit);
    connect(m_cancelButton, &QPushButton::clicked, this, &CaseFormDialog::reject);
    connect(m_discardButton, &QPushButton::clicked, this, &CaseFormDialog::discardDraft);
    for (const QKeySequence& keys : {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)}) {
        auto* shortcut = new QShortcut(keys, this);
        connect(shortcut, &QShortcut::activated, this, &CaseFormDialog::submit);
    }

    // A form opened before the catalog (or the account) was known takes the account as
    // soon as there is one; after that it stays with the account it was opened in.
    connect(m_workspace, &caseport::client::Workspace::catalogChanged, this, [this] {
        adoptCurrentAccount();
        fillProducts();
        validate();
    });
    connect(m_workspace, &caseport::client::Workspace::currentAccountChanged, this, [this] {
        if (adoptCurrentAccount()) {
            fillProducts();
            validate();
        }
    });
    connect(m_workspace, &caseport::client::Workspace::caseQueued, this, [this](const QString& caseId) {
        if (caseId != m_draftId || !m_submitting)
            return;
        m_queued = true;
        if (!m_workspace->isOnline())
            finishQueued();
    });
    connect(m_workspace, &caseport::client::Workspace::onlineChanged, this, [this](bool online) {
        if (!online && m_queued && m_submitting)
            finishQueued();
    });
    connect(m_workspace, &caseport::client::Workspace::caseSubmitted, this,
            [this](const caseport::Case& created) {
                if (QString::fromStdString(created.id) != m_draftId || !m_submitting)
                    return;
                m_submitting = false;
                emit submitted(m_draftId, QString::fromStdString(created.number));
                closeKeepingDraft();
            });
    // Several forms may be waiting: each takes only the answer for its own draft id.
    connect(m_workspace, &caseport::client::Workspace::submitFailed, this,
            [this](const QString& caseId, const caseport::client::ApiFailure& failure) {
                if (caseId != m_draftId || !m_submitting)
                    return;
                setSubmitting(false);
                m_queued = false;
                showBanner(FailureText::describe(failure, FailureText::Context::Submit));
                if (QLabel* label = errorLabelFor(failure.field.toStdString())) {
                    label->setText(FailureText::describe(failure, FailureText::Context::Submit));
                    label->show();
                }
            });

    fillProducts();
    if (saved)
        loadDraft(*saved);
    if (saved && !saved->content.creator.empty()) {
        setPhoneMode();
        m_caller->preset(QString::fromStdString(saved->content.account),
                         QString::fromStdString(saved->content.creator));
    }
    validate();
    resize(620, 560);
}

void CaseFormDialog::setPhoneMode()
{
    if (m_caller)
        return;
    m_caller = new PhoneCallerPicker(m_workspace, this);
    // Right under the intro and the problem banner, above the product.
    if (auto* outer = qobject_cast<QVBoxLayout*>(layout()))
        outer->insertWidget(2, m_caller);
    m_account = m_caller->account();
    connect(m_caller, &PhoneCallerPicker::callerChanged, this, [this] {
        m_account = m_caller->account();
        m_touched.insert(QStringLiteral("creator"));
        // Once the caller is known: what they may file (keeping the product chosen when
        // they may file on it, e.g. a reopened draft's). Until then the choices stay.
        if (!m_caller->callerViewer().memberships.empty())
            fillProducts();
        validate();
        contentChanged();
    });
    retranslateUi();
}

caseport::access::Viewer CaseFormDialog::formViewer() const
{
    if (m_caller)
        return m_caller->callerViewer();
    return accessChoices::viewerOf(m_workspace->catalog(), m_workspace->session());
}

void CaseFormDialog::loadDraft(const caseport::client::Draft& saved)
{
    const caseport::NewCase& content = saved.content;
    m_attachments->setFiles(saved.files);
    m_productCombo->setCurrentIndex(std::max(m_productCombo->findData(QString::fromStdString(content.product)), 0));
    m_categoryCombo->setCurrentIndex(std::max(m_categoryCombo->findData(QString::fromStdString(content.category)), 0));
    m_objectCombo->setCurrentIndex(std::max(m_objectCombo->findData(QString::fromStdString(content.object)), 0));
    updateFormFields();
    m_formFields->setValues(content.fields);
    m_formFields->showAllProblems();
    m_subjectEdit->setText(QString::fromStdString(content.subject));
    {
        const QSignalBlocker blocker(m_descriptionEdit); // loading is not an edit
        m_descriptionEdit->setPlainText(QString::fromStdString(content.description));
    }
    {
        const QSignalBlocker blocker(m_privateCheck);
        m_privateCheck->setChecked(content.isPrivate);
    }
    // Reopened: every problem shows at once, as after a Submit.
    m_touched = {QStringLiteral("product"), QStringLiteral("object"), QStringLiteral("subject")};
}

void CaseFormDialog::contentChanged()
{
    if (!m_submitting && !m_queued)
        m_autosaver->changed();
}

void CaseFormDialog::finishQueued()
{
    m_submitting = false;
    emit queuedOffline(m_draftId);
    closeKeepingDraft();
}

void CaseFormDialog::retranslateUi()
{
    setWindowTitle(tr("New case"));
    m_intro->setText(tr("Describe your question or problem. We answer as soon as we can, and you "
                        "can follow the case in the case list."));
    m_productLabel->setText(tr("&Product:") + kRequiredStar);
    m_categoryLabel->setText(tr("&Category:"));
    m_objectCombo->setToolTip(tr("The site, installation or asset the case is about"));
    m_subjectLabel->setText(tr("&Subject:") + kRequiredStar);
    m_descriptionLabel->setText(tr("&Description:"));
    //: Label of the case form's list of attached files
    m_filesLabel->setText(tr("Files:"));
    m_subjectEdit->setPlaceholderText(tr("A short summary, e.g. \"Holiday pay missing on the payslip\""));
    m_descriptionEdit->setPlaceholderText(
        tr("What happened, what did you expect, and which employees, periods or documents are involved?"));
    //: Check box on the case form; the case is hidden from colleagues
    m_privateCheck->setText(tr("P&rivate"));
    m_privateHint->setText(tr("Only you and staff can see this case"));
    const QString privateTip = tr("A private case is hidden from your colleagues, even those with full "
                                  "access to the product. Only you and the service provider's staff can see it.");
    m_privateCheck->setToolTip(privateTip);
    m_privateHint->setToolTip(privateTip);
    //: Legend under the case form; the red star is added in front
    m_legend->setText(kRequiredStar.trimmed() + QLatin1Char(' ') + tr("Required field"));
    //: Button that sends the new case; Ctrl+Enter does the same
    m_submitButton->setText(tr("Su&bmit"));
    m_submitButton->setToolTip(tr("Send the case (Ctrl+Enter)"));
    //: Closes the form; what was typed stays in Drafts
    m_cancelButton->setText(tr("Close"));
    m_cancelButton->setToolTip(tr("Close the form; the case waits in Drafts"));
    //: Deletes the unsent case
    m_discardButton->setText(tr("&Discard"));
    m_discardButton->setToolTip(tr("Delete this case without sending it"));
    if (m_caller) {
        //: Window title of the case form when staff register a customer's phone call
        setWindowTitle(tr("Register phone call"));
        m_intro->setText(tr("File the case for the customer who called: choose the account and the "
                            "caller, then note what they asked. They see the case in their list as "
                            "their own, marked as a phone call."));
        m_privateHint->setText(tr("Only the caller and staff can see this case"));
    }
    fillProducts();
    validate();
}

void CaseFormDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void CaseFormDialog::fillProducts()
{
    const QString current = m_productCombo->currentData().toString();
    {
        const QSignalBlocker blocker(m_productCombo);
        m_productCombo->clear();
        //: First entry of the product list: nothing chosen yet
        m_productCombo->addItem(tr("Choose a product…"), QString());
        const auto viewer = formViewer();
        for (const auto& choice :
             accessChoices::productChoices(m_workspace->catalog(), viewer, m_account, m_languages->language()))
            m_productCombo->addItem(choice.name, choice.id);
        int index = m_productCombo->findData(current);
        // One product to choose from: choose it.
        if (current.isEmpty() && m_productCombo->count() == 2)
            index = 1;
        m_productCombo->setCurrentIndex(std::max(index, 0));
    }
    fillCategories();
    fillObjects();
    updateFormFields();
}

void CaseFormDialog::fillCategories()
{
    const QString current = m_categoryCombo->currentData().toString();
    const QSignalBlocker blocker(m_categoryCombo);
    m_categoryCombo->clear();
    //: Category list entry: no particular category
    m_categoryCombo->addItem(tr("(none)"), QString());
    for (const auto& choice : accessChoices::categoryChoices(
             m_workspace->catalog(), m_productCombo->currentData().toString(), m_languages->language()))
        m_categoryCombo->addItem(choice.name, choice.id);
    m_categoryCombo->setCurrentIndex(std::max(m_categoryCombo->findData(current), 0));
    m_categoryCombo->setEnabled(!m_submitting && m_categoryCombo->count() > 1);
}

void CaseFormDialog::fillObjects()
{
    const caseport::Catalog& catalog = m_workspace->catalog();
    const auto viewer = formViewer();
    const QString product = m_productCombo->currentData().toString();
    const QString current = m_objectCombo->currentData().toString();
    const auto choices = accessChoices::objectChoices(catalog, viewer, m_account, product);
    const bool optional = accessChoices::objectOptional(catalog, viewer, m_account, product);
    {
        const QSignalBlocker blocker(m_objectCombo);
        m_objectCombo->clear();
        if (optional) {
            //: Site list entry: the case is not about one particular site
            m_objectCombo->addItem(tr("(none)"), QString());
        } else if (choices.size() != 1) {
            //: First entry of the site list when a site must be chosen
            m_objectCombo->addItem(tr("Choose a site…"), QString());
        }
        for (const auto& choice : choices)
            m_objectCombo->addItem(choice.name, choice.id);
        m_objectCombo->setCurrentIndex(std::max(m_objectCombo->findData(current), 0));
    }
    // A scoped member must name a site: the star says so. No sites at all: no field.
    //: Label of the case form's object field: the site, installation or asset the case is about
    const QString label = tr("Si&te:");
    m_objectLabel->setText(optional ? label : label + kRequiredStar);
    const bool shown = !choices.isEmpty();
    m_objectLabel->setVisible(shown);
    m_objectCombo->setVisible(shown);
    m_objectCombo->setEnabled(!m_submitting);
}

caseport::NewCase CaseFormDialog::draft() const
{
    caseport::NewCase draft;
    draft.id = m_draftId.toStdString();
    draft.account = m_account.toStdString();
    draft.product = m_productCombo->currentData().toString().toStdString();
    draft.category = m_categoryCombo->currentData().toString().toStdString();
    draft.object = m_objectCombo->currentData().toString().toStdString();
    draft.subject = m_subjectEdit->text().trimmed().toStdString();
    draft.description = m_descriptionEdit->toPlainText().toStdString();
    draft.isPrivate = m_privateCheck->isChecked();
    if (m_caller) { // filed for the customer who called; the server checks they could
        draft.creator = m_caller->user().toStdString();
        draft.channel = caseport::channel::kPhone;
    }
    // Only what the form shows now: a value typed before the category changed, or in a
    // field that has since been hidden, is not sent.
    draft.fields = m_formFields->values();
    draft.fields = caseport::forms::visibleValues(currentForm(), evaluateForm(draft), draft.fields);
    return draft;
}

void CaseFormDialog::dragEnterEvent(QDragEnterEvent* event)
{
    if (!m_submitting && !AttachmentListWidget::localFiles(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void CaseFormDialog::dropEvent(QDropEvent* event)
{
    m_attachments->addFiles(AttachmentListWidget::localFiles(event->mimeData()));
    event->acceptProposedAction();
}

QStringList CaseFormDialog::files() const
{
    return m_attachments->files();
}

bool CaseFormDialog::isSubmitting() const
{
    return m_submitting;
}

void CaseFormDialog::submit()
{
    if (m_submitting)
        return;
    m_touched = {QStringLiteral("product"), QStringLiteral("object"), QStringLiteral("subject")};
    m_formFields->showAllProblems();
    validate();
    if (!m_valid)
        return;
    setSubmitting(true);
    // The outbox takes over: the draft is dropped in the transaction that queues the case.
    m_autosaver->stop();
    m_workspace->submitCase(draft(), files());
}

void CaseFormDialog::setSubmitting(bool submitting)
{
    m_submitting = submitting;
    m_busyBar->setVisible(submitting);
    if (submitting)
        m_banner->hide();
    for (QWidget* w : std::initializer_list<QWidget*>{m_productCombo, m_objectCombo, m_subjectEdit, m_privateCheck, static_cast<QWidget*>(m_attachments)})
        w->setEnabled(!submitting);
    m_descriptionEdit->setReadOnly(submitting);
    if (m_caller)
        m_caller->setEnabled(!submitting);
    m_formFields->setReadOnly(submitting);
    m_categoryCombo->setEnabled(!submitting && m_categoryCombo->count() > 1);
    m_submitButton->setEnabled(!submitting && m_valid);
    m_discardButton->setEnabled(!submitting);
    //: Submit button text while the case is being sent
    m_submitButton->setText(submitting ? tr("Sending…") : tr("Su&bmit"));
}

void CaseFormDialog::showBanner(const QString& text)
{
    m_banner->setText(text);
    m_banner->setVisible(!text.isEmpty());
}

bool CaseFormDialog::hasUnsentInput() const
{
    return !m_subjectEdit->text().trimmed().isEmpty() || !m_descriptionEdit->toPlainText().trimmed().isEmpty();
}

bool CaseFormDialog::adoptCurrentAccount()
{
    if (m_caller)
        return false; // the caller's account, chosen in the form
    if (!m_account.isEmpty() || m_workspace->currentAccount().isEmpty())
        return false;
    m_account = m_workspace->currentAccount();
    return true;
}

void CaseFormDialog::closeKeepingDraft()
{
    m_autosaver->flush();
    m_discarding = true;
    close();
}

void CaseFormDialog::reject()
{
    if (!m_discarding) {
        m_autosaver->flush();
        if (m_autosaver->hasSaved() && !m_queued)
            emit keptAsDraft(m_draftId);
    }
    QDialog::reject();
}

void CaseFormDialog::discardDraft()
{
    if (hasUnsentInput()) {
        // Own button texts: Qt ships no Swedish catalogue for its stock buttons.
        QMessageBox box(QMessageBox::Question, tr("Discard this case?"),
                        tr("The case has not been sent. Delete what you wrote?"),
                        QMessageBox::NoButton, this);
        box.setObjectName(QStringLiteral("discardDraftMessage"));
        QPushButton* remove = box.addButton(tr("Discard"), QMessageBox::DestructiveRole);
        remove->setObjectName(QStringLiteral("confirmDiscardButton"));
        QPushButton* keep = box.addButton(tr("Keep writing"), QMessageBox::RejectRole);
        keep->setObjectName(QStringLiteral("keepWritingButton"));
        box.setDefaultButton(keep);
        box.exec();
        if (box.clickedButton() != remove)
            return;
    }
    m_autosaver->stop();
    m_workspace->discardDraft(m_draftId);
    m_discarding = true;
    close();
}

} // namespace caseport::app
