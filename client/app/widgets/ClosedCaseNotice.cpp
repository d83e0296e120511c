#include "ClosedCaseNotice.h"

#include "caseport/Workflow.h"
#include "caseport/client/CatalogText.h"
#include "caseport/client/Workspace.h"

#include <QDateTime>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QUuid>

namespace caseport::app {

ClosedCaseNotice::ClosedCaseNotice(caseport::client::Workspace* workspace, QWidget* parent)
    : QFrame(parent)
    , m_workspace(workspace)
{
    setObjectName(QStringLiteral("closedCaseNotice"));
    setStyleSheet(QStringLiteral("#closedCaseNotice { background: #fff8e1; border: 1px solid #e0c060; "
                                 "border-radius: 6px; }"));
    m_text = new QLabel(this);
    m_text->setObjectName(QStringLiteral("closedCaseNoticeText"));
    m_text->setWordWrap(true);
    m_newCase = new QPushButton(this);
    m_newCase->setObjectName(QStringLiteral("newCaseReferringButton"));
    connect(m_newCase, &QPushButton::clicked, this, [this] {
        if (m_case)
            emit newCaseRequested(followUpOf(*m_case));
    });
    auto* layout = new QHBoxLayout(this);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_newCase);
    retranslateUi();
    hide();
}

void ClosedCaseNotice::setCase(const caseport::Case& shown, bool mayPost)
{
    m_case = shown;
    const caseport::workflow::Workflow flow = caseport::workflow::fromCatalog(m_workspace->catalog());
    const QDateTime closedAt = caseport::client::catalogText::parseTimestamp(shown.closedAt);
    const auto effect = caseport::workflow::postEffect(
        flow, m_workspace->session().user.staff, shown.status,
        closedAt.isValid() ? std::optional<std::int64_t>(closedAt.toSecsSinceEpoch()) : std::nullopt,
        QDateTime::currentSecsSinceEpoch());
    m_reopens = effect == caseport::workflow::PostEffect::Reopen;
    m_takesUpdates = effect != caseport::workflow::PostEffect::Refused;
    retranslateUi();
    setVisible(mayPost && effect != caseport::workflow::PostEffect::Append);
}

caseport::NewCase ClosedCaseNotice::followUpOf(const caseport::Case& closed)
{
    caseport::NewCase next;
    next.id = QUuid::createUuid().toString(QUuid::WithoutBraces).toStdString();
    next.account = closed.account;
    next.product = closed.product;
    next.category = closed.category;
    next.object = closed.object;
    const QString subject = QString::fromStdString(closed.subject);
    //: Subject of a new case that follows up a closed one; %1 is the old subject
    next.subject = (subject.startsWith(QStringLiteral("Re: ")) ? subject : tr("Re: %1").arg(subject))
                       .toStdString();
    //: First line of a new case's description; %1 is the closed case's number
    next.description = (tr("This refers to my earlier case %1.").arg(QString::fromStdString(closed.number))
                        + QStringLiteral("\n\n"))
                           .toStdString();
    return next;
}

void ClosedCaseNotice::retranslateUi()
{
    //: Button on a closed case that can no longer be reopened
    m_newCase->setText(tr("New case referring to this one…"));
    m_newCase->setVisible(!m_takesUpdates);
    if (m_reopens)
        m_text->setText(tr("This case is closed. Sharing an update reopens it, and it is received again."));
    else
        m_text->setText(tr("This case is closed and can no longer be reopened. To follow it up, "
                           "file a new case that refers to it."));
}

void ClosedCaseNotice::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QFrame::changeEvent(event);
}

} // namespace caseport::app
