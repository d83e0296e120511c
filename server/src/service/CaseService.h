#pragma once

// Case use-cases behind the HTTP routes: validation, access rules, then the store.
// Knows nothing about HTTP. Thread-safe; holds references to a Config and a Store
// that must outlive it.

#include "caseport/Case.h"
#include "caseport/CaseRules.h"
#include "caseport/ChangeSet.h"

#include <optional>
#include <string>

namespace caseport::server {

struct Caller;
struct Config;
class Store;

enum class CreateStatus {
    Created,
    Replayed, // same id, same submitter: the stored case, unchanged
    Invalid, // problem says which field
    Forbidden, // also for an unknown account, so customers cannot probe account ids
    Conflict, // the id belongs to someone else's case
};

struct CreateResponse {
    CreateStatus status = CreateStatus::Created;
    Case value;
    rules::FieldProblem problem;
};

class CaseService {
public:
    CaseService(const Config& config, Store& store);

    [[nodiscard]] CreateResponse create(const Caller& caller, const NewCase& draft);
    // The case if it exists and the caller may see it.
    [[nodiscard]] std::optional<Case> find(const Caller& caller, const std::string& id);
    // limit is clamped to 1..protocol::kMaxChangesLimit.
    [[nodiscard]] ChangeSet changes(const Caller& caller, const std::string& since, int limit);

private:
    [[nodiscard]] std::optional<rules::FieldProblem> checkReferences(const Caller& caller,
                                                                     const NewCase& draft) const;

    const Config& m_config;
    Store& m_store;
};

} // namespace caseport::server
