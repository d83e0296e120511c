#include "auth/PasswordHasher.h"

#include "auth/Tokens.h"

#include <argon2.h>

#include <regex>
#include <stdexcept>

namespace caseport::server {
namespace {

constexpr std::uint32_t kTimeCost = 2;
constexpr std::uint32_t kMemoryKiB = 19456;
constexpr std::uint32_t kParallelism = 1;
constexpr std::size_t kSaltBytes = 16;
constexpr std::size_t kHashBytes = 32;

} // namespace

std::string hashPassword(const std::string& password)
{
    const std::string salt = secureRandomBytes(kSaltBytes);
    std::string encoded(argon2_encodedlen(kTimeCost, kMemoryKiB, kParallelism, kSaltBytes,
                                          kHashBytes, Argon2_id),
                        '\0');
    const int rc = argon2id_hash_encoded(kTimeCost, kMemoryKiB, kParallelism, password.data(),
                                         password.size(), salt.data(), salt.size(), kHashBytes,
                                         encoded.data(), encoded.size());
    if (rc != ARGON2_OK)
        throw std::runtime_error(std::string("argon2id hashing failed: ") + argon2_error_message(rc));
    encoded.resize(encoded.find('\0'));
    return encoded;
}

bool verifyPassword(const std::string& password, const std::string& encoded)
{
    if (!isArgon2idEncoded(encoded))
        return false;
    return argon2id_verify(encoded.c_str(), password.data(), password.size()) == ARGON2_OK;
}

bool isArgon2idEncoded(const std::string& encoded)
{
    static const std::regex shape(
        R"(\$argon2id\$v=19\$m=[0-9]{1,8},t=[0-9]{1,4},p=[0-9]{1,3}\$[A-Za-z0-9+/]{11,}\$[A-Za-z0-9+/]{16,})");
    return std::regex_match(encoded, shape);
}

} // namespace caseport::server
