#pragma once

#include "caseport/Notice.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QDialogButtonBox;
class QLabel;
class QListWidget;
class QPlainTextEdit;

namespace caseport::client {
class NoticeActions;
class Workspace;
struct ApiFailure;
} // namespace caseport::client

namespace caseport::app {

class LanguageManager;

// "Publish notice…" for staff: severity, the text in Danish, English (required) and
// Swedish, the products it concerns (none ticked = all) and an optional start and end.
// Publish sends it at once (an online action); the dialog closes when the server has it
// and says why when it could not (offline included), keeping everything typed.
// workspace and languages are not owned and must outlive the dialog.
class PublishNoticeDialog : public QDialog {
    Q_OBJECT
public:
    PublishNoticeDialog(caseport::client::Workspace* workspace, LanguageManager* languages,
                        QWidget* parent = nullptr);

    // What Publish sends (the id stays the same across retries, so a retry after a lost
    // answer cannot publish twice).
    [[nodiscard]] caseport::NewNotice notice() const;

private:
    void updateButtons();
    void publish();
    void onFailed(const caseport::client::ApiFailure& failure);

    caseport::client::Workspace* m_workspace;
    caseport::client::NoticeActions* m_actions;
    std::string m_id;
    QComboBox* m_severity = nullptr;
    QPlainTextEdit* m_textDa = nullptr;
    QPlainTextEdit* m_textEn = nullptr;
    QPlainTextEdit* m_textSv = nullptr;
    QListWidget* m_products = nullptr;
    QCheckBox* m_hasFrom = nullptr;
    QDateTimeEdit* m_from = nullptr;
    QCheckBox* m_hasUntil = nullptr;
    QDateTimeEdit* m_until = nullptr;
    QLabel* m_error = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};

} // namespace caseport::app
