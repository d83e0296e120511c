#pragma once

#include <map>
#include <string>

namespace caseport {

// Text in several languages keyed by ISO 639-1 code ("da", "en", "sv").
struct LocalizedText {
    std::map<std::string, std::string> byLanguage;

    // The text in `language`, else English, else any, else empty.
    [[nodiscard]] std::string pick(const std::string& language) const;
    bool operator==(const LocalizedText&) const = default;
};

} // namespace caseport
