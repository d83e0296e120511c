#pragma once

// Who is told about a change of a case by e-mail. Pure: the planner gathers the facts,
// this decides.

#include "caseport/AccessPolicy.h"
#include "caseport/User.h"

#include <string>
#include <vector>

namespace caseport::server::mail {

// A user who may receive mail, with their access as of now.
struct MailCandidate {
    UserProfile profile;
    access::Viewer viewer;
};

struct MailEvent {
    access::CaseFacts caseFacts; // the case as it is now
    std::string actor; // who made the change (never mailed about it); empty = unknown
    bool internal = false; // an internal note: staff only
};

// The case's creator, then its followers in their order, each at most once, keeping
// only those who are still users (in `people`), can see the case now
// (access::canSeeCase), did not make the change, and, for an internal note, may read
// internal notes (staff).
[[nodiscard]] std::vector<UserProfile> mailRecipients(
    const MailEvent& event, const std::vector<MailCandidate>& people);

} // namespace caseport::server::mail
