#pragma once

#include "caseport/Case.h"
#include "caseport/Post.h"

#include <cstdint>
#include <string>
#include <vector>

namespace caseport {

struct RemovedIds {
    std::vector<std::string> cases;
    std::vector<std::string> posts;
    std::vector<std::string> attachments;
    bool operator==(const RemovedIds&) const = default;
};

// One page of GET /api/v1/changes. The cursor is opaque to clients.
struct ChangeSet {
    std::string cursor;
    bool more = false;
    bool reset = false;
    std::vector<Case> cases;
    std::vector<Post> posts;
    std::vector<Attachment> attachments;
    RemovedIds removed;
    // The ETag GET /api/v1/catalog would answer for this caller now (quotes included),
    // so a client fetches the catalog only when it differs from its stored one. Empty
    // from a server that does not send it.
    std::string catalogEtag;
    // An upper bound of the change-log records after this page (0 when more is false):
    // how far a long sync still has to go. Not a record count: superseded and invisible
    // log rows are included.
    std::int64_t remaining = 0;
    bool operator==(const ChangeSet&) const = default;
};

} // namespace caseport
