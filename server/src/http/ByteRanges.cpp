#include "http/ByteRanges.h"

#include <algorithm>
#include <charconv>

namespace caseport::server {
namespace {

// Digits only (no sign, no spaces), fitting int64.
std::optional<std::int64_t> number(std::string_view text)
{
    if (text.empty() || text.size() > 19)
        return std::nullopt;
    std::int64_t value = 0;
    auto [ptr, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (ec != std::errc() || ptr != text.data() + text.size() || text.front() == '-'
        || text.front() == '+')
        return std::nullopt;
    return value;
}

std::string_view trimmed(std::string_view text)
{
    while (!text.empty() && (text.front() == ' ' || text.front() == '\t'))
        text.remove_prefix(1);
    while (!text.empty() && (text.back() == ' ' || text.back() == '\t'))
        text.remove_suffix(1);
    return text;
}

} // namespace

std::optional<ContentRange> parseContentRange(std::string_view header)
{
    header = trimmed(header);
    constexpr std::string_view kUnit = "bytes ";
    if (header.substr(0, kUnit.size()) != kUnit)
        return std::nullopt;
    header.remove_prefix(kUnit.size());
    const auto slash = header.find('/');
    if (slash == std::string_view::npos)
        return std::nullopt;
    const auto total = number(header.substr(slash + 1));
    if (!total)
        return std::nullopt;
    const std::string_view span = header.substr(0, slash);
    if (span == "*")
        return ContentRange{*total, *total - 1, *total};
    const auto dash = span.find('-');
    if (dash == std::string_view::npos)
        return std::nullopt;
    const auto first = number(span.substr(0, dash));
    const auto last = number(span.substr(dash + 1));
    if (!first || !last || *last < *first || *last >= *total)
        return std::nullopt;
    return ContentRange{*first, *last, *total};
}

RangeRequest parseRange(std::string_view header, std::int64_t size)
{
    using Kind = RangeRequest::Kind;
    header = trimmed(header);
    constexpr std::string_view kUnit = "bytes=";
    if (header.substr(0, kUnit.size()) != kUnit)
        return {};
    const std::string_view spec = trimmed(header.substr(kUnit.size()));
    if (spec.find(',') != std::string_view::npos) // several ranges: send it all
        return {};
    const auto dash = spec.find('-');
    if (dash == std::string_view::npos)
        return {};
    const std::string_view from = spec.substr(0, dash);
    const std::string_view to = spec.substr(dash + 1);
    if (from.empty()) { // the last N bytes
        const auto suffix = number(to);
        if (!suffix)
            return {};
        if (*suffix == 0 || size == 0)
            return {Kind::Unsatisfiable, 0, -1};
        return {Kind::Part, size - std::min(*suffix, size), size - 1};
    }
    const auto first = number(from);
    const auto last = to.empty() ? std::optional<std::int64_t>(size - 1) : number(to);
    if (!first || !last || (!to.empty() && *last < *first))
        return {};
    if (*first >= size)
        return {Kind::Unsatisfiable, 0, -1};
    return {Kind::Part, *first, std::min(*last, size - 1)};
}

} // namespace caseport::server
