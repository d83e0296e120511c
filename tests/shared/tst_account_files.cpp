// Table tests for who sees, adds and removes an account's files
// (shared/caseport/AccountFileRules.h) and the codec of their wire shapes. Expected
// values are written down from DESIGN §4, never computed by the rules: members of the
// account with some access see its files; object scope narrows them to the listed
// objects; staff see and manage all.

#include "caseport/AccountFileRules.h"
#include "caseport/Codec.h"

#include <QTest>

using namespace caseport;
using namespace caseport::access;

Q_DECLARE_METATYPE(caseport::access::Viewer)

namespace {

constexpr bool T = true;
constexpr bool F = false;

using Levels = std::map<std::string, AccessLevel>;

Viewer customer(Levels levels, std::vector<std::string> objects = {}, bool admin = false,
                std::string account = "acme")
{
    Membership m;
    m.account = std::move(account);
    m.products = std::move(levels);
    m.objects = std::move(objects);
    m.customerAdmin = admin;
    return Viewer{"x@acme.example", false, {m}};
}

Viewer full() { return customer({{"payroll", AccessLevel::Full}}); }
Viewer limited() { return customer({{"payroll", AccessLevel::Limited}}); }
Viewer noneOnAll() { return customer({{"payroll", AccessLevel::None}}); }
Viewer noProducts() { return customer({}); }
Viewer adminOnly() { return customer({}, {}, true); }
Viewer mixed() { return customer({{"payroll", AccessLevel::Limited}, {"hr", AccessLevel::Full}}); }
Viewer scopedFull() { return customer({{"payroll", AccessLevel::Full}}, {"plant-1"}); }
Viewer scopedLimited() { return customer({{"payroll", AccessLevel::Limited}}, {"plant-1"}); }
Viewer otherAccount() { return customer({{"payroll", AccessLevel::Full}}, {}, false, "nordic"); }
Viewer staff() { return Viewer{"s@caseport.example", true, {}}; }

} // namespace

class TestAccountFiles : public QObject {
    Q_OBJECT
private slots:
    void see_data();
    void see();
    void add_data();
    void add();
    void remove_data();
    void remove();
    void visibleKeepsOrder();
    void codecRoundTrip();
    void catalogCarriesFiles();
    void codecRejects_data();
    void codecRejects();
};

void TestAccountFiles::see_data()
{
    QTest::addColumn<Viewer>("who");
    QTest::addColumn<QString>("account");
    QTest::addColumn<QString>("object");
    QTest::addColumn<bool>("sees");
    QTest::newRow("full, account file") << full() << "acme" << "" << T;
    QTest::newRow("full, object file") << full() << "acme" << "plant-2" << T;
    QTest::newRow("limited, account file") << limited() << "acme" << "" << T;
    QTest::newRow("limited, object file") << limited() << "acme" << "plant-1" << T;
    QTest::newRow("none on every product") << noneOnAll() << "acme" << "" << F;
    QTest::newRow("no products at all") << noProducts() << "acme" << "" << F;
    QTest::newRow("customer admin without products") << adminOnly() << "acme" << "" << T;
    QTest::newRow("another account's file") << otherAccount() << "acme" << "" << F;
    QTest::newRow("scoped, own object") << scopedFull() << "acme" << "plant-1" << T;
    QTest::newRow("scoped, other object") << scopedFull() << "acme" << "plant-2" << F;
    QTest::newRow("scoped, account-wide file") << scopedFull() << "acme" << "" << F;
    QTest::newRow("staff, any account") << staff() << "nordic" << "" << T;
    QTest::newRow("staff, any object") << staff() << "acme" << "plant-9" << T;
}

void TestAccountFiles::see()
{
    QFETCH(Viewer, who);
    QFETCH(QString, account);
    QFETCH(QString, object);
    QFETCH(bool, sees);
    const AccountFileFacts facts{account.toStdString(), object.toStdString(), "anna@acme.example"};
    QCOMPARE(canSeeAccountFile(who, facts), sees);
}

void TestAccountFiles::add_data()
{
    QTest::addColumn<Viewer>("who");
    QTest::addColumn<QString>("account");
    QTest::addColumn<QString>("object");
    QTest::addColumn<bool>("adds");
    QTest::newRow("full, to the account") << full() << "acme" << "" << T;
    QTest::newRow("full, to an object") << full() << "acme" << "plant-1" << T;
    QTest::newRow("limited reads only") << limited() << "acme" << "" << F;
    QTest::newRow("limited on one, full on another") << mixed() << "acme" << "" << T;
    QTest::newRow("none on every product") << noneOnAll() << "acme" << "" << F;
    QTest::newRow("customer admin without products") << adminOnly() << "acme" << "" << T;
    QTest::newRow("another account") << otherAccount() << "acme" << "" << F;
    QTest::newRow("scoped full, own object") << scopedFull() << "acme" << "plant-1" << T;
    QTest::newRow("scoped full, other object") << scopedFull() << "acme" << "plant-2" << F;
    QTest::newRow("scoped full, the whole account") << scopedFull() << "acme" << "" << F;
    QTest::newRow("scoped limited, own object") << scopedLimited() << "acme" << "plant-1" << F;
    QTest::newRow("staff") << staff() << "nordic" << "plant-9" << T;
}

void TestAccountFiles::add()
{
    QFETCH(Viewer, who);
    QFETCH(QString, account);
    QFETCH(QString, object);
    QFETCH(bool, adds);
    QCOMPARE(canAddAccountFile(who, account.toStdString(), object.toStdString()), adds);
}

void TestAccountFiles::remove_data()
{
    QTest::addColumn<Viewer>("who");
    QTest::addColumn<QString>("object");
    QTest::addColumn<QString>("addedBy");
    QTest::addColumn<bool>("removes");
    const QString me = "x@acme.example";
    const QString other = "anna@acme.example";
    QTest::newRow("full, own file") << full() << "" << me << T;
    QTest::newRow("full, someone else's") << full() << "" << other << F;
    QTest::newRow("limited, own file") << limited() << "" << me << T;
    QTest::newRow("limited, someone else's") << limited() << "" << other << F;
    QTest::newRow("customer admin, someone else's") << adminOnly() << "" << other << T;
    QTest::newRow("own file, no access any more") << noneOnAll() << "" << me << F;
    QTest::newRow("scoped, own file on own object") << scopedFull() << "plant-1" << me << T;
    QTest::newRow("scoped, own file out of scope") << scopedFull() << "plant-2" << me << F;
    QTest::newRow("another account, own id") << otherAccount() << "" << me << F;
    QTest::newRow("staff, someone else's") << staff() << "plant-9" << other << T;
}

void TestAccountFiles::remove()
{
    QFETCH(Viewer, who);
    QFETCH(QString, object);
    QFETCH(QString, addedBy);
    QFETCH(bool, removes);
    const AccountFileFacts facts{"acme", object.toStdString(), addedBy.toStdString()};
    QCOMPARE(canRemoveAccountFile(who, facts), removes);
}

namespace {

AccountFile file(const std::string& id, const std::string& object)
{
    AccountFile f;
    f.id = id;
    f.account = "acme";
    f.object = object;
    f.name = "Site plan.pdf";
    f.size = 123'456;
    f.sha256 = std::string(64, 'a');
    f.mime = "application/pdf";
    f.addedBy = "anna@acme.example";
    f.createdAt = "2026-11-24T10:00:00Z";
    return f;
}

} // namespace

void TestAccountFiles::visibleKeepsOrder()
{
    const std::vector<AccountFile> files{file("3", "plant-1"), file("2", ""), file("1", "plant-2"),
                                         file("0", "plant-1")};
    std::vector<std::string> ids;
    for (const auto& f : visibleAccountFiles(scopedFull(), files))
        ids.push_back(f.id);
    QCOMPARE(ids, (std::vector<std::string>{"3", "0"}));
    QCOMPARE(visibleAccountFiles(staff(), files).size(), std::size_t{4});
    QVERIFY(visibleAccountFiles(otherAccount(), files).empty());
}

void TestAccountFiles::codecRoundTrip()
{
    const AccountFile f = file("7b0c", "");
    const std::string text = codec::encode(f);
    QVERIFY(text.find("\"object\":null") != std::string::npos);
    QCOMPARE(codec::decode<AccountFile>(text), f);

    const NewAccountFile n{"7b0c", "plant-1", "Plan.pdf", std::string(64, 'b'), 42, "application/pdf"};
    QCOMPARE(codec::decode<NewAccountFile>(codec::encode(n)), n);

    const AccountFileList list{{file("1", "plant-1"), file("2", "")}};
    QCOMPARE(codec::decode<AccountFileList>(codec::encode(list)), list);
}

void TestAccountFiles::catalogCarriesFiles()
{
    Catalog catalog;
    catalog.user.id = "anna@acme.example";
    catalog.files = {file("1", "plant-1")};
    QCOMPARE(codec::decode<Catalog>(codec::encode(catalog)).files, catalog.files);

    // A catalog cached before files existed has none.
    auto json = codec::toJson(catalog);
    json.erase("files");
    QVERIFY(codec::decode<Catalog>(codec::dump(json)).files.empty());
}

void TestAccountFiles::codecRejects_data()
{
    QTest::addColumn<QString>("body");
    QTest::addColumn<QString>("field");
    const QString sha(64, 'c');
    QTest::newRow("no id") << R"({"name":"a","sha256":"s","size":1})" << "id";
    QTest::newRow("no name") << R"({"id":"1","sha256":"s","size":1})" << "name";
    QTest::newRow("size as text") << R"({"id":"1","name":"a","sha256":"s","size":"1"})" << "size";
    QTest::newRow("object as number") << R"({"id":"1","object":7,"name":"a","sha256":"s","size":1})"
                                      << "object";
    QTest::newRow("unknown key") << R"({"id":"1","name":"a","sha256":"s","size":1,"account":"x"})"
                                 << "account";
}

void TestAccountFiles::codecRejects()
{
    QFETCH(QString, body);
    QFETCH(QString, field);
    try {
        (void)codec::decode<NewAccountFile>(body.toStdString());
        QFAIL("decoded a malformed body");
    } catch (const CodecError& e) {
        QCOMPARE(QString::fromStdString(e.field()), field);
    }
}

QTEST_APPLESS_MAIN(TestAccountFiles)
#include "tst_account_files.moc"
