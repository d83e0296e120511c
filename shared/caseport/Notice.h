#pragma once

// Operational notices (DESIGN §3 "Notice"): a status message staff publish, or the
// server's config declares, for the users of some products during a time window.

#include "caseport/LocalizedText.h"

#include <optional>
#include <string>
#include <vector>

namespace caseport {

enum class NoticeSeverity { Info, Warning, Outage };

[[nodiscard]] const char* toString(NoticeSeverity severity);
// "info", "warning", "outage" → the severity; anything else → nullopt.
[[nodiscard]] std::optional<NoticeSeverity> noticeSeverityFromString(const std::string& text);

namespace noticeSource {
inline constexpr const char* kConfig = "config"; // declared in caseportd.toml; read-only
inline constexpr const char* kStaff = "staff"; // published through the API; may be withdrawn
} // namespace noticeSource

struct Notice {
    std::string id; // the config's id, or a UUID chosen by the publishing client
    NoticeSeverity severity = NoticeSeverity::Info;
    LocalizedText text; // da/en/sv; English is required
    std::vector<std::string> products; // empty = every product
    std::string from; // RFC 3339 UTC; empty = already valid
    std::string until; // RFC 3339 UTC; empty = until withdrawn
    std::string publishedBy; // the staff user's id; empty for config notices
    std::string source = noticeSource::kConfig;
    bool operator==(const Notice&) const = default;
};

// POST /api/v1/notices: what a staff client sends. The server adds publishedBy and source.
struct NewNotice {
    std::string id; // UUID made by the client; a replay answers the stored notice
    NoticeSeverity severity = NoticeSeverity::Info;
    LocalizedText text;
    std::vector<std::string> products;
    std::string from;
    std::string until;
    bool operator==(const NewNotice&) const = default;
};

} // namespace caseport
