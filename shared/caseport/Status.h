#pragma once

#include "caseport/LocalizedText.h"

#include <string>
#include <vector>

namespace caseport {

// A workflow state. Ids are config-defined strings; these are the defaults.
namespace status {
inline constexpr const char* kReceived = "received";
inline constexpr const char* kInProgress = "in_progress";
inline constexpr const char* kWaitingForCustomer = "waiting_for_customer";
inline constexpr const char* kClosed = "closed";
} // namespace status

struct StatusDefinition {
    std::string id;
    LocalizedText label;
    bool closed = false; // a closed state ends the case (it counts as not "open")
    bool operator==(const StatusDefinition&) const = default;
};

// received → in_progress ⇄ waiting_for_customer → closed, labelled in da/en/sv.
[[nodiscard]] std::vector<StatusDefinition> defaultStatuses();

} // namespace caseport
