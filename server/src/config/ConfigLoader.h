#pragma once

// Loads caseportd.toml (DESIGN §8), and the *.toml files of the directory its
// top-level `include` key names, into one Config, and reports every problem as
// "file:line: message" (naming the file it is in) instead of stopping at the first.
// Extend by adding a readXxx() step in ConfigLoader.cpp and a member in Config; a new
// array section that included files may add belongs in Loader::readSections().

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

// Reads and validates the file and its includes; relative paths in it (data_dir,
// include) resolve against its directory.
[[nodiscard]] ConfigLoadResult loadConfigFile(const std::string& path);

// The same for text already in memory; sourceName is used in problems and its
// directory anchors relative paths.
[[nodiscard]] ConfigLoadResult loadConfigText(std::string_view text, const std::string& sourceName);

} // namespace caseport::server
