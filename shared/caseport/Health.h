#pragma once

#include <cstdint>
#include <string>

namespace caseport {

// GET /health: liveness, and how a client tells a caseportd from anything else.
struct Health {
    std::string status = "ok";
    std::string version; // the server's version, e.g. "0.1.0"
    std::int64_t protocol = 0; // protocol::kVersion of the server
    bool operator==(const Health&) const = default;
};

} // namespace caseport
