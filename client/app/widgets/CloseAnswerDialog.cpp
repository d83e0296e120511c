#include "CloseAnswerDialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace caseport::app {

CloseAnswerDialog::CloseAnswerDialog(const QString& caseNumber, const QString& state,
                                     const QString& current, QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("closeAnswerDialog"));
    //: Window title; %1 is the case number
    setWindowTitle(tr("Close case %1").arg(caseNumber));

    //: %1 is the closed state chosen, e.g. "Closed"
    auto* intro = new QLabel(tr("The case becomes \"%1\". Write the answer the customer sees "
                                "together with the question:").arg(state), this);
    intro->setWordWrap(true);
    m_answer = new QPlainTextEdit(current, this);
    m_answer->setObjectName(QStringLiteral("closeAnswerEdit"));
    m_answer->setTabChangesFocus(true);
    m_answer->setPlaceholderText(tr("The resolution, e.g. \"The holiday pay was paid out on 25 March.\""));
    intro->setBuddy(m_answer);
    m_hint = new QLabel(this);
    m_hint->setObjectName(QStringLiteral("closeAnswerHint"));
    m_hint->setWordWrap(true);
    m_hint->setEnabled(false);

    auto* buttons = new QDialogButtonBox(this);
    //: Button: set the closed state and send the answer
    m_close = buttons->addButton(tr("Close &case"), QDialogButtonBox::AcceptRole);
    m_close->setObjectName(QStringLiteral("closeAnswerAccept"));
    m_close->setDefault(true);
    QPushButton* cancel = buttons->addButton(tr("Cancel"), QDialogButtonBox::RejectRole);
    cancel->setObjectName(QStringLiteral("closeAnswerCancel"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_answer, &QPlainTextEdit::textChanged, this, &CloseAnswerDialog::updateHint);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_answer, 1);
    layout->addWidget(m_hint);
    layout->addWidget(buttons);
    updateHint();
    resize(480, 300);
    m_answer->setFocus();
}

QString CloseAnswerDialog::answer() const
{
    return m_answer->toPlainText().trimmed();
}

void CloseAnswerDialog::updateHint()
{
    m_hint->setText(answer().isEmpty() ? tr("Without an answer the customer sees only that the case is closed.")
                                       : QString());
    m_hint->setVisible(answer().isEmpty());
}

} // namespace caseport::app
