#pragma once

// GET /api/v1/cases/{id}/followers/eligible behind the route: the people the caller may
// add as followers of a case (access::followerCandidates over the account's members).
// Thread-safe as its parts are; knows nothing about HTTP.

#include "caseport/Followers.h"

#include <string>

namespace caseport::server {

class AccessDirectory;
class CaseService;
struct Caller;

enum class CandidatesStatus {
    Listed,
    NotFound, // no such case, or the caller may not see it
    Forbidden, // the caller sees the case but may not manage its followers
};

struct CandidatesResponse {
    CandidatesStatus status = CandidatesStatus::Listed;
    FollowerCandidates value;
};

[[nodiscard]] CandidatesResponse followerCandidatesOf(CaseService& cases, AccessDirectory& directory,
                                                      const Caller& caller, const std::string& caseId);

} // namespace caseport::server
