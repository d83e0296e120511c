#include "SidebarWidget.h"

#include "caseport/client/Workspace.h"

#include <QComboBox>
#include <QEvent>
#include <QLabel>
#include <QListWidget>
#include <QSignalBlocker>
#include <QStyle>
#include <QVBoxLayout>

namespace caseport::app {

SidebarWidget::SidebarWidget(caseport::client::Workspace* workspace, QWidget* parent)
    : QWidget(parent)
    , m_workspace(workspace)
{
    setObjectName(QStringLiteral("sidebar"));

    m_accountLabel = new QLabel(this);
    m_accountCombo = new QComboBox(this);
    m_accountCombo->setObjectName(QStringLiteral("accountCombo"));
    m_accountLabel->setBuddy(m_accountCombo);
    m_viewsLabel = new QLabel(this);
    QFont heading = m_viewsLabel->font();
    heading.setBold(true);
    m_viewsLabel->setFont(heading);
    m_accountLabel->setFont(heading);

    m_views = new QListWidget(this);
    m_views->setObjectName(QStringLiteral("viewList"));
    m_views->setFrameShape(QFrame::NoFrame);
    m_views->addItem(new QListWidgetItem(style()->standardIcon(QStyle::SP_DirIcon), QString()));
    m_views->addItem(new QListWidgetItem(style()->standardIcon(QStyle::SP_DirOpenIcon), QString()));
    m_views->item(0)->setData(Qt::UserRole, static_cast<int>(View::All));
    m_views->item(1)->setData(Qt::UserRole, static_cast<int>(View::Open));
    m_views->setCurrentRow(0);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(m_accountLabel);
    layout->addWidget(m_accountCombo);
    layout->addSpacing(8);
    layout->addWidget(m_viewsLabel);
    layout->addWidget(m_views, 1);

    connect(m_views, &QListWidget::currentRowChanged, this, [this](int) { emit viewChanged(currentView()); });
    connect(m_accountCombo, &QComboBox::activated, this, [this](int index) {
        m_workspace->setCurrentAccount(m_accountCombo->itemData(index).toString());
    });
    connect(m_workspace, &caseport::client::Workspace::catalogChanged, this, &SidebarWidget::refreshAccounts);
    connect(m_workspace, &caseport::client::Workspace::currentAccountChanged, this,
            &SidebarWidget::refreshAccounts);

    retranslateUi();
    refreshAccounts();
}

SidebarWidget::View SidebarWidget::currentView() const
{
    const QListWidgetItem* item = m_views->currentItem();
    return item ? static_cast<View>(item->data(Qt::UserRole).toInt()) : View::All;
}

void SidebarWidget::setCurrentView(View view)
{
    m_views->setCurrentRow(view == View::Open ? 1 : 0);
}

void SidebarWidget::retranslateUi()
{
    m_accountLabel->setText(tr("&Account"));
    //: Heading above the list of case views (All cases, Open)
    m_viewsLabel->setText(tr("Cases"));
    m_views->item(0)->setText(tr("All cases"));
    //: A case view: cases that are not closed
    m_views->item(1)->setText(tr("Open"));
}

void SidebarWidget::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
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
