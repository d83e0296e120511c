// [[notices]] in the config (server/src/config/NoticeConfigReader): a good notice loads
// with its times in RFC 3339 UTC, every kind of bad notice is reported as file:line, and
// the sample config's notice is current through mid-2027.

#include "caseport/NoticeRules.h"
#include "config/ConfigLoader.h"

#include <QTest>

using namespace caseport;
using namespace caseport::server;

namespace {

// Lines 1-3 define the product payroll; rows append from line 4.
const std::string kBase = "[[products]]\n"                // 1
                          "id = \"payroll\"\n"            // 2
                          "name = { en = \"Payroll\" }\n"; // 3

QStringList shown(const ConfigLoadResult& loaded)
{
    QStringList all;
    for (const auto& problem : loaded.problems)
        all << QString::fromStdString(problem.toString());
    return all;
}

} // namespace

class TestConfigNotices : public QObject {
    Q_OBJECT

private slots:
    void goodNoticeLoads()
    {
        const ConfigLoadResult loaded = loadConfigText(kBase
                                                           + "[[notices]]\n"
                                                             "id = \"year-end\"\n"
                                                             "severity = \"warning\"\n"
                                                             "text = { en = \"Deadline\", da = \"Frist\", sv = \"Sista dag\" }\n"
                                                             "products = [\"payroll\"]\n"
                                                             "from = 2026-11-20T09:00:00+01:00\n"
                                                             "until = \"2027-01-31T00:00:00Z\"\n"
                                                             "[[notices]]\n"
                                                             "id = \"always\"\n"
                                                             "text = { en = \"Hello\" }\n",
                                                       "good.toml");
        QVERIFY2(loaded.ok(), qPrintable(shown(loaded).join('\n')));
        QCOMPARE(loaded.config.notices.size(), std::size_t{2});
        const Notice& first = loaded.config.notices.front();
        QCOMPARE(first.id, std::string("year-end"));
        QCOMPARE(first.severity, NoticeSeverity::Warning);
        QCOMPARE(first.text.pick("sv"), std::string("Sista dag"));
        QCOMPARE(first.products, std::vector<std::string>{"payroll"});
        QCOMPARE(first.from, std::string("2026-11-20T08:00:00Z"));
        QCOMPARE(first.until, std::string("2027-01-31T00:00:00Z"));
        QCOMPARE(first.source, std::string(noticeSource::kConfig));
        const Notice& second = loaded.config.notices.back();
        QCOMPARE(second.severity, NoticeSeverity::Info); // the default
        QVERIFY(second.products.empty() && second.from.empty() && second.until.empty());
    }

    void expiredNoticeIsNoProblem()
    {
        const ConfigLoadResult loaded = loadConfigText(
            kBase + "[[notices]]\nid = \"old\"\ntext = { en = \"Old\" }\nuntil = 2020-01-01T00:00:00Z\n", "old.toml");
        QVERIFY2(loaded.ok(), qPrintable(shown(loaded).join('\n')));
    }

    void badNotice_data()
    {
        QTest::addColumn<QString>("text"); // appended at line 4
        QTest::addColumn<int>("line");
        QTest::addColumn<QString>("message");
        const QString head = "[[notices]]\nid = \"n\"\n"; // lines 4-5
        QTest::newRow("unknown product") << head + "text = { en = \"x\" }\nproducts = [\"gardening\"]\n" << 7
                                         << "notices[0].products: unknown product 'gardening'";
        QTest::newRow("until before from")
            << head + "text = { en = \"x\" }\nfrom = 2027-02-01T00:00:00Z\nuntil = 2027-01-01T00:00:00Z\n" << 8
            << "notices[0].until: must be after from";
        QTest::newRow("bad time text") << head + "text = { en = \"x\" }\nfrom = \"1 December\"\n" << 7
                                       << "notices[0].from: '1 December' is not an RFC 3339 time";
        QTest::newRow("impossible date") << head + "text = { en = \"x\" }\nuntil = \"2027-02-30T00:00:00Z\"\n" << 7
                                         << "notices[0].until: '2027-02-30T00:00:00Z' is not an RFC 3339 time";
        QTest::newRow("no time zone") << head + "text = { en = \"x\" }\nfrom = 2027-01-01T08:00:00\n" << 7
                                      << "notices[0].from: needs a time zone";
        QTest::newRow("date only") << head + "text = { en = \"x\" }\nuntil = 2027-01-01\n" << 7
                                   << "notices[0].until: must be a date and time";
        QTest::newRow("missing English") << head + "text = { da = \"Kun dansk\" }\n" << 6
                                         << "notices[0].text: English text (en) is required";
        QTest::newRow("missing text") << head << 4 << "notices[0].text";
        QTest::newRow("bad severity") << head + "text = { en = \"x\" }\nseverity = \"panic\"\n" << 7
                                      << "notices[0].severity: must be \"info\", \"warning\" or \"outage\"";
        QTest::newRow("missing id") << "[[notices]]\ntext = { en = \"x\" }\n" << 4 << "notices[0].id";
        QTest::newRow("duplicate id") << head + "text = { en = \"x\" }\n" + head + "text = { en = \"y\" }\n" << 8
                                      << "notices[1].id: duplicate notice 'n' (first at";
        QTest::newRow("unknown key") << head + "text = { en = \"x\" }\ncolour = \"red\"\n" << 7
                                     << "unknown key 'notices[0].colour'";
    }
    void badNotice()
    {
        QFETCH(QString, text);
        QFETCH(int, line);
        QFETCH(QString, message);
        const ConfigLoadResult loaded = loadConfigText(kBase + text.toStdString(), "bad.toml");
        QVERIFY(!loaded.ok());
        const QString prefix = QStringLiteral("bad.toml:%1: ").arg(line);
        const QStringList all = shown(loaded);
        const bool found = std::any_of(all.begin(), all.end(), [&](const QString& problem) {
            return problem.startsWith(prefix) && problem.contains(message);
        });
        QVERIFY2(found, qPrintable(QStringLiteral("expected %1%2 in:\n%3").arg(prefix, message, all.join('\n'))));
    }

    void sampleConfigNoticeStaysCurrent()
    {
        const ConfigLoadResult loaded = loadConfigFile(CASEPORT_TEST_SOURCE_DIR "/resources/caseportd.toml");
        QVERIFY2(loaded.ok(), qPrintable(shown(loaded).join('\n')));
        QVERIFY(!loaded.config.notices.empty());
        const Notice& notice = loaded.config.notices.front();
        QVERIFY(!notice.products.empty());
        for (const char* when : {"2026-12-01T12:00:00Z", "2027-06-30T12:00:00Z"})
            QVERIFY2(notices::isCurrent(notice, *notices::parseTime(when)), when);
    }
};

QTEST_APPLESS_MAIN(TestConfigNotices)
#include "tst_config_notices.moc"
