#include "blob/Sha256.h"

#include <openssl/evp.h>

#include <stdexcept>

namespace caseport::server {

Sha256::Sha256()
    : m_ctx(EVP_MD_CTX_new())
{
    if (!m_ctx || EVP_DigestInit_ex(m_ctx, EVP_sha256(), nullptr) != 1) {
        EVP_MD_CTX_free(m_ctx);
        throw std::runtime_error("cannot set up SHA-256");
    }
}

Sha256::~Sha256()
{
    EVP_MD_CTX_free(m_ctx);
}

void Sha256::update(const void* data, std::size_t size)
{
    if (EVP_DigestUpdate(m_ctx, data, size) != 1)
        throw std::runtime_error("SHA-256 update failed");
}

std::string Sha256::finishHex()
{
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    if (EVP_DigestFinal_ex(m_ctx, digest, &length) != 1)
        throw std::runtime_error("SHA-256 final failed");
    static constexpr char kDigits[] = "0123456789abcdef";
    std::string out;
    out.reserve(length * 2);
    for (unsigned int i = 0; i < length; ++i) {
        out += kDigits[digest[i] >> 4];
        out += kDigits[digest[i] & 0x0F];
    }
    return out;
}

std::string Sha256::hex(std::string_view data)
{
    Sha256 hash;
    hash.update(data.data(), data.size());
    return hash.finishHex();
}

} // namespace caseport::server
