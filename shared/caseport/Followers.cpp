#include "caseport/Followers.h"

#include <algorithm>
#include <tuple>

namespace caseport::access {

bool isFollowerCandidate(const Viewer& candidate, const CaseFacts& facts)
{
    return !candidate.staff && candidate.membershipFor(facts.account) != nullptr
        && canFollow(candidate, facts);
}

FollowerCandidates followerCandidates(const Viewer& caller, const CaseFacts& facts,
                                      const std::vector<Person>& people)
{
    FollowerCandidates out;
    if (!canManageFollowers(caller, facts))
        return out;
    for (const Person& person : people) {
        if (!isFollowerCandidate(person.viewer, facts))
            continue;
        const bool following = std::find(facts.followers.begin(), facts.followers.end(),
                                         person.viewer.id)
            != facts.followers.end();
        out.users.push_back({person.viewer.id, person.name, following});
    }
    std::sort(out.users.begin(), out.users.end(),
              [](const FollowerCandidate& a, const FollowerCandidate& b) {
                  return std::tie(a.name, a.id) < std::tie(b.name, b.id);
              });
    return out;
}

} // namespace caseport::access
