#pragma once

// Who hears of a change on the push channel: a pure rule, tested by table.

#include "caseport/AccessPolicy.h"
#include "caseport/AccountFileRules.h"

#include <string>
#include <vector>

namespace caseport::server::events {

struct CaseAnnouncement {
    access::CaseFacts facts;
    bool staffOnly = false; // an internal note
};

// What happened since the last delivery.
struct ChangeBatch {
    std::vector<CaseAnnouncement> cases;
    std::vector<std::string> usersWithNewAccess;
    bool everything = false; // the configuration was reloaded
    std::vector<access::AccountFileFacts> files; // linked or removed account files
};

// True when `viewer` should be told to sync: they can see one of the changed cases
// (internal notes: staff only) or account files, their own access changed, or everyone's
// may have.
[[nodiscard]] bool concerns(const access::Viewer& viewer, const ChangeBatch& batch);

} // namespace caseport::server::events
