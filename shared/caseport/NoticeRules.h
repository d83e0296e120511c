#pragma once

// Which notices a user sees and when (pure functions, table-tested in
// tests/shared/tst_notices.cpp). The server filters the catalog with them; the client
// filters its cached copy again as time passes, so a notice starts and ends on screen
// without a round trip.

#include "caseport/AccessPolicy.h"
#include "caseport/Notice.h"

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace caseport::notices {

// RFC 3339 ("2026-11-20T08:00:00Z", fractions and "+01:00" offsets accepted) → Unix
// seconds; nullopt for anything else (including impossible dates like 02-30).
[[nodiscard]] std::optional<std::int64_t> parseTime(const std::string& text);
// Unix seconds → "2026-11-20T08:00:00Z".
[[nodiscard]] std::string formatTime(std::int64_t unixSeconds);

// Does the notice concern this viewer: staff always; otherwise a notice for every
// product (none listed), or one naming a product on which some membership of theirs
// is not `none`.
[[nodiscard]] bool concerns(const Notice& notice, const access::Viewer& viewer);
// from <= now < until (a missing bound is open). Unparsable bounds never match.
[[nodiscard]] bool isCurrent(const Notice& notice, std::int64_t now);
// until <= now: over for good (a notice not yet started has not expired).
[[nodiscard]] bool hasExpired(const Notice& notice, std::int64_t now);

// The notices this user sees now, in the order given.
[[nodiscard]] std::vector<Notice> visibleNow(const std::vector<Notice>& all,
                                             const access::Viewer& viewer, std::int64_t now);
// The first moment after `now` at which one of these notices starts or ends (a timer
// to it keeps a banner right without polling); nullopt when none will.
[[nodiscard]] std::optional<std::int64_t> nextBoundary(const std::vector<Notice>& all,
                                                       std::int64_t now);

// One problem with a notice's content, named by its field: "id", "severity", "text",
// "products", "from", "until".
struct NoticeProblem {
    std::string field;
    std::string message;
    bool operator==(const NoticeProblem&) const = default;
};

// Checks a notice before it is published (config or API): English text present, every
// text at most 2000 characters, products known, times parsable, until after from and
// not already past (`now`; pass nullopt to skip that check, as the config does for a
// notice that simply ran out). Times are left as given.
[[nodiscard]] std::vector<NoticeProblem>
checkNotice(const Notice& notice, const std::function<bool(const std::string&)>& isKnownProduct,
            std::optional<std::int64_t> now);

} // namespace caseport::notices
