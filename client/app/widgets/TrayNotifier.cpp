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
        connect(m_tray, &QSystemTrayIcon::messageClicked, this, [this] {
            if (!m_lastCaseId.isEmpty())
                emit activated(m_lastCaseId);
        });
    }
    connect(m_workspace, &caseport::client::Workspace::postsArrived, this, &TrayNotifier::onPosts);
}

void TrayNotifier::onPosts(const QVector<caseport::Post>& posts)
{
    const std::string me = m_workspace->session().user.id;
    const caseport::client::CaseListModel* cases = m_workspace->caseListModel();
    for (const caseport::Post& post : posts) {
        const QString caseId = QString::fromStdString(post.caseId);
        const int row = cases->rowOf(caseId);
        const caseport::Case* onCase = row < 0 ? nullptr : cases->caseAt(row);
        if (!caseport::client::notifications::notifies(post, onCase, me))
            continue;
        //: Notification title: %1 the case number, %2 its subject
        const QString title = tr("New update on %1: %2")
                                  .arg(QString::fromStdString(onCase->number), QString::fromStdString(onCase->subject));
        QString text = QString::fromStdString(post.text).section(QLatin1Char('\n'), 0, 0).left(160);
        if (text.isEmpty())
            text = tr("Files were added.");
        m_lastCaseId = caseId;
        emit notified(caseId, title, text);
        if (m_tray)
            m_tray->showMessage(title, text, QSystemTrayIcon::Information, 8000);
    }
}

} // namespace caseport::app
