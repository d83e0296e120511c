#pragma once

// Pieces of the codec shared between its translation units. Private to caseport-core.

#include "caseport/Codec.h"
#include "caseport/Case.h"
#include "caseport/Catalog.h"
#include "caseport/Post.h"
#include "caseport/JsonReader.h"

#include <nlohmann/json.hpp>

#include <map>
#include <string>

namespace caseport::codec {

// {"payroll": "full", ...}
[[nodiscard]] nlohmann::json levelsJson(const std::map<std::string, AccessLevel>& levels);
[[nodiscard]] AccessLevel levelFrom(const nlohmann::json& value, const std::string& field);
[[nodiscard]] std::map<std::string, AccessLevel> levelsFrom(JsonReader& reader, const char* key);

// The custom field values at "fields": an object of scalars or flat lists of scalars;
// absent or null reads as an empty object.
[[nodiscard]] nlohmann::json fieldValues(JsonReader& reader);
// "" travels as null.
[[nodiscard]] nlohmann::json nullable(const std::string& text);

// Every item of the array at `key`, decoded by decodeOne(item, path).
template <class T, class Fn>
[[nodiscard]] std::vector<T> listFrom(JsonReader& reader, const char* key, Fn&& decodeOne)
{
    std::vector<T> out;
    reader.forEach(key, [&](const nlohmann::json& item, const std::string& path) {
        out.push_back(decodeOne(item, path));
    });
    return out;
}

template <class T>
[[nodiscard]] nlohmann::json listJson(const std::vector<T>& items)
{
    nlohmann::json out = nlohmann::json::array();
    for (const auto& item : items)
        out.push_back(toJson(item));
    return out;
}

// A product's or category's form (CodecForm.cpp): {"fields": […], "rules": […]}.
[[nodiscard]] nlohmann::json formJson(const Form& form);
[[nodiscard]] Form formFrom(const nlohmann::json& json, const std::string& path);
// Shared with the form codec: {"da": "…", "en": "…"}.
[[nodiscard]] nlohmann::json localizedJson(const LocalizedText& text);
[[nodiscard]] LocalizedText localizedTextFrom(const nlohmann::json& json, const std::string& path);

// Decoders of one object at `path` (used in error messages, e.g. "posts[2].text").
[[nodiscard]] UserProfile profileFrom(const nlohmann::json& json, const std::string& path);
[[nodiscard]] AttachmentRef attachmentRefFrom(const nlohmann::json& json, const std::string& path);
[[nodiscard]] Case caseFrom(const nlohmann::json& json, const std::string& path);
[[nodiscard]] Post postFrom(const nlohmann::json& json, const std::string& path);
[[nodiscard]] Attachment attachmentFrom(const nlohmann::json& json, const std::string& path);
[[nodiscard]] Notice noticeFrom(const nlohmann::json& json, const std::string& path);
[[nodiscard]] AccountFile accountFileFrom(const nlohmann::json& json, const std::string& path);
// {"da": "…", "en": "…"} ↔ LocalizedText.
[[nodiscard]] nlohmann::json localizedJson(const LocalizedText& text);
[[nodiscard]] LocalizedText localizedTextFrom(const nlohmann::json& json, const std::string& path);

} // namespace caseport::codec
