#pragma once

#include "caseport/User.h"

#include <string>

namespace caseport {

struct LoginRequest {
    std::string user;
    std::string password;
    bool operator==(const LoginRequest&) const = default;
};

struct SessionInfo {
    std::string token; // opaque bearer token
    std::string expiresAt; // RFC 3339 UTC
    UserProfile user;
    bool operator==(const SessionInfo&) const = default;
};

} // namespace caseport
