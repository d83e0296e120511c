#pragma once

// A case's conversation behind the HTTP routes: the case with its thread, and new
// posts. Knows nothing about HTTP. Thread-safe; holds references to a Store and a
// ChangeSignal (fired after each new post commits) that must outlive it; the
// configuration comes with each Caller.

#include "caseport/CaseRules.h"
#include "caseport/Post.h"

#include <optional>
#include <string>

namespace caseport::server {

struct Caller;
class ChangeSignal;
class Store;

enum class PostStatus {
    Created,
    Replayed, // same id, same author, same case: the stored post, unchanged
    NotFound, // no such case, or the caller may not see it
    Forbidden, // an internal note from a customer
    Invalid, // problem says which field
    Conflict, // the id belongs to another post
};

struct PostResponse {
    PostStatus status = PostStatus::Created;
    Post value;
    rules::FieldProblem problem;
};

class ConversationService {
public:
    ConversationService(Store& store, ChangeSignal& changed);

    // The case with the posts the caller may read (internal notes for staff only);
    // nullopt when it does not exist or the caller may not see it.
    [[nodiscard]] std::optional<CaseDetail> detail(const Caller& caller, const std::string& caseId);
    [[nodiscard]] PostResponse post(const Caller& caller, const std::string& caseId,
                                    const NewPost& draft);

private:
    Store& m_store;
    ChangeSignal& m_changed;
};

} // namespace caseport::server
