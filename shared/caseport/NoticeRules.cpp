#include "caseport/NoticeRules.h"

#include <algorithm>
#include <cctype>
#include <chrono>
#include <cstdio>

namespace caseport {

const char* toString(NoticeSeverity severity)
{
    switch (severity) {
    case NoticeSeverity::Info:
        return "info";
    case NoticeSeverity::Warning:
        return "warning";
    case NoticeSeverity::Outage:
        return "outage";
    }
    return "info";
}

std::optional<NoticeSeverity> noticeSeverityFromString(const std::string& text)
{
    if (text == "info")
        return NoticeSeverity::Info;
    if (text == "warning")
        return NoticeSeverity::Warning;
    if (text == "outage")
        return NoticeSeverity::Outage;
    return std::nullopt;
}

namespace notices {
namespace {

constexpr std::size_t kMaxTextLength = 2000;

// Reads `width` digits at text[pos]; false unless all are digits.
bool digits(const std::string& text, std::size_t pos, std::size_t width, int& out)
{
    if (pos + width > text.size())
        return false;
    out = 0;
    for (std::size_t i = pos; i < pos + width; ++i) {
        if (std::isdigit(static_cast<unsigned char>(text[i])) == 0)
            return false;
        out = out * 10 + (text[i] - '0');
    }
    return true;
}

// UTF-8 code points, so the limit means the same in every language.
std::size_t characters(const std::string& text)
{
    return static_cast<std::size_t>(std::count_if(text.begin(), text.end(), [](char c) {
        return (static_cast<unsigned char>(c) & 0xC0U) != 0x80U;
    }));
}

bool productConcerns(const Notice& notice, const access::Viewer& viewer)
{
    return std::any_of(notice.products.begin(), notice.products.end(), [&](const std::string& product) {
        return std::any_of(viewer.memberships.begin(), viewer.memberships.end(),
                           [&](const Membership& m) { return m.levelFor(product) != AccessLevel::None; });
    });
}

} // namespace

std::optional<std::int64_t> parseTime(const std::string& text)
{
    // YYYY-MM-DDTHH:MM:SS[.fraction](Z|±HH:MM)
    int year = 0, month = 0, day = 0, hour = 0, minute = 0, second = 0;
    if (!digits(text, 0, 4, year) || text.size() < 20 || text[4] != '-' || !digits(text, 5, 2, month)
        || text[7] != '-' || !digits(text, 8, 2, day) || (text[10] != 'T' && text[10] != 't')
        || !digits(text, 11, 2, hour) || text[13] != ':' || !digits(text, 14, 2, minute)
        || text[16] != ':' || !digits(text, 17, 2, second))
        return std::nullopt;
    std::size_t pos = 19;
    if (text[pos] == '.') {
        ++pos;
        const std::size_t start = pos;
        while (pos < text.size() && std::isdigit(static_cast<unsigned char>(text[pos])) != 0)
            ++pos;
        if (pos == start)
            return std::nullopt;
    }
    if (pos >= text.size())
        return std::nullopt;
    int offsetMinutes = 0;
    if (text[pos] == 'Z' || text[pos] == 'z') {
        ++pos;
    } else if (text[pos] == '+' || text[pos] == '-') {
        int oh = 0, om = 0;
        if (!digits(text, pos + 1, 2, oh) || pos + 3 >= text.size() || text[pos + 3] != ':'
            || !digits(text, pos + 4, 2, om) || oh > 23 || om > 59)
            return std::nullopt;
        offsetMinutes = (oh * 60 + om) * (text[pos] == '-' ? -1 : 1);
        pos += 6;
    } else {
        return std::nullopt;
    }
    if (pos != text.size() || hour > 23 || minute > 59 || second > 60)
        return std::nullopt;
    using namespace std::chrono;
    const year_month_day date{std::chrono::year{year}, std::chrono::month{static_cast<unsigned>(month)},
                              std::chrono::day{static_cast<unsigned>(day)}};
    if (!date.ok())
        return std::nullopt;
    const std::int64_t days = sys_days{date}.time_since_epoch().count();
    // A leap second (:60) counts as the next second's start; good enough for a notice.
    return days * 86400 + hour * 3600 + minute * 60 + second - std::int64_t{offsetMinutes} * 60;
}

std::string formatTime(std::int64_t unixSeconds)
{
    using namespace std::chrono;
    const sys_seconds at{seconds{unixSeconds}};
    const sys_days day = floor<days>(at);
    const year_month_day date{day};
    const hh_mm_ss time{at - day};
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%04d-%02u-%02uT%02d:%02d:%02dZ", static_cast<int>(date.year()),
                  static_cast<unsigned>(date.month()), static_cast<unsigned>(date.day()),
                  static_cast<int>(time.hours().count()), static_cast<int>(time.minutes().count()),
                  static_cast<int>(time.seconds().count()));
    return buffer;
}

bool concerns(const Notice& notice, const access::Viewer& viewer)
{
    return viewer.staff || notice.products.empty() || productConcerns(notice, viewer);
}

bool isCurrent(const Notice& notice, std::int64_t now)
{
    if (!notice.from.empty()) {
        const auto from = parseTime(notice.from);
        if (!from || now < *from)
            return false;
    }
    if (!notice.until.empty()) {
        const auto until = parseTime(notice.until);
        if (!until || now >= *until)
            return false;
    }
    return true;
}

bool hasExpired(const Notice& notice, std::int64_t now)
{
    if (notice.until.empty())
        return false;
    const auto until = parseTime(notice.until);
    return !until || now >= *until;
}

std::vector<Notice> visibleNow(const std::vector<Notice>& all, const access::Viewer& viewer, std::int64_t now)
{
    std::vector<Notice> out;
    for (const Notice& notice : all) {
        if (isCurrent(notice, now) && concerns(notice, viewer))
            out.push_back(notice);
    }
    return out;
}

std::optional<std::int64_t> nextBoundary(const std::vector<Notice>& all, std::int64_t now)
{
    std::optional<std::int64_t> next;
    auto consider = [&](const std::string& text) {
        if (text.empty())
            return;
        const auto at = parseTime(text);
        if (at && *at > now && (!next || *at < *next))
            next = at;
    };
    for (const Notice& notice : all) {
        consider(notice.from);
        consider(notice.until);
    }
    return next;
}

std::vector<NoticeProblem> checkNotice(const Notice& notice,
                                       const std::function<bool(const std::string&)>& isKnownProduct,
                                       std::optional<std::int64_t> now)
{
    std::vector<NoticeProblem> problems;
    if (notice.id.empty())
        problems.push_back({"id", "is required"});
    const auto english = notice.text.byLanguage.find("en");
    if (english == notice.text.byLanguage.end() || english->second.empty())
        problems.push_back({"text", "English text (en) is required"});
    for (const auto& [language, text] : notice.text.byLanguage) {
        if (language != "da" && language != "en" && language != "sv")
            problems.push_back({"text", "unknown language '" + language + "' (da, en or sv)"});
        else if (characters(text) > kMaxTextLength)
            problems.push_back({"text", "the " + language + " text is longer than "
                                            + std::to_string(kMaxTextLength) + " characters"});
    }
    for (const std::string& product : notice.products) {
        if (!isKnownProduct(product))
            problems.push_back({"products", "unknown product '" + product + "'"});
    }
    // Plain values and flags rather than optionals: GCC's -O2 flow analysis reports the
    // comparisons of two optionals as "maybe uninitialized" (a false positive).
    const auto from = notice.from.empty() ? std::nullopt : parseTime(notice.from);
    const auto until = notice.until.empty() ? std::nullopt : parseTime(notice.until);
    const bool hasFrom = from.has_value();
    const bool hasUntil = until.has_value();
    const auto fromAt = from.value_or(0);
    const auto untilAt = until.value_or(0);
    if (!notice.from.empty() && !hasFrom)
        problems.push_back({"from", "'" + notice.from + "' is not an RFC 3339 time (2026-11-20T08:00:00Z)"});
    if (!notice.until.empty() && !hasUntil)
        problems.push_back({"until", "'" + notice.until + "' is not an RFC 3339 time (2026-11-20T08:00:00Z)"});
    if (hasFrom && hasUntil && untilAt <= fromAt)
        problems.push_back({"until", "must be after from"});
    else if (hasUntil && now && untilAt <= now.value_or(0))
        problems.push_back({"until", "is already past"});
    return problems;
}

} // namespace notices
} // namespace caseport
