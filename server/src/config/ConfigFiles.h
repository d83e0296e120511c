#pragma once

// Finding and parsing the files of one configuration: the main file and, when it
// says `include = "DIR"`, the *.toml files in DIR. What each file may contain is
// ConfigLoader's business; this part only knows about directories and TOML syntax.

#include "config/TomlReader.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace caseport::server {

struct IncludeListing {
    // Each file as `<including file's directory>/DIR/<name>`, in file-name order, so
    // problems name the path the admin wrote rather than an absolute one.
    std::vector<std::string> files;
    std::string error; // why DIR could not be listed; empty when it could
};

// Every regular file matching *.toml directly in `dir` (no subdirectories; hidden
// files are skipped, as the shell pattern skips them), sorted by file name so that
// 10-products.toml comes before 20-users.toml. A relative `dir` is relative to the
// directory of `includingFile`. The including file itself is never listed, so
// `include = "."` cannot read the main file twice. An empty directory is fine.
[[nodiscard]] IncludeListing listIncludeDirectory(const std::string& includingFile,
                                                  const std::string& dir);

// Parses TOML text; a syntax error becomes a problem of `sourceName` and nullopt.
[[nodiscard]] std::optional<toml::table> parseToml(std::string_view text,
                                                   const std::string& sourceName,
                                                   std::vector<ConfigProblem>& problems);

// Reads and parses a file; one that cannot be opened is a problem at line 0.
[[nodiscard]] std::optional<toml::table> parseTomlFile(const std::string& path,
                                                       std::vector<ConfigProblem>& problems);

} // namespace caseport::server
