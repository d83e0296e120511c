#pragma once

#include "caseport/AccountFile.h"
#include "caseport/Form.h"
#include "caseport/LocalizedText.h"
#include "caseport/Notice.h"
#include "caseport/Status.h"
#include "caseport/User.h"
#include "caseport/WorkflowRules.h"

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace caseport {

enum class AccessLevel { None, Limited, Full };

[[nodiscard]] const char* toString(AccessLevel level);
[[nodiscard]] std::optional<AccessLevel> accessLevelFromString(const std::string& text);

struct SiteObject { // an account's site, installation or asset
    std::string id;
    std::string name;
    bool operator==(const SiteObject&) const = default;
};

struct Account {
    std::string id;
    std::string name;
    std::string orgNumber;
    std::vector<SiteObject> objects;
    bool operator==(const Account&) const = default;
};

struct Category {
    std::string id;
    LocalizedText name;
    Form form{}; // adds to and overrides the product's (forms::formFor)
    bool operator==(const Category&) const = default;
};

struct GuideLink {
    LocalizedText title;
    std::string url;
    bool operator==(const GuideLink&) const = default;
};

struct Product {
    std::string id;
    LocalizedText name;
    std::string supportPhone;
    std::string supportEmail;
    LocalizedText supportHours;
    std::vector<GuideLink> guides;
    std::vector<Category> categories;
    Form form{}; // the case form; a category's form adds to it
    bool operator==(const Product&) const = default;
};

// A user's place in one account: per-product level, optional object scope.
struct Membership {
    std::string account;
    std::map<std::string, AccessLevel> products; // product id → level; absent = none
    std::vector<std::string> objects; // empty = every object of the account
    bool customerAdmin = false;

    [[nodiscard]] AccessLevel levelFor(const std::string& product) const;
    bool operator==(const Membership&) const = default;
};

// A staff user as the catalog lists them for staff callers (assignment to a colleague).
struct StaffMember {
    std::string id; // e-mail
    std::string name;
    bool operator==(const StaffMember&) const = default;
};

// What a client needs to work offline: who it is, where it belongs, what it may file.
struct Catalog {
    UserProfile user;
    std::vector<Account> accounts;
    std::vector<Membership> memberships;
    std::vector<Product> products;
    std::vector<StatusDefinition> statuses; // the workflow's states
    workflow::Rules workflow; // its moves and reopen window (workflow::fromCatalog)
    // Every staff user, for staff callers only; empty (and absent on the wire) for customers.
    std::vector<StaffMember> staff;
    // The names of the people the caller meets on cases (authors, creators, followers):
    // for staff every user; for a customer the members of their accounts and the staff.
    // Empty in a catalog cached before it: clients then show e-mail addresses.
    std::vector<StaffMember> people;
    // Config and staff notices that concern the user and have not expired (some may
    // start later); the client decides which to show as time passes (NoticeRules.h).
    std::vector<Notice> notices;
    // The files linked to the caller's accounts and objects that they may see
    // (access::canSeeAccountFile), newest first. Empty in a catalog cached before them.
    std::vector<AccountFile> files;
    bool operator==(const Catalog&) const = default;
};

} // namespace caseport
