// E-mail notifications without a mail server: who is told (a table over the access
// rules), the texts in every language, header encoding, retry timing, and the planner
// against a real store (outbox rows and cursor in one transaction, once per change,
// across restarts; internal notes to staff only; status changes; mail switched off).

#include "config/Config.h"
#include "mail/MailFormat.h"
#include "mail/MailPlanner.h"
#include "mail/MailRecipients.h"
#include "mail/MailSender.h"
#include "mail/MailTexts.h"
#include "service/AccessDirectory.h"
#include "service/ChangeNotifier.h"
#include "service/LiveConfig.h"
#include "store/SqliteStore.h"

#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

#include <algorithm>
#include <atomic>
#include <memory>

using namespace caseport;
using namespace caseport::server;
using namespace caseport::server::mail;

namespace {

const std::string kAnna = "anna@acme.example"; // payroll full, da
const std::string kErik = "erik@acme.example"; // payroll full, sv
const std::string kBo = "bo@acme.example"; // payroll limited, en
const std::string kDag = "dag@nordic.example"; // another account
const std::string kSam = "sam@caseport.example"; // staff, en
const std::string kPia = "pia@caseport.example"; // staff, da

UserAccount user(const std::string& id, const std::string& name, const std::string& language,
    bool staff, const std::string& account = {}, AccessLevel level = AccessLevel::None)
{
    UserAccount u;
    u.profile = { id, name, language, staff };
    if (!account.empty()) {
        Membership m;
        m.account = account;
        m.products["payroll"] = level;
        u.memberships.push_back(m);
    }
    return u;
}

// The people above; `lostAccess` (if any) has payroll level none.
Config testConfig(bool mailEnabled, const std::string& lostAccess = {})
{
    Config config;
    config.products.push_back(
        Product { "payroll", { { { "en", "Payroll" } } }, {}, {}, {}, {}, {} });
    config.accounts.push_back(Account { "acme", "Acme", {}, {} });
    config.accounts.push_back(Account { "nordic", "Nordic", {}, {} });
    auto level = [&](const std::string& id, AccessLevel normal) {
        return id == lostAccess ? AccessLevel::None : normal;
    };
    config.users = {
        user(kAnna, "Anna Andersen", "da", false, "acme", level(kAnna, AccessLevel::Full)),
        user(kErik, "Erik Eriksson", "sv", false, "acme", level(kErik, AccessLevel::Full)),
        user(kBo, "Bo Berg", "en", false, "acme", level(kBo, AccessLevel::Limited)),
        user(kDag, "Dag Dahlberg", "sv", false, "nordic", AccessLevel::Full),
        user(kSam, "Sam Staff", "en", true),
        user(kPia, "Pia Pedersen", "da", true),
    };
    config.mail.enabled = mailEnabled;
    config.mail.fromAddress = "caseport@support.example";
    config.mail.portalName = "Acme Portal";
    return config;
}

std::vector<MailCandidate> candidates(const Config& config)
{
    std::vector<MailCandidate> people;
    for (const auto& u : config.users) {
        access::Viewer viewer { u.profile.id, u.profile.staff, u.memberships };
        people.push_back({ u.profile, viewer });
    }
    return people;
}

std::vector<std::string> strings(const QStringList& list)
{
    std::vector<std::string> out;
    for (const QString& s : list)
        out.push_back(s.toStdString());
    return out;
}

QStringList ids(const std::vector<UserProfile>& profiles)
{
    QStringList out;
    for (const auto& p : profiles)
        out << QString::fromStdString(p.id);
    return out;
}

Case draftCase(const std::string& id, const std::vector<std::string>& followers)
{
    Case c;
    c.id = id;
    c.account = "acme";
    c.product = "payroll";
    c.subject = "Holiday pay is missing";
    c.status = "received";
    c.creator = kAnna;
    c.followers = followers;
    c.createdAt = "2026-03-01T10:00:00Z";
    return c;
}

Post makePost(const std::string& id, const std::string& caseId, const std::string& author,
    const std::string& text, bool internal = false)
{
    Post p;
    p.id = id;
    p.caseId = caseId;
    p.author = author;
    p.text = text;
    p.internal = internal;
    p.createdAt = "2026-03-01T11:00:00Z";
    return p;
}

std::string uuid(int n)
{
    char text[40];
    std::snprintf(text, sizeof text, "00000000-0000-4000-8000-%012d", n);
    return text;
}

// Oldest first.
std::vector<OutboxMail> outboxOf(Store& store)
{
    auto all = store.mailOutbox(1000);
    std::reverse(all.begin(), all.end());
    return all;
}

QStringList recipientsOf(const std::vector<OutboxMail>& mails)
{
    QStringList out;
    for (const auto& m : mails)
        out << QString::fromStdString(m.mail.toAddress);
    return out;
}

bool isValidUtf8(const QByteArray& bytes)
{
    return QString::fromUtf8(bytes).toUtf8() == bytes
        && !QString::fromUtf8(bytes).contains(QChar::ReplacementCharacter);
}

} // namespace

class TestMail : public QObject {
    Q_OBJECT

private slots:
    void recipients_data();
    void recipients();
    void postTexts_data();
    void postTexts();
    void statusTexts_data();
    void statusTexts();
    void subjectStaysOneLine();
    void headerText_data();
    void headerText();
    void longHeaderTextSplitsBetweenCharacters();
    void mailbox_data();
    void mailbox();
    void retryDelay_data();
    void retryDelay();

    void init();
    void cleanup();
    void plannerMailsCreatorAndFollowersInTheirLanguages();
    void eachChangeIsPlannedOnceAlsoAfterARestart();
    void internalNoteReachesStaffOnly();
    void followerWhoLostAccessGetsNothing();
    void statusChangeMails();
    void nobodyIsMailedAboutTheirOwnStatusChange();
    void disabledMailMovesTheCursorWithoutPlanning();
    void enqueueRefusesAMovedCursor();
    void existingStoreStartsAtTheLogsHead();
    void plannerThreadWakesUp();
    void receiptTexts_data();
    void receiptTexts();
    void receiptToTheCreatorOnce();
    void phoneCaseReceiptGoesToTheCustomer();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<SqliteStore> m_store;
    std::unique_ptr<LiveConfig> m_config;
    ChangeNotifier m_notifier; // nobody listens here
    std::unique_ptr<AccessDirectory> m_directory;
    std::unique_ptr<MailPlanner> m_planner;
    Case m_case;

    [[nodiscard]] std::string dbPath() const
    {
        return SqliteStore::fileIn(m_dir->path().toStdString());
    }
    void openStore();
};

// ---------------------------------------------------------------- recipients

void TestMail::recipients_data()
{
    QTest::addColumn<QStringList>("followers");
    QTest::addColumn<QString>("actor");
    QTest::addColumn<bool>("internal");
    QTest::addColumn<bool>("isPrivate");
    QTest::addColumn<QString>("lostAccess"); // payroll level none for this user
    QTest::addColumn<QStringList>("expected");

    const QString anna = QString::fromStdString(kAnna);
    const QString erik = QString::fromStdString(kErik);
    const QString bo = QString::fromStdString(kBo);
    const QString dag = QString::fromStdString(kDag);
    const QString sam = QString::fromStdString(kSam);
    const QString pia = QString::fromStdString(kPia);
    QTest::newRow("staff answers: creator and follower")
        << QStringList { erik } << sam << false << false << QString() << QStringList { anna, erik };
    QTest::newRow("no followers: the creator")
        << QStringList {} << sam << false << false << QString() << QStringList { anna };
    QTest::newRow("the creator writes: not to herself")
        << QStringList { erik } << anna << false << false << QString() << QStringList { erik };
    QTest::newRow("a follower writes: not to himself") << QStringList { erik,
        bo } << erik << false << false << QString() << QStringList { anna, bo };
    QTest::newRow("staff follower hears customer posts")
        << QStringList { pia } << anna << false << false << QString() << QStringList { pia };
    QTest::newRow("internal note: staff only")
        << QStringList { erik, pia } << sam << true << false << QString() << QStringList { pia };
    QTest::newRow("internal note: not to its staff author")
        << QStringList { erik, pia } << pia << true << false << QString() << QStringList {};
    QTest::newRow("follower who lost access gets nothing")
        << QStringList { erik } << sam << false << false << erik << QStringList { anna };
    QTest::newRow("creator who lost access gets nothing")
        << QStringList { erik } << sam << false << false << anna << QStringList { erik };
    QTest::newRow("limited follower sees a followed case")
        << QStringList { bo } << sam << false << false << QString() << QStringList { anna, bo };
    QTest::newRow("follower from another account cannot see it")
        << QStringList { dag } << sam << false << false << QString() << QStringList { anna };
    QTest::newRow("private case: creator and added followers")
        << QStringList { erik } << sam << false << true << QString() << QStringList { anna, erik };
    QTest::newRow("each once, creator first") << QStringList { erik, anna, erik } << sam << false
                                              << false << QString() << QStringList { anna, erik };
    QTest::newRow("a user no longer in the config")
        << QStringList { QStringLiteral("gone@acme.example"), erik } << sam << false << false
        << QString() << QStringList { anna, erik };
    QTest::newRow("unknown author (a status change)")
        << QStringList { erik } << QString() << false << false << QString()
        << QStringList { anna, erik };
}

void TestMail::recipients()
{
    QFETCH(QStringList, followers);
    QFETCH(QString, actor);
    QFETCH(bool, internal);
    QFETCH(bool, isPrivate);
    QFETCH(QString, lostAccess);
    QFETCH(QStringList, expected);

    const Config config = testConfig(true, lostAccess.toStdString());
    MailEvent event;
    event.caseFacts = { "acme", "payroll", "", isPrivate, kAnna, strings(followers) };
    event.actor = actor.toStdString();
    event.internal = internal;
    QCOMPARE(ids(mailRecipients(event, candidates(config))), expected);
}

// ---------------------------------------------------------------- texts

void TestMail::postTexts_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<bool>("internal");
    QTest::addColumn<QString>("written"); // mailLanguage()
    QTest::addColumn<QString>("subject");
    QTest::addColumn<QString>("firstLine");
    QTest::addColumn<QString>("hint");
    QTest::addColumn<QString>("footer");

    QTest::newRow("da") << "da" << false << "da"
                        << "[CP-2026-000123] Holiday pay is missing – ny besked"
                        << "Sam Staff har skrevet en ny besked i sag CP-2026-000123 (Holiday pay "
                           "is missing):"
                        << "Åbn Acme Portal for at se hele sagen og svare."
                        << "Du modtager denne e-mail, fordi du har oprettet eller følger sagen.";
    QTest::newRow("en") << "en" << false << "en"
                        << "[CP-2026-000123] Holiday pay is missing – new message"
                        << "Sam Staff wrote a new message on case CP-2026-000123 (Holiday pay is "
                           "missing):"
                        << "Open Acme Portal to see the whole case and reply."
                        << "You receive this e-mail because you created or follow the case.";
    QTest::newRow("sv") << "sv" << false << "sv"
                        << "[CP-2026-000123] Holiday pay is missing – nytt meddelande"
                        << "Sam Staff har skrivit ett nytt meddelande i ärende CP-2026-000123 "
                           "(Holiday pay is missing):"
                        << "Öppna Acme Portal för att se hela ärendet och svara."
                        << "Du får det här mejlet eftersom du har skapat eller följer ärendet.";
    QTest::newRow("da internal") << "da" << true << "da"
                                 << "[CP-2026-000123] Holiday pay is missing – intern note"
                                 << "Sam Staff har skrevet en intern note i sag CP-2026-000123 "
                                    "(Holiday pay is missing). Kun medarbejdere kan se den:"
                                 << "Åbn Acme Portal for at se hele sagen og svare."
                                 << "Du modtager denne e-mail, fordi du har oprettet eller følger "
                                    "sagen.";
    QTest::newRow("en internal") << "en" << true << "en"
                                 << "[CP-2026-000123] Holiday pay is missing – internal note"
                                 << "Sam Staff wrote an internal note on case CP-2026-000123 "
                                    "(Holiday pay is missing). Only staff can see it:"
                                 << "Open Acme Portal to see the whole case and reply."
                                 << "You receive this e-mail because you created or follow the "
                                    "case.";
    QTest::newRow("sv internal") << "sv" << true << "sv"
                                 << "[CP-2026-000123] Holiday pay is missing – intern anteckning"
                                 << "Sam Staff har skrivit en intern anteckning i ärende "
                                    "CP-2026-000123 (Holiday pay is missing). Bara personalen kan "
                                    "se den:"
                                 << "Öppna Acme Portal för att se hela ärendet och svara."
                                 << "Du får det här mejlet eftersom du har skapat eller följer "
                                    "ärendet.";
    QTest::newRow("other language: English")
        << "de" << false << "en"
        << "[CP-2026-000123] Holiday pay is missing – new message"
        << "Sam Staff wrote a new message on case CP-2026-000123 (Holiday pay is missing):"
        << "Open Acme Portal to see the whole case and reply."
        << "You receive this e-mail because you created or follow the case.";
}

void TestMail::postTexts()
{
    QFETCH(QString, language);
    QFETCH(bool, internal);
    QFETCH(QString, written);
    QFETCH(QString, subject);
    QFETCH(QString, firstLine);
    QFETCH(QString, hint);
    QFETCH(QString, footer);

    const PostMailFacts facts { "Acme Portal", "CP-2026-000123", "Holiday pay is missing",
        "Sam Staff", "The June run is fixed.\n\nRegards, Sam", internal };
    const MailText text = newPostMail(language.toStdString(), facts);
    QCOMPARE(QString::fromStdString(mailLanguage(language.toStdString())), written);
    QCOMPARE(QString::fromStdString(text.subject), subject);
    const QString expectedBody = firstLine + "\n\nThe June run is fixed.\n\nRegards, Sam\n\n" + hint
        + "\n\n-- \n" + footer + "\n";
    QCOMPARE(QString::fromStdString(text.body), expectedBody);
}

void TestMail::statusTexts_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("label");
    QTest::addColumn<QString>("subject");
    QTest::addColumn<QString>("body");

    QTest::newRow("da") << "da"
                        << "Under behandling"
                        << "[CP-2026-000123] Holiday pay is missing – ny status: Under behandling"
                        << "Sag CP-2026-000123 (Holiday pay is missing) har nu status: Under "
                           "behandling.\n\nÅbn Acme Portal for at se sagen.\n\n-- \nDu modtager "
                           "denne e-mail, fordi du har oprettet eller følger sagen.\n";
    QTest::newRow("en") << "en"
                        << "In progress"
                        << "[CP-2026-000123] Holiday pay is missing – new status: In progress"
                        << "Case CP-2026-000123 (Holiday pay is missing) now has the status: In "
                           "progress.\n\nOpen Acme Portal to see the case.\n\n-- \nYou receive "
                           "this e-mail because you created or follow the case.\n";
    QTest::newRow("sv") << "sv"
                        << "Under bearbetning"
                        << "[CP-2026-000123] Holiday pay is missing – ny status: Under bearbetning"
                        << "Ärende CP-2026-000123 (Holiday pay is missing) har nu status: Under "
                           "bearbetning.\n\nÖppna Acme Portal för att se ärendet.\n\n-- \nDu får "
                           "det här mejlet eftersom du har skapat eller följer ärendet.\n";
}

void TestMail::statusTexts()
{
    QFETCH(QString, language);
    QFETCH(QString, label);
    QFETCH(QString, subject);
    QFETCH(QString, body);

    const StatusMailFacts facts { "Acme Portal", "CP-2026-000123", "Holiday pay is missing",
        label.toStdString() };
    const MailText text = statusMail(language.toStdString(), facts);
    QCOMPARE(QString::fromStdString(text.subject), subject);
    QCOMPARE(QString::fromStdString(text.body), body);
}

void TestMail::subjectStaysOneLine()
{
    const PostMailFacts facts { "Caseport", "CP-2026-000001", "Two\r\nlines", "Sam", "Text",
        false };
    const MailText text = newPostMail("en", facts);
    QCOMPARE(text.subject, std::string("[CP-2026-000001] Two  lines – new message"));
}

// ---------------------------------------------------------------- header encoding

void TestMail::headerText_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QByteArray>("expected");

    QTest::newRow("ASCII stays") << "[CP-2026-000001] Holiday pay"
                                 << QByteArray("[CP-2026-000001] Holiday pay");
    QTest::newRow("Danish") << "Løn" << QByteArray("=?UTF-8?B?TMO4bg==?=");
    QTest::newRow("Swedish") << "Lön för maj" << QByteArray("=?UTF-8?B?TMO2biBmw7ZyIG1hag==?=");
    QTest::newRow("line breaks become spaces") << "a\r\nb" << QByteArray("a  b");
    QTest::newRow("=? is encoded too") << "=?x?" << QByteArray("=?UTF-8?B?PT94Pw==?=");
}

void TestMail::headerText()
{
    QFETCH(QString, text);
    QFETCH(QByteArray, expected);
    QCOMPARE(QByteArray::fromStdString(encodeHeaderText(text.toStdString())), expected);
}

void TestMail::longHeaderTextSplitsBetweenCharacters()
{
    // 2-byte characters from an even offset: a cut after 39 bytes would fall inside one.
    const QString text
        = QStringLiteral("xy") + QString(60, QChar(0x00F8)) + QStringLiteral(" – slut");
    const QByteArray encoded = QByteArray::fromStdString(encodeHeaderText(text.toStdString()));
    const QList<QByteArray> lines = encoded.split('\n');
    QVERIFY(lines.size() > 1);
    QByteArray joined;
    for (QByteArray line : lines) {
        if (line.endsWith('\r'))
            line.chop(1);
        QVERIFY2(line.size() <= 76, line.constData());
        const QByteArray word = line.trimmed();
        QVERIFY2(word.startsWith("=?UTF-8?B?") && word.endsWith("?="), word.constData());
        const QByteArray bytes = QByteArray::fromBase64(word.mid(10, word.size() - 12));
        QVERIFY2(isValidUtf8(bytes), word.constData()); // whole characters in every word
        joined += bytes;
    }
    QCOMPARE(QString::fromUtf8(joined), text);
}

void TestMail::mailbox_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("no name") << "" << QByteArray("a@b.example");
    QTest::newRow("plain") << "Anna Andersen" << QByteArray("Anna Andersen <a@b.example>");
    QTest::newRow("comma is quoted")
        << "Andersen, Anna" << QByteArray("\"Andersen, Anna\" <a@b.example>");
    QTest::newRow("quote is escaped")
        << "Bo \"B\". Berg" << QByteArray("\"Bo \\\"B\\\". Berg\" <a@b.example>");
    QTest::newRow("non-ASCII is encoded")
        << "Søren" << QByteArray("=?UTF-8?B?U8O4cmVu?= <a@b.example>");
}

void TestMail::mailbox()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, expected);
    QCOMPARE(QByteArray::fromStdString(mailboxHeader(name.toStdString(), "a@b.example")), expected);
}

// ---------------------------------------------------------------- retry timing

void TestMail::retryDelay_data()
{
    QTest::addColumn<qint64>("failures");
    QTest::addColumn<qint64>("baseSeconds");
    QTest::addColumn<double>("unit");
    QTest::addColumn<qint64>("expectedMs");

    QTest::newRow("first retry: the base") << 1LL << 30LL << 0.5 << 30'000LL;
    QTest::newRow("second: doubled") << 2LL << 30LL << 0.5 << 60'000LL;
    QTest::newRow("third") << 3LL << 30LL << 0.5 << 120'000LL;
    QTest::newRow("capped at an hour") << 8LL << 30LL << 0.5 << 3'600'000LL;
    QTest::newRow("many failures do not overflow") << 1000LL << 30LL << 0.5 << 3'600'000LL;
    QTest::newRow("jitter low end") << 1LL << 30LL << 0.0 << 24'000LL;
    QTest::newRow("jitter high end") << 1LL << 30LL << 1.0 << 36'000LL;
    QTest::newRow("no failures yet counts as one") << 0LL << 30LL << 0.5 << 30'000LL;
    QTest::newRow("a base above the cap is kept") << 3LL << 7200LL << 0.5 << 7'200'000LL;
    QTest::newRow("test timing") << 1LL << 1LL << 0.5 << 1'000LL;
}

void TestMail::retryDelay()
{
    QFETCH(qint64, failures);
    QFETCH(qint64, baseSeconds);
    QFETCH(double, unit);
    QFETCH(qint64, expectedMs);
    const auto delay = mail::retryDelay(failures, std::chrono::seconds(baseSeconds), unit);
    QCOMPARE(static_cast<qint64>(delay.count()), expectedMs);
}

// ---------------------------------------------------------------- the planner

void TestMail::openStore()
{
    m_planner.reset();
    m_directory.reset();
    m_store.reset();
    m_store = std::make_unique<SqliteStore>(dbPath());
    m_directory = std::make_unique<AccessDirectory>(*m_store, m_notifier);
    m_planner = std::make_unique<MailPlanner>(*m_store, *m_config, *m_directory);
}

void TestMail::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    // The case every test starts from is filed while mail is off (no receipt), so each
    // test counts only the mail its own changes plan.
    m_config = std::make_unique<LiveConfig>(testConfig(false));
    openStore();
    const auto created = m_store->createCase(draftCase(uuid(1), { kErik }), "CP");
    QCOMPARE(created.outcome, CreateOutcome::Created);
    m_case = created.value;
    QCOMPARE(m_planner->planPending(), 0);
    m_config->replace(testConfig(true));
}

void TestMail::cleanup()
{
    m_planner.reset();
    m_directory.reset();
    m_store.reset();
    m_config.reset();
    m_dir.reset();
}

void TestMail::plannerMailsCreatorAndFollowersInTheirLanguages()
{
    QCOMPARE(
        m_store->createPost(makePost(uuid(10), m_case.id, kSam, "Fixed in the June run.")).outcome,
        PostOutcome::Created);
    QCOMPARE(m_planner->planPending(), 2);

    const auto mails = outboxOf(*m_store);
    QCOMPARE(recipientsOf(mails),
        (QStringList { QString::fromStdString(kAnna), QString::fromStdString(kErik) }));
    const OutboxMail& anna = mails[0];
    QCOMPARE(anna.mail.language, std::string("da"));
    QCOMPARE(anna.mail.toName, std::string("Anna Andersen"));
    QCOMPARE(anna.mail.caseId, m_case.id);
    QCOMPARE(anna.state, OutboxState::Pending);
    QCOMPARE(anna.attempts, 0);
    QCOMPARE(anna.nextAttemptAt, anna.createdAt);
    QCOMPARE(QString::fromStdString(anna.mail.subject),
        QStringLiteral("[%1] Holiday pay is missing – ny besked")
            .arg(QString::fromStdString(m_case.number)));
    QVERIFY(anna.mail.body.find("Sam Staff har skrevet") != std::string::npos);
    QVERIFY(anna.mail.body.find("Fixed in the June run.") != std::string::npos);
    QVERIFY(anna.mail.body.find("Åbn Acme Portal") != std::string::npos);
    const OutboxMail& erik = mails[1];
    QCOMPARE(erik.mail.language, std::string("sv"));
    QVERIFY(erik.mail.subject.find("nytt meddelande") != std::string::npos);
    QVERIFY(erik.mail.body.find("Sam Staff har skrivit") != std::string::npos);
}

void TestMail::eachChangeIsPlannedOnceAlsoAfterARestart()
{
    QCOMPARE(m_store->createPost(makePost(uuid(10), m_case.id, kSam, "One")).outcome,
        PostOutcome::Created);
    QCOMPARE(m_planner->planPending(), 2);
    QCOMPARE(m_planner->planPending(), 0);
    const std::int64_t cursor = m_store->mailCursor();
    QVERIFY(cursor > 0);

    openStore(); // a restart on the same file
    QCOMPARE(m_store->mailCursor(), cursor);
    QCOMPARE(m_planner->planPending(), 0);
    QCOMPARE(outboxOf(*m_store).size(), 2u);

    // A replayed post (same id) is no new change: no mail.
    QCOMPARE(m_store->createPost(makePost(uuid(10), m_case.id, kSam, "One")).outcome,
        PostOutcome::Replayed);
    QCOMPARE(m_planner->planPending(), 0);
    // Many changes in one go: planned page by page, each exactly once.
    for (int i = 0; i < 150; ++i)
        QCOMPARE(m_store->createPost(makePost(uuid(100 + i), m_case.id, kAnna, "More")).outcome,
            PostOutcome::Created);
    QCOMPARE(m_planner->planPending(), 150); // to erik only: anna wrote them
    QCOMPARE(outboxOf(*m_store).size(), 152u);
}

void TestMail::internalNoteReachesStaffOnly()
{
    Case followed = m_case;
    followed.followers = { kErik, kPia };
    QCOMPARE(m_store->updateCase(followed, m_case.version, {}, kSam).outcome, UpdateOutcome::Updated);
    QCOMPARE(m_store->createPost(makePost(uuid(10), m_case.id, kSam, "Check the tax table", true))
                 .outcome,
        PostOutcome::Created);
    QCOMPARE(m_planner->planPending(), 1);
    const auto mails = outboxOf(*m_store);
    QCOMPARE(recipientsOf(mails), QStringList { QString::fromStdString(kPia) });
    QVERIFY(mails[0].mail.subject.find("intern note") != std::string::npos);
    QVERIFY(mails[0].mail.body.find("Check the tax table") != std::string::npos);
}

void TestMail::followerWhoLostAccessGetsNothing()
{
    m_config->replace(testConfig(true, kErik));
    QCOMPARE(m_store->createPost(makePost(uuid(10), m_case.id, kSam, "Answer")).outcome,
        PostOutcome::Created);
    QCOMPARE(m_planner->planPending(), 1);
    QCOMPARE(recipientsOf(outboxOf(*m_store)), QStringList { QString::fromStdString(kAnna) });
}

void TestMail::statusChangeMails()
{
    // An edit that leaves the status alone mails nobody.
    Case edited = m_case;
    edited.followers = { kErik, kBo };
    auto updated = m_store->updateCase(edited, m_case.version, {}, kSam);
    QCOMPARE(updated.outcome, UpdateOutcome::Updated);
    QCOMPARE(m_planner->planPending(), 0);

    Case moved = updated.value;
    moved.status = "in_progress";
    QCOMPARE(m_store->updateCase(moved, updated.value.version, {}, kSam).outcome, UpdateOutcome::Updated);
    QCOMPARE(m_planner->planPending(), 3);
    const auto mails = outboxOf(*m_store);
    QCOMPARE(recipientsOf(mails),
        (QStringList { QString::fromStdString(kAnna), QString::fromStdString(kErik),
            QString::fromStdString(kBo) }));
    const QString number = QString::fromStdString(m_case.number);
    QCOMPARE(QString::fromStdString(mails[0].mail.subject),
        QStringLiteral("[%1] Holiday pay is missing – ny status: Under behandling").arg(number));
    QCOMPARE(QString::fromStdString(mails[1].mail.subject),
        QStringLiteral("[%1] Holiday pay is missing – ny status: Under bearbetning").arg(number));
    QCOMPARE(QString::fromStdString(mails[2].mail.subject),
        QStringLiteral("[%1] Holiday pay is missing – new status: In progress").arg(number));
    QCOMPARE(m_planner->planPending(), 0); // the new status is remembered

    // Closing carries the answer (in each recipient's language); an answer on an open
    // case does not travel.
    const auto lastThreeWith = [this](const std::string& text) {
        const auto all = outboxOf(*m_store);
        return std::count_if(all.end() - 3, all.end(), [&](const OutboxMail& m) {
            return m.mail.body.find(text) != std::string::npos;
        });
    };
    Case answered = m_store->caseById(m_case.id).value();
    const std::int64_t answeredFrom = answered.version;
    answered.answer = "Paid with the June salary.";
    answered.status = "waiting_for_customer";
    QCOMPARE(m_store->updateCase(answered, answeredFrom, {}, kSam).outcome, UpdateOutcome::Updated);
    QCOMPARE(m_planner->planPending(), 3);
    QCOMPARE(lastThreeWith("June salary"), 0);
    Case closed = m_store->caseById(m_case.id).value();
    const std::int64_t closedFrom = closed.version;
    closed.status = "closed";
    QCOMPARE(m_store->updateCase(closed, closedFrom, {}, kSam).outcome, UpdateOutcome::Updated);
    QCOMPARE(m_planner->planPending(), 3);
    QCOMPARE(lastThreeWith("\nPaid with the June salary.\n"), 3);
    QCOMPARE(lastThreeWith("Svar:\nPaid"), 2); // anna (da) and erik (sv)
    QCOMPARE(lastThreeWith("Answer:\nPaid"), 1); // bo (en)
}

void TestMail::nobodyIsMailedAboutTheirOwnStatusChange()
{
    Case followed = m_case;
    followed.followers = { kErik };
    auto updated = m_store->updateCase(followed, m_case.version, {}, kSam);
    QCOMPARE(updated.outcome, UpdateOutcome::Updated);
    QCOMPARE(m_planner->planPending(), 0);

    // The creator closes her own case: only the follower hears of it.
    Case closed = updated.value;
    closed.status = "closed";
    updated = m_store->updateCase(closed, updated.value.version, {}, kAnna);
    QCOMPARE(updated.outcome, UpdateOutcome::Updated);
    QCOMPARE(m_planner->planPending(), 1);
    QCOMPARE(recipientsOf(outboxOf(*m_store)), QStringList { QString::fromStdString(kErik) });

    // Her post reopens it: the follower gets the post and the new status, she neither.
    PostRule reopen;
    reopen.decide = [](const Case&) { return workflow::PostEffect::Reopen; };
    reopen.reopenTo = "received";
    const auto posted = m_store->createPost(makePost(uuid(10), m_case.id, kAnna, "Still wrong"), {}, reopen);
    QCOMPARE(posted.outcome, PostOutcome::Created);
    QVERIFY(posted.reopened);
    QCOMPARE(m_planner->planPending(), 2);
    const auto mails = outboxOf(*m_store);
    QCOMPARE(recipientsOf(mails),
        (QStringList { QString::fromStdString(kErik), QString::fromStdString(kErik),
            QString::fromStdString(kErik) }));
    QVERIFY(mails[1].mail.body.find("Still wrong") != std::string::npos);
    QVERIFY(mails[2].mail.subject.find("ny status") != std::string::npos); // erik reads Swedish

    // Staff move it on and Anna edits it before the planner runs: the status is still
    // staff's news, so she hears of it.
    Case moved = m_store->caseById(m_case.id).value();
    moved.status = "in_progress";
    updated = m_store->updateCase(moved, moved.version, {}, kSam);
    QCOMPARE(updated.outcome, UpdateOutcome::Updated);
    Case described = updated.value;
    described.description = "Two people are still missing it.";
    QCOMPARE(m_store->updateCase(described, described.version, {}, kAnna).outcome, UpdateOutcome::Updated);
    QCOMPARE(m_planner->planPending(), 2);
    const auto later = outboxOf(*m_store);
    QCOMPARE(recipientsOf({ later.end() - 2, later.end() }),
        (QStringList { QString::fromStdString(kAnna), QString::fromStdString(kErik) }));
}

void TestMail::disabledMailMovesTheCursorWithoutPlanning()
{
    m_config->replace(testConfig(false));
    QCOMPARE(m_store->createPost(makePost(uuid(10), m_case.id, kSam, "Nobody hears")).outcome,
        PostOutcome::Created);
    QCOMPARE(m_planner->planPending(), 0);
    const std::int64_t cursor = m_store->mailCursor();

    m_config->replace(testConfig(true)); // switched on: the past stays quiet
    QCOMPARE(m_planner->planPending(), 0);
    QCOMPARE(m_store->mailCursor(), cursor);
    QVERIFY(outboxOf(*m_store).empty());
    QCOMPARE(m_store->createPost(makePost(uuid(11), m_case.id, kSam, "Now they do")).outcome,
        PostOutcome::Created);
    QCOMPARE(m_planner->planPending(), 2);
}

void TestMail::enqueueRefusesAMovedCursor()
{
    const std::int64_t cursor = m_store->mailCursor();
    const PlannedMail mail { kAnna, "Anna", "da", "s", "b", m_case.id };
    QVERIFY(!m_store->enqueueMail(cursor + 1, cursor + 5, { mail }, {}, 1000));
    QCOMPARE(m_store->mailCursor(), cursor);
    QVERIFY(outboxOf(*m_store).empty());
    QVERIFY(m_store->enqueueMail(cursor, cursor, { mail }, {}, 1000));
    QCOMPARE(outboxOf(*m_store).size(), 1u);
}

void TestMail::existingStoreStartsAtTheLogsHead()
{
    // A store from before the mail tables, with history: undo the mail step by hand.
    QCOMPARE(m_store->createPost(makePost(uuid(10), m_case.id, kSam, "Old news")).outcome,
        PostOutcome::Created);
    m_planner.reset();
    m_directory.reset();
    m_store.reset();
    sqlite3* db = nullptr;
    QCOMPARE(sqlite3_open(dbPath().c_str(), &db), SQLITE_OK);
    // Later steps (6: closed_at, 7: notices, 8: account files, 9: status_by) go too,
    // so the file is exactly a version-4 store.
    const char* undo = "DROP TABLE account_files; DROP TABLE notices; DROP TABLE mail_outbox; DROP TABLE mail_case_status;"
                       "DELETE FROM meta WHERE key = 'mail_cursor';"
                       "ALTER TABLE cases DROP COLUMN closed_at; ALTER TABLE cases DROP COLUMN status_by;"
                       "PRAGMA user_version = 4;";
    QCOMPARE(sqlite3_exec(db, undo, nullptr, nullptr, nullptr), SQLITE_OK);
    sqlite3_close(db);

    openStore();
    QVERIFY(m_store->mailCursor() > 0);
    QCOMPARE(m_planner->planPending(), 0); // the old post is not mailed
    QVERIFY(outboxOf(*m_store).empty());
}

void TestMail::plannerThreadWakesUp()
{
    std::atomic<int> planned = 0;
    m_planner->setPlannedListener([&planned] { ++planned; }); // on the planner's thread
    m_planner->start();
    QCOMPARE(m_store->createPost(makePost(uuid(10), m_case.id, kSam, "Wake up")).outcome,
        PostOutcome::Created);
    m_planner->wake();
    QTRY_COMPARE_WITH_TIMEOUT(outboxOf(*m_store).size(), 2u, 10000);
    m_planner->stop();
    QCOMPARE(planned.load(), 1);
}

// ---------------------------------------------------------------- the receipt

void TestMail::receiptTexts_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<bool>("onBehalf");
    QTest::addColumn<QString>("subject");
    QTest::addColumn<QString>("firstLine");
    QTest::newRow("da") << "da" << false << "[CP-2026-000007] Løn mangler – modtaget"
                        << "Vi har modtaget din sag CP-2026-000007 (Løn mangler).";
    QTest::newRow("en") << "en" << false << "[CP-2026-000007] Løn mangler – received"
                        << "We have received your case CP-2026-000007 (Løn mangler).";
    QTest::newRow("sv") << "sv" << false << "[CP-2026-000007] Løn mangler – mottaget"
                        << "Vi har tagit emot ditt ärende CP-2026-000007 (Løn mangler).";
    QTest::newRow("other language: English") << "de" << false
                                             << "[CP-2026-000007] Løn mangler – received"
                                             << "We have received your case CP-2026-000007";
    QTest::newRow("phone, en") << "en" << true << "[CP-2026-000007] Løn mangler – received"
                               << "We have registered case CP-2026-000007 (Løn mangler) for you";
    QTest::newRow("phone, da") << "da" << true << "[CP-2026-000007] Løn mangler – modtaget"
                               << "Vi har oprettet sag CP-2026-000007 (Løn mangler) for dig";
}

void TestMail::receiptTexts()
{
    QFETCH(QString, language);
    QFETCH(bool, onBehalf);
    QFETCH(QString, subject);
    QFETCH(QString, firstLine);
    const mail::MailText text = mail::receiptMail(
        language.toStdString(), { "Acme Portal", "CP-2026-000007", "Løn mangler", onBehalf });
    QCOMPARE(QString::fromStdString(text.subject), subject);
    const QString body = QString::fromStdString(text.body);
    QVERIFY2(body.startsWith(firstLine), qPrintable(body));
    QVERIFY2(body.count(QStringLiteral("Acme Portal")) >= 2, qPrintable(body)); // next steps, link
    QVERIFY2(body.count(QStringLiteral("CP-2026-000007")) >= 2, qPrintable(body)); // quote it
}

void TestMail::receiptToTheCreatorOnce()
{
    const auto created = m_store->createCase(draftCase(uuid(2), { kErik }), "CP");
    QCOMPARE(created.outcome, CreateOutcome::Created);
    QCOMPARE(m_planner->planPending(), 1); // anna only: followers get no receipt
    const auto mails = outboxOf(*m_store);
    QCOMPARE(recipientsOf(mails), QStringList { QString::fromStdString(kAnna) });
    QCOMPARE(mails[0].mail.language, std::string("da"));
    QCOMPARE(mails[0].mail.caseId, created.value.id);
    QCOMPARE(QString::fromStdString(mails[0].mail.subject),
        QStringLiteral("[%1] Holiday pay is missing – modtaget")
            .arg(QString::fromStdString(created.value.number)));
    QVERIFY(mails[0].mail.body.find("Acme Portal") != std::string::npos);

    // A restart plans nothing again; nor does a replay of the create.
    openStore();
    QCOMPARE(m_planner->planPending(), 0);
    QCOMPARE(m_store->createCase(draftCase(uuid(2), { kErik }), "CP").outcome,
        CreateOutcome::Replayed);
    QCOMPARE(m_planner->planPending(), 0);
    QCOMPARE(outboxOf(*m_store).size(), 1u);

    // A case filed and answered before the planner ran: one receipt, and the post's mail.
    QCOMPARE(m_store->createCase(draftCase(uuid(3), {}), "CP").outcome, CreateOutcome::Created);
    QCOMPARE(m_store->createPost(makePost(uuid(30), uuid(3), kSam, "On it")).outcome,
        PostOutcome::Created);
    QCOMPARE(m_planner->planPending(), 2);
    const auto all = outboxOf(*m_store);
    QVERIFY(all[1].mail.subject.find("ny besked") != std::string::npos);
    QVERIFY(all[2].mail.subject.find("modtaget") != std::string::npos);
}

void TestMail::phoneCaseReceiptGoesToTheCustomer()
{
    Case phone = draftCase(uuid(4), {});
    phone.creator = kBo;
    phone.onBehalfBy = kSam;
    phone.channel = channel::kPhone;
    QCOMPARE(m_store->createCase(phone, "CP").outcome, CreateOutcome::Created);
    QCOMPARE(m_planner->planPending(), 1);
    const auto mails = outboxOf(*m_store);
    QCOMPARE(recipientsOf(mails), QStringList { QString::fromStdString(kBo) });
    QVERIFY(mails[0].mail.subject.find("– received") != std::string::npos);
    QVERIFY(mails[0].mail.body.find("registered case") != std::string::npos);
}

QTEST_GUILESS_MAIN(TestMail)

#include "tst_mail.moc"
