#include "util/Time.h"

#include <Poco/DateTimeFormat.h>
#include <Poco/DateTimeParser.h>
#include <Poco/Exception.h>

#include <chrono>
#include <ctime>

namespace caseport::server {

std::int64_t nowUnixSeconds()
{
    using namespace std::chrono;
    return duration_cast<seconds>(system_clock::now().time_since_epoch()).count();
}

std::string toRfc3339(std::int64_t unixSeconds)
{
    const auto t = static_cast<std::time_t>(unixSeconds);
    std::tm parts{};
    gmtime_r(&t, &parts);
    char buffer[32];
    const std::size_t n = std::strftime(buffer, sizeof buffer, "%Y-%m-%dT%H:%M:%SZ", &parts);
    return std::string(buffer, n);
}

std::optional<std::int64_t> fromRfc3339(const std::string& text)
{
    if (text.empty())
        return std::nullopt;
    Poco::DateTime parsed;
    int offset = 0;
    if (!Poco::DateTimeParser::tryParse(Poco::DateTimeFormat::ISO8601_FRAC_FORMAT, text, parsed,
                                        offset))
        return std::nullopt;
    return parsed.timestamp().epochTime() - offset;
}

} // namespace caseport::server
