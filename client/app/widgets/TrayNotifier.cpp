#include "TrayNotifier.h"

#include "AppResources.h"

#include "caseport/client/CaseListModel.h"
#include "caseport/client/Notifications.h"
#include "caseport/client/Workspace.h"

#include <QSystemTrayIcon>

namespace caseport::app {

TrayNotifier::TrayNotifier(caseport::client::Workspace* workspace, QObject* parent)
    : QObject(parent)
    , m_workspace(workspace)
{
    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        m_tray = new QSystemTrayIcon(appIcon(), this);
        m_tray->setToolTip(QStringLiteral("Caseport"));
        m_tray->show();
        connect(m_tray, &QSystemTrayIcon::messageClicked, this, &TrayNotifier::activateLast);
    }
    connect(m_workspace, &caseport::client::Workspace::casesArrived, this,
            [this](const QVector<caseport::Case>& cases) { m_arrived = cases; });
    connect(m_workspace, &caseport::client::Workspace::postsArrived, this, &TrayNotifier::onPosts);
}

void TrayNotifier::activateLast()
{
    if (!m_lastCaseId.isEmpty())
        emit activated(m_lastCaseId, m_lastAccount);
}

const caseport::Case* TrayNotifier::findCase(const QString& caseId) const
{
    const caseport::client::CaseListModel* cases = m_workspace->caseListModel();
    const int row = cases->rowOf(caseId);
    if (row >= 0)
        return cases->caseAt(row);
    const std::string id = caseId.toStdString();
    for (const caseport::Case& c : m_arrived) {
        if (c.id == id)
            return &c;
    }
    return nullptr;
}

void TrayNotifier::onPosts(const QVector<caseport::Post>& posts)
{
    const std::string me = m_workspace->session().user.id;
    for (const caseport::Post& post : posts) {
        const QString caseId = QString::fromStdString(post.caseId);
        const caseport::Case* onCase = findCase(caseId);
        if (!caseport::client::notifications::notifies(post, onCase, me))
            continue;
        //: Notification title: %1 the case number, %2 its subject
        const QString title = tr("New update on %1: %2")
                                  .arg(QString::fromStdString(onCase->number), QString::fromStdString(onCase->subject));
        QString text = QString::fromStdString(post.text).section(QLatin1Char('\n'), 0, 0).left(160);
        if (text.isEmpty())
            text = tr("Files were added.");
        m_lastCaseId = caseId;
        m_lastAccount = QString::fromStdString(onCase->account);
        emit notified(caseId, title, text);
        if (m_tray)
            m_tray->showMessage(title, text, QSystemTrayIcon::Information, 8000);
    }
    m_arrived.clear();
}

} // namespace caseport::app
