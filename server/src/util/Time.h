#pragma once

#include <cstdint>
#include <string>

namespace caseport::server {

// Seconds since the Unix epoch, UTC, from the system clock.
[[nodiscard]] std::int64_t nowUnixSeconds();

// RFC 3339 UTC with a "Z" suffix, e.g. 2026-03-01T12:00:00Z.
[[nodiscard]] std::string toRfc3339(std::int64_t unixSeconds);

} // namespace caseport::server
