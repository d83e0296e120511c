#include "store/Store.h"

#include <charconv>

namespace caseport::server {

std::string ChangeCursor::toString() const
{
    return epoch + ":" + std::to_string(seq);
}

std::optional<ChangeCursor> ChangeCursor::parse(const std::string& text)
{
    if (text.empty())
        return ChangeCursor{};
    const auto colon = text.rfind(':');
    if (colon == std::string::npos || colon == 0 || colon + 1 == text.size())
        return std::nullopt;
    ChangeCursor cursor;
    cursor.epoch = text.substr(0, colon);
    const char* begin = text.data() + colon + 1;
    const char* end = text.data() + text.size();
    auto [ptr, ec] = std::from_chars(begin, end, cursor.seq);
    if (ec != std::errc() || ptr != end || cursor.seq < 0)
        return std::nullopt;
    return cursor;
}

} // namespace caseport::server
