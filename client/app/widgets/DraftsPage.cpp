#include "DraftsPage.h"

#include "caseport/client/DraftListModel.h"
#include "caseport/client/Workspace.h"

#include <QEvent>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTreeView>

namespace caseport::app {

using caseport::client::DraftListModel;

DraftsPage::DraftsPage(caseport::client::Workspace* workspace, QWidget* parent)
    : ListPage(workspace->draftListModel(), QStringLiteral("draftsPage"), DraftListModel::Subject,
               DraftListModel::DraftIdRole, parent)
    , m_workspace(workspace)
{
    m_open = addButton("openDraftButton");
    m_discard = addButton("discardDraftButton");
    connect(m_open, &QPushButton::clicked, this, &DraftsPage::openCurrent);
    connect(m_discard, &QPushButton::clicked, this, &DraftsPage::discardCurrent);
    connect(view(), &QTreeView::activated, this, &DraftsPage::openCurrent);
    m_detail->hide();
    retranslateUi();
    updateActions();
}

void DraftsPage::retranslateUi()
{
    //: Title of the Drafts page
    setTexts(tr("Drafts"),
             tr("Cases you started and have not sent. They are saved as you type, also without a "
                "connection, and wait here until you send or discard them."),
             tr("No drafts. A case you start writing is kept here until you send it."));
    //: Button: continue writing the selected draft
    m_open->setText(tr("&Open"));
    m_discard->setText(tr("&Discard…"));
}

void DraftsPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    ListPage::changeEvent(event);
}

void DraftsPage::updateActions()
{
    const bool selected = currentRow() >= 0;
    m_open->setEnabled(selected);
    m_discard->setEnabled(selected);
}

void DraftsPage::openCurrent()
{
    if (const auto* draft = m_workspace->draftListModel()->draftAt(currentRow()))
        emit openDraft(QString::fromStdString(draft->content.id));
}

void DraftsPage::discardCurrent()
{
    const auto* draft = m_workspace->draftListModel()->draftAt(currentRow());
    if (!draft)
        return;
    const QString id = QString::fromStdString(draft->content.id);
    // Own button texts: Qt ships no Swedish catalogue for its stock buttons.
    QMessageBox box(QMessageBox::Question, tr("Discard the draft?"),
                    tr("Delete “%1” without sending it?")
                        .arg(m_workspace->draftListModel()->index(currentRow(), DraftListModel::Subject).data().toString()),
                    QMessageBox::NoButton, this);
    box.setObjectName(QStringLiteral("discardDraftMessage"));
    QPushButton* remove = box.addButton(tr("Discard"), QMessageBox::DestructiveRole);
    remove->setObjectName(QStringLiteral("confirmDiscardButton"));
    QPushButton* keep = box.addButton(tr("Keep it"), QMessageBox::RejectRole);
    box.setDefaultButton(keep);
    box.exec();
    if (box.clickedButton() == remove)
        m_workspace->discardDraft(id);
}

} // namespace caseport::app
