// accessChoices: what the case form, the Products page and the sidebar offer, decided by
// the shared access rules. A catalog like the demo config's, seen by each demo user.

#include "caseport/client/AccessChoices.h"

#include <QTest>

using namespace caseport;
using namespace caseport::client;

namespace {

Product product(const std::string& id, const std::string& en, const std::string& da)
{
    Product p;
    p.id = id;
    p.name.byLanguage = {{"en", en}, {"da", da}};
    Category support;
    support.id = "support";
    support.name.byLanguage = {{"en", "Support request"}, {"da", "Supportforespørgsel"}};
    p.categories = {support};
    return p;
}

Membership membership(const std::string& account, std::map<std::string, AccessLevel> products,
                      std::vector<std::string> objects = {}, bool admin = false)
{
    Membership m;
    m.account = account;
    m.products = std::move(products);
    m.objects = std::move(objects);
    m.customerAdmin = admin;
    return m;
}

// The demo config as `user` receives it.
Catalog catalogFor(const std::string& user)
{
    Catalog c;
    c.user.id = user;
    c.products = {product("payroll", "Payroll", "Løn"), product("hr", "HR", "HR"),
                  product("time", "Time", "Tidsregistrering")};
    const Account acme{"acme", "Acme A/S", "DK12345678", {{"aarhus", "Aarhus office"}, {"odense", "Odense warehouse"}}};
    const Account nordic{"nordic", "Nordic Foods AB", "SE556677-8899", {}};
    using L = AccessLevel;
    if (user == "anna") {
        c.accounts = {acme};
        c.memberships = {membership("acme", {{"payroll", L::Full}, {"hr", L::Full}}, {}, true)};
    } else if (user == "bo") {
        c.accounts = {acme};
        c.memberships = {membership("acme", {{"payroll", L::Limited}, {"hr", L::None}})};
    } else if (user == "cecilie") {
        c.accounts = {acme};
        c.memberships = {membership("acme", {{"payroll", L::Full}}, {"aarhus"})};
    } else if (user == "erik") {
        c.accounts = {acme, nordic};
        c.memberships = {membership("acme", {{"payroll", L::Full}}), membership("nordic", {{"payroll", L::Full}})};
    } else if (user == "staff") {
        c.user.staff = true;
        c.accounts = {acme, nordic};
    }
    return c;
}

QStringList ids(const QVector<accessChoices::Choice>& choices)
{
    QStringList list;
    for (const auto& choice : choices)
        list.append(choice.id);
    return list;
}

} // namespace

class TestAccessChoices : public QObject {
    Q_OBJECT

private slots:
    void viewerComesFromTheCatalog();
    void products_data();
    void products();
    void objects_data();
    void objects();
    void namesFollowTheLanguage();
    void accountsAndMembers();
};

void TestAccessChoices::viewerComesFromTheCatalog()
{
    SessionInfo session;
    session.user.id = "staff";
    session.user.staff = true;
    // No catalog yet: the session's profile.
    const auto early = accessChoices::viewerOf(Catalog{}, session);
    QCOMPARE(early.id, std::string("staff"));
    QVERIFY(early.staff);
    const auto viewer = accessChoices::viewerOf(catalogFor("cecilie"), session);
    QCOMPARE(viewer.id, std::string("cecilie"));
    QVERIFY(!viewer.staff);
    QCOMPARE(viewer.memberships.size(), std::size_t(1));
}

void TestAccessChoices::products_data()
{
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("account");
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("anna: full payroll and hr") << "anna" << "acme" << QStringList{"payroll", "hr"};
    QTest::newRow("bo: hr none is left out") << "bo" << "acme" << QStringList{"payroll"};
    // Scoped to Aarhus: usable with that object, though not without one.
    QTest::newRow("cecilie: scoped member") << "cecilie" << "acme" << QStringList{"payroll"};
    QTest::newRow("erik in nordic") << "erik" << "nordic" << QStringList{"payroll"};
    QTest::newRow("bo in an account not his") << "bo" << "nordic" << QStringList{};
    QTest::newRow("staff: everything") << "staff" << "nordic" << QStringList{"payroll", "hr", "time"};
    QTest::newRow("no account chosen") << "anna" << "" << QStringList{};
}

void TestAccessChoices::products()
{
    QFETCH(QString, user);
    QFETCH(QString, account);
    QFETCH(QStringList, expected);
    const Catalog catalog = catalogFor(user.toStdString());
    const auto viewer = accessChoices::viewerOf(catalog, {});
    QCOMPARE(ids(accessChoices::productChoices(catalog, viewer, account, QStringLiteral("en"))), expected);
    QStringList usable;
    for (const Product& p : accessChoices::usableProducts(catalog, viewer, account))
        usable.append(QString::fromStdString(p.id));
    QCOMPARE(usable, expected);
}

void TestAccessChoices::objects_data()
{
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("product");
    QTest::addColumn<QStringList>("objects");
    QTest::addColumn<bool>("optional");

    QTest::newRow("anna: every object, may leave it out") << "anna" << "payroll" << QStringList{"aarhus", "odense"} << true;
    QTest::newRow("anna: any product") << "anna" << "" << QStringList{"aarhus", "odense"} << true;
    QTest::newRow("anna: a product she has no access to") << "anna" << "time" << QStringList{} << false;
    QTest::newRow("cecilie: only her object, required") << "cecilie" << "payroll" << QStringList{"aarhus"} << false;
    QTest::newRow("cecilie: any product") << "cecilie" << "" << QStringList{"aarhus"} << false;
    QTest::newRow("cecilie: hr") << "cecilie" << "hr" << QStringList{} << false;
    QTest::newRow("bo: limited counts") << "bo" << "payroll" << QStringList{"aarhus", "odense"} << true;
    QTest::newRow("bo: none does not") << "bo" << "hr" << QStringList{} << false;
    QTest::newRow("staff") << "staff" << "time" << QStringList{"aarhus", "odense"} << true;
}

void TestAccessChoices::objects()
{
    QFETCH(QString, user);
    QFETCH(QString, product);
    QFETCH(QStringList, objects);
    QFETCH(bool, optional);
    const Catalog catalog = catalogFor(user.toStdString());
    const auto viewer = accessChoices::viewerOf(catalog, {});
    const QString acme = QStringLiteral("acme");
    QCOMPARE(ids(accessChoices::objectChoices(catalog, viewer, acme, product)), objects);
    QCOMPARE(accessChoices::objectOptional(catalog, viewer, acme, product), optional);
    // Every offered object is one the rules accept.
    for (const QString& object : objects) {
        if (!product.isEmpty())
            QVERIFY(access::canCreateCase(viewer, "acme", product.toStdString(), object.toStdString()));
    }
}

void TestAccessChoices::namesFollowTheLanguage()
{
    const Catalog catalog = catalogFor("anna");
    const auto viewer = accessChoices::viewerOf(catalog, {});
    const auto da = accessChoices::productChoices(catalog, viewer, QStringLiteral("acme"), QStringLiteral("da"));
    QCOMPARE(da.value(0).name, QStringLiteral("Løn"));
    const auto sv = accessChoices::productChoices(catalog, viewer, QStringLiteral("acme"), QStringLiteral("sv"));
    QCOMPARE(sv.value(0).name, QStringLiteral("Payroll")); // no Swedish name: English
    const auto categories = accessChoices::categoryChoices(catalog, QStringLiteral("payroll"), QStringLiteral("da"));
    QCOMPARE(categories, (QVector<accessChoices::Choice>{{QStringLiteral("support"), QStringLiteral("Supportforespørgsel")}}));
    QVERIFY(accessChoices::categoryChoices(catalog, QStringLiteral("nope"), QStringLiteral("da")).isEmpty());
    const auto objects = accessChoices::objectChoices(catalog, viewer, QStringLiteral("acme"), {});
    QCOMPARE(objects.value(1).name, QStringLiteral("Odense warehouse"));
}

void TestAccessChoices::accountsAndMembers()
{
    const Catalog erik = catalogFor("erik");
    QCOMPARE(ids(accessChoices::accounts(erik)), QStringList({"acme", "nordic"}));
    QCOMPARE(accessChoices::accounts(erik).value(1).name, QStringLiteral("Nordic Foods AB"));
    QVERIFY(accessChoices::findAccount(erik, QStringLiteral("nordic")));
    QVERIFY(!accessChoices::findAccount(erik, QStringLiteral("other")));

    const Catalog anna = catalogFor("anna");
    QVERIFY(accessChoices::managesMembers(accessChoices::viewerOf(anna, {}), QStringLiteral("acme")));
    QVERIFY(!accessChoices::managesMembers(accessChoices::viewerOf(anna, {}), QStringLiteral("nordic")));
    QVERIFY(!accessChoices::managesMembers(accessChoices::viewerOf(catalogFor("bo"), {}), QStringLiteral("acme")));
    QVERIFY(accessChoices::managesMembers(accessChoices::viewerOf(catalogFor("staff"), {}), QStringLiteral("nordic")));
}

QTEST_GUILESS_MAIN(TestAccessChoices)
#include "tst_access_choices.moc"
