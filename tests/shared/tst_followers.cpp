// Table tests for who a follower picker offers (shared/caseport/Followers.h) and the
// codec of its wire shape. Expected values are written down from DESIGN §4: a follower
// is a customer of the case's account whose level on the product is not none, inside
// their object scope; only someone who may manage followers gets any list.

#include "caseport/Codec.h"
#include "caseport/Followers.h"

#include <QTest>

using namespace caseport;
using namespace caseport::access;

Q_DECLARE_METATYPE(caseport::access::Viewer)

namespace {

constexpr bool T = true;
constexpr bool F = false;

Viewer customer(const std::string& id, const std::string& account, AccessLevel level,
                std::vector<std::string> objects = {})
{
    Viewer v;
    v.id = id;
    Membership m;
    m.account = account;
    if (level != AccessLevel::None)
        m.products["payroll"] = level;
    m.objects = std::move(objects);
    v.memberships.push_back(std::move(m));
    return v;
}

Viewer staffMember(const std::string& id, bool memberOfAcme)
{
    Viewer v = memberOfAcme ? customer(id, "acme", AccessLevel::Full) : Viewer{id, false, {}};
    v.staff = true;
    return v;
}

CaseFacts caseFacts(bool isPrivate, const std::string& object = {})
{
    return {"acme", "payroll", object, isPrivate, "anna@acme.example", {"bo@acme.example"}};
}

} // namespace

class TestFollowers : public QObject {
    Q_OBJECT
private slots:
    void candidate_data();
    void candidate();
    void listForManager();
    void nothingForOthers_data();
    void nothingForOthers();
    void codecRoundTrip();
    void codecRejectsUnknownKey();
};

void TestFollowers::candidate_data()
{
    QTest::addColumn<Viewer>("who");
    QTest::addColumn<QString>("object");
    QTest::addColumn<bool>("eligible");
    QTest::newRow("full member") << customer("x", "acme", AccessLevel::Full) << "" << T;
    QTest::newRow("limited member") << customer("x", "acme", AccessLevel::Limited) << "" << T;
    QTest::newRow("member with none") << customer("x", "acme", AccessLevel::None) << "" << F;
    QTest::newRow("member of another account") << customer("x", "nordic", AccessLevel::Full) << "" << F;
    QTest::newRow("scoped, case on their object")
        << customer("x", "acme", AccessLevel::Full, {"plant-1"}) << "plant-1" << T;
    QTest::newRow("scoped, case on another object")
        << customer("x", "acme", AccessLevel::Full, {"plant-1"}) << "plant-2" << F;
    QTest::newRow("scoped, case on no object")
        << customer("x", "acme", AccessLevel::Full, {"plant-1"}) << "" << F;
    QTest::newRow("unscoped, case on an object") << customer("x", "acme", AccessLevel::Limited)
                                                 << "plant-2" << T;
    QTest::newRow("staff, member of the account") << staffMember("s", true) << "" << F;
    QTest::newRow("staff, no membership") << staffMember("s", false) << "" << F;
}

void TestFollowers::candidate()
{
    QFETCH(Viewer, who);
    QFETCH(QString, object);
    QFETCH(bool, eligible);
    QCOMPARE(isFollowerCandidate(who, caseFacts(false, object.toStdString())), eligible);
    // Privacy does not change who may follow, only who may add them.
    QCOMPARE(isFollowerCandidate(who, caseFacts(true, object.toStdString())), eligible);
}

void TestFollowers::listForManager()
{
    const std::vector<Person> people{
        {customer("cy@acme.example", "acme", AccessLevel::Limited), "Cy"},
        {customer("bo@acme.example", "acme", AccessLevel::Limited), "Bo"},
        {customer("nils@acme.example", "acme", AccessLevel::None), "Nils"},
        {customer("dag@nordic.example", "nordic", AccessLevel::Full), "Dag"},
        {staffMember("sam@provider.example", true), "Sam"},
        {customer("anna@acme.example", "acme", AccessLevel::Full), "Anna"},
    };
    const FollowerCandidates expected{{{"anna@acme.example", "Anna", F},
                                       {"bo@acme.example", "Bo", T},
                                       {"cy@acme.example", "Cy", F}}};
    const Viewer creator = customer("anna@acme.example", "acme", AccessLevel::Full);
    QCOMPARE(followerCandidates(creator, caseFacts(false), people), expected);
    QCOMPARE(followerCandidates(creator, caseFacts(true), people), expected);
    QCOMPARE(followerCandidates(staffMember("sam@provider.example", false), caseFacts(true), people),
             expected);
    const Viewer fullColleague = customer("erik@acme.example", "acme", AccessLevel::Full);
    QCOMPARE(followerCandidates(fullColleague, caseFacts(false), people), expected);
}

void TestFollowers::nothingForOthers_data()
{
    QTest::addColumn<Viewer>("caller");
    QTest::addColumn<bool>("isPrivate");
    QTest::newRow("full colleague, private case")
        << customer("erik@acme.example", "acme", AccessLevel::Full) << T;
    QTest::newRow("limited follower") << customer("bo@acme.example", "acme", AccessLevel::Limited) << F;
    QTest::newRow("limited stranger") << customer("cy@acme.example", "acme", AccessLevel::Limited) << F;
    QTest::newRow("other account") << customer("dag@nordic.example", "nordic", AccessLevel::Full) << F;
}

void TestFollowers::nothingForOthers()
{
    QFETCH(Viewer, caller);
    QFETCH(bool, isPrivate);
    const std::vector<Person> people{{customer("cy@acme.example", "acme", AccessLevel::Full), "Cy"}};
    QVERIFY(followerCandidates(caller, caseFacts(isPrivate), people).users.empty());
}

void TestFollowers::codecRoundTrip()
{
    const FollowerCandidates list{{{"bo@acme.example", "Bo Ek", T}, {"cy@acme.example", "", F}}};
    const std::string text = codec::encode(list);
    QCOMPARE(codec::decode<FollowerCandidates>(text), list);
    QCOMPARE(codec::parse(text).at("users").at(0).at("following").get<bool>(), true);
}

void TestFollowers::codecRejectsUnknownKey()
{
    QVERIFY_THROWS_EXCEPTION(CodecError,
                             (void)codec::decode<FollowerCandidates>(R"({"users":[{"id":"a","x":1}]})"));
    QVERIFY_THROWS_EXCEPTION(CodecError, (void)codec::decode<FollowerCandidates>(R"({"users":[{}]})"));
}

QTEST_APPLESS_MAIN(TestFollowers)
#include "tst_followers.moc"
