#include "service/NoticeService.h"

#include "auth/Authenticator.h"
#include "caseport/CaseRules.h"
#include "config/Config.h"
#include "service/ChangeNotifier.h"
#include "store/Store.h"

#include <algorithm>

namespace caseport::server {
namespace {

const Notice* findIn(const std::vector<Notice>& list, const std::string& id)
{
    const auto it = std::find_if(list.begin(), list.end(), [&](const Notice& n) { return n.id == id; });
    return it == list.end() ? nullptr : &*it;
}

} // namespace

NoticeService::NoticeService(Store& store, ChangeListener& listener)
    : m_store(store)
    , m_listener(listener)
{
}

NoticeResponse NoticeService::publish(const Caller& caller, const NewNotice& draft, std::int64_t now)
{
    NoticeResponse response;
    if (!caller.viewer.staff) {
        response.status = NoticeStatus::Forbidden;
        return response;
    }
    Notice notice{draft.id,    draft.severity,     draft.text, draft.products, draft.from, draft.until,
                  caller.profile.id, noticeSource::kStaff};
    // Stored in one form, so clients compare and show times alike.
    for (std::string* time : {&notice.from, &notice.until}) {
        if (const auto parsed = notices::parseTime(*time))
            *time = notices::formatTime(*parsed);
    }
    if (!rules::isUuid(draft.id)) {
        response.status = NoticeStatus::Invalid;
        response.problem = {"id", "must be a UUID"};
        return response;
    }
    if (findIn(caller.config->notices, draft.id)) {
        response.status = NoticeStatus::Conflict;
        return response;
    }
    const Config& config = *caller.config;
    const auto problems = notices::checkNotice(
        notice, [&](const std::string& product) { return config.findProduct(product) != nullptr; }, now);
    if (!problems.empty()) {
        response.status = NoticeStatus::Invalid;
        response.problem = problems.front();
        return response;
    }
    PublishNoticeResult stored;
    {
        std::lock_guard lock(m_mutex);
        stored = m_store.publishNotice(notice, notices::formatTime(now));
        if (stored.outcome == NoticeOutcome::Created)
            reload();
    }
    switch (stored.outcome) {
    case NoticeOutcome::Created:
        m_listener.everythingChanged(); // catalogs changed: connected clients refetch theirs
        response.status = NoticeStatus::Created;
        break;
    case NoticeOutcome::Replayed:
        response.status = NoticeStatus::Replayed;
        break;
    case NoticeOutcome::Conflict:
        response.status = NoticeStatus::Conflict;
        break;
    }
    response.value = std::move(stored.value);
    return response;
}

NoticeResponse NoticeService::withdraw(const Caller& caller, const std::string& id, std::int64_t now)
{
    NoticeResponse response;
    if (!caller.viewer.staff) {
        response.status = NoticeStatus::Forbidden;
        return response;
    }
    if (findIn(caller.config->notices, id)) {
        response.status = NoticeStatus::ConfigManaged;
        return response;
    }
    {
        std::lock_guard lock(m_mutex);
        if (!m_store.withdrawNotice(id, notices::formatTime(now))) {
            response.status = NoticeStatus::NotFound;
            return response;
        }
        reload();
    }
    m_listener.everythingChanged();
    response.status = NoticeStatus::Withdrawn;
    return response;
}

std::vector<Notice> NoticeService::forCatalog(const Caller& caller, std::int64_t now)
{
    std::vector<Notice> out;
    auto add = [&](const Notice& notice) {
        if (!notices::hasExpired(notice, now) && notices::concerns(notice, caller.viewer))
            out.push_back(notice);
    };
    for (const Notice& notice : caller.config->notices)
        add(notice);
    for (const Notice& notice : published())
        add(notice);
    return out;
}

std::vector<Notice> NoticeService::published()
{
    std::lock_guard lock(m_mutex);
    if (!m_published)
        reload();
    return *m_published;
}

void NoticeService::reload()
{
    m_published = m_store.liveNotices();
}

} // namespace caseport::server
