#include "service/AccountFileService.h"

#include "auth/Authenticator.h"
#include "blob/BlobStore.h"
#include "caseport/AccountFileRules.h"
#include "caseport/CaseRules.h"
#include "caseport/FileNames.h"
#include "config/Config.h"
#include "service/BlobService.h"
#include "service/ChangeNotifier.h"
#include "store/Store.h"
#include "util/Time.h"

#include <algorithm>

namespace caseport::server {
namespace {

// The first field of the draft that is malformed, with why; empty when none is. The
// same limits as an attachment's (rules::validateAttachmentRefs), named field by field.
std::pair<std::string, std::string> malformedField(const NewAccountFile& draft)
{
    if (!rules::isUuid(draft.id))
        return {"id", "must be a UUID"};
    if (draft.name.empty() || draft.name.size() > rules::kMaxAttachmentNameBytes
        || draft.name.find('\0') != std::string::npos)
        return {"name", "must have 1 to " + std::to_string(rules::kMaxAttachmentNameBytes)
                            + " bytes and no NUL"};
    if (!BlobStore::isName(draft.sha256))
        return {"sha256", "must be 64 lower-case hex digits"};
    if (draft.size < 0)
        return {"size", "must not be negative"};
    if (!draft.mime.empty() && !files::isMimeType(draft.mime))
        return {"mime", "must be a MIME type \"type/subtype\" without parameters"};
    return {};
}

bool hasObject(const Account& account, const std::string& object)
{
    return std::any_of(account.objects.begin(), account.objects.end(),
                       [&](const SiteObject& o) { return o.id == object; });
}

AccountFileResponse answer(AccountFileStatus status, std::string field = {}, std::string detail = {})
{
    AccountFileResponse response;
    response.status = status;
    response.field = std::move(field);
    response.detail = std::move(detail);
    return response;
}

} // namespace

AccountFileService::AccountFileService(Store& store, BlobService& blobs, ChangeListener& listener)
    : m_store(store)
    , m_blobs(blobs)
    , m_listener(listener)
{
}

bool AccountFileService::knowsAccount(const Caller& caller, const std::string& account)
{
    if (!caller.config->findAccount(account))
        return false;
    return caller.viewer.staff || caller.viewer.membershipFor(account) != nullptr;
}

AccountFileResponse AccountFileService::link(const Caller& caller, const std::string& account,
                                             const NewAccountFile& draft, std::int64_t now)
{
    using Status = AccountFileStatus;
    if (!knowsAccount(caller, account))
        return answer(Status::NotFound);
    if (auto [field, why] = malformedField(draft); !field.empty())
        return answer(Status::Invalid, field, why);
    if (!draft.object.empty() && !hasObject(*caller.config->findAccount(account), draft.object))
        return answer(Status::Invalid, "object", "the account has no such object");
    if (!access::canAddAccountFile(caller.viewer, account, draft.object))
        return answer(Status::Forbidden);

    // The attachments' checks: allowed type, size limit, a complete (durable) blob of
    // exactly this size that the caller holds.
    const AttachmentRef ref{draft.id, draft.name, draft.sha256, draft.size, draft.mime};
    const AttachmentVerdict verdict = m_blobs.check(caller, {ref});
    switch (verdict.kind) {
    case AttachmentVerdict::Kind::Ok:
        break;
    case AttachmentVerdict::Kind::Invalid:
        return answer(Status::Invalid, "sha256", "no complete upload of this size that you hold");
    case AttachmentVerdict::Kind::UnsupportedType:
        return answer(Status::UnsupportedType, {}, verdict.detail);
    case AttachmentVerdict::Kind::TooLarge:
        return answer(Status::TooLarge, {}, verdict.detail);
    }

    AccountFile file;
    file.id = draft.id;
    file.account = account;
    file.object = draft.object;
    file.name = draft.name; // stored as sent, like an attachment's; offered back through safeFileName
    file.size = draft.size;
    file.sha256 = draft.sha256;
    file.mime = draft.mime;
    file.addedBy = caller.profile.id;
    file.createdAt = toRfc3339(now);

    LinkAccountFileResult stored;
    {
        std::lock_guard lock(m_mutex);
        stored = m_store.linkAccountFile(file);
        if (stored.outcome == LinkFileOutcome::Created)
            reload();
    }
    AccountFileResponse response;
    switch (stored.outcome) {
    case LinkFileOutcome::Created:
        m_listener.accountFileChanged(access::factsOf(stored.value));
        response.status = Status::Created;
        break;
    case LinkFileOutcome::Replayed:
        response.status = Status::Replayed;
        break;
    case LinkFileOutcome::Conflict:
        return answer(Status::Conflict, "id", "a different file already has this id");
    case LinkFileOutcome::Removed:
        return answer(Status::Conflict, "id", "the file with this id was removed; link it again under a new id");
    }
    response.value = std::move(stored.value);
    return response;
}

std::optional<AccountFileList> AccountFileService::list(const Caller& caller, const std::string& account)
{
    if (!knowsAccount(caller, account))
        return std::nullopt;
    const std::vector<std::string> accounts{account};
    return AccountFileList{visible(caller, &accounts)};
}

AccountFileResponse AccountFileService::remove(const Caller& caller, const std::string& account,
                                               const std::string& id, std::int64_t now)
{
    using Status = AccountFileStatus;
    if (!knowsAccount(caller, account))
        return answer(Status::NotFound);
    const std::optional<AccountFile> found = m_store.accountFileById(id);
    if (!found || found->account != account || !access::canSeeAccountFile(caller.viewer, access::factsOf(*found)))
        return answer(Status::NotFound);
    if (!access::canRemoveAccountFile(caller.viewer, access::factsOf(*found)))
        return answer(Status::Forbidden);
    {
        std::lock_guard lock(m_mutex);
        if (!m_store.removeAccountFile(id, caller.profile.id, toRfc3339(now)))
            return answer(Status::NotFound); // removed by someone else a moment ago
        reload();
    }
    m_listener.accountFileChanged(access::factsOf(*found));
    AccountFileResponse response = answer(Status::Removed);
    response.value = *found;
    return response;
}

std::vector<AccountFile> AccountFileService::forCatalog(const Caller& caller)
{
    if (caller.viewer.staff)
        return visible(caller, nullptr);
    std::vector<std::string> accounts;
    for (const Membership& membership : caller.viewer.memberships)
        accounts.push_back(membership.account);
    return visible(caller, &accounts);
}

std::vector<AccountFile> AccountFileService::visible(const Caller& caller,
                                                     const std::vector<std::string>* accounts)
{
    const std::shared_ptr<const Linked> files = linked();
    if (!accounts)
        return access::visibleAccountFiles(caller.viewer, files->all);
    std::vector<std::size_t> picked;
    for (const std::string& account : *accounts) {
        if (const auto it = files->byAccount.find(account); it != files->byAccount.end())
            picked.insert(picked.end(), it->second.begin(), it->second.end());
    }
    std::sort(picked.begin(), picked.end()); // back to newest first across accounts
    picked.erase(std::unique(picked.begin(), picked.end()), picked.end());
    std::vector<AccountFile> candidates;
    candidates.reserve(picked.size());
    for (const std::size_t index : picked)
        candidates.push_back(files->all[index]);
    return access::visibleAccountFiles(caller.viewer, candidates);
}

std::shared_ptr<const AccountFileService::Linked> AccountFileService::linked()
{
    std::lock_guard lock(m_mutex);
    if (!m_linked)
        reload();
    return m_linked;
}

void AccountFileService::reload()
{
    auto next = std::make_shared<Linked>();
    next->all = m_store.allAccountFiles();
    for (std::size_t i = 0; i < next->all.size(); ++i)
        next->byAccount[next->all[i].account].push_back(i);
    m_linked = std::move(next);
}

} // namespace caseport::server
