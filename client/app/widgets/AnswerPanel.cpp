#include "AnswerPanel.h"

#include <QEvent>
#include <QLabel>
#include <QVBoxLayout>

namespace caseport::app {
namespace {

QLabel* heading(QWidget* parent)
{
    auto* label = new QLabel(parent);
    QFont bold = label->font();
    bold.setBold(true);
    label->setFont(bold);
    return label;
}

QLabel* selectableText(QWidget* parent, const char* objectName)
{
    auto* label = new QLabel(parent);
    label->setObjectName(QLatin1String(objectName));
    label->setTextFormat(Qt::PlainText); // what users wrote is never markup
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    label->setWordWrap(true);
    return label;
}

} // namespace

AnswerPanel::AnswerPanel(QWidget* parent)
    : QFrame(parent)
{
    setObjectName(QStringLiteral("answerPanel"));
    setFrameShape(QFrame::StyledPanel);
    setStyleSheet(QStringLiteral("#answerPanel { background: #eef7ee; border: 1px solid #9cc79c; "
                                 "border-radius: 6px; }"));
    m_questionLabel = heading(this);
    m_question = selectableText(this, "answerPanelQuestion");
    m_answerLabel = heading(this);
    m_answer = selectableText(this, "answerPanelAnswer");
    m_questionLabel->setBuddy(m_question);
    m_answerLabel->setBuddy(m_answer);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_questionLabel);
    layout->addWidget(m_question);
    layout->addSpacing(4);
    layout->addWidget(m_answerLabel);
    layout->addWidget(m_answer);
    retranslateUi();
    hide();
}

void AnswerPanel::setCase(const caseport::Case& shown, bool closed)
{
    m_question->setText(QString::fromStdString(shown.description));
    m_answerText = QString::fromStdString(shown.answer);
    retranslateUi();
    setVisible(closed);
}

void AnswerPanel::retranslateUi()
{
    //: Heading above a closed case's description
    m_questionLabel->setText(tr("Your question"));
    //: Heading above the resolution staff wrote when closing the case
    m_answerLabel->setText(tr("Our answer"));
    m_answer->setText(m_answerText.isEmpty()
                          ? tr("The case was closed without a written answer; see the conversation.")
                          : m_answerText);
}

void AnswerPanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QFrame::changeEvent(event);
}

} // namespace caseport::app
