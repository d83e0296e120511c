#include "FollowersWidget.h"

#include "FollowerPickerDialog.h"

#include "caseport/client/CatalogText.h"
#include "caseport/client/AccessChoices.h"
#include "caseport/client/CaseFollowers.h"
#include "caseport/client/Workspace.h"

#include <QEvent>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QToolButton>

namespace caseport::app {

FollowersWidget::FollowersWidget(caseport::client::Workspace* workspace, QWidget* parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_followers(new caseport::client::CaseFollowers(workspace, this))
{
    setObjectName(QStringLiteral("followersWidget"));
    m_title = new QLabel(this);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_chips = new QWidget(this);
    m_chipLayout = new QHBoxLayout(m_chips);
    m_chipLayout->setContentsMargins(0, 0, 0, 0);
    m_none = new QLabel(this);
    m_none->setObjectName(QStringLiteral("noFollowers"));
    m_none->setEnabled(false);
    m_follow = new QPushButton(this);
    m_follow->setObjectName(QStringLiteral("followButton"));
    m_unfollow = new QPushButton(this);
    m_unfollow->setObjectName(QStringLiteral("unfollowButton"));
    m_add = new QPushButton(this);
    m_add->setObjectName(QStringLiteral("addFollowerButton"));

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addWidget(m_chips);
    layout->addWidget(m_none);
    layout->addStretch(1);
    layout->addWidget(m_follow);
    layout->addWidget(m_unfollow);
    layout->addWidget(m_add);

    connect(m_follow, &QPushButton::clicked, this, &FollowersWidget::follow);
    connect(m_unfollow, &QPushButton::clicked, this, &FollowersWidget::unfollow);
    connect(m_add, &QPushButton::clicked, this, &FollowersWidget::openPicker);
    // A queued or delivered edit changes what followersOf() answers.
    connect(m_workspace, &caseport::client::Workspace::outboxChanged, this, &FollowersWidget::render);
    connect(m_workspace, &caseport::client::Workspace::catalogChanged, this, &FollowersWidget::render);
    // An edit of the case shown was accepted: its followers are the server's now (the
    // outbox item is gone, so the case itself must carry them).
    connect(m_workspace, &caseport::client::Workspace::caseUpdated, this, [this](const caseport::Case& updated) {
        if (m_case && m_case->id == updated.id && updated.version >= m_case->version) {
            m_case = updated;
            render();
        }
    });
    retranslateUi();
}

void FollowersWidget::setCase(const std::optional<caseport::Case>& shown)
{
    m_case = shown;
    render();
}

QStringList FollowersWidget::shownFollowers() const
{
    QStringList out;
    if (m_case) {
        for (const std::string& id : m_followers->followersOf(*m_case))
            out << QString::fromStdString(id);
    }
    return out;
}

void FollowersWidget::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void FollowersWidget::retranslateUi()
{
    //: Label before the people who follow a case (they are told of news)
    m_title->setText(tr("Followers:"));
    m_none->setText(tr("Nobody follows this case yet."));
    //: Button: become a follower of the case (get told of news)
    m_follow->setText(tr("Follow"));
    m_follow->setToolTip(tr("Be told of news on this case"));
    //: Button: stop following the case
    m_unfollow->setText(tr("Unfollow"));
    //: Button: choose people to add as followers of the case
    m_add->setText(tr("Add…"));
    m_add->setToolTip(tr("Add colleagues who should be told of news on this case"));
    render();
}

QString FollowersWidget::displayName(const QString& user) const
{
    const caseport::UserProfile& me = m_workspace->session().user;
    if (user.toStdString() == me.id)
        //: The user themselves among a case's followers; %1 their name
        return tr("%1 (you)").arg(me.name.empty() ? user : QString::fromStdString(me.name));
    return m_names.value(user, caseport::client::catalogText::personName(m_workspace->catalog(), user.toStdString()));
}

void FollowersWidget::render()
{
    // Rebuild the chips: a handful of followers, so simplicity wins over reuse.
    while (QLayoutItem* item = m_chipLayout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    if (!m_case) {
        m_none->hide();
        m_follow->hide();
        m_unfollow->hide();
        m_add->hide();
        return;
    }
    const auto me = caseport::client::accessChoices::viewerOf(m_workspace->catalog(), m_workspace->session());
    caseport::Case effective = *m_case;
    effective.followers = m_followers->followersOf(*m_case);
    const caseport::client::FollowerActions actions = caseport::client::followerActions(me, effective);
    const QStringList followers = shownFollowers();
    for (const QString& user : followers) {
        auto* chip = new QFrame(m_chips);
        chip->setObjectName(QStringLiteral("follower:") + user);
        chip->setFrameShape(QFrame::StyledPanel);
        auto* chipLayout = new QHBoxLayout(chip);
        chipLayout->setContentsMargins(6, 1, 2, 1);
        chipLayout->setSpacing(2);
        auto* name = new QLabel(displayName(user), chip);
        name->setToolTip(user);
        chipLayout->addWidget(name);
        const bool mine = user.toStdString() == me.id;
        if (actions.manage || (mine && actions.unfollow)) {
            auto* remove = new QToolButton(chip);
            remove->setObjectName(QStringLiteral("removeFollower"));
            remove->setText(QStringLiteral("×"));
            remove->setAutoRaise(true);
            //: Tooltip of the × beside a follower; %1 their name
            remove->setToolTip(tr("Remove %1 from the followers").arg(displayName(user)));
            connect(remove, &QToolButton::clicked, this, [this, user] { removeFollower(user); });
            chipLayout->addWidget(remove);
        }
        m_chipLayout->addWidget(chip);
    }
    m_none->setVisible(followers.isEmpty());
    m_follow->setVisible(actions.follow);
    m_unfollow->setVisible(actions.unfollow);
    m_add->setVisible(actions.manage);
}

void FollowersWidget::openPicker()
{
    if (!m_case)
        return;
    auto* dialog = new FollowerPickerDialog(m_followers, QString::fromStdString(m_case->id), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const QString caseId = QString::fromStdString(m_case->id);
    connect(dialog, &QDialog::accepted, this, [this, dialog, caseId] {
        for (const caseport::FollowerCandidate& user : dialog->candidates().users) {
            if (!user.name.empty())
                m_names.insert(QString::fromStdString(user.id), QString::fromStdString(user.name));
        }
        if (m_case && QString::fromStdString(m_case->id) == caseId)
            queued(m_followers->add(*m_case, dialog->chosenUsers()));
    });
    dialog->open();
}

void FollowersWidget::follow()
{
    if (m_case)
        queued(m_followers->add(*m_case, {QString::fromStdString(m_workspace->session().user.id)}));
}

void FollowersWidget::unfollow()
{
    removeFollower(QString::fromStdString(m_workspace->session().user.id));
}

void FollowersWidget::removeFollower(const QString& user)
{
    if (m_case)
        queued(m_followers->remove(*m_case, user));
}

void FollowersWidget::queued(const QString& editId)
{
    if (!editId.isEmpty())
        render(); // outboxChanged follows too; show the new list at once where it can
}

} // namespace caseport::app
