#pragma once

#include "caseport/Case.h"

#include <cstdint>
#include <string>
#include <vector>

namespace caseport {

// One message in a case's conversation. Append-only; internal posts are staff-only.
struct Post {
    std::string id; // UUID
    std::string caseId;
    std::string author;
    std::string text;
    bool internal = false;
    std::vector<std::string> attachments; // attachment ids
    std::string createdAt; // RFC 3339 UTC
    bool operator==(const Post&) const = default;
};

// Metadata of a file on a case; the content is the blob named by sha256.
struct Attachment {
    std::string id;
    std::string caseId;
    std::string postId; // empty when attached to the case itself
    std::string name;
    std::int64_t size = 0;
    std::string sha256;
    std::string mime;
    std::string createdAt;
    bool operator==(const Attachment&) const = default;
};

// POST /api/v1/cases/{id}/posts: what a client sends. Idempotent on id.
struct NewPost {
    std::string id; // UUID chosen by the client
    std::string text;
    bool internal = false; // staff only
    std::vector<AttachmentRef> attachments;
    bool operator==(const NewPost&) const = default;
};

// GET /api/v1/cases/{id}: the case with the posts and attachments the caller may see.
struct CaseDetail {
    Case value;
    std::vector<Post> posts; // oldest first
    std::vector<Attachment> attachments;
    bool operator==(const CaseDetail&) const = default;
};

} // namespace caseport
