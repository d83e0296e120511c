#include "caseport/JsonReader.h"

#include "caseport/Codec.h"

#include <limits>

namespace caseport::codec {

JsonReader::JsonReader(const nlohmann::json& json, std::string path)
    : m_json(json)
    , m_path(std::move(path))
{
    if (!m_json.is_object())
        throw CodecError(error::kInvalidField, m_path, "expected a JSON object");
}

bool JsonReader::has(const char* key) const
{
    auto it = m_json.find(key);
    return it != m_json.end() && !it->is_null();
}

bool JsonReader::present(const char* key) const
{
    return m_json.contains(key);
}

std::string JsonReader::pathOf(const std::string& key) const
{
    return m_path.empty() ? key : m_path + "." + key;
}

std::vector<std::string> JsonReader::keys()
{
    std::vector<std::string> out;
    for (const auto& item : m_json.items()) {
        m_read.insert(item.key());
        out.push_back(item.key());
    }
    return out;
}

const nlohmann::json* JsonReader::find(const char* key)
{
    m_read.insert(key);
    auto it = m_json.find(key);
    if (it == m_json.end() || it->is_null())
        return nullptr;
    return &*it;
}

void JsonReader::fail(const char* key, const std::string& message) const
{
    throw CodecError(error::kInvalidField, pathOf(key), message);
}

std::string JsonReader::string(const char* key, Presence presence)
{
    const auto* value = find(key);
    if (!value) {
        if (presence == Presence::Required)
            fail(key, "is required");
        return {};
    }
    if (!value->is_string())
        fail(key, "expected a string");
    return value->get<std::string>();
}

std::int64_t JsonReader::integer(const char* key, Presence presence)
{
    const auto* value = find(key);
    if (!value) {
        if (presence == Presence::Required)
            fail(key, "is required");
        return 0;
    }
    // is_number_integer() is true for unsigned values too, so test those first.
    if (value->is_number_unsigned()) {
        const auto unsignedValue = value->get<std::uint64_t>();
        if (unsignedValue <= static_cast<std::uint64_t>(std::numeric_limits<std::int64_t>::max()))
            return static_cast<std::int64_t>(unsignedValue);
        fail(key, "is out of range");
    }
    if (value->is_number_integer())
        return value->get<std::int64_t>();
    fail(key, "expected an integer");
}

bool JsonReader::boolean(const char* key, bool fallback)
{
    const auto* value = find(key);
    if (!value)
        return fallback;
    if (!value->is_boolean())
        fail(key, "expected true or false");
    return value->get<bool>();
}

std::optional<double> JsonReader::number(const char* key)
{
    const auto* value = find(key);
    if (!value)
        return std::nullopt;
    if (!value->is_number())
        fail(key, "expected a number");
    return value->get<double>();
}

std::vector<std::string> JsonReader::strings(const char* key)
{
    std::vector<std::string> out;
    forEach(key, [&](const nlohmann::json& item, const std::string& path) {
        if (!item.is_string())
            throw CodecError(error::kInvalidField, path, "expected a string");
        out.push_back(item.get<std::string>());
    });
    return out;
}

const nlohmann::json& JsonReader::object(const char* key)
{
    static const nlohmann::json empty = nlohmann::json::object();
    const auto* value = find(key);
    if (!value)
        return empty;
    if (!value->is_object())
        fail(key, "expected a JSON object");
    return *value;
}

void JsonReader::forEach(const char* key,
                         const std::function<void(const nlohmann::json&, const std::string&)>& visit)
{
    const auto* value = find(key);
    if (!value)
        return;
    if (!value->is_array())
        fail(key, "expected an array");
    std::size_t index = 0;
    for (const auto& item : *value) {
        visit(item, pathOf(key) + "[" + std::to_string(index) + "]");
        ++index;
    }
}

void JsonReader::finish() const
{
    for (const auto& item : m_json.items()) {
        if (!m_read.contains(item.key()))
            throw CodecError(error::kUnknownField, pathOf(item.key()), "unknown field");
    }
}

} // namespace caseport::codec
