#include "CaseEditDialog.h"

#include "LanguageManager.h"

#include "caseport/AccessPolicy.h"
#include "caseport/CaseRules.h"
#include "caseport/Workflow.h"
#include "caseport/client/AccessChoices.h"
#include "caseport/client/CatalogText.h"
#include "caseport/client/Workspace.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace caseport::app {

CaseEditDialog::CaseEditDialog(caseport::client::Workspace* workspace, LanguageManager* languages,
                               caseport::Case shown, QWidget* parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_languages(languages)
    , m_case(std::move(shown))
{
    setObjectName(QStringLiteral("caseEditDialog"));
    //: Window title; %1 is the case number
    setWindowTitle(tr("Edit case %1").arg(QString::fromStdString(m_case.number)));

    const caseport::Catalog& catalog = m_workspace->catalog();
    const auto viewer = caseport::client::accessChoices::viewerOf(catalog, m_workspace->session());
    const auto facts = caseport::access::factsOf(m_case);
    const auto flow = caseport::workflow::fromCatalog(catalog); // the server's configured one
    const bool fieldsEditable = caseport::access::canEditCaseFields(viewer, facts, flow.isClosed(m_case.status));

    m_subject = new QLineEdit(QString::fromStdString(m_case.subject), this);
    m_subject->setObjectName(QStringLiteral("editSubject"));
    m_subject->setEnabled(fieldsEditable);
    m_description = new QPlainTextEdit(QString::fromStdString(m_case.description), this);
    m_description->setObjectName(QStringLiteral("editDescription"));
    m_description->setReadOnly(!fieldsEditable);

    m_status = new QComboBox(this);
    m_status->setObjectName(QStringLiteral("editStatus"));
    const QString language = m_languages->language();
    for (const caseport::StatusDefinition& state : flow.states) {
        const bool current = state.id == m_case.status;
        if (current
            || caseport::workflow::checkStatusChange(flow, viewer, facts, m_case.status, state.id)
                == caseport::workflow::StatusChange::Allowed) {
            m_status->addItem(caseport::client::catalogText::statusLabel(catalog.statuses, state.id, language),
                              QString::fromStdString(state.id));
        }
    }
    m_status->setCurrentIndex(std::max(m_status->findData(QString::fromStdString(m_case.status)), 0));
    m_status->setEnabled(m_status->count() > 1);

    m_answerLabel = new QLabel(tr("&Answer:"), this);
    m_answer = new QPlainTextEdit(QString::fromStdString(m_case.answer), this);
    m_answer->setObjectName(QStringLiteral("editAnswer"));
    m_answer->setPlaceholderText(tr("The resolution, shown with the question once the case is closed"));
    m_answerLabel->setBuddy(m_answer);
    m_staff = caseport::access::canAnswerAndAssign(viewer);
    m_answerLabel->setVisible(m_staff);
    m_answer->setVisible(m_staff);

    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("editProblem"));
    m_problem->setStyleSheet(QStringLiteral("QLabel { color: #b00020; }"));
    m_problem->setWordWrap(true);
    m_problem->hide();

    auto* form = new QFormLayout;
    form->addRow(tr("&Subject:"), m_subject);
    form->addRow(tr("&Description:"), m_description);
    form->addRow(tr("S&tatus:"), m_status);
    form->addRow(m_answerLabel, m_answer);

    auto* buttons = new QDialogButtonBox(this);
    // Own buttons: Qt ships no Swedish catalogue for its stock ones.
    m_save = buttons->addButton(tr("&Save"), QDialogButtonBox::AcceptRole);
    m_save->setObjectName(QStringLiteral("saveEditButton"));
    m_save->setDefault(true);
    QPushButton* cancel = buttons->addButton(tr("Cancel"), QDialogButtonBox::RejectRole);
    cancel->setObjectName(QStringLiteral("cancelEditButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &CaseEditDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &CaseEditDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form, 1);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);

    connect(m_subject, &QLineEdit::textChanged, this, &CaseEditDialog::validate);
    connect(m_description, &QPlainTextEdit::textChanged, this, &CaseEditDialog::validate);
    connect(m_status, &QComboBox::currentIndexChanged, this, &CaseEditDialog::validate);
    connect(m_answer, &QPlainTextEdit::textChanged, this, &CaseEditDialog::validate);
    validate();
    resize(560, 480);
}

caseport::CaseUpdate CaseEditDialog::update() const
{
    caseport::CaseUpdate update;
    update.baseVersion = m_case.version;
    const auto changed = [](const std::string& now, const std::string& before,
                            std::optional<std::string>& member) {
        if (now != before)
            member = now;
    };
    changed(m_subject->text().trimmed().toStdString(), m_case.subject, update.subject);
    changed(m_description->toPlainText().toStdString(), m_case.description, update.description);
    changed(m_status->currentData().toString().toStdString(), m_case.status, update.status);
    if (m_staff)
        changed(m_answer->toPlainText().toStdString(), m_case.answer, update.answer);
    return update;
}

void CaseEditDialog::validate()
{
    const caseport::CaseUpdate edit = update();
    const auto problems = caseport::rules::validateCaseUpdate(
        edit, m_case.product, m_workspace->catalog().products, m_workspace->catalog().statuses);
    const bool nothing = edit == caseport::CaseUpdate {.baseVersion = m_case.version};
    if (!problems.empty()) {
        m_problem->setText(problems.front().field == "subject" ? tr("Write a short subject.")
                                                               : tr("Something in the form is not right."));
    }
    m_problem->setVisible(!problems.empty());
    m_save->setEnabled(problems.empty() && !nothing);
}

void CaseEditDialog::accept()
{
    if (!m_save->isEnabled())
        return;
    m_workspace->updateCase(QString::fromStdString(m_case.id), update());
    QDialog::accept();
}

} // namespace caseport::app
