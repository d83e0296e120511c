#pragma once

// Argon2id password hashing (libargon2) with the OWASP 2023 minimum parameters:
// t=2, m=19456 KiB, p=1, 16-byte salt, 32-byte hash. Thread-safe; each call costs
// ~20 MB of memory and tens of milliseconds, on purpose.

#include <string>

namespace caseport::server {

// The encoded string "$argon2id$v=19$m=19456,t=2,p=1$<salt>$<hash>".
// Throws std::runtime_error if hashing fails.
[[nodiscard]] std::string hashPassword(const std::string& password);

// True if password matches the encoded hash; false for a mismatch or a bad hash.
[[nodiscard]] bool verifyPassword(const std::string& password, const std::string& encoded);

// True if the text has the shape of an Argon2id encoded hash (config validation).
[[nodiscard]] bool isArgon2idEncoded(const std::string& encoded);

} // namespace caseport::server
