#include "config/NoticeConfigReader.h"

#include "caseport/NoticeRules.h"
#include "config/TomlReader.h"

#include <cstdio>
#include <cstdlib>

namespace caseport::server {
namespace {

// A time value as written: a TOML offset date-time or a string. "" when absent; the
// text as written when it is of another kind (checkNotice then reports it).
std::string readTime(TomlReader& r, const char* key)
{
    const toml::node* node = r.claim(key);
    if (!node)
        return {};
    if (const auto* text = node->as_string())
        return text->get();
    if (const auto* value = node->as_date_time()) {
        const toml::date_time& dt = value->get();
        if (!dt.offset) {
            r.problem(key, "needs a time zone, e.g. 2026-11-20T08:00:00Z");
            return {};
        }
        char buffer[40];
        const int offset = dt.offset->minutes;
        std::snprintf(buffer, sizeof buffer, "%04u-%02u-%02uT%02u:%02u:%02u%c%02d:%02d",
                      static_cast<unsigned>(dt.date.year), static_cast<unsigned>(dt.date.month),
                      static_cast<unsigned>(dt.date.day), static_cast<unsigned>(dt.time.hour),
                      static_cast<unsigned>(dt.time.minute), static_cast<unsigned>(dt.time.second),
                      offset < 0 ? '-' : '+', std::abs(offset) / 60, std::abs(offset) % 60);
        return buffer;
    }
    r.problem(key, "must be a date and time, e.g. 2026-11-20T08:00:00Z");
    return {};
}

} // namespace

Notice readNotice(TomlReader& r, const Config& config, std::map<std::string, std::string>& seenIds)
{
    Notice notice;
    notice.source = noticeSource::kConfig;
    if (auto id = r.string("id", Need::Required)) {
        notice.id = *id;
        if (auto [first, added] = seenIds.emplace(*id, r.locationOf("id")); !added)
            r.problem("id", "duplicate notice '" + *id + "' (first at " + first->second + ")");
    }
    if (auto severity = r.string("severity", Need::Optional)) {
        if (auto parsed = noticeSeverityFromString(*severity))
            notice.severity = *parsed;
        else
            r.problem("severity", "must be \"info\", \"warning\" or \"outage\"");
    }
    notice.text = r.localized("text", Need::Required);
    notice.products = r.strings("products");
    notice.from = readTime(r, "from");
    notice.until = readTime(r, "until");
    // No clock here: a notice that ran out is harmless and must not stop the server.
    const auto problems = notices::checkNotice(
        notice, [&](const std::string& product) { return config.findProduct(product) != nullptr; }, std::nullopt);
    for (const notices::NoticeProblem& problem : problems) {
        // A missing id or text was reported by the reads above.
        const bool reported = problem.field == "id" || (problem.field == "text" && !r.table().get("text"));
        if (!reported)
            r.problem(problem.field.c_str(), problem.message);
    }
    for (std::string* time : {&notice.from, &notice.until}) {
        if (const auto parsed = notices::parseTime(*time))
            *time = notices::formatTime(*parsed);
    }
    return notice;
}

} // namespace caseport::server
