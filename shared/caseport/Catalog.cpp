#include "caseport/Catalog.h"

namespace caseport {

const char* toString(AccessLevel level)
{
    switch (level) {
    case AccessLevel::Full:
        return "full";
    case AccessLevel::Limited:
        return "limited";
    case AccessLevel::None:
        break;
    }
    return "none";
}

std::optional<AccessLevel> accessLevelFromString(const std::string& text)
{
    if (text == "full")
        return AccessLevel::Full;
    if (text == "limited")
        return AccessLevel::Limited;
    if (text == "none")
        return AccessLevel::None;
    return std::nullopt;
}

AccessLevel Membership::levelFor(const std::string& product) const
{
    auto it = products.find(product);
    return it == products.end() ? AccessLevel::None : it->second;
}

} // namespace caseport
