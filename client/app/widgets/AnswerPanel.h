#pragma once

#include "caseport/Case.h"

#include <QFrame>

class QLabel;
class QScrollArea;

namespace caseport::app {

// The top of a closed case: the question (its description) and the answer staff closed
// it with, together and clearly labelled, as selectable text (DESIGN §3 "answer …
// shown with the question once closed"). Hidden while the case is open.
class AnswerPanel : public QFrame {
    Q_OBJECT
public:
    explicit AnswerPanel(QWidget* parent = nullptr);

    // Shows `shown`'s question and answer when `closed`; hides the panel otherwise.
    void setCase(const caseport::Case& shown, bool closed);

protected:
    void changeEvent(QEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    void retranslateUi();
    void fitHeight(); // as tall as the text, up to a limit; more scrolls

    QString m_answerText; // empty: closed without an answer
    QLabel* m_questionLabel = nullptr;
    QLabel* m_question = nullptr;
    QLabel* m_answerLabel = nullptr;
    QLabel* m_answer = nullptr;
    QScrollArea* m_scroll = nullptr;
};

} // namespace caseport::app
