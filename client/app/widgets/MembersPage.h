#pragma once

#include "caseport/client/ApiFailure.h"

#include <QString>
#include <QStringList>
#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;
class QTableView;
class QTreeView;

namespace caseport::client {
class AccessAuditModel;
class AccountMembers;
class MemberTableModel;
class Workspace;
} // namespace caseport::client

namespace caseport::app {

class LanguageManager;

// Members (customer-admin self-service) in the main area: the current account's members ×
// products with an editable level per cell where the access rules allow it (read-only
// cells — set in the server configuration, staff — show a padlock and say why), Save
// (one PATCH per changed member) and Discard, and the History of level changes below.
// Loads when shown and when the account changes while shown; loading and saving run
// asynchronously through AccountMembers and are reported in plain, translated words.
// Not owned: workspace, languages.
class MembersPage : public QWidget {
    Q_OBJECT
public:
    MembersPage(caseport::client::Workspace* workspace, LanguageManager* languages, QWidget* parent = nullptr);

    // Fetch the members and the history again (the Reload button).
    void reload();
    void save();
    void discardChanges();
    [[nodiscard]] bool hasUnsavedChanges() const;

protected:
    void changeEvent(QEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    void buildUi();
    void retranslateUi();
    void onAccountChanged();
    // Product columns, site names and the title from the workspace's catalog.
    void refreshCatalog();
    void updateTitle();
    void updateButtons();
    void showProblem(const QString& text);
    void showStatus(const QString& text);
    void setBusy(bool busy);
    void onMemberSaveFailed(const QString& user, const caseport::client::ApiFailure& failure);
    void onSaveFinished(int saved, int failed);

    caseport::client::Workspace* m_workspace;
    LanguageManager* m_languages;
    caseport::client::AccountMembers* m_members = nullptr; // child
    caseport::client::MemberTableModel* m_model = nullptr; // child
    caseport::client::AccessAuditModel* m_audit = nullptr; // child
    QString m_loadedAccount; // the account the table shows; empty before the first load
    QStringList m_saveProblems; // collected while a save runs

    QLabel* m_title = nullptr;
    QLabel* m_intro = nullptr;
    QLabel* m_problem = nullptr;
    QLabel* m_status = nullptr;
    QProgressBar* m_busyBar = nullptr;
    QTableView* m_table = nullptr;
    QLabel* m_legendIcon = nullptr;
    QLabel* m_legend = nullptr;
    QPushButton* m_saveButton = nullptr;
    QPushButton* m_discardButton = nullptr;
    QPushButton* m_reloadButton = nullptr;
    QLabel* m_historyTitle = nullptr;
    QTreeView* m_history = nullptr;
};

} // namespace caseport::app
