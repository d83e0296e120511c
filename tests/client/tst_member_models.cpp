// MemberTableModel and AccessAuditModel: QAbstractItemModelTester, which cells the access
// rules let a customer admin edit (config-managed products and staff rows are locked,
// with the reason), pending changes → one MemberUpdate per member, applySaved, discard;
// the audit history in words and local time.

#include "caseport/client/AccessAuditModel.h"
#include "caseport/client/MemberTableModel.h"

#include <QAbstractItemModelTester>
#include <QLocale>
#include <QTest>
#include <QTimeZone>

using namespace caseport;
using namespace caseport::client;
using access::MemberEdit;
using L = AccessLevel;

namespace {

std::vector<Product> products()
{
    std::vector<Product> list;
    for (const auto& [id, en, da] : {std::tuple{"payroll", "Payroll", "Løn"}, std::tuple{"hr", "HR", "HR"},
                                     std::tuple{"time", "Time", "Tidsregistrering"}}) {
        Product p;
        p.id = id;
        p.name.byLanguage = {{"en", en}, {"da", da}};
        list.push_back(p);
    }
    return list;
}

MemberList acmeMembers()
{
    MemberList list;
    list.account = "acme";
    list.members = {
        AccountMember{"anna@acme.example", "Anna Andersen", true, false, {}, {{"payroll", L::Full}, {"hr", L::Full}},
                      {"payroll", "hr"}},
        AccountMember{"bo@acme.example", "Bo Berg", false, false, {}, {{"payroll", L::Limited}, {"hr", L::None}},
                      {"payroll", "hr"}},
        AccountMember{"cecilie@acme.example", "Cecilie Christensen", false, false, {"aarhus"},
                      {{"payroll", L::Full}}, {}},
        AccountMember{"staff@caseport.example", "Sam Staff", false, true, {}, {}, {}},
    };
    return list;
}

access::Viewer anna()
{
    Membership m;
    m.account = "acme";
    m.customerAdmin = true;
    m.products = {{"payroll", L::Full}, {"hr", L::Full}};
    return access::Viewer{"anna@acme.example", false, {m}};
}

} // namespace

class TestMemberModels : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void membersPassTheModelTester();
    void columnsAndText();
    void locks_data();
    void locks();
    void notAnAdminEditsNothing();
    void pendingChanges();
    void applySavedReplacesTheRow();
    void auditPassesTheModelTester();
    void auditInWords();

private:
    void fill(MemberTableModel& model) const;
};

void TestMemberModels::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
}

void TestMemberModels::fill(MemberTableModel& model) const
{
    model.setCatalog(products(), {{"aarhus", "Aarhus office"}, {"odense", "Odense warehouse"}});
    model.setEditor(anna());
    model.setMembers(acmeMembers());
}

void TestMemberModels::membersPassTheModelTester()
{
    MemberTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    fill(model);
    model.setLanguage(QStringLiteral("da"));
    QVERIFY(model.setData(model.index(1, model.columnOf(QStringLiteral("time"))), int(L::Limited)));
    model.discardChanges();
    model.setMembers({});
    QCOMPARE(model.rowCount(), 0);
    fill(model);
    QCOMPARE(model.columnCount(), int(MemberTableModel::FirstProduct) + 3);
}

void TestMemberModels::columnsAndText()
{
    MemberTableModel model;
    fill(model);
    QCOMPARE(model.account(), QStringLiteral("acme"));
    QCOMPARE(model.headerData(MemberTableModel::Name, Qt::Horizontal).toString(), QStringLiteral("Member"));
    QCOMPARE(model.headerData(model.columnOf(QStringLiteral("payroll")), Qt::Horizontal).toString(),
             QStringLiteral("Payroll"));
    const int bo = model.rowOf(QStringLiteral("bo@acme.example"));
    QCOMPARE(model.index(bo, MemberTableModel::Name).data().toString(), QStringLiteral("Bo Berg"));
    QCOMPARE(model.index(bo, MemberTableModel::Email).data().toString(), QStringLiteral("bo@acme.example"));
    QCOMPARE(model.index(bo, model.columnOf(QStringLiteral("payroll"))).data().toString(), QStringLiteral("Limited"));
    QCOMPARE(model.index(bo, model.columnOf(QStringLiteral("time"))).data().toString(), QStringLiteral("None"));
    QCOMPARE(model.index(bo, MemberTableModel::Sites).data().toString(), QStringLiteral("All sites"));
    QCOMPARE(model.index(bo, model.columnOf(QStringLiteral("hr"))).data(MemberTableModel::UserIdRole).toString(),
             QStringLiteral("bo@acme.example"));
    QCOMPARE(model.index(bo, model.columnOf(QStringLiteral("hr"))).data(MemberTableModel::ProductIdRole).toString(),
             QStringLiteral("hr"));
    QCOMPARE(model.index(model.rowOf(QStringLiteral("anna@acme.example")), MemberTableModel::Role).data().toString(),
             QStringLiteral("Customer admin"));
    QCOMPARE(model.index(model.rowOf(QStringLiteral("staff@caseport.example")), MemberTableModel::Role).data().toString(),
             QStringLiteral("Staff"));
    QCOMPARE(model.index(model.rowOf(QStringLiteral("cecilie@acme.example")), MemberTableModel::Sites).data().toString(),
             QStringLiteral("Aarhus office"));
    QCOMPARE(model.nameOf(QStringLiteral("bo@acme.example")), QStringLiteral("Bo Berg"));
    QCOMPARE(model.nameOf(QStringLiteral("x@example")), QStringLiteral("x@example"));
    model.setLanguage(QStringLiteral("da"));
    QCOMPARE(model.headerData(model.columnOf(QStringLiteral("payroll")), Qt::Horizontal).toString(),
             QStringLiteral("Løn"));
}

void TestMemberModels::locks_data()
{
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("product");
    QTest::addColumn<int>("lock");
    QTest::addColumn<QString>("tooltip");

    const QString config = QStringLiteral("Set in the server configuration");
    const QString staff = QStringLiteral("Staff access is managed by the service provider");
    QTest::newRow("bo time: editable") << "bo@acme.example" << "time" << int(MemberEdit::Allowed)
                                       << "No access to this product";
    QTest::newRow("bo payroll: config") << "bo@acme.example" << "payroll" << int(MemberEdit::ConfigManaged) << config;
    QTest::newRow("bo hr: config") << "bo@acme.example" << "hr" << int(MemberEdit::ConfigManaged) << config;
    QTest::newRow("cecilie payroll: editable") << "cecilie@acme.example" << "payroll" << int(MemberEdit::Allowed)
                                               << "Create cases and see all of the account's cases on this product";
    QTest::newRow("staff payroll") << "staff@caseport.example" << "payroll" << int(MemberEdit::TargetIsStaff) << staff;
    QTest::newRow("staff time") << "staff@caseport.example" << "time" << int(MemberEdit::TargetIsStaff) << staff;
}

void TestMemberModels::locks()
{
    QFETCH(QString, user);
    QFETCH(QString, product);
    QFETCH(int, lock);
    QFETCH(QString, tooltip);
    MemberTableModel model;
    fill(model);
    const QModelIndex cell = model.index(model.rowOf(user), model.columnOf(product));
    QVERIFY(cell.isValid());
    QCOMPARE(cell.data(MemberTableModel::LockRole).toInt(), lock);
    QCOMPARE(cell.data(Qt::ToolTipRole).toString(), tooltip);
    QCOMPARE(bool(model.flags(cell) & Qt::ItemIsEditable), lock == int(MemberEdit::Allowed));
    // The name columns are never editable.
    QVERIFY(!(model.flags(model.index(model.rowOf(user), MemberTableModel::Name)) & Qt::ItemIsEditable));
    // A locked cell refuses edits.
    QCOMPARE(model.setData(cell, int(L::Full)), lock == int(MemberEdit::Allowed));
}

void TestMemberModels::notAnAdminEditsNothing()
{
    MemberTableModel model;
    fill(model);
    Membership m;
    m.account = "acme";
    m.products = {{"payroll", L::Full}};
    model.setEditor(access::Viewer{"cecilie@acme.example", false, {m}});
    const QModelIndex cell = model.index(model.rowOf(QStringLiteral("bo@acme.example")), model.columnOf(QStringLiteral("time")));
    QCOMPARE(cell.data(MemberTableModel::LockRole).toInt(), int(MemberEdit::NotAllowed));
    QVERIFY(!(model.flags(cell) & Qt::ItemIsEditable));
}

void TestMemberModels::pendingChanges()
{
    MemberTableModel model;
    fill(model);
    const int bo = model.rowOf(QStringLiteral("bo@acme.example"));
    const int cecilie = model.rowOf(QStringLiteral("cecilie@acme.example"));
    const QModelIndex boTime = model.index(bo, model.columnOf(QStringLiteral("time")));
    QVERIFY(!model.hasChanges());
    QVERIFY(!model.setData(boTime, QStringLiteral("nonsense")));
    QVERIFY(!model.setData(boTime, 7));

    QVERIFY(model.setData(boTime, int(L::Limited)));
    QVERIFY(model.hasChanges());
    QCOMPARE(boTime.data().toString(), QStringLiteral("Limited"));
    QVERIFY(boTime.data(MemberTableModel::ChangedRole).toBool());
    QVERIFY(model.setData(model.index(cecilie, model.columnOf(QStringLiteral("hr"))), int(L::Limited)));
    QVERIFY(model.setData(model.index(cecilie, model.columnOf(QStringLiteral("time"))), int(L::Full)));

    const QMap<QString, MemberUpdate> updates = model.pendingUpdates();
    QCOMPARE(updates.size(), 2);
    QCOMPARE(updates.value(QStringLiteral("bo@acme.example")).products,
             (std::map<std::string, AccessLevel>{{"time", L::Limited}}));
    QCOMPARE(updates.value(QStringLiteral("cecilie@acme.example")).products,
             (std::map<std::string, AccessLevel>{{"hr", L::Limited}, {"time", L::Full}}));

    // Back to what the server has: no longer a change.
    QVERIFY(model.setData(boTime, int(L::None)));
    QVERIFY(!boTime.data(MemberTableModel::ChangedRole).toBool());
    QCOMPARE(model.pendingUpdates().size(), 1);

    model.discardChanges();
    QVERIFY(!model.hasChanges());
    QCOMPARE(model.index(cecilie, model.columnOf(QStringLiteral("hr"))).data().toString(), QStringLiteral("None"));
}

void TestMemberModels::applySavedReplacesTheRow()
{
    MemberTableModel model;
    fill(model);
    const int bo = model.rowOf(QStringLiteral("bo@acme.example"));
    const QModelIndex boTime = model.index(bo, model.columnOf(QStringLiteral("time")));
    QVERIFY(model.setData(boTime, int(L::Limited)));
    AccountMember saved = *model.memberAt(bo);
    saved.products["time"] = L::Limited;
    model.applySaved(saved);
    QVERIFY(!model.hasChanges());
    QCOMPARE(boTime.data().toString(), QStringLiteral("Limited"));
    QVERIFY(!boTime.data(MemberTableModel::ChangedRole).toBool());
    model.applySaved(AccountMember{"nobody@example", "", false, false, {}, {}, {}}); // ignored
    QCOMPARE(model.rowCount(), 4);
}

void TestMemberModels::auditPassesTheModelTester()
{
    AccessAuditModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setAudit(AccessAudit{"acme", {AccessAuditEntry{"2026-03-02T10:00:00Z", "anna@acme.example", "acme",
                                                         "bo@acme.example", "time", L::None, L::Limited}}});
    model.setProducts(products());
    model.setNames({{QStringLiteral("bo@acme.example"), QStringLiteral("Bo Berg")}});
    model.setLanguage(QStringLiteral("da"));
    model.setAudit({});
    QCOMPARE(model.rowCount(), 0);
}

void TestMemberModels::auditInWords()
{
    AccessAuditModel model;
    model.setProducts(products());
    model.setAudit(AccessAudit{"acme",
                               {AccessAuditEntry{"2026-03-02T10:05:00Z", "anna@acme.example", "acme",
                                                 "bo@acme.example", "time", L::None, L::Limited},
                                AccessAuditEntry{"2026-03-01T09:00:00Z", "staff@caseport.example", "acme",
                                                 "cecilie@acme.example", "payroll", L::Limited, L::Full}}});
    model.setNames({{QStringLiteral("anna@acme.example"), QStringLiteral("Anna Andersen")},
                    {QStringLiteral("bo@acme.example"), QStringLiteral("Bo Berg")}});
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.index(0, AccessAuditModel::Actor).data().toString(), QStringLiteral("Anna Andersen"));
    QCOMPARE(model.index(0, AccessAuditModel::Actor).data(Qt::ToolTipRole).toString(),
             QStringLiteral("anna@acme.example"));
    QCOMPARE(model.index(0, AccessAuditModel::Member).data().toString(), QStringLiteral("Bo Berg"));
    QCOMPARE(model.index(0, AccessAuditModel::Product).data().toString(), QStringLiteral("Time"));
    QCOMPARE(model.index(0, AccessAuditModel::Change).data().toString(), QStringLiteral("None → Limited"));
    // Unknown names stay e-mails.
    QCOMPARE(model.index(1, AccessAuditModel::Actor).data().toString(), QStringLiteral("staff@caseport.example"));
    QCOMPARE(model.index(1, AccessAuditModel::Change).data().toString(), QStringLiteral("Limited → Full"));
    const QDateTime at(QDate(2026, 3, 2), QTime(10, 5), QTimeZone::utc());
    QCOMPARE(model.index(0, AccessAuditModel::When).data(AccessAuditModel::TimeRole).toDateTime(), at);
    QCOMPARE(model.index(0, AccessAuditModel::When).data().toString(),
             QLocale().toString(at.toLocalTime(), QLocale::ShortFormat));
    model.setLanguage(QStringLiteral("da"));
    QCOMPARE(model.index(0, AccessAuditModel::Product).data().toString(), QStringLiteral("Tidsregistrering"));
    QCOMPARE(model.headerData(AccessAuditModel::Actor, Qt::Horizontal).toString(), QStringLiteral("Changed by"));
}

QTEST_GUILESS_MAIN(TestMemberModels)
#include "tst_member_models.moc"
