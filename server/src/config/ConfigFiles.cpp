#include "config/ConfigFiles.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <system_error>

namespace caseport::server {
namespace {

namespace fs = std::filesystem;

bool isConfigFileName(const std::string& name)
{
    constexpr std::string_view suffix = ".toml";
    return name.size() > suffix.size() && name.front() != '.'
        && name.compare(name.size() - suffix.size(), suffix.size(), suffix) == 0;
}

bool sameFile(const fs::path& a, const fs::path& b)
{
    std::error_code ec;
    return fs::equivalent(a, b, ec) && !ec;
}

} // namespace

IncludeListing listIncludeDirectory(const std::string& includingFile, const std::string& dir)
{
    IncludeListing listing;
    const fs::path shown = (fs::path(includingFile).parent_path() / dir).lexically_normal();
    std::error_code ec;
    const fs::file_status status = fs::status(shown, ec);
    if (ec && status.type() != fs::file_type::not_found) {
        listing.error = "cannot read '" + shown.string() + "': " + ec.message();
        return listing;
    }
    if (!fs::exists(status)) {
        listing.error = "directory '" + shown.string() + "' does not exist";
        return listing;
    }
    if (!fs::is_directory(status)) {
        listing.error = "'" + shown.string() + "' is not a directory";
        return listing;
    }
    std::vector<std::string> names;
    for (fs::directory_iterator it(shown, ec), end; !ec && it != end; it.increment(ec)) {
        const std::string name = it->path().filename().string();
        std::error_code typeError;
        if (isConfigFileName(name) && it->is_regular_file(typeError)
            && !sameFile(it->path(), includingFile))
            names.push_back(name);
    }
    if (ec) {
        listing.error = "cannot read directory '" + shown.string() + "': " + ec.message();
        return listing;
    }
    std::sort(names.begin(), names.end());
    for (const auto& name : names)
        listing.files.push_back((shown / name).string());
    return listing;
}

std::optional<toml::table> parseToml(std::string_view text, const std::string& sourceName,
                                     std::vector<ConfigProblem>& problems)
{
    try {
        return toml::parse(text, sourceName);
    } catch (const toml::parse_error& error) {
        problems.push_back({sourceName, static_cast<int>(error.source().begin.line),
                            std::string(error.description())});
        return std::nullopt;
    }
}

std::optional<toml::table> parseTomlFile(const std::string& path,
                                         std::vector<ConfigProblem>& problems)
{
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        problems.push_back({path, 0, "cannot open the file"});
        return std::nullopt;
    }
    std::ostringstream text;
    text << in.rdbuf();
    return parseToml(text.str(), path, problems);
}

} // namespace caseport::server
