#include "caseport/client/Notifications.h"

#include <algorithm>

namespace caseport::client::notifications {

bool notifies(const Post& post, const Case* onCase, const std::string& me)
{
    if (!onCase || post.author == me || post.caseId != onCase->id)
        return false;
    return onCase->creator == me
        || std::find(onCase->followers.begin(), onCase->followers.end(), me) != onCase->followers.end();
}

} // namespace caseport::client::notifications
