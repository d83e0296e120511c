#pragma once

#include "caseport/Case.h"
#include "caseport/Post.h"

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
    bool operator==(const ChangeSet&) const = default;
};

} // namespace caseport
