#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QTimer;
class QTreeWidget;

namespace caseport::client {
class NoticeActions;
class Workspace;
struct ApiFailure;
} // namespace caseport::client

namespace caseport::app {

class LanguageManager;

// The Notices page: every operational notice that concerns the user and has not ended
// (upcoming ones too, with their start), in every account — closed banners included —
// with severity, text, products and validity. Staff also get "Publish notice…" and
// "Withdraw" for notices published from the program (the config's are the admin's).
// Rebuilt when the catalog or the language changes and when a notice starts or ends.
// workspace and languages are not owned and must outlive the page.
class NoticesPage : public QWidget {
    Q_OBJECT
public:
    NoticesPage(caseport::client::Workspace* workspace, LanguageManager* languages, QWidget* parent = nullptr);

    // Opens the publish dialog (staff only; ignored for others).
    void openPublishDialog();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void rebuild();
    void updateButtons();
    void withdrawSelected();
    void onWithdrawFailed(const QString& id, const caseport::client::ApiFailure& failure);

    caseport::client::Workspace* m_workspace;
    LanguageManager* m_languages;
    caseport::client::NoticeActions* m_actions;
    QLabel* m_title = nullptr;
    QLabel* m_empty = nullptr;
    QLabel* m_status = nullptr;
    QTreeWidget* m_list = nullptr;
    QPushButton* m_publish = nullptr;
    QPushButton* m_withdraw = nullptr;
    QTimer* m_boundary = nullptr;
};

} // namespace caseport::app
