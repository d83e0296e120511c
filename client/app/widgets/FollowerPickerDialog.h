#pragma once

#include "caseport/Followers.h"

#include <QDialog>
#include <QStringList>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;

namespace caseport::client {
class CaseFollowers;
struct ApiFailure;
}

namespace caseport::app {

// "Add followers": the people the server offers for the case (GET …/followers/eligible,
// so it needs a connection), filtered as the user types (name or e-mail), several may be
// chosen; those already following are listed but cannot be chosen. While it loads, or
// when it cannot (offline, no right), it says so and Add stays disabled.
// followers is not owned and must outlive the dialog.
class FollowerPickerDialog : public QDialog {
    Q_OBJECT
public:
    FollowerPickerDialog(caseport::client::CaseFollowers* followers, QString caseId, QWidget* parent = nullptr);

    // The chosen people's ids (e-mails), in list order.
    [[nodiscard]] QStringList chosenUsers() const;
    // Everyone the server offered (for names), empty until it answered.
    [[nodiscard]] const caseport::FollowerCandidates& candidates() const { return m_candidates; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void fill();
    void applyFilter();
    void updateButtons();
    void showFailure(const caseport::client::ApiFailure& failure);

    QString m_caseId;
    caseport::FollowerCandidates m_candidates;
    bool m_loaded = false;
    QLabel* m_status = nullptr;
    QLineEdit* m_search = nullptr;
    QListWidget* m_list = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};

} // namespace caseport::app
