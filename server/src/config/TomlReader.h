#pragma once

// Strict reading of one TOML table for the config loader: every key read is
// remembered so finish() can report unknown keys; every problem is recorded as
// "file:line: message" using toml++'s source regions. Private to the server library.

#include "caseport/LocalizedText.h"

#include <toml++/toml.h>

#include <cstdint>
#include <functional>
#include <optional>
#include <set>
#include <string>
#include <vector>

namespace caseport::server {

struct ConfigProblem {
    std::string file;
    int line = 0;
    std::string message;

    [[nodiscard]] std::string toString() const; // "file:line: message"
};

// Collects problems for one file. Not thread-safe; lives for one load.
class ProblemSink {
public:
    ProblemSink(std::string file, std::vector<ConfigProblem>& problems);

    [[nodiscard]] const std::string& file() const { return m_file; }

    void add(const toml::source_region& where, const std::string& message);
    void add(int line, const std::string& message);

private:
    std::string m_file;
    std::vector<ConfigProblem>& m_problems;
};

enum class Need { Required, Optional };

class TomlReader {
public:
    // path names the table in messages, e.g. "products[0]" or "server".
    TomlReader(const toml::table& table, std::string path, ProblemSink& sink);

    [[nodiscard]] const std::string& path() const { return m_path; }
    [[nodiscard]] const toml::table& table() const { return m_table; }
    [[nodiscard]] ProblemSink& sink() const { return m_sink; }
    // "file:line" of `key` (of the table when the key is absent), to point back at it.
    [[nodiscard]] std::string locationOf(const char* key) const;

    std::optional<std::string> string(const char* key, Need need);
    std::optional<std::int64_t> integer(const char* key, Need need);
    std::optional<bool> boolean(const char* key);
    std::vector<std::string> strings(const char* key);
    // A table of language code (da, en, sv) → text.
    LocalizedText localized(const char* key, Need need);
    // A sub-table; nullptr (and a problem when required) if absent or not a table.
    const toml::table* subTable(const char* key, Need need);
    // An array of tables ([[key]]); visit gets each table and its path, e.g. "users[2]".
    void forEachTable(const char* key,
                      const std::function<void(const toml::table&, const std::string&)>& visit);
    // Marks `key` as read whatever its type, for keys the caller only refuses or
    // reports on (so finish() does not call them unknown as well); nullptr if absent.
    const toml::node* claim(const char* key);

    // Reports a problem about `key` (at its line when present, else at the table).
    void problem(const char* key, const std::string& message);
    // Reports every key nobody read as unknown.
    void finish();

private:
    const toml::node* take(const char* key, Need need, const char* expected);
    [[nodiscard]] std::string nameOf(const char* key) const;

    const toml::table& m_table;
    std::string m_path;
    ProblemSink& m_sink;
    std::set<std::string, std::less<>> m_read;
};

} // namespace caseport::server
