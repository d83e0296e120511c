#pragma once

#include <QDialog>

class QLabel;
class QPushButton;

namespace caseport::client {
class Workspace;
}

namespace caseport::app {

class LanguageComboBox;
class LanguageManager;

// Settings: the UI language (switched at once, no restart) and, for reference, the
// server and the user this session is connected as. Not owned: workspace, languages.
class SettingsDialog : public QDialog {
    Q_OBJECT
public:
    SettingsDialog(caseport::client::Workspace* workspace, LanguageManager* languages,
                   QWidget* parent = nullptr);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();

    caseport::client::Workspace* m_workspace;
    QLabel* m_languageLabel = nullptr;
    LanguageComboBox* m_languageCombo = nullptr;
    QLabel* m_languageHint = nullptr;
    QLabel* m_serverLabel = nullptr;
    QLabel* m_server = nullptr;
    QLabel* m_userLabel = nullptr;
    QLabel* m_user = nullptr;
    QLabel* m_cacheLabel = nullptr;
    QLabel* m_cache = nullptr;
    QPushButton* m_closeButton = nullptr;
};

} // namespace caseport::app
