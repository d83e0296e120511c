#pragma once

#include <string>

namespace caseport {

// The public profile of a user; the id is the e-mail address used to log in.
struct UserProfile {
    std::string id;
    std::string name;
    std::string language = "en";
    bool staff = false;
    bool operator==(const UserProfile&) const = default;
};

} // namespace caseport
