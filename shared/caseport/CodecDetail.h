#pragma once

// Pieces of the codec shared between its translation units. Private to caseport-core.

#include "caseport/Catalog.h"
#include "caseport/JsonReader.h"

#include <nlohmann/json.hpp>

#include <map>
#include <string>

namespace caseport::codec {

// {"payroll": "full", ...}
[[nodiscard]] nlohmann::json levelsJson(const std::map<std::string, AccessLevel>& levels);
[[nodiscard]] AccessLevel levelFrom(const nlohmann::json& value, const std::string& field);
[[nodiscard]] std::map<std::string, AccessLevel> levelsFrom(JsonReader& reader, const char* key);

} // namespace caseport::codec
