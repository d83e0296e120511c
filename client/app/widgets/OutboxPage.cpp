#include "OutboxPage.h"

#include "caseport/client/DraftListModel.h"
#include "caseport/client/OutboxModel.h"
#include "caseport/client/Workspace.h"

#include <QEvent>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>

namespace caseport::app {

using caseport::client::OutboxItem;
using caseport::client::OutboxModel;
using caseport::client::Workspace;

OutboxPage::OutboxPage(Workspace* workspace, QWidget* parent)
    : ListPage(workspace->outboxModel(), QStringLiteral("outboxPage"), OutboxModel::Summary,
               OutboxModel::SeqRole, parent)
    , m_workspace(workspace)
{
    m_send = addButton("sendNowButton");
    m_fix = addButton("fixButton");
    m_resolve = addButton("resolveButton");
    m_discard = addButton("discardItemButton");
    connect(m_send, &QPushButton::clicked, m_workspace, &Workspace::retryOutbox);
    connect(m_fix, &QPushButton::clicked, this, &OutboxPage::fixCurrent);
    connect(m_resolve, &QPushButton::clicked, this, [this] {
        if (const OutboxItem* item = m_workspace->outboxModel()->itemAt(currentRow()))
            emit resolveConflict(item->seq);
    });
    connect(m_discard, &QPushButton::clicked, this, &OutboxPage::discardCurrent);
    // "Fix…": once the case is back among the drafts, open it.
    connect(m_workspace, &Workspace::draftsChanged, this, [this] {
        if (!m_fixing.isEmpty() && m_workspace->draftListModel()->draft(m_fixing)) {
            emit fixCase(std::exchange(m_fixing, QString()));
        }
    });
    connect(m_workspace, &Workspace::syncStarted, this, &OutboxPage::updateActions);
    connect(m_workspace, &Workspace::syncFinished, this, &OutboxPage::updateActions);
    retranslateUi();
    updateActions();
}

void OutboxPage::retranslateUi()
{
    //: Title of the Outbox page
    setTexts(tr("Outbox"),
             tr("Changes saved on this computer that have not reached the server yet. They are "
                "sent by themselves as soon as there is a connection."),
             tr("Nothing is waiting to be sent."));
    //: Button: try to send the outbox now
    m_send->setText(tr("&Send now"));
    //: Button: take a refused case back into the form to correct it
    m_fix->setText(tr("&Fix…"));
    //: Button: decide between your change and someone else's
    m_resolve->setText(tr("&Resolve…"));
    m_discard->setText(tr("&Discard…"));
    updateActions();
}

void OutboxPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    ListPage::changeEvent(event);
}

void OutboxPage::updateActions()
{
    const OutboxItem* item = m_workspace->outboxModel()->itemAt(currentRow());
    m_send->setEnabled(m_workspace->pendingCount() > 0 && !m_workspace->isSyncing());
    m_fix->setEnabled(item && item->state == OutboxItem::State::Failed
                      && item->kind == OutboxItem::Kind::CreateCase);
    m_resolve->setEnabled(item && item->state == OutboxItem::State::Conflict && item->current);
    m_discard->setEnabled(item != nullptr);
    if (!item) {
        m_detail->clear();
        m_detail->hide();
        return;
    }
    QString detail = QStringLiteral("<b>%1</b> — %2").arg(OutboxModel::kindText(item->kind).toHtmlEscaped(),
                                                          item->summary.toHtmlEscaped());
    detail += QStringLiteral("<br>") + OutboxModel::stateText(*item).toHtmlEscaped();
    if (item->state == OutboxItem::State::Failed && item->kind == OutboxItem::Kind::CreateCase)
        detail += QStringLiteral("<br>") + tr("Choose Fix… to correct the case and send it again.").toHtmlEscaped();
    if (item->state == OutboxItem::State::Conflict)
        detail += QStringLiteral("<br>")
            + tr("Someone changed this case after you opened it. Choose Resolve… to compare.").toHtmlEscaped();
    m_detail->setText(detail);
    m_detail->show();
}

void OutboxPage::fixCurrent()
{
    const OutboxItem* item = m_workspace->outboxModel()->itemAt(currentRow());
    if (!item)
        return;
    m_fixing = item->caseId;
    m_workspace->returnToDrafts(item->seq);
}

void OutboxPage::discardCurrent()
{
    const OutboxItem* item = m_workspace->outboxModel()->itemAt(currentRow());
    if (!item)
        return;
    const qint64 seq = item->seq;
    // Own button texts: Qt ships no Swedish catalogue for its stock buttons.
    QMessageBox box(QMessageBox::Question, tr("Discard this change?"),
                    tr("“%1” will not be sent, and what you wrote in it is deleted.").arg(item->summary),
                    QMessageBox::NoButton, this);
    box.setObjectName(QStringLiteral("discardOutboxMessage"));
    QPushButton* remove = box.addButton(tr("Discard"), QMessageBox::DestructiveRole);
    remove->setObjectName(QStringLiteral("confirmDiscardButton"));
    QPushButton* keep = box.addButton(tr("Keep it"), QMessageBox::RejectRole);
    box.setDefaultButton(keep);
    box.exec();
    if (box.clickedButton() == remove)
        m_workspace->discardOutboxItem(seq);
}

} // namespace caseport::app
