#pragma once

#include <QDialog>

class QLabel;
class QPushButton;
class QTabWidget;

namespace caseport::client {
class Workspace;
}

namespace caseport::app {

class LanguageComboBox;
class LanguageManager;

// Settings in tabs. General: the UI language (switched at once, no restart) and, for
// reference, the server and the user this session is connected as. Your access: the
// user's levels per account and product, read only. Not owned: workspace, languages.
class SettingsDialog : public QDialog {
    Q_OBJECT
public:
    SettingsDialog(caseport::client::Workspace* workspace, LanguageManager* languages,
                   QWidget* parent = nullptr);

    enum class Tab { General, Access };
    void setCurrentTab(Tab tab);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    [[nodiscard]] QWidget* makeGeneralTab(LanguageManager* languages);

    caseport::client::Workspace* m_workspace;
    QTabWidget* m_tabs = nullptr;
    QWidget* m_generalTab = nullptr;
    QWidget* m_accessTab = nullptr;
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
