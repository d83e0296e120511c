#pragma once

// Files linked to an account or one of its objects (DESIGN §3 "Account"; docs/api.md
// "Account files"): link, list, remove, and the caller's visible files for the catalog.
// The rules are the shared ones (caseport/AccountFileRules.h); the content checks and
// [files] limits are the attachments' (BlobService::check). Knows nothing about HTTP.
//
// Thread-safe. Every catalog (and so every changes page, for its catalogEtag) carries
// the caller's visible files, so the linked files are kept in memory by account (read on
// first use, re-read after each link or removal); the store stays the authority.
// Store, BlobService and listener are not owned and must outlive the service.

#include "caseport/AccountFile.h"

#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

namespace caseport::server {

class BlobService;
struct Caller;
class ChangeListener;
class Store;

enum class AccountFileStatus {
    Created, // value: the stored file
    Replayed, // the same caller sent the same link again; value: the stored file
    Removed,
    NotFound, // no such account or file for this caller (no existence leak)
    Forbidden, // a member who may not add (or remove) this file
    Invalid, // field names what is wrong (422)
    UnsupportedType, // detail names the type (415)
    TooLarge, // detail says how large (413)
    Conflict, // the id belongs to another file, or to one removed since (409)
};

struct AccountFileResponse {
    AccountFileStatus status = AccountFileStatus::Created;
    AccountFile value;
    std::string field; // Invalid, Conflict: which field
    std::string detail; // Invalid, UnsupportedType, TooLarge, Conflict: what
};

class AccountFileService {
public:
    AccountFileService(Store& store, BlobService& blobs, ChangeListener& listener);

    // POST /api/v1/accounts/{account}/files; `now` in Unix seconds.
    [[nodiscard]] AccountFileResponse link(const Caller& caller, const std::string& account,
                                           const NewAccountFile& draft, std::int64_t now);
    // Whether the caller may know of the account at all: staff, or a member of it (in
    // the caller's configuration). Otherwise every files call answers "not found".
    [[nodiscard]] static bool knowsAccount(const Caller& caller, const std::string& account);
    // GET /api/v1/accounts/{account}/files: the files the caller may see, newest first;
    // nullopt when the account is not known to them.
    [[nodiscard]] std::optional<AccountFileList> list(const Caller& caller, const std::string& account);
    // DELETE /api/v1/accounts/{account}/files/{id}: Removed, NotFound or Forbidden.
    [[nodiscard]] AccountFileResponse remove(const Caller& caller, const std::string& account,
                                             const std::string& id, std::int64_t now);
    // The catalog's files: every file of the caller's accounts they may see, newest first.
    [[nodiscard]] std::vector<AccountFile> forCatalog(const Caller& caller);

private:
    // The linked files, newest first, and where each account's are in that list.
    struct Linked {
        std::vector<AccountFile> all;
        std::map<std::string, std::vector<std::size_t>> byAccount; // indices into all, ascending
    };
    [[nodiscard]] std::shared_ptr<const Linked> linked(); // takes m_mutex
    void reload(); // m_mutex held
    // The caller's visible files among those of `accounts` (every account: nullptr).
    [[nodiscard]] std::vector<AccountFile> visible(const Caller& caller,
                                                   const std::vector<std::string>* accounts);

    Store& m_store;
    BlobService& m_blobs;
    ChangeListener& m_listener;
    std::mutex m_mutex;
    std::shared_ptr<const Linked> m_linked; // null until first read
};

} // namespace caseport::server
