#pragma once

// Loads caseportd.toml (DESIGN §8) into a Config and reports every problem as
// "file:line: message" instead of stopping at the first. Extend by adding a
// readXxx() step in ConfigLoader.cpp and a member in Config.

#include "config/Config.h"
#include "config/TomlReader.h"

#include <string>
#include <string_view>
#include <vector>

namespace caseport::server {

struct ConfigLoadResult {
    Config config; // meaningful only when ok()
    std::vector<ConfigProblem> problems;

    [[nodiscard]] bool ok() const { return problems.empty(); }
};

// Reads and validates the file; relative paths in it resolve against its directory.
[[nodiscard]] ConfigLoadResult loadConfigFile(const std::string& path);

// The same for text already in memory; sourceName is used in problems and its
// directory anchors relative paths.
[[nodiscard]] ConfigLoadResult loadConfigText(std::string_view text, const std::string& sourceName);

} // namespace caseport::server
