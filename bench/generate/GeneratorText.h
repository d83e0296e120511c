#pragma once

// Realistic case and post text for the load generator: subjects, descriptions of a
// few hundred bytes and replies in Danish, Swedish or English, assembled from phrase
// pools by a seeded generator, so the same seed always yields the same store.

#include <cstdint>
#include <string>

namespace caseport::bench {

// SplitMix64: tiny, fast, good enough for test data; a UniformRandomBitGenerator.
class Rng {
public:
    using result_type = std::uint64_t;
    explicit Rng(std::uint64_t seed)
        : m_state(seed)
    {
    }
    static constexpr result_type min() { return 0; }
    static constexpr result_type max() { return ~result_type{0}; }
    result_type operator()()
    {
        std::uint64_t z = (m_state += 0x9E3779B97F4A7C15ull);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
        return z ^ (z >> 31);
    }
    // 0 <= n < bound
    std::uint64_t below(std::uint64_t bound) { return (*this)() % bound; }
    // 0.0 <= x < 1.0
    double unit() { return static_cast<double>((*this)() >> 11) * 0x1.0p-53; }
    bool chance(double p) { return unit() < p; }

private:
    std::uint64_t m_state;
};

enum class Language { Danish, Swedish, English };

[[nodiscard]] const char* languageCode(Language language); // "da", "sv", "en"

// A version 4 UUID drawn from rng.
[[nodiscard]] std::string uuidFrom(Rng& rng);

// product: "payroll", "hr" or "time".
[[nodiscard]] std::string caseSubject(Rng& rng, const std::string& product, Language language);
// Three to six sentences, roughly 250 to 700 bytes.
[[nodiscard]] std::string caseDescription(Rng& rng, const std::string& product, Language language);
// One to three sentences from a customer or from staff; internal notes (staff only)
// say so first.
[[nodiscard]] std::string postText(Rng& rng, Language language, bool fromStaff, bool internal);

// Names for the generated config.
[[nodiscard]] std::string companyName(int index, Language language);
[[nodiscard]] std::string personName(int index);
[[nodiscard]] std::string emailLocalPart(int index); // "mette.nielsen"

} // namespace caseport::bench
