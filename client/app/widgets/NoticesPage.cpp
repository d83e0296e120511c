#include "NoticesPage.h"

#include "FailureText.h"
#include "LanguageManager.h"
#include "NoticeText.h"
#include "PublishNoticeDialog.h"

#include "caseport/NoticeRules.h"
#include "caseport/client/NoticeActions.h"
#include "caseport/client/Workspace.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace caseport::app {

using caseport::client::ApiFailure;
using caseport::client::NoticeActions;
using caseport::client::Workspace;

namespace {

constexpr int kIdRole = Qt::UserRole;
constexpr int kWithdrawableRole = Qt::UserRole + 1;

enum Column { SeverityColumn, TextColumn, ProductsColumn, ValidityColumn, ColumnCount };

} // namespace

NoticesPage::NoticesPage(Workspace* workspace, LanguageManager* languages, QWidget* parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_languages(languages)
    , m_actions(new NoticeActions(workspace, this))
    , m_boundary(new QTimer(this))
{
    setObjectName(QStringLiteral("noticesPage"));
    m_title = new QLabel(this);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_empty = new QLabel(this);
    m_empty->setObjectName(QStringLiteral("noticesEmpty"));
    m_empty->setWordWrap(true);
    m_empty->setEnabled(false);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("noticesStatus"));
    m_status->setWordWrap(true);
    m_status->hide();

    m_list = new QTreeWidget(this);
    m_list->setObjectName(QStringLiteral("noticesList"));
    m_list->setColumnCount(ColumnCount);
    m_list->setRootIsDecorated(false);
    m_list->setWordWrap(true);
    m_list->setAlternatingRowColors(true);
    m_list->header()->setSectionResizeMode(TextColumn, QHeaderView::Stretch);
    m_list->header()->setStretchLastSection(false);

    m_publish = new QPushButton(this);
    m_publish->setObjectName(QStringLiteral("publishNotice"));
    m_withdraw = new QPushButton(this);
    m_withdraw->setObjectName(QStringLiteral("withdrawNotice"));
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_publish);
    buttons->addWidget(m_withdraw);
    buttons->addStretch(1);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 12, 12, 12);
    layout->addWidget(m_title);
    layout->addLayout(buttons);
    layout->addWidget(m_status);
    layout->addWidget(m_empty);
    layout->addWidget(m_list, 1);

    connect(m_publish, &QPushButton::clicked, this, &NoticesPage::openPublishDialog);
    connect(m_withdraw, &QPushButton::clicked, this, &NoticesPage::withdrawSelected);
    connect(m_list, &QTreeWidget::itemSelectionChanged, this, &NoticesPage::updateButtons);
    connect(m_actions, &NoticeActions::withdrawn, this, [this] {
        m_status->setText(tr("The notice was withdrawn."));
        m_status->show();
    });
    connect(m_actions, &NoticeActions::withdrawFailed, this, &NoticesPage::onWithdrawFailed);
    m_boundary->setTimerType(Qt::CoarseTimer);
    connect(m_boundary, &QTimer::timeout, this, &NoticesPage::rebuild);
    connect(m_workspace, &Workspace::catalogChanged, this, &NoticesPage::rebuild);
    retranslateUi();
}

void NoticesPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void NoticesPage::retranslateUi()
{
    m_title->setText(tr("Notices"));
    m_publish->setText(tr("Publish notice…"));
    m_withdraw->setText(tr("Withdraw"));
    m_withdraw->setToolTip(tr("Take the selected notice down for everyone"));
    m_list->setHeaderLabels({tr("Severity"), tr("Notice"), tr("Products"), tr("Valid")});
    rebuild();
}

void NoticesPage::rebuild()
{
    const QString language = m_languages->language();
    const caseport::Catalog& catalog = m_workspace->catalog();
    const QString selected = m_list->currentItem() ? m_list->currentItem()->data(0, kIdRole).toString() : QString();
    m_list->clear();
    const std::int64_t now = NoticeText::now();
    for (const caseport::Notice& notice : NoticeText::notEnded(*m_workspace)) {
        auto* item = new QTreeWidgetItem(m_list);
        const QString id = QString::fromStdString(notice.id);
        item->setData(0, kIdRole, id);
        item->setData(0, kWithdrawableRole, notice.source == caseport::noticeSource::kStaff);
        item->setText(SeverityColumn, NoticeText::severityName(notice.severity));
        item->setText(TextColumn, NoticeText::text(notice, language));
        item->setToolTip(TextColumn, NoticeText::text(notice, language));
        item->setText(ProductsColumn, NoticeText::products(notice, catalog, language));
        QString validity = NoticeText::validity(notice);
        if (!caseport::notices::isCurrent(notice, now))
            //: A notice that has not started yet; %1 says from when it applies
            validity = tr("Upcoming: %1").arg(validity);
        item->setText(ValidityColumn, validity);
        if (id == selected)
            m_list->setCurrentItem(item);
    }
    for (int column = 0; column < ColumnCount; ++column) {
        if (column != TextColumn)
            m_list->resizeColumnToContents(column);
    }
    m_list->setVisible(m_list->topLevelItemCount() > 0);
    m_empty->setVisible(m_list->topLevelItemCount() == 0);
    m_empty->setText(tr("There are no notices about your products right now."));
    updateButtons();
    NoticeText::scheduleNextBoundary(m_boundary, catalog);
}

void NoticesPage::updateButtons()
{
    const bool staff = m_workspace->catalog().user.staff;
    m_publish->setVisible(staff);
    m_withdraw->setVisible(staff);
    const QTreeWidgetItem* item = m_list->currentItem();
    const bool withdrawable = item && item->isSelected() && item->data(0, kWithdrawableRole).toBool();
    m_withdraw->setEnabled(withdrawable);
    if (item && !withdrawable)
        m_withdraw->setToolTip(tr("Notices from the server's configuration are changed there by the administrator"));
    else
        m_withdraw->setToolTip(tr("Take the selected notice down for everyone"));
}

void NoticesPage::openPublishDialog()
{
    if (!m_workspace->catalog().user.staff)
        return;
    auto* dialog = new PublishNoticeDialog(m_workspace, m_languages, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this] {
        m_status->setText(tr("The notice was published. It shows once Caseport has synced."));
        m_status->show();
    });
    dialog->open();
}

void NoticesPage::withdrawSelected()
{
    const QTreeWidgetItem* item = m_list->currentItem();
    if (!item || !item->data(0, kWithdrawableRole).toBool())
        return;
    const QString id = item->data(0, kIdRole).toString();
    const auto answer = QMessageBox::question(this, tr("Withdraw notice"),
                                              tr("Withdraw this notice for everyone?\n\n%1").arg(item->text(TextColumn)));
    if (answer != QMessageBox::Yes)
        return;
    m_status->hide();
    m_actions->withdraw(id);
}

void NoticesPage::onWithdrawFailed(const QString&, const ApiFailure& failure)
{
    if (failure.isTransport())
        m_status->setText(tr("Caseport cannot reach the server, so the notice was not withdrawn. Try again when "
                             "you are online."));
    else if (failure.httpStatus == 404)
        m_status->setText(tr("The notice had already been withdrawn."));
    else
        m_status->setText(FailureText::describe(failure, FailureText::Context::Submit));
    m_status->show();
}

} // namespace caseport::app
