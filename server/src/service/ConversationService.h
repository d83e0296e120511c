#pragma once

// A case's conversation behind the HTTP routes: the case with its thread, and new
// posts. Knows nothing about HTTP. Thread-safe; holds references to a Store and a
// BlobService that must outlive it; the configuration comes with each Caller.

#include "caseport/CaseRules.h"
#include "caseport/Post.h"

#include <optional>
#include <string>

namespace caseport::server {

class BlobService;
struct Caller;
class ChangeListener;
class Store;

enum class PostStatus {
    Created,
    Replayed, // same id, same author, same case: the stored post, unchanged
    NotFound, // no such case, or the caller may not see it
    Forbidden, // an internal note from a customer
    Invalid, // problem says which field
    Conflict, // the id belongs to another post (problem.field "id"), or an attachment
              // id to another record (problem.field "attachments")
    UnsupportedType, // an attachment's type is not allowed; problem.code names it
    TooLarge, // an attachment is over the size limit; problem.code says how large
    CaseClosed, // a customer's post on a case closed longer than the workflow's
                // reopen_days ago (or reopening is off): value.caseId names the case
};

struct PostResponse {
    PostStatus status = PostStatus::Created;
    Post value;
    rules::FieldProblem problem;
    std::string message; // CaseClosed: what to do instead, naming the case
};

class ConversationService {
public:
    ConversationService(Store& store, BlobService& blobs, ChangeListener& listener);

    // The case with the posts and attachments the caller may read (internal notes and
    // their files for staff only);
    // nullopt when it does not exist or the caller may not see it.
    [[nodiscard]] std::optional<CaseDetail> detail(const Caller& caller, const std::string& caseId);
    // A customer's post on a closed case reopens it within the workflow's reopen_days
    // (to its initial state, in the post's transaction) and is refused after that;
    // staff posts never reopen (workflow::postEffect).
    [[nodiscard]] PostResponse post(const Caller& caller, const std::string& caseId,
                                    const NewPost& draft);

private:
    Store& m_store;
    BlobService& m_blobs;
    ChangeListener& m_listener;
};

} // namespace caseport::server
