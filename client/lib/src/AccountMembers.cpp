#include "caseport/client/AccountMembers.h"

#include "AccessAuditJob.h"
#include "MembersJob.h"
#include "UpdateMemberJob.h"

#include "caseport/client/Workspace.h"

namespace caseport::client {

AccountMembers::AccountMembers(Workspace* workspace, QObject* parent)
    : QObject(parent)
    , m_workspace(workspace)
{
    qRegisterMetaType<caseport::MemberList>();
    qRegisterMetaType<caseport::AccountMember>();
    qRegisterMetaType<caseport::AccessAudit>();
    qRegisterMetaType<caseport::client::ApiFailure>();
}

AccountMembers::~AccountMembers() = default; // running jobs are children: aborted quietly

void AccountMembers::load(const QString& account)
{
    delete m_loadJob; // a newer question replaces the old one; it reports nothing
    const QString token = QString::fromStdString(m_workspace->session().token);
    auto* job = new MembersJob(m_workspace->network(), m_workspace->server(), token, account, this);
    m_loadJob = job;
    connect(job, &MembersJob::succeeded, this, [this](const MemberList& members) {
        m_workspace->reportCallOutcome({});
        emit loaded(members);
    });
    connect(job, &MembersJob::failed, this, [this, account](const ApiFailure& failure) {
        m_workspace->reportCallOutcome(failure);
        emit loadFailed(account, failure);
    });
    job->start();
}

void AccountMembers::loadAudit(const QString& account)
{
    delete m_auditJob;
    const QString token = QString::fromStdString(m_workspace->session().token);
    auto* job = new AccessAuditJob(m_workspace->network(), m_workspace->server(), token, account, this);
    m_auditJob = job;
    connect(job, &AccessAuditJob::succeeded, this, [this](const AccessAudit& audit) {
        m_workspace->reportCallOutcome({});
        emit auditLoaded(audit);
    });
    connect(job, &AccessAuditJob::failed, this, [this, account](const ApiFailure& failure) {
        m_workspace->reportCallOutcome(failure);
        emit auditFailed(account, failure);
    });
    job->start();
}

bool AccountMembers::save(const QString& account, const QMap<QString, MemberUpdate>& updates)
{
    if (m_pendingSaves > 0 || updates.isEmpty())
        return false;
    m_pendingSaves = static_cast<int>(updates.size());
    m_saved = 0;
    m_failed = 0;
    const QString token = QString::fromStdString(m_workspace->session().token);
    for (auto it = updates.cbegin(); it != updates.cend(); ++it) {
        const QString user = it.key();
        auto* job = new UpdateMemberJob(m_workspace->network(), m_workspace->server(), token, account, user,
                                        it.value(), this);
        connect(job, &UpdateMemberJob::succeeded, this, [this, account](const AccountMember& member) {
            m_workspace->reportCallOutcome({});
            // Your own levels changed: the catalog (and what you may see) follows now.
            if (member.user == m_workspace->session().user.id)
                m_workspace->sync();
            emit memberSaved(account, member);
            onSaveAnswered(account, true);
        });
        connect(job, &UpdateMemberJob::failed, this, [this, account, user](const ApiFailure& failure) {
            m_workspace->reportCallOutcome(failure);
            emit memberSaveFailed(account, user, failure);
            onSaveAnswered(account, false);
        });
        job->start();
    }
    return true;
}

void AccountMembers::onSaveAnswered(const QString& account, bool ok)
{
    ++(ok ? m_saved : m_failed);
    if (--m_pendingSaves == 0)
        emit saveFinished(account, m_saved, m_failed);
}

bool AccountMembers::isLoading() const
{
    return m_loadJob || m_auditJob;
}

bool AccountMembers::isSaving() const
{
    return m_pendingSaves > 0;
}

} // namespace caseport::client
