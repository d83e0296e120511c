#pragma once

// The notification e-mails' wording in Danish, English and Swedish, in one place.
// The recipient's language picks the text; any other language gets English. Pure.
//
// Subject: "[CP-2026-000123] <case subject> – <what happened>", so the case number
// comes first and every mail about a case starts the same way.

#include <string>

namespace caseport::server::mail {

struct MailText {
    std::string subject; // one line, UTF-8 (the sender encodes it for the header)
    std::string body; // text/plain, UTF-8, "\n" line ends
};

struct PostMailFacts {
    std::string portalName; // [mail] portal_name, e.g. "Caseport"
    std::string caseNumber;
    std::string caseSubject;
    std::string authorName;
    std::string text; // the post as written
    bool internal = false; // an internal note (only staff receive those)
};

struct StatusMailFacts {
    std::string portalName;
    std::string caseNumber;
    std::string caseSubject;
    std::string statusLabel; // already in the recipient's language
    std::string answer{}; // the case's answer when the new status closes it; else empty
};

// The receipt a case's creator gets when the case is filed (any channel).
struct ReceiptMailFacts {
    std::string portalName;
    std::string caseNumber;
    std::string caseSubject;
    bool onBehalf = false; // staff registered it for the creator (e.g. a phone call)
};

// "da", "en" or "sv": the language the texts are written in for `language`.
[[nodiscard]] std::string mailLanguage(const std::string& language);

[[nodiscard]] MailText newPostMail(const std::string& language, const PostMailFacts& facts);
[[nodiscard]] MailText statusMail(const std::string& language, const StatusMailFacts& facts);
// "[CP-…] <subject> – received": the number, what happens next, the portal's name.
[[nodiscard]] MailText receiptMail(const std::string& language, const ReceiptMailFacts& facts);

} // namespace caseport::server::mail
