#include "PhoneCallerPicker.h"

#include "FailureText.h"

#include "caseport/client/AccessChoices.h"
#include "caseport/client/AccountMembers.h"
#include "caseport/client/Workspace.h"

#include <QComboBox>
#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QSignalBlocker>
#include <QToolButton>

namespace caseport::app {

using caseport::client::Workspace;

PhoneCallerPicker::PhoneCallerPicker(Workspace* workspace, QWidget* parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_members(new caseport::client::AccountMembers(workspace, this))
{
    setObjectName(QStringLiteral("phoneCallerPicker"));
    m_accountLabel = new QLabel(this);
    m_account = new QComboBox(this);
    m_account->setObjectName(QStringLiteral("phoneAccountCombo"));
    m_accountLabel->setBuddy(m_account);
    m_userLabel = new QLabel(this);
    m_user = new QComboBox(this);
    m_user->setObjectName(QStringLiteral("phoneCallerCombo"));
    m_userLabel->setBuddy(m_user);
    m_state = new QLabel(this);
    m_state->setObjectName(QStringLiteral("phoneCallerState"));
    m_state->setWordWrap(true);
    m_reload = new QToolButton(this);
    m_reload->setObjectName(QStringLiteral("phoneCallerReload"));

    auto* grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setColumnStretch(1, 1);
    grid->addWidget(m_accountLabel, 0, 0);
    grid->addWidget(m_account, 0, 1, 1, 2);
    grid->addWidget(m_userLabel, 1, 0);
    grid->addWidget(m_user, 1, 1);
    grid->addWidget(m_reload, 1, 2);
    grid->addWidget(m_state, 2, 1, 1, 2);

    connect(m_account, &QComboBox::currentIndexChanged, this, [this] {
        m_list = {};
        loadMembers();
        emit callerChanged();
    });
    connect(m_user, &QComboBox::currentIndexChanged, this, &PhoneCallerPicker::callerChanged);
    connect(m_reload, &QToolButton::clicked, this, &PhoneCallerPicker::loadMembers);
    connect(m_members, &caseport::client::AccountMembers::loaded, this, &PhoneCallerPicker::onLoaded);
    connect(m_members, &caseport::client::AccountMembers::loadFailed, this, &PhoneCallerPicker::onFailed);
    connect(m_workspace, &Workspace::catalogChanged, this, &PhoneCallerPicker::fillAccounts);
    retranslateUi();
    fillAccounts();
}

QString PhoneCallerPicker::account() const
{
    return m_account->currentData().toString();
}

QString PhoneCallerPicker::user() const
{
    return m_user->currentData().toString();
}

caseport::access::Viewer PhoneCallerPicker::callerViewer() const
{
    caseport::access::Viewer viewer;
    const std::string chosen = user().toStdString();
    for (const caseport::AccountMember& member : m_list.members) {
        if (member.user != chosen)
            continue;
        viewer.id = member.user;
        caseport::Membership membership;
        membership.account = m_list.account;
        membership.products = member.products;
        membership.objects = member.objects;
        membership.customerAdmin = member.customerAdmin;
        viewer.memberships.push_back(membership);
    }
    return viewer;
}

void PhoneCallerPicker::preset(const QString& account, const QString& user)
{
    m_wantedUser = user;
    const int index = m_account->findData(account);
    if (index >= 0 && index != m_account->currentIndex())
        m_account->setCurrentIndex(index); // loads the members, which choose m_wantedUser
    else if (index >= 0)
        m_user->setCurrentIndex(std::max(m_user->findData(user), 0));
}

void PhoneCallerPicker::retranslateUi()
{
    //: Phone call form: the customer company of the caller
    m_accountLabel->setText(tr("Acco&unt:"));
    //: Phone call form: the customer user who called
    m_userLabel->setText(tr("Ca&ller:") + QStringLiteral(" <span style=\"color:#c4001a;\">*</span>"));
    m_userLabel->setTextFormat(Qt::RichText);
    m_reload->setText(tr("Reload"));
    m_reload->setToolTip(tr("Load the account's users again"));
}

void PhoneCallerPicker::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        onLoaded(m_list); // the first entry's text
    }
    QWidget::changeEvent(event);
}

void PhoneCallerPicker::fillAccounts()
{
    const QString current = account().isEmpty() ? m_workspace->currentAccount() : account();
    {
        const QSignalBlocker blocker(m_account);
        m_account->clear();
        for (const auto& choice : caseport::client::accessChoices::accounts(m_workspace->catalog()))
            m_account->addItem(choice.name, choice.id);
        m_account->setCurrentIndex(std::max(m_account->findData(current), 0));
    }
    if (account() != QString::fromStdString(m_list.account)) {
        m_list = {};
        loadMembers();
        emit callerChanged();
    }
}

void PhoneCallerPicker::loadMembers()
{
    if (account().isEmpty())
        return;
    {
        const QSignalBlocker blocker(m_user);
        m_user->clear();
    }
    m_user->setEnabled(false);
    m_reload->hide();
    m_state->setText(tr("Loading the account's users…"));
    m_state->show();
    m_members->load(account());
}

void PhoneCallerPicker::onLoaded(const caseport::MemberList& members)
{
    if (QString::fromStdString(members.account) != account())
        return; // an answer for an account no longer chosen
    const QString current = m_wantedUser.isEmpty() ? user() : m_wantedUser;
    m_wantedUser.clear();
    m_list = members;
    {
        const QSignalBlocker blocker(m_user);
        m_user->clear();
        //: First entry of the caller list: nobody chosen yet
        m_user->addItem(tr("Choose who called…"), QString());
        for (const caseport::AccountMember& member : members.members) {
            if (member.staff)
                continue; // staff call nobody's desk: they file their own cases
            const QString id = QString::fromStdString(member.user);
            const QString name = member.name.empty() ? id : QStringLiteral("%1 <%2>").arg(QString::fromStdString(member.name), id);
            m_user->addItem(name, id);
        }
        m_user->setCurrentIndex(std::max(m_user->findData(current), 0));
        m_user->setEnabled(m_user->count() > 1);
    }
    m_reload->hide();
    m_state->setText(m_user->count() > 1 ? QString() : tr("This account has no users who can file cases."));
    m_state->setVisible(m_user->count() <= 1);
    emit callerChanged();
}

void PhoneCallerPicker::onFailed(const QString& failedAccount, const caseport::client::ApiFailure& failure)
{
    if (failedAccount != account())
        return;
    m_state->setText(failure.isTransport()
                         ? tr("The account's users can only be listed online. Choose Reload when the "
                              "connection is back.")
                         : FailureText::memberLoad(failure));
    m_state->show();
    m_reload->show();
}

} // namespace caseport::app
