#pragma once

#include "caseport/Catalog.h"

#include <QDialog>

#include <vector>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace caseport::app {

// "Which account do you want to work in?": the accounts (name and organisation number)
// of a user who belongs to several (staff: every account). Opens with `current` selected;
// Open (or a double click, or Enter) emits accountChosen() and accepts. Not modal by
// itself — the owner opens it window-modal with open(), so nothing waits in a nested loop.
class AccountPickerDialog : public QDialog {
    Q_OBJECT
public:
    AccountPickerDialog(const std::vector<caseport::Account>& accounts, const QString& current,
                        QWidget* parent = nullptr);

    [[nodiscard]] QString selectedAccount() const;
    void selectAccount(const QString& account);

signals:
    void accountChosen(const QString& account);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void choose();

    QLabel* m_intro = nullptr;
    QTreeWidget* m_list = nullptr;
    QPushButton* m_openButton = nullptr;
    QPushButton* m_cancelButton = nullptr;
};

} // namespace caseport::app
