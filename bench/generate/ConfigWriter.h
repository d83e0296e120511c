#pragma once

// The generated caseportd.toml: the three demo products, the accounts and the users
// the load generator planned (same keys as resources/caseportd.toml).

#include <string>
#include <utility>
#include <vector>

namespace caseport::bench {

struct PlannedAccount {
    std::string id;
    std::string name;
    std::string orgNumber;
    std::vector<std::pair<std::string, std::string>> objects; // id, name
};

struct PlannedMembership {
    std::string account;
    bool customerAdmin = false;
    std::vector<std::pair<std::string, std::string>> products; // product id, level
};

struct PlannedUser {
    std::string email;
    std::string name;
    std::string language; // da, sv, en
    bool staff = false;
    std::string passwordHash; // Argon2id encoded
    std::vector<PlannedMembership> memberships;
};

[[nodiscard]] std::string configToml(const std::vector<PlannedAccount>& accounts,
                                     const std::vector<PlannedUser>& users);

} // namespace caseport::bench
