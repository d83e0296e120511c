#pragma once

#include <QObject>
#include <QPointer>

class QAction;
class QWidget;

namespace caseport::client {
class Workspace;
}

namespace caseport::app {

class AccountPickerDialog;

// Which account the main window works in, for users who belong to several (staff: every
// account). Once the catalog is known it goes straight to the account the user chose last
// time on this server (AccountMemory); without one it asks with the AccountPickerDialog,
// window-modal over `window`. Users with a single account never see the picker.
// action(): "Select account…" for the toolbar and menu; its icon text is the current
// account's name, and it is hidden for single-account users. choose() is how the sidebar's
// switcher and the picker change the account, and every such choice is remembered.
// workspace is not owned and must outlive the switcher; window is its parent.
class AccountSwitcher : public QObject {
    Q_OBJECT
public:
    AccountSwitcher(caseport::client::Workspace* workspace, QWidget* window);

    [[nodiscard]] QAction* action() const;
    // Shows the picker (if the user has a choice); the current account is selected.
    void pick();
    // The user chose `account`: work in it and remember it for the next login.
    void choose(const QString& account);
    // The picker, while it is showing.
    [[nodiscard]] AccountPickerDialog* picker() const;

    void retranslate();

private:
    void onCatalogChanged();
    void updateAction();
    [[nodiscard]] bool hasChoice() const;

    caseport::client::Workspace* m_workspace;
    QWidget* m_window;
    QAction* m_action = nullptr;
    QPointer<AccountPickerDialog> m_picker;
    bool m_decided = false; // the start-up question was settled (remembered, asked or moot)
};

} // namespace caseport::app
