#pragma once

#include <cstdint>
#include <optional>
#include <string>

namespace caseport::server {

// Seconds since the Unix epoch, UTC, from the system clock.
[[nodiscard]] std::int64_t nowUnixSeconds();

// RFC 3339 UTC with a "Z" suffix, e.g. 2026-03-01T12:00:00Z.
[[nodiscard]] std::string toRfc3339(std::int64_t unixSeconds);

// RFC 3339 (any offset, fractions ignored) → Unix seconds; nullopt for "" or anything else.
[[nodiscard]] std::optional<std::int64_t> fromRfc3339(const std::string& text);

} // namespace caseport::server
