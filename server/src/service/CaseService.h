#pragma once

// Case use-cases behind the HTTP routes: validation, access rules, then the store.
// Knows nothing about HTTP. Thread-safe; holds references to a Store, an
// AccessDirectory and a BlobService that must outlive it; the configuration comes with
// each Caller.

#include "caseport/AccessPolicy.h"
#include "caseport/Case.h"
#include "caseport/CaseRules.h"
#include "caseport/ChangeSet.h"

#include <optional>
#include <string>

namespace caseport::server {

class AccessDirectory;
class ChangeListener;
class BlobService;
struct Caller;
struct Config;
class Store;

enum class CreateStatus {
    Created,
    Replayed, // same id, same submitter: the stored case, unchanged
    Invalid, // problem says which field
    Forbidden, // also for an unknown account, so customers cannot probe account ids;
               // problem.field "creator"/"channel": a customer set what only staff may
    Conflict, // the id belongs to someone else's case (problem.field "id"), or an
              // attachment id to another record (problem.field "attachments")
    UnsupportedType, // an attachment's type is not allowed; problem.code names it
    TooLarge, // an attachment is over the size limit; problem.code says how large
};

enum class UpdateStatus {
    Updated, // also when nothing was to change (value: the case as stored)
    NotFound, // also when the caller may not see the case
    Forbidden, // problem.field says which change the caller may not make
    Invalid, // problem says which field
    TransitionNotAllowed, // the workflow has no move to the status asked for, or only
                          // staff make it; value holds the current case (its status is
                          // the "from"), message names both states
    Conflict, // baseVersion is stale; value holds the current case
};

struct UpdateResponse {
    UpdateStatus status = UpdateStatus::Updated;
    Case value;
    rules::FieldProblem problem;
    std::string message; // TransitionNotAllowed: what was refused, naming both states
};

struct CreateResponse {
    CreateStatus status = CreateStatus::Created;
    Case value;
    rules::FieldProblem problem;
};

class CaseService {
public:
    CaseService(Store& store, AccessDirectory& directory, BlobService& blobs,
                ChangeListener& listener);

    [[nodiscard]] CreateResponse create(const Caller& caller, const NewCase& draft);
    // The case if it exists and the caller may see it.
    [[nodiscard]] std::optional<Case> find(const Caller& caller, const std::string& id);
    // Applies a PATCH against the version the caller saw (CaseServiceUpdate.cpp), in one
    // store transaction with its change-log row. Members equal to what is stored are
    // no change: a PATCH that changes nothing answers the stored case and writes
    // nothing, whatever its baseVersion (an edit replayed after it landed is no
    // conflict). Whoever gains or loses sight of the case gets all of it, or its
    // removal, in their next changes().
    [[nodiscard]] UpdateResponse update(const Caller& caller, const std::string& id,
                                        const CaseUpdate& change);
    // limit is clamped to 1..protocol::kMaxChangesLimit. The cursor carries the caller's
    // access fingerprint: a cursor made under other access answers reset.
    [[nodiscard]] ChangeSet changes(const Caller& caller, const std::string& since, int limit);

private:
    // The checks of update() that do not depend on the case's state: who may change
    // which member at all, and whether what it refers to exists.
    [[nodiscard]] std::optional<UpdateResponse> checkEditor(const Caller& caller, const Case& current,
                                                            const CaseUpdate& edit);
    // Every follower must exist and be eligible (access::canFollow) for the case.
    [[nodiscard]] bool followersEligible(const Config& config, const access::CaseFacts& facts,
                                         const std::vector<std::string>& followers);
    [[nodiscard]] std::optional<rules::FieldProblem> checkReferences(const Caller& caller,
                                                                     const NewCase& draft);

    Store& m_store;
    AccessDirectory& m_directory;
    BlobService& m_blobs;
    ChangeListener& m_listener;
};

} // namespace caseport::server
