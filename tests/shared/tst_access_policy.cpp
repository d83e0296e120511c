// Table tests for the access rules of DESIGN §4 (shared/caseport/AccessPolicy.h).

#include "caseport/AccessPolicy.h"

#include <QTest>

using namespace caseport;
using namespace caseport::access;

namespace {

Viewer member(const std::string& id, AccessLevel payroll, std::vector<std::string> objects = {})
{
    Membership m;
    m.account = "acme";
    m.products = {{"payroll", payroll}};
    m.objects = std::move(objects);
    return Viewer{id, false, {m}};
}

} // namespace

Q_DECLARE_METATYPE(caseport::AccessLevel)

class TestAccessPolicy : public QObject {
    Q_OBJECT
private slots:
    void seeCase_data()
    {
        QTest::addColumn<bool>("staff");
        QTest::addColumn<bool>("memberOfAccount");
        QTest::addColumn<AccessLevel>("level");
        QTest::addColumn<QString>("scope"); // "" = all objects, else the one scoped object
        QTest::addColumn<QString>("caseObject");
        QTest::addColumn<bool>("isPrivate");
        QTest::addColumn<bool>("isCreator");
        QTest::addColumn<bool>("isFollower");
        QTest::addColumn<bool>("expected");

        using L = AccessLevel;
        // clang-format off
        //                                     staff  member level      scope     object    priv   creator follow expected
        QTest::newRow("staff sees all")        << true  << false << L::None    << ""      << ""       << true  << false << false << true;
        QTest::newRow("outsider")              << false << false << L::Full    << ""      << ""       << false << false << false << false;
        QTest::newRow("full sees account's")   << false << true  << L::Full    << ""      << ""       << false << false << false << true;
        QTest::newRow("full not private")      << false << true  << L::Full    << ""      << ""       << true  << false << false << false;
        QTest::newRow("full own private")      << false << true  << L::Full    << ""      << ""       << true  << true  << false << true;
        QTest::newRow("limited others'")       << false << true  << L::Limited << ""      << ""       << false << false << false << false;
        QTest::newRow("limited own")           << false << true  << L::Limited << ""      << ""       << false << true  << false << true;
        QTest::newRow("limited follower")      << false << true  << L::Limited << ""      << ""       << false << false << true  << true;
        QTest::newRow("limited follower priv") << false << true  << L::Limited << ""      << ""       << true  << false << true  << true;
        QTest::newRow("none creator")          << false << true  << L::None    << ""      << ""       << false << true  << false << false;
        QTest::newRow("none follower")         << false << true  << L::None    << ""      << ""       << false << false << true  << false;
        QTest::newRow("scope in")              << false << true  << L::Full    << "aarhus" << "aarhus" << false << false << false << true;
        QTest::newRow("scope out")             << false << true  << L::Full    << "aarhus" << "odense" << false << false << false << false;
        QTest::newRow("scope, no object")      << false << true  << L::Full    << "aarhus" << ""       << false << false << false << false;
        QTest::newRow("scope out own")         << false << true  << L::Full    << "aarhus" << "odense" << false << true  << false << false;
        QTest::newRow("unscoped any object")   << false << true  << L::Full    << ""      << "odense" << false << false << false << true;
        // clang-format on
    }

    void seeCase()
    {
        QFETCH(bool, staff);
        QFETCH(bool, memberOfAccount);
        QFETCH(AccessLevel, level);
        QFETCH(QString, scope);
        QFETCH(QString, caseObject);
        QFETCH(bool, isPrivate);
        QFETCH(bool, isCreator);
        QFETCH(bool, isFollower);
        QFETCH(bool, expected);

        std::vector<std::string> objects;
        if (!scope.isEmpty())
            objects.push_back(scope.toStdString());
        Viewer viewer = member("me@acme.example", level, objects);
        viewer.staff = staff;
        if (!memberOfAccount)
            viewer.memberships.front().account = "nordic";

        CaseFacts facts;
        facts.account = "acme";
        facts.product = "payroll";
        facts.object = caseObject.toStdString();
        facts.isPrivate = isPrivate;
        facts.creator = isCreator ? viewer.id : "someone@acme.example";
        if (isFollower)
            facts.followers = {"x@acme.example", viewer.id};
        QCOMPARE(canSeeCase(viewer, facts), expected);
    }

    void createCase_data()
    {
        QTest::addColumn<bool>("staff");
        QTest::addColumn<QString>("account");
        QTest::addColumn<QString>("product");
        QTest::addColumn<QString>("scope");
        QTest::addColumn<QString>("object");
        QTest::addColumn<bool>("expected");
        QTest::newRow("full member") << false << "acme" << "payroll" << "" << "" << true;
        QTest::newRow("other account") << false << "nordic" << "payroll" << "" << "" << false;
        QTest::newRow("product none") << false << "acme" << "hr" << "" << "" << false;
        QTest::newRow("unknown product") << false << "acme" << "nope" << "" << "" << false;
        QTest::newRow("scoped in") << false << "acme" << "payroll" << "aarhus" << "aarhus" << true;
        QTest::newRow("scoped out") << false << "acme" << "payroll" << "aarhus" << "odense" << false;
        QTest::newRow("scoped no object") << false << "acme" << "payroll" << "aarhus" << "" << false;
        QTest::newRow("staff anywhere") << true << "nordic" << "hr" << "" << "" << true;
    }

    void createCase()
    {
        QFETCH(bool, staff);
        QFETCH(QString, account);
        QFETCH(QString, product);
        QFETCH(QString, scope);
        QFETCH(QString, object);
        QFETCH(bool, expected);
        std::vector<std::string> objects;
        if (!scope.isEmpty())
            objects.push_back(scope.toStdString());
        Viewer viewer = member("me@acme.example", AccessLevel::Limited, objects);
        viewer.memberships.front().products["hr"] = AccessLevel::None;
        viewer.staff = staff;
        QCOMPARE(canCreateCase(viewer, account.toStdString(), product.toStdString(),
                               object.toStdString()),
                 expected);
    }
};

QTEST_APPLESS_MAIN(TestAccessPolicy)
#include "tst_access_policy.moc"
