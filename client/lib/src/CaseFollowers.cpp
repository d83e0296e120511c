#include "caseport/client/CaseFollowers.h"

#include "FollowerCandidatesJob.h"

#include "caseport/Codec.h"
#include "caseport/client/Workspace.h"

#include <algorithm>

namespace caseport::client {

FollowerActions followerActions(const caseport::access::Viewer& me, const caseport::Case& shown)
{
    const access::CaseFacts facts = access::factsOf(shown);
    const bool following = std::find(shown.followers.begin(), shown.followers.end(), me.id)
        != shown.followers.end();
    FollowerActions actions;
    actions.manage = access::canManageFollowers(me, facts);
    actions.follow = !following && actions.manage && access::canFollow(me, facts);
    actions.unfollow = following && access::canSeeCase(me, facts);
    return actions;
}

CaseFollowers::CaseFollowers(Workspace* workspace, QObject* parent)
    : QObject(parent)
    , m_workspace(workspace)
{
    qRegisterMetaType<caseport::FollowerCandidates>();
    qRegisterMetaType<caseport::client::ApiFailure>();
}

CaseFollowers::~CaseFollowers() = default; // a running job is a child: aborted quietly

bool CaseFollowers::isLoading() const
{
    return !m_job.isNull();
}

void CaseFollowers::loadCandidates(const QString& caseId)
{
    delete m_job; // a newer question replaces the old one; it reports nothing
    const QString token = QString::fromStdString(m_workspace->session().token);
    auto* job = new FollowerCandidatesJob(m_workspace->network(), m_workspace->server(), token, caseId, this);
    m_job = job;
    connect(job, &FollowerCandidatesJob::succeeded, this, [this, caseId](const FollowerCandidates& list) {
        m_workspace->reportCallOutcome({});
        emit candidatesLoaded(caseId, list);
    });
    connect(job, &FollowerCandidatesJob::failed, this, [this, caseId](const ApiFailure& failure) {
        m_workspace->reportCallOutcome(failure);
        emit candidatesFailed(caseId, failure);
    });
    job->start();
}

std::vector<std::string> CaseFollowers::followersOf(const caseport::Case& shown) const
{
    std::vector<std::string> followers = shown.followers;
    const QString caseId = QString::fromStdString(shown.id);
    for (const OutboxItem& item : m_workspace->outboxItems()) { // oldest first
        if (item.kind != OutboxItem::Kind::UpdateCase || item.caseId != caseId
            || item.state != OutboxItem::State::Pending)
            continue;
        try {
            const auto update = codec::decode<CaseUpdate>(item.payload.toStdString());
            if (update.followers)
                followers = *update.followers;
        } catch (const CodecError&) {
            // An unreadable row shows as failed in the Outbox; it changes nothing here.
        }
    }
    return followers;
}

QString CaseFollowers::add(const caseport::Case& shown, const QStringList& users)
{
    std::vector<std::string> next = followersOf(shown);
    const std::size_t before = next.size();
    for (const QString& user : users) {
        const std::string id = user.toStdString();
        if (std::find(next.begin(), next.end(), id) == next.end())
            next.push_back(id);
    }
    if (next.size() == before)
        return {};
    return queue(shown, std::move(next));
}

QString CaseFollowers::remove(const caseport::Case& shown, const QString& user)
{
    std::vector<std::string> next = followersOf(shown);
    const auto end = std::remove(next.begin(), next.end(), user.toStdString());
    if (end == next.end())
        return {};
    next.erase(end, next.end());
    return queue(shown, std::move(next));
}

QString CaseFollowers::queue(const caseport::Case& shown, std::vector<std::string> followers)
{
    caseport::CaseUpdate update;
    update.baseVersion = shown.version;
    update.followers = std::move(followers);
    return m_workspace->updateCase(QString::fromStdString(shown.id), update);
}

} // namespace caseport::client
