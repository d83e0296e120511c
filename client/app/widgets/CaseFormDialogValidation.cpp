// CaseFormDialog's checks as the user types: the product's form (the shared evaluator),
// the case rules' problems in words, and where each message goes.

#include "CaseFormDialog.h"

#include "AttachmentListWidget.h"
#include "FormFieldsWidget.h"
#include "LanguageManager.h"

#include "caseport/client/AccessChoices.h"
#include "caseport/client/Workspace.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>

namespace caseport::app {

namespace accessChoices = caseport::client::accessChoices;

caseport::Form CaseFormDialog::currentForm() const
{
    const std::string product = m_productCombo->currentData().toString().toStdString();
    for (const caseport::Product& p : m_workspace->catalog().products)
        if (p.id == product)
            return caseport::forms::formFor(p, m_categoryCombo->currentData().toString().toStdString());
    return {};
}

caseport::forms::FormEvaluation CaseFormDialog::evaluateForm(const caseport::NewCase& content) const
{
    std::vector<std::string> objectIds;
    for (const auto& [id, name] : m_formFields->objectChoices())
        objectIds.push_back(id.toStdString());
    const auto filing = m_caller ? caseport::forms::Filing::OnBehalf : caseport::forms::Filing::ByCustomer;
    return caseport::forms::evaluate(m_formFields->form(), content.category, m_formFields->values(),
                                     static_cast<std::size_t>(files().size()), &objectIds, filing);
}

void CaseFormDialog::updateFormFields()
{
    const caseport::Catalog& catalog = m_workspace->catalog();
    const auto viewer = accessChoices::viewerOf(catalog, m_workspace->session());
    FormFieldsWidget::ObjectChoices objects;
    for (const auto& choice : accessChoices::objectChoices(catalog, viewer, m_account,
                                                           m_productCombo->currentData().toString()))
        objects.append({choice.id, choice.name});
    m_formFields->setForm(currentForm(), m_languages->language(), objects);
    // The fields are made after the rest of the form: put them back between the
    // description and the private flag in the tab order.
    QWidget* previous = m_descriptionEdit;
    for (QWidget* editor : m_formFields->editors()) {
        setTabOrder(previous, editor);
        previous = editor;
    }
    setTabOrder(previous, m_privateCheck);
}

QLabel* CaseFormDialog::errorLabelFor(const std::string& field) const
{
    if (field == "product")
        return m_productError;
    if (field == "category")
        return m_categoryError;
    if (field == "object")
        return m_objectError;
    if (field == "subject")
        return m_subjectError;
    if (field == "description")
        return m_descriptionError;
    return nullptr;
}

QString CaseFormDialog::problemText(const caseport::rules::FieldProblem& problem) const
{
    const std::string& f = problem.field;
    const std::string& code = problem.code;
    if (f == "product")
        return code == "required" ? tr("Choose the product your case is about.")
                                  : tr("This product is not available to you.");
    if (f == "category")
        return tr("Choose one of the product's categories.");
    if (f == "object")
        return code == "required" ? tr("Choose the site your case is about.")
                                  : tr("You cannot file cases about this site.");
    if (f == "subject" && code == "too_long")
        return tr("The subject is too long: at most %Ln characters.", nullptr,
                  static_cast<int>(caseport::rules::kMaxSubjectLength));
    if (f == "subject")
        return tr("Write a short subject.");
    if (f == "description")
        return tr("The description is too long: at most %Ln characters.", nullptr,
                  static_cast<int>(caseport::rules::kMaxDescriptionLength));
    if (f == "account")
        return tr("Choose an account in the main window first.");
    return tr("Something in the form is not right.");
}

void CaseFormDialog::validate()
{
    for (QLabel* label : {m_productError, m_categoryError, m_objectError, m_subjectError, m_descriptionError})
        label->hide();
    const caseport::NewCase d = draft();
    std::vector<caseport::rules::FieldProblem> problems
        = caseport::rules::validateNewCase(d, m_workspace->catalog().products);
    // The custom fields: the same evaluator the server runs, shown next to each field.
    const caseport::forms::FormEvaluation form = evaluateForm(d);
    m_formFields->apply(form);
    for (const caseport::forms::FormProblem& problem : form.problems)
        problems.push_back({problem.field, problem.code});
    //: Label of the case form's list of attached files
    m_filesLabel->setText(form.attachmentRequired ? tr("Files:") + kRequiredStar : tr("Files:"));
    m_filesLabel->setTextFormat(Qt::RichText);
    const bool needsFile = form.problemFor(caseport::forms::kAttachments) != nullptr;
    m_filesError->setText(needsFile ? tr("This category needs at least one file: add the document "
                                         "(drag it here or choose Add files).")
                                    : QString());
    m_filesError->setVisible(needsFile);
    const bool knownProduct = d.product.empty() || m_productCombo->findData(QString::fromStdString(d.product)) > 0;
    if (!knownProduct)
        problems.push_back({"product", "unknown"});
    // The site: what the access rules accept for this product (a scoped member must name one).
    const auto viewer = formViewer();
    if (m_caller && d.creator.empty())
        problems.push_back({"creator", "required"});
    if (knownProduct && !d.product.empty()
        && !caseport::access::canCreateCase(viewer, d.account, d.product, d.object))
        problems.push_back({"object", d.object.empty() ? "required" : "invalid"});

    for (const caseport::rules::FieldProblem& problem : problems) {
        QLabel* label = errorLabelFor(problem.field);
        if (!label)
            continue;
        // An empty required field is only worth a word once the user has been there.
        if (problem.code == "required" && !m_touched.contains(QString::fromStdString(problem.field)))
            continue;
        label->setText(problemText(problem));
        label->show();
    }
    m_valid = problems.empty();
    m_submitButton->setEnabled(m_valid && !m_submitting);

    // (A phone call's caller is chosen first; the picker says when they can file nothing.)
    const bool noAccess = !m_caller && m_productCombo->count() <= 1 && !m_workspace->catalog().products.empty();
    if (noAccess)
        showBanner(tr("You cannot create cases in this account. Ask your administrator for access."));
    else if (m_noAccessShown)
        showBanner(QString());
    m_noAccessShown = noAccess;
}

} // namespace caseport::app
