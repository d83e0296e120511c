#pragma once

// Which arriving posts deserve a desktop notification. Pure; see tst_notifications.

#include "caseport/Case.h"
#include "caseport/Post.h"

#include <string>

namespace caseport::client::notifications {

// A post someone else wrote on a case `me` filed or follows (the Followed view's cases
// and one's own). The case may be unknown to the caller (nullptr): no notification.
[[nodiscard]] bool notifies(const caseport::Post& post, const caseport::Case* onCase, const std::string& me);

} // namespace caseport::client::notifications
