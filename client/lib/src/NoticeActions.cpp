#include "caseport/client/NoticeActions.h"

#include "PublishNoticeJob.h"
#include "WithdrawNoticeJob.h"

#include "caseport/client/Workspace.h"

#include <QUuid>

namespace caseport::client {

NoticeActions::NoticeActions(Workspace* workspace, QObject* parent)
    : QObject(parent)
    , m_workspace(workspace)
{
    qRegisterMetaType<caseport::Notice>();
    qRegisterMetaType<caseport::client::ApiFailure>();
}

NoticeActions::~NoticeActions() = default; // running jobs are children: aborted quietly

NewNotice NoticeActions::newNotice()
{
    NewNotice notice;
    notice.id = QUuid::createUuid().toString(QUuid::WithoutBraces).toStdString();
    return notice;
}

void NoticeActions::publish(NewNotice notice)
{
    if (notice.id.empty())
        notice.id = newNotice().id;
    const QString token = QString::fromStdString(m_workspace->session().token);
    auto* job = new PublishNoticeJob(m_workspace->network(), m_workspace->server(), token, std::move(notice), this);
    connect(job, &PublishNoticeJob::succeeded, this, [this](const Notice& stored) {
        m_workspace->reportCallOutcome({});
        m_workspace->sync(); // the catalog now carries it
        emit published(stored);
    });
    connect(job, &PublishNoticeJob::failed, this, [this](const ApiFailure& failure) {
        m_workspace->reportCallOutcome(failure);
        emit publishFailed(failure);
    });
    job->start();
}

void NoticeActions::withdraw(const QString& id)
{
    const QString token = QString::fromStdString(m_workspace->session().token);
    auto* job = new WithdrawNoticeJob(m_workspace->network(), m_workspace->server(), token, id, this);
    connect(job, &WithdrawNoticeJob::succeeded, this, [this, id] {
        m_workspace->reportCallOutcome({});
        m_workspace->sync();
        emit withdrawn(id);
    });
    connect(job, &WithdrawNoticeJob::failed, this, [this, id](const ApiFailure& failure) {
        m_workspace->reportCallOutcome(failure);
        emit withdrawFailed(id, failure);
    });
    job->start();
}

} // namespace caseport::client
