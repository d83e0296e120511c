#include "SidebarWidget.h"

#include "caseport/client/AccessChoices.h"
#include "caseport/client/DraftListModel.h"
#include "caseport/client/OutboxModel.h"
#include "caseport/client/Workspace.h"

#include <QComboBox>
#include <QEvent>
#include <QLabel>
#include <QListWidget>
#include <QSignalBlocker>
#include <QStyle>
#include <QVBoxLayout>

namespace caseport::app {
namespace {

constexpr int kViewRole = Qt::UserRole;
constexpr int kObjectNameRole = Qt::UserRole + 1; // lets tests find an entry by name

} // namespace

SidebarWidget::SidebarWidget(caseport::client::Workspace* workspace, QWidget* parent)
    : QWidget(parent)
    , m_workspace(workspace)
{
    setObjectName(QStringLiteral("sidebar"));

    m_accountLabel = new QLabel(this);
    m_accountCombo = new QComboBox(this);
    m_accountCombo->setObjectName(QStringLiteral("accountCombo"));
    m_accountLabel->setBuddy(m_accountCombo);
    QFont heading = m_accountLabel->font();
    heading.setBold(true);
    m_accountLabel->setFont(heading);

    m_views = new QListWidget(this);
    m_views->setObjectName(QStringLiteral("viewList"));
    m_views->setFrameShape(QFrame::NoFrame);
    m_views->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff); // fitWidth() makes room instead
    // One size for every entry: the standard icons come in different natural sizes.
    const int iconSize = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    m_views->setIconSize(QSize(iconSize, iconSize));
    m_queueSection = addSection();
    addView(View::QueueUnassigned, style()->standardIcon(QStyle::SP_FileDialogNewFolder), "queueUnassignedView");
    addView(View::QueueMine, style()->standardIcon(QStyle::SP_DialogApplyButton), "queueMineView");
    addView(View::QueueOpen, style()->standardIcon(QStyle::SP_FileDialogListView), "queueOpenView");
    m_casesSection = addSection();
    addView(View::All, style()->standardIcon(QStyle::SP_DirIcon), "allCasesView");
    addView(View::Open, style()->standardIcon(QStyle::SP_DirOpenIcon), "openCasesView");
    addView(View::Followed, style()->standardIcon(QStyle::SP_DialogYesButton), "followedCasesView");
    addView(View::Drafts, style()->standardIcon(QStyle::SP_FileDialogNewFolder), "draftsView");
    addView(View::Outbox, style()->standardIcon(QStyle::SP_ArrowUp), "outboxView");
    m_accountSection = addSection();
    addView(View::Files, style()->standardIcon(QStyle::SP_FileIcon), "filesView");
    addView(View::Products, style()->standardIcon(QStyle::SP_MessageBoxInformation), "productsView");
    addView(View::Members, style()->standardIcon(QStyle::SP_FileDialogContentsView), "membersView");
    addView(View::Notices, style()->standardIcon(QStyle::SP_MessageBoxWarning), "noticesView");
    m_views->setCurrentItem(itemFor(View::All));

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(m_accountLabel);
    layout->addWidget(m_accountCombo);
    layout->addSpacing(8);
    layout->addWidget(m_views, 1);

    connect(m_views, &QListWidget::currentItemChanged, this, [this](QListWidgetItem* current) {
        if (current)
            emit viewChanged(currentView());
    });
    connect(m_accountCombo, &QComboBox::activated, this, [this](int index) {
        emit accountChosen(m_accountCombo->itemData(index).toString());
    });
    connect(m_workspace, &caseport::client::Workspace::catalogChanged, this, &SidebarWidget::refreshAccounts);
    connect(m_workspace, &caseport::client::Workspace::currentAccountChanged, this,
            &SidebarWidget::refreshAccounts);
    connect(m_workspace, &caseport::client::Workspace::catalogChanged, this, &SidebarWidget::refreshPages);
    connect(m_workspace, &caseport::client::Workspace::catalogChanged, this, &SidebarWidget::refreshQueue);
    connect(m_workspace, &caseport::client::Workspace::currentAccountChanged, this, &SidebarWidget::refreshPages);
    connect(m_workspace, &caseport::client::Workspace::currentAccountChanged, this, &SidebarWidget::refreshCounts);
    connect(m_workspace, &caseport::client::Workspace::draftsChanged, this, &SidebarWidget::refreshCounts);
    connect(m_workspace, &caseport::client::Workspace::outboxChanged, this, &SidebarWidget::refreshCounts);

    retranslateUi();
    refreshAccounts();
    refreshPages();
    refreshQueue();
}

QListWidgetItem* SidebarWidget::addSection()
{
    // A heading inside the list: not selectable, so the keyboard skips it.
    auto* item = new QListWidgetItem(m_views);
    item->setFlags(Qt::NoItemFlags);
    QFont font = m_views->font();
    font.setBold(true);
    item->setFont(font);
    item->setForeground(palette().brush(QPalette::Active, QPalette::WindowText));
    return item;
}

QListWidgetItem* SidebarWidget::addView(View view, const QIcon& icon, const char* objectName)
{
    auto* item = new QListWidgetItem(icon, QString(), m_views);
    item->setData(kViewRole, static_cast<int>(view));
    item->setData(kObjectNameRole, QLatin1String(objectName));
    return item;
}

QListWidgetItem* SidebarWidget::itemFor(View view) const
{
    for (int row = 0; row < m_views->count(); ++row) {
        QListWidgetItem* item = m_views->item(row);
        if (item->flags() != Qt::NoItemFlags && item->data(kViewRole).toInt() == static_cast<int>(view))
            return item;
    }
    return nullptr;
}

SidebarWidget::View SidebarWidget::currentView() const
{
    const QListWidgetItem* item = m_views->currentItem();
    return item ? static_cast<View>(item->data(kViewRole).toInt()) : View::All;
}

void SidebarWidget::setCurrentView(View view)
{
    if (QListWidgetItem* item = itemFor(view); item && !item->isHidden())
        m_views->setCurrentItem(item);
}

void SidebarWidget::retranslateUi()
{
    m_accountLabel->setText(tr("&Account"));
    //: Heading above the staff queue's views (cases of every account)
    m_queueSection->setText(tr("Queue"));
    //: Staff queue view: open cases nobody is assigned to
    itemFor(View::QueueUnassigned)->setText(tr("Unassigned"));
    itemFor(View::QueueUnassigned)->setToolTip(tr("Open cases of every account that nobody is assigned to"));
    //: Staff queue view: open cases assigned to the user
    itemFor(View::QueueMine)->setText(tr("Mine"));
    itemFor(View::QueueMine)->setToolTip(tr("Open cases assigned to you"));
    //: Staff queue view: every open case of every account
    itemFor(View::QueueOpen)->setText(tr("All open"));
    itemFor(View::QueueOpen)->setToolTip(tr("Open cases of every account"));
    //: Heading above the list of case views (All cases, Open, Followed)
    m_casesSection->setText(tr("Cases"));
    itemFor(View::All)->setText(tr("All cases"));
    //: A case view: cases that are not closed
    itemFor(View::Open)->setText(tr("Open"));
    //: A case view: cases the user was added to as a follower
    itemFor(View::Followed)->setText(tr("Followed"));
    itemFor(View::Followed)->setToolTip(tr("Cases you follow: you were added to them as a follower"));
    itemFor(View::Drafts)->setToolTip(tr("Cases you started and have not sent"));
    itemFor(View::Outbox)->setToolTip(tr("Changes waiting to be sent to the server"));
    refreshCounts();
    //: Heading above Products (and Members) in the sidebar
    m_accountSection->setText(tr("Support and access"));
    //: Sidebar entry: files shared with the company (account) or one of its sites
    itemFor(View::Files)->setText(tr("Files"));
    itemFor(View::Files)->setToolTip(tr("Files shared with your company or one of its sites"));
    //: Sidebar entry: support contacts and guides of the account's products
    itemFor(View::Products)->setText(tr("Products"));
    itemFor(View::Products)->setToolTip(tr("Support contacts, opening hours and guides for your products"));
    //: Sidebar entry for customer admins: who in the account has access to which product
    itemFor(View::Members)->setText(tr("Members"));
    itemFor(View::Members)->setToolTip(tr("Manage which products the members of this account can use"));
    //: Sidebar entry: operational notices (planned downtime, deadlines) about the user's products
    itemFor(View::Notices)->setText(tr("Notices"));
    itemFor(View::Notices)->setToolTip(tr("Operational notices about your products: outages, deadlines, changes"));
    fitWidth();
}

void SidebarWidget::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void SidebarWidget::refreshCounts()
{
    const auto label = [](const QString& name, int count) {
        //: A sidebar entry with a count, e.g. "Drafts (2)"
        return count > 0 ? tr("%1 (%2)").arg(name).arg(count) : name;
    };
    //: A case view: cases started and not sent
    itemFor(View::Drafts)->setText(label(tr("Drafts"), m_workspace->draftListModel()->rowCount()));
    //: A case view: changes waiting to be sent
    itemFor(View::Outbox)->setText(label(tr("Outbox"), m_workspace->outboxModel()->rowCount()));
    fitWidth();
}

void SidebarWidget::fitWidth()
{
    // Wide enough for the longest entry in the current language: a cut-off "Support and
    // acc…" with a scroll bar under it helps nobody.
    m_views->setMinimumWidth(m_views->sizeHintForColumn(0) + 2 * m_views->frameWidth() + 8);
}

void SidebarWidget::refreshPages()
{
    namespace accessChoices = caseport::client::accessChoices;
    const auto viewer = accessChoices::viewerOf(m_workspace->catalog(), m_workspace->session());
    const bool manages = !m_workspace->catalog().accounts.empty()
        && accessChoices::managesMembers(viewer, m_workspace->currentAccount());
    QListWidgetItem* members = itemFor(View::Members);
    members->setHidden(!manages);
    if (!manages && m_views->currentItem() == members)
        setCurrentView(View::All); // the page is no longer theirs (another account)
}

void SidebarWidget::refreshQueue()
{
    const bool staff = m_workspace->session().user.staff || m_workspace->catalog().user.staff;
    m_queueSection->setHidden(!staff);
    for (View view : {View::QueueUnassigned, View::QueueMine, View::QueueOpen}) {
        QListWidgetItem* item = itemFor(view);
        item->setHidden(!staff);
        if (!staff && m_views->currentItem() == item)
            setCurrentView(View::All);
    }
}

void SidebarWidget::refreshAccounts()
{
    const QSignalBlocker blocker(m_accountCombo);
    m_accountCombo->clear();
    for (const caseport::Account& account : m_workspace->catalog().accounts) {
        m_accountCombo->addItem(QString::fromStdString(account.name.empty() ? account.id : account.name),
                                QString::fromStdString(account.id));
    }
    m_accountCombo->setCurrentIndex(m_accountCombo->findData(m_workspace->currentAccount()));
    // A switcher with one entry is noise: show it only when there is a choice.
    const bool several = m_accountCombo->count() > 1;
    m_accountLabel->setVisible(several);
    m_accountCombo->setVisible(several);
}

} // namespace caseport::app
