#pragma once

// Who has which access right now: the config file's memberships merged with the
// levels customer admins set in the portal (stored in the database). The config
// file wins wherever it names a level. Also the customer-admin self-service on top.
// Thread-safe; holds a reference to a Store that must outlive it.

#include "caseport/AccessPolicy.h"
#include "caseport/Followers.h"
#include "caseport/Members.h"

#include <optional>
#include <string>
#include <vector>

namespace caseport::server {

struct Config;
struct UserAccount;
struct MemberLevelRecord;
class ChangeListener;
class Store;

// A short hash of everything that decides what the viewer sees; part of every change
// cursor, so a cursor made under other access answers reset.
[[nodiscard]] std::string accessFingerprint(const access::Viewer& viewer);

enum class MemberEditStatus {
    Updated,
    NotFound, // no such account for this caller, or the user is not a member
    Forbidden, // the caller manages no members here, or the target is staff
    ConfigManaged, // field names the product the config file sets
    Invalid, // field names the unknown product
};

struct MemberEditResponse {
    MemberEditStatus status = MemberEditStatus::Updated;
    AccountMember value;
    std::string field;
};

class AccessDirectory {
public:
    AccessDirectory(Store& store, ChangeListener& listener);

    [[nodiscard]] access::Viewer viewerOf(const Config& config, const UserAccount& user);
    // The users (by id, staff aside) who see exactly one of `before` and `after`.
    [[nodiscard]] std::vector<std::string> usersWhoseSightChanges(const Config& config,
                                                                  const access::CaseFacts& before,
                                                                  const access::CaseFacts& after);

    // Everyone with a membership of `account` (staff included), with their effective
    // access there and their name: the follower picker's candidates.
    [[nodiscard]] std::vector<access::Person> peopleOf(const Config& config,
                                                       const std::string& account);
    // The account's members for a caller who canManageMembers; nullopt for anyone else.
    [[nodiscard]] std::optional<MemberList> members(const Config& config,
                                                    const access::Viewer& caller,
                                                    const std::string& account);
    [[nodiscard]] std::optional<AccessAudit> audit(const Config& config,
                                                   const access::Viewer& caller,
                                                   const std::string& account);
    // Applies every level of `update` or none of them; audited as `caller.id` at `at`.
    [[nodiscard]] MemberEditResponse setLevels(const Config& config, const access::Viewer& caller,
                                               const std::string& account,
                                               const std::string& user,
                                               const MemberUpdate& update, const std::string& at);

private:
    [[nodiscard]] AccountMember memberOf(const Config& config, const UserAccount& user,
                                         const Membership& configured,
                                         const std::vector<MemberLevelRecord>& portal) const;

    Store& m_store;
    ChangeListener& m_listener;
};

} // namespace caseport::server
