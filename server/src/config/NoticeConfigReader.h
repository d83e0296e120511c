#pragma once

// Reads one [[notices]] table (DESIGN §8) for the config loader: id, severity,
// text = {da, en, sv}, products, from, until. Times may be TOML date-times with an
// offset (from = 2026-11-20T00:00:00Z) or RFC 3339 strings; either way they are kept
// as RFC 3339 UTC. Problems go to the reader's sink as "file:line: message".
// Private to the server library.

#include "config/Config.h"

#include <map>
#include <string>

namespace caseport::server {

class TomlReader;

// The notice behind `r`; products must already be in `config`. seenIds maps the ids
// read so far to "file:line" of their first use. The caller calls r.finish().
[[nodiscard]] Notice readNotice(TomlReader& r, const Config& config, std::map<std::string, std::string>& seenIds);

} // namespace caseport::server
