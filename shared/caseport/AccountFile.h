#pragma once

// Files linked to an account or one of its objects (DESIGN §3 "Account"): contracts,
// site plans, payroll lists — documents that belong to the customer, not to one case.
// The content is a blob uploaded first (PUT /api/v1/blobs/{sha256}); linking it makes
// it visible to whoever AccountFileRules.h allows.

#include <cstdint>
#include <string>
#include <vector>

namespace caseport {

struct AccountFile {
    std::string id; // UUID made by the client that linked it
    std::string account;
    std::string object; // the account's object it belongs to; empty = the whole account
    std::string name;
    std::int64_t size = 0;
    std::string sha256;
    std::string mime;
    std::string addedBy; // the user's id (e-mail)
    std::string createdAt; // RFC 3339 UTC
    bool operator==(const AccountFile&) const = default;
};

// POST /api/v1/accounts/{account}/files: what a client sends. Idempotent on id; the
// server adds account, addedBy and createdAt.
struct NewAccountFile {
    std::string id;
    std::string object; // empty = the whole account
    std::string name;
    std::string sha256;
    std::int64_t size = 0;
    std::string mime;
    bool operator==(const NewAccountFile&) const = default;
};

// GET /api/v1/accounts/{account}/files: the files of the account the caller may see,
// newest first.
struct AccountFileList {
    std::vector<AccountFile> files;
    bool operator==(const AccountFileList&) const = default;
};

} // namespace caseport
