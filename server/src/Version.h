#pragma once

namespace caseport::server {

// The server's release version, reported by GET /health and --help.
inline constexpr const char* kServerVersion = "0.1.0";

} // namespace caseport::server
