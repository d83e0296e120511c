#pragma once

// Who may see, add and remove an account's files (DESIGN §4). Pure functions: the
// server enforces them on every files endpoint and on blob downloads, the client
// mirrors them to offer only what will be accepted.

#include "caseport/AccessPolicy.h"
#include "caseport/AccountFile.h"

#include <string>
#include <vector>

namespace caseport::access {

struct AccountFileFacts {
    std::string account;
    std::string object; // empty = the whole account
    std::string addedBy;
};

[[nodiscard]] AccountFileFacts factsOf(const AccountFile& file);

// Staff; or a member of the account with some access to it (a level other than none on
// at least one product, or customer admin), inside their object scope. As for cases, a
// member scoped to objects sees only those objects' files, not the account-wide ones.
[[nodiscard]] bool canSeeAccountFile(const Viewer& viewer, const AccountFileFacts& facts);

// Link a file to the account (object empty) or to one of its objects: staff; or, inside
// their object scope, the account's customer admin or a member with full access on at
// least one product. Limited members read only.
[[nodiscard]] bool canAddAccountFile(const Viewer& viewer, const std::string& account,
                                     const std::string& object);

// Unlink a file: staff; or someone who can see it and either added it or is the
// account's customer admin.
[[nodiscard]] bool canRemoveAccountFile(const Viewer& viewer, const AccountFileFacts& facts);

// The files of `files` the viewer may see, in their order.
[[nodiscard]] std::vector<AccountFile> visibleAccountFiles(const Viewer& viewer,
                                                           const std::vector<AccountFile>& files);

} // namespace caseport::access
