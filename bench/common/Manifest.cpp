#include "Manifest.h"

#include <nlohmann/json.hpp>

#include <fstream>
#include <stdexcept>

namespace caseport::bench {

Manifest loadManifest(const std::string& path)
{
    std::ifstream in(path);
    if (!in)
        throw std::runtime_error("cannot read " + path + " (run bench/generate first)");
    const nlohmann::json j = nlohmann::json::parse(in);
    Manifest m;
    m.password = j.at("password").get<std::string>();
    m.staffUser = j.at("staffUser").get<std::string>();
    m.cases = j.at("cases").get<int>();
    m.posts = j.at("posts").get<int>();
    m.seed = j.at("seed").get<unsigned long long>();
    m.generatedAt = j.at("generatedAt").get<std::string>();
    m.generateSeconds = j.value("generateSeconds", 0.0);
    for (const auto& a : j.at("accounts")) {
        m.accounts.push_back({a.at("id").get<std::string>(), a.at("fullUser").get<std::string>(),
                              a.at("limitedUser").get<std::string>(), a.at("hrUser").get<std::string>(),
                              a.at("cases").get<int>(), a.at("publicCase").get<std::string>()});
    }
    return m;
}

void saveManifest(const Manifest& m, const std::string& path)
{
    nlohmann::json accounts = nlohmann::json::array();
    for (const auto& a : m.accounts) {
        accounts.push_back({{"id", a.id},
                            {"fullUser", a.fullUser},
                            {"limitedUser", a.limitedUser},
                            {"hrUser", a.hrUser},
                            {"cases", a.cases},
                            {"publicCase", a.publicCase}});
    }
    const nlohmann::json j = {{"password", m.password},     {"staffUser", m.staffUser},
                              {"cases", m.cases},           {"posts", m.posts},
                              {"seed", m.seed},             {"generatedAt", m.generatedAt},
                              {"generateSeconds", m.generateSeconds}, {"accounts", accounts}};
    std::ofstream out(path);
    out << j.dump(2) << '\n';
    if (!out)
        throw std::runtime_error("cannot write " + path);
}

} // namespace caseport::bench
