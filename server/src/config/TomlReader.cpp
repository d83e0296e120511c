#include "config/TomlReader.h"

namespace caseport::server {

std::string ConfigProblem::toString() const
{
    return file + ":" + std::to_string(line) + ": " + message;
}

ProblemSink::ProblemSink(std::string file, std::vector<ConfigProblem>& problems)
    : m_file(std::move(file))
    , m_problems(problems)
{
}

void ProblemSink::add(const toml::source_region& where, const std::string& message)
{
    add(static_cast<int>(where.begin.line), message);
}

void ProblemSink::add(int line, const std::string& message)
{
    m_problems.push_back({m_file, line, message});
}

TomlReader::TomlReader(const toml::table& table, std::string path, ProblemSink& sink)
    : m_table(table)
    , m_path(std::move(path))
    , m_sink(sink)
{
}

std::string TomlReader::nameOf(const char* key) const
{
    return m_path.empty() ? std::string(key) : m_path + "." + key;
}

void TomlReader::problem(const char* key, const std::string& message)
{
    const toml::node* node = m_table.get(key);
    m_sink.add(node ? node->source() : m_table.source(), nameOf(key) + ": " + message);
}

std::string TomlReader::locationOf(const char* key) const
{
    const toml::node* node = m_table.get(key);
    const auto& where = node ? node->source() : m_table.source();
    return m_sink.file() + ":" + std::to_string(where.begin.line);
}

const toml::node* TomlReader::claim(const char* key)
{
    m_read.insert(key);
    return m_table.get(key);
}

const toml::node* TomlReader::take(const char* key, Need need, const char* expected)
{
    m_read.insert(key);
    const toml::node* node = m_table.get(key);
    if (!node && need == Need::Required)
        m_sink.add(m_table.source(), nameOf(key) + ": missing (" + expected + " required)");
    return node;
}

std::optional<std::string> TomlReader::string(const char* key, Need need)
{
    const toml::node* node = take(key, need, "a string");
    if (!node)
        return std::nullopt;
    if (const auto* value = node->as_string())
        return value->get();
    m_sink.add(node->source(), nameOf(key) + ": must be a string");
    return std::nullopt;
}

std::optional<std::int64_t> TomlReader::integer(const char* key, Need need)
{
    const toml::node* node = take(key, need, "an integer");
    if (!node)
        return std::nullopt;
    if (const auto* value = node->as_integer())
        return value->get();
    m_sink.add(node->source(), nameOf(key) + ": must be an integer");
    return std::nullopt;
}

std::optional<bool> TomlReader::boolean(const char* key)
{
    const toml::node* node = take(key, Need::Optional, "true or false");
    if (!node)
        return std::nullopt;
    if (const auto* value = node->as_boolean())
        return value->get();
    m_sink.add(node->source(), nameOf(key) + ": must be true or false");
    return std::nullopt;
}

std::vector<std::string> TomlReader::strings(const char* key)
{
    std::vector<std::string> out;
    const toml::node* node = take(key, Need::Optional, "an array of strings");
    if (!node)
        return out;
    const auto* array = node->as_array();
    if (!array) {
        m_sink.add(node->source(), nameOf(key) + ": must be an array of strings");
        return out;
    }
    for (const toml::node& item : *array) {
        if (const auto* text = item.as_string())
            out.push_back(text->get());
        else
            m_sink.add(item.source(), nameOf(key) + ": every entry must be a string");
    }
    return out;
}

LocalizedText TomlReader::localized(const char* key, Need need)
{
    LocalizedText text;
    const toml::table* table = subTable(key, need);
    if (!table)
        return text;
    for (auto&& [language, node] : *table) {
        const std::string code(language.str());
        if (code != "da" && code != "en" && code != "sv") {
            m_sink.add(node.source(), nameOf(key) + ": unknown language '" + code
                                          + "' (expected da, en or sv)");
        } else if (const auto* value = node.as_string()) {
            text.byLanguage[code] = value->get();
        } else {
            m_sink.add(node.source(), nameOf(key) + "." + code + ": must be a string");
        }
    }
    if (text.byLanguage.empty() && table->empty())
        m_sink.add(table->source(), nameOf(key) + ": needs at least one language (da, en, sv)");
    return text;
}

const toml::table* TomlReader::subTable(const char* key, Need need)
{
    const toml::node* node = take(key, need, "a table");
    if (!node)
        return nullptr;
    if (const auto* table = node->as_table())
        return table;
    m_sink.add(node->source(), nameOf(key) + ": must be a table");
    return nullptr;
}

void TomlReader::forEachTable(
    const char* key, const std::function<void(const toml::table&, const std::string&)>& visit)
{
    const toml::node* node = take(key, Need::Optional, "an array of tables");
    if (!node)
        return;
    const auto* array = node->as_array();
    if (!array) {
        m_sink.add(node->source(), nameOf(key) + ": must be an array of tables ([[" + key + "]])");
        return;
    }
    std::size_t index = 0;
    for (const toml::node& item : *array) {
        const std::string itemPath = nameOf(key) + "[" + std::to_string(index++) + "]";
        if (const auto* table = item.as_table())
            visit(*table, itemPath);
        else
            m_sink.add(item.source(), itemPath + ": must be a table");
    }
}

void TomlReader::finish()
{
    for (auto&& [key, node] : m_table) {
        if (m_read.find(key.str()) == m_read.end())
            m_sink.add(key.source().begin.line != 0 ? key.source() : node.source(),
                       "unknown key '" + nameOf(std::string(key.str()).c_str()) + "'");
    }
}

} // namespace caseport::server
