#include "AnswerPanel.h"

#include <QEvent>
#include <QLabel>
#include <QResizeEvent>
#include <QScrollArea>
#include <QVBoxLayout>

#include <algorithm>

namespace caseport::app {
namespace {

// A long question or answer scrolls inside the panel rather than squeezing the
// conversation below it off the screen.
constexpr int kMaxTextHeight = 240;

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
                                 "border-radius: 6px; } #answerPanelContent { background: #eef7ee; }"));
    auto* content = new QWidget;
    content->setObjectName(QStringLiteral("answerPanelContent"));
    content->setAttribute(Qt::WA_StyledBackground); // the panel's green, also behind the text
    m_questionLabel = heading(content);
    m_question = selectableText(content, "answerPanelQuestion");
    m_answerLabel = heading(content);
    m_answer = selectableText(content, "answerPanelAnswer");
    m_questionLabel->setBuddy(m_question);
    m_answerLabel->setBuddy(m_answer);

    auto* inner = new QVBoxLayout(content);
    inner->setContentsMargins(0, 0, 0, 0);
    inner->addWidget(m_questionLabel);
    inner->addWidget(m_question);
    inner->addSpacing(4);
    inner->addWidget(m_answerLabel);
    inner->addWidget(m_answer);

    m_scroll = new QScrollArea(this);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setWidgetResizable(true);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_scroll->setWidget(content);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_scroll);
    retranslateUi();
    hide();
}

void AnswerPanel::fitHeight()
{
    QWidget* content = m_scroll->widget();
    const int width = m_scroll->viewport()->width();
    const int wanted = content->layout()->hasHeightForWidth() ? content->layout()->totalHeightForWidth(width)
                                                              : content->sizeHint().height();
    m_scroll->setFixedHeight(std::min(wanted, kMaxTextHeight));
}

void AnswerPanel::resizeEvent(QResizeEvent* event)
{
    QFrame::resizeEvent(event);
    if (event->size().width() != event->oldSize().width())
        fitHeight();
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
    fitHeight();
}

void AnswerPanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QFrame::changeEvent(event);
}

} // namespace caseport::app
