#pragma once

// Case use-cases behind the HTTP routes: validation, access rules, then the store.
// Knows nothing about HTTP. Thread-safe; holds references to a Store, an AccessDirectory
// and a ChangeSignal (fired after each committed create or update) that must outlive it;
// the configuration comes with each Caller.

#include "caseport/AccessPolicy.h"
#include "caseport/Case.h"
#include "caseport/CaseRules.h"
#include "caseport/ChangeSet.h"

#include <optional>
#include <string>

namespace caseport::server {

class AccessDirectory;
struct Caller;
class ChangeSignal;
struct Config;
class Store;

enum class CreateStatus {
    Created,
    Replayed, // same id, same submitter: the stored case, unchanged
    Invalid, // problem says which field
    Forbidden, // also for an unknown account, so customers cannot probe account ids
    Conflict, // the id belongs to someone else's case
};

enum class UpdateStatus {
    Updated,
    NotFound, // also when the caller may not see the case
    Forbidden, // field says which change the caller may not make
    Invalid, // problem says which field
    Conflict, // baseVersion is stale; value holds the current case
};

struct UpdateResponse {
    UpdateStatus status = UpdateStatus::Updated;
    Case value;
    rules::FieldProblem problem;
};

struct CreateResponse {
    CreateStatus status = CreateStatus::Created;
    Case value;
    rules::FieldProblem problem;
};

class CaseService {
public:
    CaseService(Store& store, AccessDirectory& directory, ChangeSignal& changed);

    [[nodiscard]] CreateResponse create(const Caller& caller, const NewCase& draft);
    // The case if it exists and the caller may see it.
    [[nodiscard]] std::optional<Case> find(const Caller& caller, const std::string& id);
    // Privacy and followers, against the version the caller saw. Whoever gains or
    // loses sight of the case gets all of it, or its removal, in their next changes().
    [[nodiscard]] UpdateResponse update(const Caller& caller, const std::string& id,
                                        const CaseUpdate& change);
    // limit is clamped to 1..protocol::kMaxChangesLimit. The cursor carries the caller's
    // access fingerprint: a cursor made under other access answers reset.
    [[nodiscard]] ChangeSet changes(const Caller& caller, const std::string& since, int limit);

private:
    // Every follower must exist and be eligible (access::canFollow) for the case.
    [[nodiscard]] bool followersEligible(const Config& config, const access::CaseFacts& facts,
                                         const std::vector<std::string>& followers);
    [[nodiscard]] std::optional<rules::FieldProblem> checkReferences(const Caller& caller,
                                                                     const NewCase& draft);

    Store& m_store;
    AccessDirectory& m_directory;
    ChangeSignal& m_changed;
};

} // namespace caseport::server
