#pragma once

// bench.json: what bench/generate made (users, password, a case per account that the
// benchmarks post to), so sync_bench and push_bench need no knowledge of the generator.

#include <string>
#include <vector>

namespace caseport::bench {

struct ManifestAccount {
    std::string id;
    std::string fullUser; // full access to every product, customer admin
    std::string limitedUser; // limited payroll and time
    std::string hrUser; // full HR only
    int cases = 0;
    std::string publicCase; // a non-private case every full member and staff can see
};

struct Manifest {
    std::string password; // every user's
    std::string staffUser;
    int cases = 0;
    int posts = 0;
    unsigned long long seed = 0;
    std::string generatedAt;
    double generateSeconds = 0;
    std::vector<ManifestAccount> accounts;
};

// Throws std::runtime_error when the file cannot be read or written.
[[nodiscard]] Manifest loadManifest(const std::string& path);
void saveManifest(const Manifest& manifest, const std::string& path);

} // namespace caseport::bench
