// CaseFormDialog's widgets and layout (the behaviour is in CaseFormDialog.cpp).

#include "CaseFormDialog.h"

#include "AttachmentListWidget.h"
#include "FormFieldsWidget.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace caseport::app {
namespace {

QLabel* errorLabel(QWidget* parent, const char* objectName)
{
    auto* label = new QLabel(parent);
    label->setObjectName(QLatin1String(objectName));
    label->setStyleSheet(QStringLiteral("QLabel { color: #b00020; }"));
    label->setWordWrap(true);
    label->hide();
    return label;
}

} // namespace

void CaseFormDialog::buildUi()
{
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    m_banner = new QLabel(this);
    m_banner->setObjectName(QStringLiteral("formProblem"));
    m_banner->setWordWrap(true);
    m_banner->setStyleSheet(QStringLiteral("QLabel { background: #fde7e9; border: 1px solid #e8a0a8;"
                                           " border-radius: 3px; padding: 6px; color: #6e0d18; }"));
    m_banner->hide();

    m_productLabel = new QLabel(this);
    m_productCombo = new QComboBox(this);
    m_productCombo->setObjectName(QStringLiteral("productCombo"));
    m_productError = errorLabel(this, "productError");
    m_categoryLabel = new QLabel(this);
    m_categoryCombo = new QComboBox(this);
    m_categoryCombo->setObjectName(QStringLiteral("categoryCombo"));
    m_categoryError = errorLabel(this, "categoryError");
    m_objectLabel = new QLabel(this);
    m_objectCombo = new QComboBox(this);
    m_objectCombo->setObjectName(QStringLiteral("objectCombo"));
    m_objectError = errorLabel(this, "objectError");
    m_subjectLabel = new QLabel(this);
    m_subjectEdit = new QLineEdit(this);
    m_subjectEdit->setObjectName(QStringLiteral("subjectEdit"));
    m_subjectError = errorLabel(this, "subjectError");
    m_descriptionLabel = new QLabel(this);
    m_descriptionEdit = new QPlainTextEdit(this);
    m_descriptionEdit->setObjectName(QStringLiteral("descriptionEdit"));
    m_descriptionEdit->setTabChangesFocus(true);
    m_descriptionError = errorLabel(this, "descriptionError");
    m_privateCheck = new QCheckBox(this);
    m_privateCheck->setObjectName(QStringLiteral("privateCheck"));
    m_privateHint = new QLabel(this);
    m_privateHint->setObjectName(QStringLiteral("privateHint"));
    m_privateHint->setWordWrap(true);
    m_privateHint->setEnabled(false); // greyed: an explanation, not a control
    m_privateHint->setBuddy(m_privateCheck);

    const std::initializer_list<std::pair<QLabel*, QWidget*>> buddies{
        {m_productLabel, m_productCombo}, {m_categoryLabel, m_categoryCombo}, {m_objectLabel, m_objectCombo},
        {m_subjectLabel, m_subjectEdit}, {m_descriptionLabel, m_descriptionEdit}};
    for (const auto& [label, field] : buddies) {
        label->setBuddy(field);
        label->setTextFormat(Qt::RichText);
        label->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    }

    auto* grid = new QGridLayout;
    grid->setColumnStretch(1, 1);
    grid->setVerticalSpacing(4);
    int row = 0;
    auto addField = [&](QLabel* label, QWidget* field, QLabel* error) {
        grid->addWidget(label, row, 0, Qt::AlignTop);
        grid->addWidget(field, row++, 1);
        grid->addWidget(error, row++, 1);
    };
    addField(m_productLabel, m_productCombo, m_productError);
    addField(m_categoryLabel, m_categoryCombo, m_categoryError);
    addField(m_objectLabel, m_objectCombo, m_objectError);
    addField(m_subjectLabel, m_subjectEdit, m_subjectError);
    addField(m_descriptionLabel, m_descriptionEdit, m_descriptionError);
    grid->setRowStretch(row - 2, 1);
    m_formFields = new FormFieldsWidget(this);
    grid->addWidget(m_formFields, row++, 0, 1, 2);
    // The explanation sits right next to the check box it explains.
    auto* privateRow = new QHBoxLayout;
    privateRow->addWidget(m_privateCheck);
    privateRow->addWidget(m_privateHint, 1);
    grid->addLayout(privateRow, row++, 1);
    m_filesLabel = new QLabel(this);
    m_attachments = new AttachmentListWidget(this);
    m_filesLabel->setBuddy(m_attachments);
    grid->addWidget(m_filesLabel, row, 0, Qt::AlignTop);
    grid->addWidget(m_attachments, row++, 1);
    m_filesError = errorLabel(this, "attachmentsError");
    grid->addWidget(m_filesError, row++, 1);

    m_legend = new QLabel(this);
    m_legend->setTextFormat(Qt::RichText);
    m_busyBar = new QProgressBar(this);
    m_busyBar->setRange(0, 0);
    m_busyBar->setTextVisible(false);
    m_busyBar->setMaximumHeight(6);
    m_busyBar->hide();

    auto* buttons = new QDialogButtonBox(this);
    m_submitButton = buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_submitButton->setObjectName(QStringLiteral("submitButton"));
    m_submitButton->setDefault(true);
    m_cancelButton = buttons->addButton(QString(), QDialogButtonBox::RejectRole);
    m_cancelButton->setObjectName(QStringLiteral("cancelButton"));
    m_discardButton = buttons->addButton(QString(), QDialogButtonBox::DestructiveRole);
    m_discardButton->setObjectName(QStringLiteral("discardButton"));

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_banner);
    layout->addLayout(grid, 1);
    layout->addWidget(m_legend);
    layout->addWidget(m_busyBar);
    layout->addWidget(buttons);
}

} // namespace caseport::app
