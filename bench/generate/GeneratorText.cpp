#include "GeneratorText.h"

#include <array>
#include <cstdio>
#include <vector>

namespace caseport::bench {
namespace {

template <std::size_t N>
const char* pick(Rng& rng, const std::array<const char*, N>& pool)
{
    return pool[rng.below(N)];
}

// Subjects by product, per language.
constexpr std::array<const char*, 10> kPayrollDa = {
    "Lønseddel mangler for {m}", "Forkert skattekort på medarbejder {n}",
    "Feriepenge udbetalt to gange", "Pension trækkes ikke korrekt fra {m}",
    "Ny medarbejder skal oprettes før lønkørsel", "Fejl i overtidsbetaling for {m}",
    "Spørgsmål til ATP-bidrag", "Lønkørsel afvist af banken", "Fratrædelse: sidste lønseddel",
    "Indberetning til eIndkomst fejlede"};
constexpr std::array<const char*, 10> kPayrollSv = {
    "Lönespecifikation saknas för {m}", "Fel skattetabell för anställd {n}",
    "Semesterersättning utbetald två gånger", "Pensionsavdrag stämmer inte för {m}",
    "Ny anställd måste läggas upp före lönekörning", "Fel i övertidsersättningen för {m}",
    "Fråga om arbetsgivaravgifter", "Lönefilen avvisades av banken", "Slutlön vid uppsägning",
    "Arbetsgivardeklaration till Skatteverket misslyckades"};
constexpr std::array<const char*, 10> kPayrollEn = {
    "Payslip missing for {m}", "Wrong tax code for employee {n}",
    "Holiday pay paid out twice", "Pension deduction wrong in {m}",
    "New starter must be set up before the payroll run", "Overtime paid at the wrong rate in {m}",
    "Question about employer contributions", "Payment file rejected by the bank",
    "Leaver: final payslip", "Year-end report failed to submit"};
constexpr std::array<const char*, 8> kHrDa = {
    "Ansættelseskontrakt til gennemsyn", "Barsel: hvilke regler gælder?",
    "Adgang til personalehåndbogen", "Sygefravær registreret forkert for {n}",
    "Onboarding af tre nye kolleger i {m}", "MUS-skabelon mangler", "Opsigelsesvarsel for funktionær",
    "Ændring af arbejdstid for {n}"};
constexpr std::array<const char*, 8> kHrSv = {
    "Anställningsavtal för granskning", "Föräldraledighet: vilka regler gäller?",
    "Behörighet till personalhandboken", "Sjukfrånvaro felregistrerad för {n}",
    "Introduktion av tre nya kollegor i {m}", "Mall för medarbetarsamtal saknas",
    "Uppsägningstid enligt LAS", "Ändrad arbetstid för {n}"};
constexpr std::array<const char*, 8> kHrEn = {
    "Employment contract for review", "Parental leave: which rules apply?",
    "Access to the staff handbook", "Sick leave recorded wrongly for {n}",
    "Onboarding three new colleagues in {m}", "Appraisal template missing",
    "Notice period for salaried staff", "Change of working hours for {n}"};
constexpr std::array<const char*, 8> kTimeDa = {
    "Flexsaldo er forkert efter {m}", "Kan ikke godkende timesedler", "Stempelur registrerer ikke",
    "Ferie vises ikke i kalenderen", "Projektkoder mangler i tidsregistreringen",
    "Eksport af timer til løn fejler", "Medarbejder {n} kan ikke logge ind", "Forkert normtid i {m}"};
constexpr std::array<const char*, 8> kTimeSv = {
    "Flexsaldot är fel efter {m}", "Kan inte attestera tidrapporter", "Stämpelklockan registrerar inte",
    "Semester syns inte i kalendern", "Projektkoder saknas i tidrapporteringen",
    "Export av tid till lön misslyckas", "Anställd {n} kan inte logga in", "Fel normaltid i {m}"};
constexpr std::array<const char*, 8> kTimeEn = {
    "Flexitime balance wrong after {m}", "Cannot approve timesheets", "Time clock does not register",
    "Holidays missing from the calendar", "Project codes missing in time recording",
    "Export of hours to payroll fails", "Employee {n} cannot log in", "Wrong standard hours in {m}"};

constexpr std::array<const char*, 12> kMonthsDa = {"januar", "februar", "marts", "april", "maj",
                                                    "juni", "juli", "august", "september",
                                                    "oktober", "november", "december"};
constexpr std::array<const char*, 12> kMonthsSv = {"januari", "februari", "mars", "april", "maj",
                                                    "juni", "juli", "augusti", "september",
                                                    "oktober", "november", "december"};
constexpr std::array<const char*, 12> kMonthsEn = {"January", "February", "March", "April", "May",
                                                    "June", "July", "August", "September",
                                                    "October", "November", "December"};

constexpr std::array<const char*, 14> kSentencesDa = {
    "Vi har gennemgået tallene to gange, og beløbet stemmer stadig ikke med kontrakten.",
    "Medarbejderen har henvendt sig til os flere gange og venter på et svar.",
    "Fejlen opstod første gang efter den seneste opdatering af systemet.",
    "Jeg har vedhæftet et skærmbillede af oversigten, så I kan se, hvad vi ser.",
    "Det haster lidt, fordi lønnen skal godkendes senest på torsdag.",
    "Kan I bekræfte, om det er en fejl hos jer eller en indstilling hos os?",
    "Vi har ikke ændret noget i opsætningen siden sidste måned.",
    "Beløbet er 4.250,00 kr. for højt i forhold til sidste periode.",
    "Regnskabsafdelingen har bedt om en forklaring, inden vi bogfører.",
    "Det gælder kun medarbejdere på timeløn, ikke funktionærer.",
    "På forhånd tak for hjælpen – vi sætter pris på en hurtig tilbagemelding.",
    "Vores revisor spørger også, om der skal laves en korrektion.",
    "Problemet ses både i den gamle og den nye brugerflade.",
    "Vi har prøvet at logge ud og ind igen uden at det hjalp."};
constexpr std::array<const char*, 14> kSentencesSv = {
    "Vi har gått igenom siffrorna två gånger och beloppet stämmer fortfarande inte med avtalet.",
    "Den anställde har hört av sig flera gånger och väntar på besked.",
    "Felet uppstod första gången efter den senaste uppdateringen av systemet.",
    "Jag har bifogat en skärmbild av översikten så att ni ser samma sak som vi.",
    "Det är lite bråttom eftersom lönen ska attesteras senast på torsdag.",
    "Kan ni bekräfta om felet ligger hos er eller i en inställning hos oss?",
    "Vi har inte ändrat något i uppsättningen sedan förra månaden.",
    "Beloppet är 3 980,00 kr för högt jämfört med föregående period.",
    "Ekonomiavdelningen vill ha en förklaring innan vi bokför.",
    "Det gäller bara timanställda, inte månadsavlönade.",
    "Tack på förhand för hjälpen – vi uppskattar ett snabbt svar.",
    "Vår revisor undrar också om en rättelse behöver göras.",
    "Problemet syns både i det gamla och i det nya gränssnittet.",
    "Vi har försökt logga ut och in igen utan att det hjälpte."};
constexpr std::array<const char*, 14> kSentencesEn = {
    "We have checked the figures twice and the amount still does not match the contract.",
    "The employee has contacted us several times and is waiting for an answer.",
    "The error first appeared after the latest update of the system.",
    "I have attached a screenshot of the overview so you can see what we see.",
    "It is somewhat urgent because payroll must be approved by Thursday.",
    "Could you confirm whether this is an error on your side or a setting on ours?",
    "We have not changed anything in the setup since last month.",
    "The amount is 512.40 EUR higher than in the previous period.",
    "Our finance department has asked for an explanation before we post it.",
    "It only affects hourly paid staff, not salaried employees.",
    "Thank you in advance for your help; a quick reply would be much appreciated.",
    "Our auditor also asks whether a correction needs to be made.",
    "The problem shows up in both the old and the new user interface.",
    "We tried logging out and in again, but it did not help."};

constexpr std::array<const char*, 10> kStaffDa = {
    "Tak for din henvendelse. Vi har kigget på sagen og fundet årsagen.",
    "Vi har rettet opsætningen, så det er korrekt fra næste lønkørsel.",
    "Kan du sende os medarbejdernummeret og perioden, det drejer sig om?",
    "Vi har sendt sagen videre til vores specialister og vender tilbage i morgen.",
    "Korrektionen er lavet, og en ny lønseddel ligger klar i portalen.",
    "Det skyldes en ændring i reglerne pr. 1. januar; se vejledningen i portalen.",
    "Sagen er nu registreret hos os med høj prioritet.",
    "Vi afventer svar fra banken og opdaterer sagen, så snart vi hører noget.",
    "Vi har ringet til jer og aftalt, at vi lukker sagen efter næste kørsel.",
    "Du er velkommen til at kontakte os på telefon, hvis noget er uklart."};
constexpr std::array<const char*, 10> kStaffSv = {
    "Tack för ditt ärende. Vi har tittat på saken och hittat orsaken.",
    "Vi har rättat inställningen så att det blir rätt från nästa lönekörning.",
    "Kan du skicka anställningsnumret och vilken period det gäller?",
    "Vi har skickat ärendet vidare till våra specialister och återkommer i morgon.",
    "Rättelsen är gjord och en ny lönespecifikation finns i portalen.",
    "Det beror på ändrade regler från 1 januari; se guiden i portalen.",
    "Ärendet är nu registrerat hos oss med hög prioritet.",
    "Vi väntar på svar från banken och uppdaterar ärendet så snart vi hör något.",
    "Vi har ringt er och kommit överens om att stänga ärendet efter nästa körning.",
    "Hör gärna av dig på telefon om något är oklart."};
constexpr std::array<const char*, 10> kStaffEn = {
    "Thank you for getting in touch. We have looked into it and found the cause.",
    "We have corrected the setup so it will be right from the next payroll run.",
    "Could you send us the employee number and the period concerned?",
    "We have passed the case to our specialists and will get back to you tomorrow.",
    "The correction is done and a new payslip is available in the portal.",
    "This is due to a rule change from 1 January; see the guide in the portal.",
    "The case is now registered with us at high priority.",
    "We are waiting for the bank to answer and will update the case as soon as we hear.",
    "We called you and agreed to close the case after the next run.",
    "Feel free to call us if anything is unclear."};

constexpr std::array<const char*, 20> kFirstNames = {
    "Mette", "Lars", "Sofie", "Anders", "Karin", "Johan", "Ingrid", "Mikkel", "Freja", "Oskar",
    "Astrid", "Henrik", "Maja", "Nils", "Ida", "Søren", "Linnea", "Bjørn", "Elin", "Rasmus"};
constexpr std::array<const char*, 20> kLastNames = {
    "Nielsen", "Jensen", "Hansen", "Lindqvist", "Andersson", "Berg", "Holm", "Sørensen",
    "Karlsson", "Dahl", "Pedersen", "Nyström", "Kristensen", "Ek", "Larsen", "Sjöberg",
    "Mortensen", "Åberg", "Poulsen", "Lund"};
constexpr std::array<const char*, 25> kCompanyStems = {
    "Fjordbageriet", "Nordlys Transport", "Skovgaard Byg", "Havnens Fisk", "Bølgen Café",
    "Solsikke Børnehaver", "Granit Entreprenør", "Egeskov Møbler", "Birkely Plejehjem",
    "Lærkevej Tandklinik", "Östra Hamnens Varv", "Granlunds Åkeri", "Björkbacken Förskola",
    "Sjöbodens Rökeri", "Älvdalens Trä", "Fyrtornet Hotell", "Kvarnen Bageri", "Strandängens Vård",
    "Hällebergs Mekaniska", "Vindö Fastigheter", "Northwind Logistics", "Harbour Lights Ltd",
    "Greenfield Foods", "Bridgewater Clinics", "Oakridge Facilities"};

std::string fill(std::string text, Rng& rng, Language language)
{
    const auto replace = [&](const std::string& key, const std::string& value) {
        if (const auto at = text.find(key); at != std::string::npos)
            text.replace(at, key.size(), value);
    };
    const char* month = language == Language::Danish ? pick(rng, kMonthsDa)
        : language == Language::Swedish              ? pick(rng, kMonthsSv)
                                                     : pick(rng, kMonthsEn);
    replace("{m}", month);
    replace("{n}", std::to_string(1000 + rng.below(9000)));
    return text;
}

} // namespace

const char* languageCode(Language language)
{
    switch (language) {
    case Language::Danish:
        return "da";
    case Language::Swedish:
        return "sv";
    case Language::English:
        break;
    }
    return "en";
}

std::string uuidFrom(Rng& rng)
{
    const std::uint64_t hi = (rng() & 0xFFFFFFFFFFFF0FFFull) | 0x0000000000004000ull;
    const std::uint64_t lo = (rng() & 0x3FFFFFFFFFFFFFFFull) | 0x8000000000000000ull;
    char text[40];
    std::snprintf(text, sizeof text, "%08llx-%04llx-%04llx-%04llx-%012llx",
                  static_cast<unsigned long long>(hi >> 32),
                  static_cast<unsigned long long>((hi >> 16) & 0xFFFF),
                  static_cast<unsigned long long>(hi & 0xFFFF),
                  static_cast<unsigned long long>(lo >> 48),
                  static_cast<unsigned long long>(lo & 0xFFFFFFFFFFFFull));
    return text;
}

std::string caseSubject(Rng& rng, const std::string& product, Language language)
{
    const char* text = nullptr;
    if (product == "payroll")
        text = language == Language::Danish ? pick(rng, kPayrollDa)
            : language == Language::Swedish ? pick(rng, kPayrollSv)
                                            : pick(rng, kPayrollEn);
    else if (product == "hr")
        text = language == Language::Danish ? pick(rng, kHrDa)
            : language == Language::Swedish ? pick(rng, kHrSv)
                                            : pick(rng, kHrEn);
    else
        text = language == Language::Danish ? pick(rng, kTimeDa)
            : language == Language::Swedish ? pick(rng, kTimeSv)
                                            : pick(rng, kTimeEn);
    return fill(text, rng, language);
}

std::string caseDescription(Rng& rng, const std::string& product, Language language)
{
    std::string text = caseSubject(rng, product, language) + ".";
    const int sentences = 3 + static_cast<int>(rng.below(4));
    for (int i = 0; i < sentences; ++i) {
        text += ' ';
        text += language == Language::Danish ? pick(rng, kSentencesDa)
            : language == Language::Swedish  ? pick(rng, kSentencesSv)
                                             : pick(rng, kSentencesEn);
    }
    return text;
}

std::string postText(Rng& rng, Language language, bool fromStaff, bool internal)
{
    std::string text;
    if (internal)
        text = language == Language::Danish ? "Intern note: kunden har haft samme problem før. "
            : language == Language::Swedish ? "Intern anteckning: kunden har haft samma problem förut. "
                                            : "Internal note: the customer had this problem before. ";
    const int sentences = 1 + static_cast<int>(rng.below(3));
    for (int i = 0; i < sentences; ++i) {
        if (i)
            text += ' ';
        if (fromStaff || internal)
            text += language == Language::Danish ? pick(rng, kStaffDa)
                : language == Language::Swedish  ? pick(rng, kStaffSv)
                                                 : pick(rng, kStaffEn);
        else
            text += language == Language::Danish ? pick(rng, kSentencesDa)
                : language == Language::Swedish  ? pick(rng, kSentencesSv)
                                                 : pick(rng, kSentencesEn);
    }
    return text;
}

std::string companyName(int index, Language language)
{
    const std::string stem = kCompanyStems[static_cast<std::size_t>(index) % kCompanyStems.size()];
    const std::string suffix = language == Language::Danish ? " A/S"
        : language == Language::Swedish                      ? " AB"
                                                             : " Ltd";
    const int round = index / static_cast<int>(kCompanyStems.size());
    std::string name = stem;
    if (round > 0) {
        name += ' ';
        name += std::to_string(round + 1);
    }
    return name + suffix;
}

std::string personName(int index)
{
    const auto i = static_cast<std::size_t>(index);
    return std::string(kFirstNames[i % kFirstNames.size()]) + " "
        + kLastNames[(i / kFirstNames.size() + i) % kLastNames.size()];
}

std::string emailLocalPart(int index)
{
    std::string name = personName(index);
    std::string out;
    for (std::size_t i = 0; i < name.size(); ++i) {
        const unsigned char c = static_cast<unsigned char>(name[i]);
        if (c == ' ') {
            out += '.';
        } else if (c < 0x80) {
            out += static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c);
        } else if (c == 0xC3 && i + 1 < name.size()) { // æ ø å ä ö → ae oe aa a o
            const unsigned char next = static_cast<unsigned char>(name[++i]);
            switch (next) {
            case 0xA6: case 0x86: out += "ae"; break;
            case 0xB8: case 0x98: out += "oe"; break;
            case 0xA5: case 0x85: out += "aa"; break;
            case 0xA4: case 0x84: out += 'a'; break;
            case 0xB6: case 0x96: out += 'o'; break;
            default: break;
            }
        }
    }
    return out;
}

} // namespace caseport::bench
