#include "AccountSwitcher.h"

#include "AccountMemory.h"
#include "AccountPickerDialog.h"

#include "caseport/client/AccessChoices.h"
#include "caseport/client/Workspace.h"

#include <QAction>
#include <QStyle>
#include <QWidget>

namespace caseport::app {

namespace accessChoices = caseport::client::accessChoices;
using caseport::client::Workspace;

AccountSwitcher::AccountSwitcher(Workspace* workspace, QWidget* window)
    : QObject(window)
    , m_workspace(workspace)
    , m_window(window)
{
    m_action = new QAction(window->style()->standardIcon(QStyle::SP_DirHomeIcon), QString(), this);
    m_action->setObjectName(QStringLiteral("selectAccountAction"));
    m_action->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));
    connect(m_action, &QAction::triggered, this, &AccountSwitcher::pick);

    connect(m_workspace, &Workspace::catalogChanged, this, &AccountSwitcher::onCatalogChanged);
    connect(m_workspace, &Workspace::currentAccountChanged, this, &AccountSwitcher::updateAction);
    retranslate();
    onCatalogChanged();
}

QAction* AccountSwitcher::action() const
{
    return m_action;
}

AccountPickerDialog* AccountSwitcher::picker() const
{
    return m_picker;
}

bool AccountSwitcher::hasChoice() const
{
    return m_workspace->catalog().accounts.size() > 1;
}

void AccountSwitcher::onCatalogChanged()
{
    updateAction();
    if (m_decided || m_workspace->catalog().accounts.empty())
        return; // no catalog yet: decide once there is one
    m_decided = true;
    if (!hasChoice())
        return;
    const QString user = QString::fromStdString(m_workspace->session().user.id);
    const QString remembered = AccountMemory::remembered(m_workspace->server(), user);
    if (!remembered.isEmpty() && accessChoices::findAccount(m_workspace->catalog(), remembered)) {
        m_workspace->setCurrentAccount(remembered); // straight in
        return;
    }
    pick();
}

void AccountSwitcher::pick()
{
    if (!hasChoice())
        return;
    if (m_picker) {
        m_picker->raise();
        m_picker->activateWindow();
        return;
    }
    m_picker = new AccountPickerDialog(m_workspace->catalog().accounts, m_workspace->currentAccount(), m_window);
    m_picker->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_picker, &AccountPickerDialog::accountChosen, this, &AccountSwitcher::choose);
    m_picker->open(); // window-modal, returns at once
}

void AccountSwitcher::choose(const QString& account)
{
    if (!accessChoices::findAccount(m_workspace->catalog(), account))
        return;
    AccountMemory::remember(m_workspace->server(), QString::fromStdString(m_workspace->session().user.id),
                            account);
    m_workspace->setCurrentAccount(account);
}

void AccountSwitcher::updateAction()
{
    const caseport::Account* current
        = accessChoices::findAccount(m_workspace->catalog(), m_workspace->currentAccount());
    const QString name = current ? QString::fromStdString(current->name.empty() ? current->id : current->name)
                                 : QString();
    // The toolbar shows the icon text (the account in use); menus show the text.
    m_action->setIconText(name.isEmpty() ? m_action->text() : name);
    //: Tooltip of the toolbar's account button; %1 is the account in use
    m_action->setToolTip(tr("Select account — you are working in %1 (Ctrl+Shift+A)").arg(name));
    m_action->setVisible(hasChoice());
}

void AccountSwitcher::retranslate()
{
    m_action->setText(tr("Select &account…"));
    updateAction();
}

} // namespace caseport::app
