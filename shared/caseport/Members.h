#pragma once

// Customer-admin self-service (DESIGN §4): the members of one account with their
// per-product levels, changes to them, and the audit trail of those changes.

#include "caseport/Catalog.h"

#include <map>
#include <string>
#include <vector>

namespace caseport {

// One user's membership of an account as its customer admin sees it.
struct AccountMember {
    std::string user; // e-mail
    std::string name;
    bool customerAdmin = false;
    bool staff = false; // staff are shown but never editable by customer admins
    std::vector<std::string> objects; // object scope; empty = every object
    std::map<std::string, AccessLevel> products; // effective level; absent = none
    std::vector<std::string> configManaged; // products whose level the config file sets (read-only)
    bool operator==(const AccountMember&) const = default;
};

// GET /api/v1/accounts/{account}/members
struct MemberList {
    std::string account;
    std::vector<AccountMember> members;
    bool operator==(const MemberList&) const = default;
};

// PATCH /api/v1/accounts/{account}/members/{user}: the levels to set; products not
// named keep theirs.
struct MemberUpdate {
    std::map<std::string, AccessLevel> products;
    bool operator==(const MemberUpdate&) const = default;
};

// Who changed whose level, when, from what to what.
struct AccessAuditEntry {
    std::string at; // RFC 3339 UTC
    std::string actor;
    std::string account;
    std::string user;
    std::string product;
    AccessLevel before = AccessLevel::None;
    AccessLevel after = AccessLevel::None;
    bool operator==(const AccessAuditEntry&) const = default;
};

// GET /api/v1/accounts/{account}/audit, newest first.
struct AccessAudit {
    std::string account;
    std::vector<AccessAuditEntry> entries;
    bool operator==(const AccessAudit&) const = default;
};

} // namespace caseport
