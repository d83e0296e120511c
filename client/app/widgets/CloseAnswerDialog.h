#pragma once

#include <QDialog>

class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace caseport::app {

// "Answer on closing": asks for the resolution a closed case shows with its question,
// prefilled with the current answer. An empty answer is allowed (some cases need none)
// but the dialog says so. Modal; the caller reads answer() after exec() == Accepted.
class CloseAnswerDialog : public QDialog {
    Q_OBJECT
public:
    // caseNumber: for the title; current: the case's answer so far; state: the label of
    // the closed state chosen.
    CloseAnswerDialog(const QString& caseNumber, const QString& state, const QString& current,
                      QWidget* parent = nullptr);

    [[nodiscard]] QString answer() const;

private:
    void updateHint();

    QPlainTextEdit* m_answer = nullptr;
    QLabel* m_hint = nullptr;
    QPushButton* m_close = nullptr;
};

} // namespace caseport::app
