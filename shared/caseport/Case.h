#pragma once

#include <nlohmann/json.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace caseport {

namespace channel {
inline constexpr const char* kPortal = "portal";
inline constexpr const char* kPhone = "phone";
inline constexpr const char* kEmail = "email";
} // namespace channel

// A support case as the server holds it. Empty strings stand for "not set"
// (category, object, onBehalfBy, assignee, answer) and travel as JSON null.
struct Case {
    std::string id; // UUID chosen by whoever created it
    std::string number; // server-assigned, e.g. CP-2026-000123
    std::string account;
    std::string product;
    std::string category;
    std::string object;
    std::string subject;
    std::string description;
    nlohmann::json fields = nlohmann::json::object(); // custom field id → value
    bool isPrivate = false;
    std::string status;
    std::string creator;
    std::string channel = channel::kPortal;
    std::string onBehalfBy;
    std::string assignee;
    std::vector<std::string> followers;
    std::string answer;
    std::string createdAt; // RFC 3339 UTC
    std::string updatedAt; // RFC 3339 UTC
    std::int64_t version = 0;
    // RFC 3339 UTC: when the case entered a closed state; empty while it is open. Set by
    // the server; decides whether a customer's post reopens it (workflow::postEffect).
    std::string closedAt;
    bool operator==(const Case&) const = default;
};

// A file already uploaded as a blob, referenced by a new case or post.
struct AttachmentRef {
    std::string id;
    std::string name;
    std::string sha256;
    std::int64_t size = 0;
    std::string mime;
    bool operator==(const AttachmentRef&) const = default;
};

// The fields a client may set when it creates a case (POST /api/v1/cases).
// creator and channel are honoured for staff only.
struct NewCase {
    std::string id;
    std::string account;
    std::string product;
    std::string category;
    std::string object;
    std::string subject;
    std::string description;
    nlohmann::json fields = nlohmann::json::object();
    bool isPrivate = false;
    std::vector<std::string> followers;
    std::vector<AttachmentRef> attachments;
    std::string creator;
    std::string channel;
    bool operator==(const NewCase&) const = default;
};

// PATCH /api/v1/cases/{id}: what to change, against the version the editor saw.
// Absent members stay as they are. For category, object, answer and assignee an empty
// string (JSON null) clears the value; fields replaces the whole custom-field object.
// Who may set what: access::canEditCaseFields (subject … fields), workflow::checkStatusChange
// (status), access::canAnswerAndAssign (answer, assignee).
struct CaseUpdate {
    // Every member has an initializer so callers may name only what they set.
    std::int64_t baseVersion = 0;
    std::optional<bool> isPrivate{};
    std::optional<std::vector<std::string>> followers{};
    std::optional<std::string> subject{};
    std::optional<std::string> description{};
    std::optional<std::string> category{};
    std::optional<std::string> object{};
    std::optional<nlohmann::json> fields{};
    std::optional<std::string> status{};
    std::optional<std::string> answer{};
    std::optional<std::string> assignee{};
    bool operator==(const CaseUpdate&) const = default;
};

} // namespace caseport
