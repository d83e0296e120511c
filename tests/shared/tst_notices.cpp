// Table tests for operational notices (shared/caseport/NoticeRules.h): who sees which
// notice when, the time format, the next boundary, the checks before publishing, and the
// codec. Expected values are written down from the rules, never computed by them.

#include "caseport/Codec.h"
#include "caseport/NoticeRules.h"

#include <QTest>

using namespace caseport;

namespace {

// 2026-12-01T00:00:00Z and its neighbours.
constexpr std::int64_t kDec1 = 1'796'083'200;
constexpr std::int64_t kHour = 3600;

Notice notice(std::vector<std::string> products, std::string from = {}, std::string until = {})
{
    Notice n;
    n.id = "n1";
    n.text.byLanguage = {{"en", "Payroll closes early"}};
    n.products = std::move(products);
    n.from = std::move(from);
    n.until = std::move(until);
    return n;
}

access::Viewer customer(std::map<std::string, AccessLevel> levels)
{
    Membership m;
    m.account = "acme";
    m.products = std::move(levels);
    return access::Viewer{"anna@acme.example", false, {m}};
}

} // namespace

class TestNotices : public QObject {
    Q_OBJECT
private slots:
    void parseTime_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<qint64>("seconds");
        QTest::newRow("utc") << "2026-12-01T00:00:00Z" << true << qint64{kDec1};
        QTest::newRow("lower-case t and z") << "2026-12-01t01:00:00z" << true << qint64{kDec1 + kHour};
        QTest::newRow("fraction") << "2026-12-01T00:00:00.250Z" << true << qint64{kDec1};
        QTest::newRow("offset east") << "2026-12-01T01:00:00+01:00" << true << qint64{kDec1};
        QTest::newRow("offset west") << "2026-11-30T23:00:00-01:00" << true << qint64{kDec1};
        QTest::newRow("epoch") << "1970-01-01T00:00:00Z" << true << qint64{0};
        QTest::newRow("leap day") << "2028-02-29T00:00:00Z" << true << qint64{1'835'395'200};
        QTest::newRow("no zone") << "2026-12-01T00:00:00" << false << qint64{0};
        QTest::newRow("date only") << "2026-12-01" << false << qint64{0};
        QTest::newRow("february 30") << "2026-02-30T00:00:00Z" << false << qint64{0};
        QTest::newRow("month 13") << "2026-13-01T00:00:00Z" << false << qint64{0};
        QTest::newRow("hour 24") << "2026-12-01T24:00:00Z" << false << qint64{0};
        QTest::newRow("space") << "2026-12-01 00:00:00Z" << false << qint64{0};
        QTest::newRow("trailing") << "2026-12-01T00:00:00Zx" << false << qint64{0};
        QTest::newRow("empty") << "" << false << qint64{0};
        QTest::newRow("words") << "next tuesday" << false << qint64{0};
    }
    void parseTime()
    {
        QFETCH(QString, text);
        QFETCH(bool, valid);
        QFETCH(qint64, seconds);
        const auto parsed = notices::parseTime(text.toStdString());
        QCOMPARE(parsed.has_value(), valid);
        if (valid)
            QCOMPARE(qint64{*parsed}, seconds);
    }

    void formatTime()
    {
        QCOMPARE(notices::formatTime(kDec1), std::string("2026-12-01T00:00:00Z"));
        QCOMPARE(notices::formatTime(kDec1 - 1), std::string("2026-11-30T23:59:59Z"));
        QCOMPARE(notices::formatTime(0), std::string("1970-01-01T00:00:00Z"));
    }

    void visibleNow_data()
    {
        QTest::addColumn<QStringList>("products"); // of the notice
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("until");
        QTest::addColumn<QString>("who"); // staff, payroll-full, payroll-none, hr-limited, nobody
        QTest::addColumn<bool>("sees");
        const QString before = "2026-11-30T00:00:00Z";
        const QString after = "2026-12-02T00:00:00Z";
        const QString now = "2026-12-01T00:00:00Z";
        // Products.
        QTest::newRow("all products, customer") << QStringList{} << "" << "" << "payroll-full" << true;
        QTest::newRow("all products, no access anywhere") << QStringList{} << "" << "" << "nobody" << true;
        QTest::newRow("payroll, full") << QStringList{"payroll"} << "" << "" << "payroll-full" << true;
        QTest::newRow("payroll, level none") << QStringList{"payroll"} << "" << "" << "payroll-none" << false;
        QTest::newRow("payroll, only hr access") << QStringList{"payroll"} << "" << "" << "hr-limited" << false;
        QTest::newRow("payroll or hr, hr limited") << QStringList{"payroll", "hr"} << "" << "" << "hr-limited" << true;
        QTest::newRow("payroll, staff") << QStringList{"payroll"} << "" << "" << "staff" << true;
        // Window.
        QTest::newRow("started, open end") << QStringList{} << before << "" << "payroll-full" << true;
        QTest::newRow("not started") << QStringList{} << after << "" << "payroll-full" << false;
        QTest::newRow("not started, staff too") << QStringList{} << after << "" << "staff" << false;
        QTest::newRow("starts exactly now") << QStringList{} << now << "" << "payroll-full" << true;
        QTest::newRow("inside window") << QStringList{} << before << after << "payroll-full" << true;
        QTest::newRow("ended") << QStringList{} << "" << before << "payroll-full" << false;
        QTest::newRow("ends exactly now") << QStringList{} << before << now << "payroll-full" << false;
        QTest::newRow("bad from never shows") << QStringList{} << "soon" << "" << "staff" << false;
        QTest::newRow("bad until never shows") << QStringList{} << "" << "later" << "staff" << false;
    }
    void visibleNow()
    {
        QFETCH(QStringList, products);
        QFETCH(QString, from);
        QFETCH(QString, until);
        QFETCH(QString, who);
        QFETCH(bool, sees);
        std::vector<std::string> productIds;
        for (const QString& p : products)
            productIds.push_back(p.toStdString());
        access::Viewer viewer;
        if (who == "staff")
            viewer = access::Viewer{"staff@bureau.example", true, {}};
        else if (who == "payroll-full")
            viewer = customer({{"payroll", AccessLevel::Full}});
        else if (who == "payroll-none")
            viewer = customer({{"payroll", AccessLevel::None}, {"hr", AccessLevel::None}});
        else if (who == "hr-limited")
            viewer = customer({{"hr", AccessLevel::Limited}});
        else
            viewer = access::Viewer{"nobody@acme.example", false, {}};
        const auto shown = notices::visibleNow({notice(productIds, from.toStdString(), until.toStdString())},
                                               viewer, kDec1);
        QCOMPARE(shown.size(), std::size_t{sees ? 1U : 0U});
    }

    void nextBoundary()
    {
        const std::vector<Notice> all{notice({}, "2026-11-30T00:00:00Z", "2026-12-03T00:00:00Z"),
                                      notice({}, "2026-12-02T00:00:00Z", ""),
                                      notice({}, "", "2026-12-01T00:00:00Z"), notice({}, "bad", "")};
        QCOMPARE(notices::nextBoundary(all, kDec1), std::optional<std::int64_t>(kDec1 + 24 * kHour));
        QCOMPARE(notices::nextBoundary(all, kDec1 + 24 * kHour), std::optional<std::int64_t>(kDec1 + 48 * kHour));
        QCOMPARE(notices::nextBoundary(all, kDec1 + 48 * kHour), std::optional<std::int64_t>());
        QCOMPARE(notices::nextBoundary({}, kDec1), std::optional<std::int64_t>());
    }

    void hasExpired()
    {
        QVERIFY(!notices::hasExpired(notice({}, "2026-12-05T00:00:00Z", ""), kDec1)); // future, not expired
        QVERIFY(!notices::hasExpired(notice({}, "", "2026-12-05T00:00:00Z"), kDec1));
        QVERIFY(notices::hasExpired(notice({}, "", "2026-12-01T00:00:00Z"), kDec1));
    }

    void checkNotice_data()
    {
        QTest::addColumn<QString>("change");
        QTest::addColumn<QString>("field"); // of the first problem; empty = none
        QTest::newRow("fine") << "" << "";
        QTest::newRow("no id") << "no-id" << "id";
        QTest::newRow("no English") << "no-en" << "text";
        QTest::newRow("empty English") << "empty-en" << "text";
        QTest::newRow("unknown language") << "de" << "text";
        QTest::newRow("text too long") << "long" << "text";
        QTest::newRow("long in characters, not bytes") << "long-utf8-ok" << "";
        QTest::newRow("unknown product") << "product" << "products";
        QTest::newRow("bad from") << "bad-from" << "from";
        QTest::newRow("bad until") << "bad-until" << "until";
        QTest::newRow("until before from") << "reversed" << "until";
        QTest::newRow("until equals from") << "empty-window" << "until";
        QTest::newRow("until past") << "past" << "until";
        QTest::newRow("until past, no clock (config)") << "past-no-clock" << "";
    }
    void checkNotice()
    {
        QFETCH(QString, change);
        QFETCH(QString, field);
        Notice n = notice({"payroll"}, "2026-11-20T00:00:00Z", "2026-12-20T00:00:00Z");
        n.text.byLanguage["da"] = "Lønkørsel lukker tidligt";
        std::optional<std::int64_t> now = kDec1;
        if (change == "no-id")
            n.id.clear();
        else if (change == "no-en")
            n.text.byLanguage.erase("en");
        else if (change == "empty-en")
            n.text.byLanguage["en"] = "";
        else if (change == "de")
            n.text.byLanguage["de"] = "Lohn";
        else if (change == "long")
            n.text.byLanguage["en"] = std::string(2001, 'x');
        else if (change == "long-utf8-ok")
            n.text.byLanguage["da"] = [] { std::string s; for (int i = 0; i < 2000; ++i) s += "ø"; return s; }();
        else if (change == "product")
            n.products.push_back("gardening");
        else if (change == "bad-from")
            n.from = "2026-11-20";
        else if (change == "bad-until")
            n.until = "tomorrow";
        else if (change == "reversed")
            n.until = "2026-11-19T00:00:00Z";
        else if (change == "empty-window")
            n.until = n.from;
        else if (change == "past")
            n.until = "2026-11-30T00:00:00Z";
        else if (change == "past-no-clock") {
            n.until = "2026-11-30T00:00:00Z";
            now.reset();
        }
        const auto problems = notices::checkNotice(n, [](const std::string& p) { return p == "payroll" || p == "hr"; }, now);
        if (field.isEmpty()) {
            QVERIFY2(problems.empty(), problems.empty() ? "" : problems.front().message.c_str());
        } else {
            QVERIFY(!problems.empty());
            QCOMPARE(QString::fromStdString(problems.front().field), field);
        }
    }

    void codecRoundTrip()
    {
        Notice n = notice({"payroll"}, "2026-11-20T00:00:00Z", "");
        n.severity = NoticeSeverity::Outage;
        n.publishedBy = "staff@bureau.example";
        n.source = noticeSource::kStaff;
        QCOMPARE(codec::decode<Notice>(codec::encode(n)), n);
        Catalog catalog;
        catalog.notices = {n, notice({})};
        QCOMPARE(codec::decode<Catalog>(codec::encode(catalog)), catalog);

        NewNotice draft{"4a6c1c4e-8a53-4c4c-9a43-1d8bb1b8f2a1", NoticeSeverity::Warning, n.text, {"hr"}, "", "2027-01-01T00:00:00Z"};
        QCOMPARE(codec::decode<NewNotice>(codec::encode(draft)), draft);
    }

    void codecRejects_data()
    {
        QTest::addColumn<QString>("json");
        QTest::addColumn<QString>("field");
        QTest::newRow("bad severity") << R"({"id":"x","severity":"panic","text":{"en":"a"}})" << "severity";
        QTest::newRow("no text") << R"({"id":"x","severity":"info"})" << "text";
        QTest::newRow("text not an object") << R"({"id":"x","severity":"info","text":"hi"})" << "text";
        QTest::newRow("unknown key") << R"({"id":"x","severity":"info","text":{"en":"a"},"colour":"red"})" << "colour";
        QTest::newRow("products not a list") << R"({"id":"x","severity":"info","text":{"en":"a"},"products":"hr"})" << "products";
    }
    void codecRejects()
    {
        QFETCH(QString, json);
        QFETCH(QString, field);
        try {
            (void)codec::decode<NewNotice>(json.toStdString());
            QFAIL("decoded");
        } catch (const CodecError& e) {
            QCOMPARE(QString::fromStdString(e.field()), field);
        }
    }

    void catalogWithoutNoticesStillDecodes()
    {
        const Catalog decoded = codec::decode<Catalog>(
            R"({"user":{"id":"a@b.example","name":"A","language":"en","staff":false},"accounts":[],"memberships":[],"products":[],"statuses":[]})");
        QVERIFY(decoded.notices.empty());
    }
};

QTEST_APPLESS_MAIN(TestNotices)
#include "tst_notices.moc"
