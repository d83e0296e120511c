#pragma once

// Streaming SHA-256 over OpenSSL's EVP interface (several times faster than a portable
// implementation: it uses the CPU's SHA extensions where present). One object hashes
// one message; not thread-safe.

#include <cstddef>
#include <string>
#include <string_view>

struct evp_md_ctx_st;

namespace caseport::server {

class Sha256 {
public:
    Sha256(); // throws std::runtime_error if OpenSSL cannot set up the digest
    ~Sha256();
    Sha256(const Sha256&) = delete;
    Sha256& operator=(const Sha256&) = delete;

    void update(const void* data, std::size_t size);
    // Lower-case hex of the digest; the object is spent afterwards.
    [[nodiscard]] std::string finishHex();

    [[nodiscard]] static std::string hex(std::string_view data);

private:
    evp_md_ctx_st* m_ctx;
};

} // namespace caseport::server
