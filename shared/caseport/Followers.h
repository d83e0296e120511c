#pragma once

// Who may be offered as a follower of a case (DESIGN §4), and the wire shape of
// GET /api/v1/cases/{id}/followers/eligible. Pure: the server lists the candidates,
// the client only shows them.

#include "caseport/AccessPolicy.h"

#include <string>
#include <vector>

namespace caseport {

// One person a follower picker may show.
struct FollowerCandidate {
    std::string id; // e-mail
    std::string name;
    bool following = false; // already a follower of the case
    bool operator==(const FollowerCandidate&) const = default;
};

// GET /api/v1/cases/{id}/followers/eligible, sorted by name (then id).
struct FollowerCandidates {
    std::vector<FollowerCandidate> users;
    bool operator==(const FollowerCandidates&) const = default;
};

namespace access {

// A person as the follower picker sees them: their access and the name to show.
struct Person {
    Viewer viewer;
    std::string name;
};

// May `candidate` be offered as a follower of the case: a customer (not staff — staff
// see every case and follow one themselves) who is a member of the case's account and
// canFollow it (level not none on the product, object scope covering the case's object).
[[nodiscard]] bool isFollowerCandidate(const Viewer& candidate, const CaseFacts& facts);

// The people among `people` a follower picker offers `caller` for the case, each with
// whether they follow it already; empty when the caller may not manage followers
// (canManageFollowers). Sorted by name, then id.
[[nodiscard]] FollowerCandidates followerCandidates(const Viewer& caller, const CaseFacts& facts,
                                                    const std::vector<Person>& people);

} // namespace access
} // namespace caseport
