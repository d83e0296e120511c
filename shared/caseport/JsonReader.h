#pragma once

// Strict reading of one JSON object for the codec: every key read is remembered so
// finish() can reject unknown keys; every error names the full path of the field.
// Private to caseport-core.

#include <nlohmann/json.hpp>

#include <cstdint>
#include <functional>
#include <optional>
#include <set>
#include <string>
#include <vector>

namespace caseport::codec {

enum class Presence { Required, Optional };

class JsonReader {
public:
    // Throws CodecError(kInvalidField) unless json is an object.
    JsonReader(const nlohmann::json& json, std::string path);

    // has: the key is there and not null. present: the key is there, null or not (a
    // PATCH tells "clear it" (null) from "leave it" (absent) this way).
    [[nodiscard]] bool has(const char* key) const;
    [[nodiscard]] bool present(const char* key) const;
    [[nodiscard]] std::string pathOf(const std::string& key) const;
    // All keys of the object, marking them read.
    [[nodiscard]] std::vector<std::string> keys();

    // An optional string may be absent or null and then reads as "".
    std::string string(const char* key, Presence presence);
    std::int64_t integer(const char* key, Presence presence);
    bool boolean(const char* key, bool fallback);
    // Any JSON number; absent or null = none.
    std::optional<double> number(const char* key);
    std::vector<std::string> strings(const char* key);
    // Absent or null reads as an empty object. The reference lives as long as the
    // JSON this reader reads.
    const nlohmann::json& object(const char* key);
    void forEach(const char* key,
                 const std::function<void(const nlohmann::json&, const std::string&)>& visit);

    // Throws CodecError(kUnknownField) for the first key nobody read.
    void finish() const;

private:
    const nlohmann::json* find(const char* key);
    [[noreturn]] void fail(const char* key, const std::string& message) const;

    const nlohmann::json& m_json;
    std::string m_path;
    std::set<std::string> m_read;
};

} // namespace caseport::codec
