#include "mail/MailTexts.h"

#include <array>
#include <string_view>

namespace caseport::server::mail {
namespace {

// One language's wording. {author}, {number}, {subject}, {portal} and {status} are
// replaced; everything else is literal.
struct Wording {
    std::string_view language;
    std::string_view newMessage; // subject suffix
    std::string_view internalNote; // subject suffix
    std::string_view newStatus; // subject suffix, followed by ": {status}"
    std::string_view wrote; // the line above a post
    std::string_view wroteInternal; // the line above an internal note
    std::string_view statusIs; // the status mail's sentence
    std::string_view answerIs; // the line above a closed case's answer
    std::string_view openToReply;
    std::string_view openToSee;
    std::string_view why; // the footer
    std::string_view received; // subject suffix of the receipt
    std::string_view receiptIs; // the receipt's first sentence
    std::string_view receiptOnBehalf; // … for a case staff registered for the customer
    std::string_view whatNext; // the receipt's second paragraph
};

constexpr std::array<Wording, 3> kWordings = { {
    { "da", "ny besked", "intern note", "ny status",
        "{author} har skrevet en ny besked i sag {number} ({subject}):",
        "{author} har skrevet en intern note i sag {number} ({subject}). Kun medarbejdere kan "
        "se den:",
        "Sag {number} ({subject}) har nu status: {status}.", "Svar:",
        "Åbn {portal} for at se hele sagen og svare.", "Åbn {portal} for at se sagen.",
        "Du modtager denne e-mail, fordi du har oprettet eller følger sagen.",
        "modtaget",
        "Vi har modtaget din sag {number} ({subject}).",
        "Vi har oprettet sag {number} ({subject}) for dig, som aftalt i telefonen.",
        "Vores medarbejdere ser på den og svarer dig i {portal}; du får en e-mail, hver gang "
        "der er nyt. Oplys venligst {number}, hvis du kontakter os om sagen." },
    { "en", "new message", "internal note", "new status",
        "{author} wrote a new message on case {number} ({subject}):",
        "{author} wrote an internal note on case {number} ({subject}). Only staff can see it:",
        "Case {number} ({subject}) now has the status: {status}.", "Answer:",
        "Open {portal} to see the whole case and reply.", "Open {portal} to see the case.",
        "You receive this e-mail because you created or follow the case.",
        "received",
        "We have received your case {number} ({subject}).",
        "We have registered case {number} ({subject}) for you, as agreed by phone.",
        "Our staff will look at it and answer you in {portal}; you will get an e-mail whenever "
        "there is news. Please quote {number} if you contact us about it." },
    { "sv", "nytt meddelande", "intern anteckning", "ny status",
        "{author} har skrivit ett nytt meddelande i ärende {number} ({subject}):",
        "{author} har skrivit en intern anteckning i ärende {number} ({subject}). Bara "
        "personalen kan se den:",
        "Ärende {number} ({subject}) har nu status: {status}.", "Svar:",
        "Öppna {portal} för att se hela ärendet och svara.", "Öppna {portal} för att se ärendet.",
        "Du får det här mejlet eftersom du har skapat eller följer ärendet.",
        "mottaget",
        "Vi har tagit emot ditt ärende {number} ({subject}).",
        "Vi har registrerat ärende {number} ({subject}) åt dig, som vi kom överens om i "
        "telefon.",
        "Vår personal tittar på det och svarar dig i {portal}; du får ett mejl varje gång det "
        "finns något nytt. Ange gärna {number} om du kontaktar oss om ärendet." },
} };

const Wording& wordingFor(const std::string& language)
{
    for (const Wording& w : kWordings) {
        if (w.language == language)
            return w;
    }
    return kWordings[1]; // English
}

// Header text stays on one line whatever the case subject holds.
std::string oneLine(std::string text)
{
    for (char& c : text) {
        if (c == '\r' || c == '\n' || c == '\t')
            c = ' ';
    }
    return text;
}

struct Fill {
    std::string author;
    std::string number;
    std::string subject;
    std::string portal;
    std::string status;
};

std::string fill(std::string_view pattern, const Fill& values)
{
    std::string out;
    std::size_t at = 0;
    while (at < pattern.size()) {
        const auto open = pattern.find('{', at);
        const auto close = open == std::string_view::npos ? open : pattern.find('}', open);
        if (close == std::string_view::npos) {
            out += pattern.substr(at);
            break;
        }
        out += pattern.substr(at, open - at);
        const std::string_view name = pattern.substr(open + 1, close - open - 1);
        if (name == "author")
            out += values.author;
        else if (name == "number")
            out += values.number;
        else if (name == "subject")
            out += values.subject;
        else if (name == "portal")
            out += values.portal;
        else if (name == "status")
            out += values.status;
        else
            out += pattern.substr(open, close - open + 1);
        at = close + 1;
    }
    return out;
}

std::string subjectLine(
    const std::string& number, const std::string& caseSubject, std::string_view what)
{
    return "[" + number + "] " + oneLine(caseSubject) + " – " + std::string(what);
}

std::string footer(const Wording& w) { return "\n-- \n" + std::string(w.why) + "\n"; }

} // namespace

std::string mailLanguage(const std::string& language)
{
    return std::string(wordingFor(language).language);
}

MailText newPostMail(const std::string& language, const PostMailFacts& facts)
{
    const Wording& w = wordingFor(language);
    const Fill values { facts.authorName, facts.caseNumber, oneLine(facts.caseSubject),
        facts.portalName, {} };
    MailText mail;
    mail.subject = subjectLine(
        facts.caseNumber, facts.caseSubject, facts.internal ? w.internalNote : w.newMessage);
    mail.body = fill(facts.internal ? w.wroteInternal : w.wrote, values) + "\n\n" + facts.text
        + "\n\n" + fill(w.openToReply, values) + "\n" + footer(w);
    return mail;
}

MailText statusMail(const std::string& language, const StatusMailFacts& facts)
{
    const Wording& w = wordingFor(language);
    const Fill values { {}, facts.caseNumber, oneLine(facts.caseSubject), facts.portalName,
        facts.statusLabel };
    MailText mail;
    mail.subject = subjectLine(facts.caseNumber, facts.caseSubject,
        std::string(w.newStatus) + ": " + oneLine(facts.statusLabel));
    mail.body = fill(w.statusIs, values) + "\n\n";
    if (!facts.answer.empty())
        mail.body += std::string(w.answerIs) + "\n" + facts.answer + "\n\n";
    mail.body += fill(w.openToSee, values) + "\n" + footer(w);
    return mail;
}

MailText receiptMail(const std::string& language, const ReceiptMailFacts& facts)
{
    const Wording& w = wordingFor(language);
    const Fill values { {}, facts.caseNumber, oneLine(facts.caseSubject), facts.portalName, {} };
    MailText mail;
    mail.subject = subjectLine(facts.caseNumber, facts.caseSubject, w.received);
    mail.body = fill(facts.onBehalf ? w.receiptOnBehalf : w.receiptIs, values) + "\n\n"
        + fill(w.whatNext, values) + "\n\n" + fill(w.openToSee, values) + "\n" + footer(w);
    return mail;
}

} // namespace caseport::server::mail
