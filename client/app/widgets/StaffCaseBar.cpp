#include "StaffCaseBar.h"

#include "CloseAnswerDialog.h"
#include "LanguageManager.h"

#include "caseport/Workflow.h"
#include "caseport/client/AccessChoices.h"
#include "caseport/client/CatalogText.h"
#include "caseport/client/Workspace.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QToolButton>

namespace caseport::app {

using caseport::client::Workspace;

StaffCaseBar::StaffCaseBar(Workspace* workspace, LanguageManager* languages, QWidget* parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_languages(languages)
{
    setObjectName(QStringLiteral("staffCaseBar"));
    m_assignee = new QLabel(this);
    m_assignee->setObjectName(QStringLiteral("caseAssignee"));
    m_assignee->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_assignToMe = new QPushButton(this);
    m_assignToMe->setObjectName(QStringLiteral("assignToMeButton"));
    m_assignMenu = new QMenu(this);
    m_assignMenu->setObjectName(QStringLiteral("assignMenu"));
    m_assignTo = new QToolButton(this);
    m_assignTo->setObjectName(QStringLiteral("assignToButton"));
    m_assignTo->setMenu(m_assignMenu);
    m_assignTo->setPopupMode(QToolButton::InstantPopup);
    m_assignTo->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_statusMenu = new QMenu(this);
    m_statusMenu->setObjectName(QStringLiteral("statusMenu"));
    m_status = new QToolButton(this);
    m_status->setObjectName(QStringLiteral("statusMenuButton"));
    m_status->setMenu(m_statusMenu);
    m_status->setPopupMode(QToolButton::InstantPopup);
    m_status->setToolButtonStyle(Qt::ToolButtonTextOnly);

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_assignee, 1);
    layout->addWidget(m_assignToMe);
    layout->addWidget(m_assignTo);
    layout->addWidget(m_status);

    connect(m_assignToMe, &QPushButton::clicked, this,
            [this] { assign(QString::fromStdString(m_workspace->session().user.id)); });
    // Filled when opened: the staff list and the workflow may have changed since.
    connect(m_assignMenu, &QMenu::aboutToShow, this, &StaffCaseBar::fillAssignMenu);
    connect(m_statusMenu, &QMenu::aboutToShow, this, &StaffCaseBar::fillStatusMenu);
    connect(m_workspace, &Workspace::catalogChanged, this, &StaffCaseBar::render);
    retranslateUi();
    hide();
}

void StaffCaseBar::setCase(const std::optional<caseport::Case>& shown)
{
    m_case = shown;
    render();
}

void StaffCaseBar::retranslateUi()
{
    //: Button on a case (staff): assign the case to oneself
    m_assignToMe->setText(tr("Assign to &me"));
    //: Button with a menu of colleagues to assign the case to
    m_assignTo->setText(tr("Assign &to…"));
    m_assignTo->setToolTip(tr("Assign the case to a colleague"));
    //: Button with a menu of the statuses the case may move to
    m_status->setText(tr("Stat&us"));
    m_status->setToolTip(tr("Change the status; closing asks for the answer"));
    render();
}

void StaffCaseBar::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

QString StaffCaseBar::staffName(const std::string& id) const
{
    for (const caseport::StaffMember& member : m_workspace->catalog().staff) {
        if (member.id == id && !member.name.empty())
            return QString::fromStdString(member.name);
    }
    return QString::fromStdString(id);
}

void StaffCaseBar::render()
{
    const bool staff = m_workspace->session().user.staff || m_workspace->catalog().user.staff;
    setVisible(staff && m_case.has_value());
    if (!m_case)
        return;
    const std::string& me = m_workspace->session().user.id;
    if (m_case->assignee.empty())
        //: Shown on a case nobody is assigned to (staff)
        m_assignee->setText(tr("Unassigned"));
    else if (m_case->assignee == me)
        //: The case is assigned to the user looking at it
        m_assignee->setText(tr("Assigned to you"));
    else
        //: %1 is the name of the staff member the case is assigned to
        m_assignee->setText(tr("Assigned to %1").arg(staffName(m_case->assignee)));
    m_assignToMe->setEnabled(m_case->assignee != me);
}

void StaffCaseBar::fillAssignMenu()
{
    m_assignMenu->clear();
    if (!m_case)
        return;
    for (const caseport::StaffMember& member : m_workspace->catalog().staff) {
        QAction* action = m_assignMenu->addAction(
            QString::fromStdString(member.name.empty() ? member.id : member.name));
        action->setObjectName(QStringLiteral("assignTo:") + QString::fromStdString(member.id));
        action->setCheckable(true);
        action->setChecked(member.id == m_case->assignee);
        const QString id = QString::fromStdString(member.id);
        connect(action, &QAction::triggered, this, [this, id] { assign(id); });
    }
    m_assignMenu->addSeparator();
    //: Menu entry: the case is assigned to nobody
    QAction* nobody = m_assignMenu->addAction(tr("Nobody (unassign)"));
    nobody->setObjectName(QStringLiteral("unassignAction"));
    nobody->setEnabled(!m_case->assignee.empty());
    connect(nobody, &QAction::triggered, this, [this] { assign(QString()); });
}

void StaffCaseBar::fillStatusMenu()
{
    m_statusMenu->clear();
    if (!m_case)
        return;
    const caseport::Catalog& catalog = m_workspace->catalog();
    const auto viewer = caseport::client::accessChoices::viewerOf(catalog, m_workspace->session());
    const auto facts = caseport::access::factsOf(*m_case);
    const auto flow = caseport::workflow::fromCatalog(catalog); // the server's configured one
    for (const caseport::StatusDefinition& state : flow.states) {
        if (caseport::workflow::checkStatusChange(flow, viewer, facts, m_case->status, state.id)
            != caseport::workflow::StatusChange::Allowed)
            continue;
        QString label = caseport::client::catalogText::statusLabel(catalog.statuses, state.id,
                                                                  m_languages->language());
        if (state.closed)
            //: A status menu entry that asks for the answer first; %1 is e.g. "Closed"
            label = tr("%1 (with answer)…").arg(label);
        QAction* action = m_statusMenu->addAction(label);
        action->setObjectName(QStringLiteral("status:") + QString::fromStdString(state.id));
        const QString id = QString::fromStdString(state.id);
        connect(action, &QAction::triggered, this, [this, id] { changeStatus(id); });
    }
    if (m_statusMenu->isEmpty()) {
        //: Status menu when the workflow offers no move from the current status
        m_statusMenu->addAction(tr("No other status possible"))->setEnabled(false);
    }
}

void StaffCaseBar::assign(const QString& user)
{
    if (!m_case || m_case->assignee == user.toStdString())
        return;
    caseport::CaseUpdate update;
    update.baseVersion = m_case->version;
    update.assignee = user.toStdString();
    queue(update);
}

void StaffCaseBar::changeStatus(const QString& status)
{
    if (!m_case)
        return;
    const auto flow = caseport::workflow::fromCatalog(m_workspace->catalog());
    caseport::CaseUpdate update;
    update.baseVersion = m_case->version;
    update.status = status.toStdString();
    if (!flow.isClosed(status.toStdString())) {
        queue(update);
        return;
    }
    // Closing: the answer goes with the status in the same edit.
    const QString label = caseport::client::catalogText::statusLabel(m_workspace->catalog().statuses,
                                                                     status.toStdString(), m_languages->language());
    auto* dialog = new CloseAnswerDialog(QString::fromStdString(m_case->number), label,
                                         QString::fromStdString(m_case->answer), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    // The edit stays with the case and version the dialog was opened for, even if the
    // user selects another case meanwhile; a newer version makes it a conflict to resolve.
    const QString caseId = QString::fromStdString(m_case->id);
    const std::string before = m_case->answer;
    connect(dialog, &QDialog::accepted, this, [this, dialog, update, caseId, before]() mutable {
        if (dialog->answer().toStdString() != before)
            update.answer = dialog->answer().toStdString();
        m_workspace->updateCase(caseId, update);
        emit changeQueued();
    });
    dialog->open();
}

void StaffCaseBar::queue(const caseport::CaseUpdate& update)
{
    m_workspace->updateCase(QString::fromStdString(m_case->id), update);
    emit changeQueued();
}

} // namespace caseport::app
