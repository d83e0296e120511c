#include "mail/MailRecipients.h"

#include <algorithm>
#include <set>

namespace caseport::server::mail {

std::vector<UserProfile> mailRecipients(
    const MailEvent& event, const std::vector<MailCandidate>& people)
{
    std::vector<std::string> interested { event.caseFacts.creator };
    interested.insert(
        interested.end(), event.caseFacts.followers.begin(), event.caseFacts.followers.end());
    std::vector<UserProfile> recipients;
    std::set<std::string> seen;
    for (const std::string& id : interested) {
        if (id.empty() || id == event.actor || !seen.insert(id).second)
            continue;
        const auto person = std::find_if(people.begin(), people.end(),
            [&](const MailCandidate& c) { return c.profile.id == id; });
        if (person == people.end() || !access::canSeeCase(person->viewer, event.caseFacts))
            continue;
        if (event.internal && !access::canSeeInternalPosts(person->viewer))
            continue;
        recipients.push_back(person->profile);
    }
    return recipients;
}

} // namespace caseport::server::mail
