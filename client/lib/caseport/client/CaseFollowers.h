#pragma once

// The followers of a case as the client manages them (DESIGN §4): what the user may do
// with them (pure, mirroring the server's rules), the people the server offers to add
// (asynchronous, online only), and follower edits through the outbox.
//
// GUI thread. The workspace is not owned and must outlive this object. A newer
// loadCandidates() replaces one still running, which then reports nothing.

#include "caseport/Case.h"
#include "caseport/Followers.h"
#include "caseport/client/ApiFailure.h"

#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>

#include <string>
#include <vector>

namespace caseport::client {

class FollowerCandidatesJob;
class Workspace;

// What the user may do with the followers of one case. Pure; see tst_case_followers.
struct FollowerActions {
    bool follow = false; // add themselves (not following, may manage, may follow)
    bool unfollow = false; // remove themselves (following; a follower may always leave)
    bool manage = false; // add others ("Add…") and remove any follower (×)
    bool operator==(const FollowerActions&) const = default;
};
[[nodiscard]] FollowerActions followerActions(const caseport::access::Viewer& me,
                                              const caseport::Case& shown);

class CaseFollowers : public QObject {
    Q_OBJECT
public:
    explicit CaseFollowers(Workspace* workspace, QObject* parent = nullptr);
    ~CaseFollowers() override;

    // GET the people the user may add → candidatesLoaded() or candidatesFailed().
    void loadCandidates(const QString& caseId);
    [[nodiscard]] bool isLoading() const;

    // The case's followers as the user will see them once the outbox is sent: the
    // newest follower edit of the case still waiting in the outbox, else the case's own.
    [[nodiscard]] std::vector<std::string> followersOf(const caseport::Case& shown) const;

    // Queues the case's follower list (followersOf) with `users` added or `user` removed,
    // as an edit against the version shown (Workspace::updateCase). Returns the edit's
    // id; empty when the list would not change.
    QString add(const caseport::Case& shown, const QStringList& users);
    QString remove(const caseport::Case& shown, const QString& user);

signals:
    void candidatesLoaded(const QString& caseId, const caseport::FollowerCandidates& candidates);
    void candidatesFailed(const QString& caseId, const caseport::client::ApiFailure& failure);

private:
    QString queue(const caseport::Case& shown, std::vector<std::string> followers);

    Workspace* m_workspace;
    QPointer<FollowerCandidatesJob> m_job; // a child; deletes itself when done
};

} // namespace caseport::client

Q_DECLARE_METATYPE(caseport::FollowerCandidates)
