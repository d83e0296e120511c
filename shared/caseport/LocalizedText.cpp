#include "caseport/LocalizedText.h"

namespace caseport {

std::string LocalizedText::pick(const std::string& language) const
{
    if (auto it = byLanguage.find(language); it != byLanguage.end() && !it->second.empty())
        return it->second;
    if (auto it = byLanguage.find("en"); it != byLanguage.end() && !it->second.empty())
        return it->second;
    for (const auto& [lang, text] : byLanguage) {
        if (!text.empty())
            return text;
    }
    return {};
}

} // namespace caseport
