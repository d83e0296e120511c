#pragma once

// Operational notices (DESIGN §3): the config's and those staff publish through the API.
// Publishing and withdrawing change every affected caller's catalog (and so its ETag)
// and are announced on the push channel, so connected clients refetch the catalog.
// Thread-safe: the published notices are kept in memory (read on first use, re-read
// after each change), since every changes call builds the caller's catalog ETag.
// Store and listener are not owned and must outlive the service.

#include "caseport/Notice.h"
#include "caseport/NoticeRules.h"

#include <cstdint>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

namespace caseport::server {

struct Caller;
class ChangeListener;
class Store;

enum class NoticeStatus {
    Created, // value: the stored notice
    Replayed, // the same publisher sent the same id again; value: the stored notice
    Withdrawn,
    Forbidden, // not staff
    Invalid, // problem names the field
    Conflict, // the id belongs to another notice (someone else's, or the config's)
    NotFound,
    ConfigManaged, // a config notice: only the config file removes it
};

struct NoticeResponse {
    NoticeStatus status = NoticeStatus::Created;
    Notice value;
    notices::NoticeProblem problem;
};

class NoticeService {
public:
    NoticeService(Store& store, ChangeListener& listener);

    // POST /api/v1/notices; `now` in Unix seconds.
    [[nodiscard]] NoticeResponse publish(const Caller& caller, const NewNotice& draft, std::int64_t now);
    // DELETE /api/v1/notices/{id}.
    [[nodiscard]] NoticeResponse withdraw(const Caller& caller, const std::string& id, std::int64_t now);
    // For the caller's catalog: the config's notices, then the published ones, each
    // concerning the caller and not expired at `now` (those not yet started included).
    [[nodiscard]] std::vector<Notice> forCatalog(const Caller& caller, std::int64_t now);

private:
    std::vector<Notice> published(); // takes m_mutex
    void reload(); // m_mutex held

    Store& m_store;
    ChangeListener& m_listener;
    std::mutex m_mutex;
    std::optional<std::vector<Notice>> m_published; // nullopt until first read
};

} // namespace caseport::server
