// Who hears of a change on the push channel (server/src/events/Audience.h), by table.

#include "events/Audience.h"

#include <QTest>

using namespace caseport;
using namespace caseport::server::events;

Q_DECLARE_METATYPE(caseport::access::Viewer)
Q_DECLARE_METATYPE(caseport::server::events::ChangeBatch)

namespace {

access::Viewer member(const std::string& id, AccessLevel payroll)
{
    Membership m;
    m.account = "acme";
    m.products = {{"payroll", payroll}};
    return access::Viewer{id, false, {m}};
}

access::CaseFacts annasCase(bool isPrivate = false, std::vector<std::string> followers = {})
{
    return {"acme", "payroll", "", isPrivate, "anna@acme.example", std::move(followers)};
}

} // namespace

class TestEventsAudience : public QObject {
    Q_OBJECT
private slots:
    void concerns_data()
    {
        QTest::addColumn<access::Viewer>("viewer");
        QTest::addColumn<ChangeBatch>("batch");
        QTest::addColumn<bool>("expected");

        const auto erik = member("erik@acme.example", AccessLevel::Full);
        const auto bo = member("bo@acme.example", AccessLevel::Limited);
        const access::Viewer staff{"staff@caseport.example", true, {}};
        const access::Viewer dag{"dag@nordic.example", false, {}};

        QTest::newRow("nothing happened") << erik << ChangeBatch{} << false;
        QTest::newRow("full member, account's case") << erik << ChangeBatch{{{annasCase(), false}}, {}, false, {}} << true;
        QTest::newRow("limited, someone else's case") << bo << ChangeBatch{{{annasCase(), false}}, {}, false, {}} << false;
        QTest::newRow("limited follower") << bo << ChangeBatch{{{annasCase(false, {"bo@acme.example"}), false}}, {}, false, {}} << true;
        QTest::newRow("full member, private case") << erik << ChangeBatch{{{annasCase(true), false}}, {}, false, {}} << false;
        QTest::newRow("other account") << dag << ChangeBatch{{{annasCase(), false}}, {}, false, {}} << false;
        QTest::newRow("internal note, customer") << erik << ChangeBatch{{{annasCase(), true}}, {}, false, {}} << false;
        QTest::newRow("internal note, staff") << staff << ChangeBatch{{{annasCase(), true}}, {}, false, {}} << true;
        QTest::newRow("one of several visible") << bo
            << ChangeBatch{{{annasCase(), false}, {annasCase(false, {"bo@acme.example"}), false}}, {}, false, {}} << true;
        QTest::newRow("own access changed") << bo << ChangeBatch{{}, {"bo@acme.example"}, false, {}} << true;
        QTest::newRow("someone else's access changed") << bo << ChangeBatch{{}, {"erik@acme.example"}, false, {}} << false;
        QTest::newRow("config reloaded") << dag << ChangeBatch{{}, {}, true, {}} << true;

        // Account files: whoever canSeeAccountFile hears of a link or removal.
        auto fileBatch = [](std::string account, std::string object) {
            ChangeBatch batch;
            batch.files.push_back({std::move(account), std::move(object), "anna@acme.example"});
            return batch;
        };
        Membership scoped;
        scoped.account = "acme";
        scoped.products = {{"payroll", AccessLevel::Full}};
        scoped.objects = {"aarhus"};
        const access::Viewer cecilie{"cecilie@acme.example", false, {scoped}};
        QTest::newRow("file, full member") << erik << fileBatch("acme", "") << true;
        QTest::newRow("file, limited member") << bo << fileBatch("acme", "odense") << true;
        QTest::newRow("file, staff") << staff << fileBatch("acme", "") << true;
        QTest::newRow("file, other account") << dag << fileBatch("acme", "") << false;
        QTest::newRow("file, own object") << cecilie << fileBatch("acme", "aarhus") << true;
        QTest::newRow("file, other object") << cecilie << fileBatch("acme", "odense") << false;
        QTest::newRow("file, account-wide, scoped") << cecilie << fileBatch("acme", "") << false;
    }

    void concerns()
    {
        QFETCH(access::Viewer, viewer);
        QFETCH(ChangeBatch, batch);
        QFETCH(bool, expected);
        QCOMPARE(caseport::server::events::concerns(viewer, batch), expected);
    }
};

QTEST_GUILESS_MAIN(TestEventsAudience)
#include "tst_events_audience.moc"
