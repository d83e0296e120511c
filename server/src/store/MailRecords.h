#pragma once

// The store's side of e-mail notifications (DESIGN §7 "Mail"): what the mail planner
// reads from the change log and the durable outbox rows it writes for the sender.
// Plain data; every time here is Unix milliseconds.

#include "caseport/Case.h"
#include "caseport/Post.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace caseport::server {

// One change-log row that may mean mail, with the records as they are now.
struct MailSource {
    std::int64_t seq = 0;
    Case caseRecord; // the case (for a post: the post's case)
    std::optional<Post> post; // set for a new post; unset for a change of the case
    // For a change of the case: the status the planner recorded for it last time;
    // unset when it never recorded one (a new case, or one older than the mail tables).
    std::optional<std::string> mailedStatus;
    // For a change of the case: who set its current status ('' when the store did not
    // record it: set before store step 9).
    std::string statusBy;
};

// What the planner may act on after its cursor: `through` is the last change sequence
// scanned (the new cursor once these are planned); rows that never mean mail are
// scanned but not listed.
struct MailSourcePage {
    std::int64_t through = 0;
    bool more = false; // the scan stopped at its limit; more rows follow
    std::vector<MailSource> sources;
};

// The status of a case as the planner last saw it, to tell a status change from any
// other edit.
struct CaseStatusMark {
    std::string caseId;
    std::string status;
    bool operator==(const CaseStatusMark&) const = default;
};

// One e-mail to one recipient, ready to send: planned text, in the recipient's language.
struct PlannedMail {
    std::string toAddress;
    std::string toName;
    std::string language;
    std::string subject;
    std::string body; // text/plain, UTF-8
    std::string caseId;
    bool operator==(const PlannedMail&) const = default;
};

enum class OutboxState {
    Pending, // waiting for its next attempt
    Sent,
    Failed, // given up: rejected for good, or failing for too long; last_error says why
};

struct OutboxMail {
    std::int64_t id = 0;
    PlannedMail mail;
    OutboxState state = OutboxState::Pending;
    std::int64_t createdAt = 0;
    std::int64_t attempts = 0;
    std::int64_t nextAttemptAt = 0;
    std::int64_t sentAt = 0; // 0 unless sent
    std::string lastError;
};

} // namespace caseport::server
