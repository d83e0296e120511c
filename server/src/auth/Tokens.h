#pragma once

// Random secrets and their digests for sessions and password salts.

#include <cstddef>
#include <string>

namespace caseport::server {

// n bytes from the kernel's CSPRNG (getrandom(2)); throws std::runtime_error on failure.
[[nodiscard]] std::string secureRandomBytes(std::size_t n);

// RFC 4648 §5 base64url without padding.
[[nodiscard]] std::string base64Url(const std::string& bytes);

// A new bearer token: 32 random bytes (256 bits), base64url, 43 characters.
[[nodiscard]] std::string newSessionToken();

// Lower-case hex SHA-256 of the text (how tokens are stored).
[[nodiscard]] std::string sha256Hex(const std::string& text);

} // namespace caseport::server
