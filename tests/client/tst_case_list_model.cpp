// CaseListModel: QAbstractItemModelTester, display data, roles, sorting and localized
// product and status names.

#include "caseport/client/CaseListModel.h"

#include "caseport/Status.h"

#include <QAbstractItemModelTester>
#include <QLocale>
#include <QSignalSpy>
#include <QTest>

#include <algorithm>

using namespace caseport;
using namespace caseport::client;

namespace {

Case makeCase(const std::string& id, const std::string& number, const std::string& updatedAt,
              const std::string& product = "payroll", const std::string& status = status::kReceived)
{
    Case c;
    c.id = id;
    c.number = number;
    c.account = "acme";
    c.product = product;
    c.subject = "Subject " + id;
    c.status = status;
    c.createdAt = "2026-01-01T08:00:00Z";
    c.updatedAt = updatedAt;
    return c;
}

std::vector<Product> products()
{
    Product payroll;
    payroll.id = "payroll";
    payroll.name.byLanguage = {{"da", "Løn"}, {"en", "Payroll"}, {"sv", "Lön"}};
    Product hr;
    hr.id = "hr";
    hr.name.byLanguage = {{"en", "HR"}};
    return {payroll, hr};
}

} // namespace

class TestCaseListModel : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void passesTheModelTester();
    void headers();
    void sortsNewestUpdateFirst();
    void displaysAndRoles();
    void localizedNames_data();
    void localizedNames();
    void languageChangeRefreshesEveryColumn();
    void unknownIdsFallBackToTheId();
    void rowOfAndCaseAt();
    void staffColumns();
    void patchesKeepTheOrderAndPassTheTester();
};

void TestCaseListModel::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
}

void TestCaseListModel::passesTheModelTester()
{
    CaseListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setCases({makeCase("a", "CP-1", "2026-01-02T10:00:00Z"),
                    makeCase("b", "CP-2", "2026-01-03T10:00:00Z")});
    model.setCatalog(products(), defaultStatuses());
    model.setLanguage(QStringLiteral("da"));
    model.setCases({});
    model.setCases({makeCase("c", "CP-3", "2026-01-04T10:00:00Z")});
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.columnCount(), int(CaseListModel::ColumnCount));
    QCOMPARE(model.rowCount(model.index(0, 0)), 0); // a flat table
}

void TestCaseListModel::headers()
{
    CaseListModel model;
    const QStringList expected = {QStringLiteral("Number"), QStringLiteral("Subject"),
                                  QStringLiteral("Product"), QStringLiteral("Status"),
                                  QStringLiteral("Updated"), QStringLiteral("Account"),
                                  QStringLiteral("Assignee")};
    for (int column = 0; column < CaseListModel::ColumnCount; ++column)
        QCOMPARE(model.headerData(column, Qt::Horizontal).toString(), expected.at(column));
}

void TestCaseListModel::sortsNewestUpdateFirst()
{
    CaseListModel model;
    model.setCases({makeCase("old", "CP-1", "2026-01-02T10:00:00Z"),
                    makeCase("newest", "CP-3", "2026-03-01T10:00:00.500Z"),
                    makeCase("middle", "CP-2", "2026-02-01T10:00:00+02:00"),
                    makeCase("broken", "CP-0", "not a time")});
    QCOMPARE(model.rowCount(), 4);
    QCOMPARE(model.data(model.index(0, 0), CaseListModel::CaseIdRole).toString(), QStringLiteral("newest"));
    QCOMPARE(model.data(model.index(1, 0), CaseListModel::CaseIdRole).toString(), QStringLiteral("middle"));
    QCOMPARE(model.data(model.index(2, 0), CaseListModel::CaseIdRole).toString(), QStringLiteral("old"));
    QCOMPARE(model.data(model.index(3, 0), CaseListModel::CaseIdRole).toString(), QStringLiteral("broken"));
}

void TestCaseListModel::displaysAndRoles()
{
    CaseListModel model;
    model.setCatalog(products(), defaultStatuses());
    model.setCases({makeCase("a", "CP-2026-000001", "2026-01-02T10:00:00Z", "payroll",
                             status::kInProgress)});
    const auto cell = [&](int column) { return model.data(model.index(0, column)); };
    QCOMPARE(cell(CaseListModel::Number).toString(), QStringLiteral("CP-2026-000001"));
    QCOMPARE(cell(CaseListModel::Subject).toString(), QStringLiteral("Subject a"));
    QCOMPARE(cell(CaseListModel::Product).toString(), QStringLiteral("Payroll"));
    QVERIFY(!cell(CaseListModel::Status).toString().isEmpty());

    const QDateTime utc(QDate(2026, 1, 2), QTime(10, 0), Qt::UTC);
    QCOMPARE(model.data(model.index(0, 0), CaseListModel::UpdatedAtRole).toDateTime(), utc);
    QCOMPARE(cell(CaseListModel::Updated).toString(),
             QLocale().toString(utc.toLocalTime(), QLocale::ShortFormat));
    QCOMPARE(model.data(model.index(0, 0), CaseListModel::StatusIdRole).toString(),
             QString::fromLatin1(status::kInProgress));
    QVERIFY(!model.data(model.index(0, 0), Qt::DecorationRole).isValid()); // no icons
}

void TestCaseListModel::localizedNames_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("product");
    QTest::newRow("da") << QStringLiteral("da") << QStringLiteral("Løn");
    QTest::newRow("en") << QStringLiteral("en") << QStringLiteral("Payroll");
    QTest::newRow("sv") << QStringLiteral("sv") << QStringLiteral("Lön");
    QTest::newRow("nb falls back to English") << QStringLiteral("nb") << QStringLiteral("Payroll");
}

void TestCaseListModel::localizedNames()
{
    QFETCH(QString, language);
    QFETCH(QString, product);
    CaseListModel model;
    model.setCases({makeCase("a", "CP-1", "2026-01-02T10:00:00Z", "payroll", status::kClosed)});
    model.setCatalog(products(), defaultStatuses());
    if (language != QLatin1String("en")) {
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.setLanguage(language);
        QCOMPARE(changed.count(), 1);
    }
    QCOMPARE(model.data(model.index(0, CaseListModel::Product)).toString(), product);

    std::string expectedStatus;
    for (const StatusDefinition& definition : defaultStatuses()) {
        if (definition.id == status::kClosed)
            expectedStatus = definition.label.pick(language.toStdString());
    }
    QVERIFY(!expectedStatus.empty());
    QCOMPARE(model.data(model.index(0, CaseListModel::Status)).toString(),
             QString::fromStdString(expectedStatus));
}

void TestCaseListModel::languageChangeRefreshesEveryColumn()
{
    // A view repaints only what dataChanged names: the Updated dates must be in it, or
    // they keep the old locale's format until the next sync.
    const QLocale before;
    CaseListModel model;
    model.setCatalog(products(), defaultStatuses());
    model.setCases({makeCase("a", "CP-1", "2026-01-02T10:00:00Z")});
    const QModelIndex updated = model.index(0, CaseListModel::Updated);
    const QString englishText = updated.data().toString();

    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy headers(&model, &QAbstractItemModel::headerDataChanged);
    QLocale::setDefault(QLocale(QLocale::Danish, QLocale::Denmark));
    model.setLanguage(QStringLiteral("da"));
    const QString danishText = updated.data().toString();
    QLocale::setDefault(before);

    QCOMPARE(headers.count(), 1);
    QCOMPARE(changed.count(), 1);
    const auto topLeft = changed.first().at(0).value<QModelIndex>();
    const auto bottomRight = changed.first().at(1).value<QModelIndex>();
    QCOMPARE(topLeft.row(), 0);
    QCOMPARE(bottomRight.row(), model.rowCount() - 1);
    QCOMPARE(topLeft.column(), 0);
    QCOMPARE(bottomRight.column(), CaseListModel::ColumnCount - 1);
    const QStringList roles = [&] {
        QStringList names;
        for (int role : changed.first().at(2).value<QList<int>>())
            names << QString::number(role);
        return names;
    }();
    QVERIFY2(roles.isEmpty() || roles.contains(QString::number(Qt::DisplayRole)), qPrintable(roles.join(u',')));

    const QDateTime utc(QDate(2026, 1, 2), QTime(10, 0), Qt::UTC);
    QCOMPARE(danishText, QLocale(QLocale::Danish, QLocale::Denmark).toString(utc.toLocalTime(), QLocale::ShortFormat));
    QVERIFY2(danishText != englishText, qPrintable(englishText + QLatin1String(" / ") + danishText));
}

void TestCaseListModel::unknownIdsFallBackToTheId()
{
    CaseListModel model;
    model.setCases({makeCase("a", "CP-1", "2026-01-02T10:00:00Z", "gardening", "on_hold")});
    QCOMPARE(model.data(model.index(0, CaseListModel::Product)).toString(), QStringLiteral("gardening"));
    QCOMPARE(model.data(model.index(0, CaseListModel::Status)).toString(), QStringLiteral("on_hold"));
}

void TestCaseListModel::staffColumns()
{
    CaseListModel model;
    Case assigned = makeCase("a", "CP-1", "2026-01-02T10:00:00Z");
    assigned.assignee = "sam@caseport.example";
    Case open = makeCase("b", "CP-2", "2026-01-01T10:00:00Z");
    open.account = "globex";
    model.setCases({assigned, open});
    // Before the catalog's names arrive, the ids show.
    QCOMPARE(model.data(model.index(0, CaseListModel::Account)).toString(), QStringLiteral("acme"));
    QCOMPARE(model.data(model.index(0, CaseListModel::Assignee)).toString(),
             QStringLiteral("sam@caseport.example"));
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.setDirectory({{"acme", "Acme A/S", "", {}}}, {{"sam@caseport.example", "Sam Staff"}});
    QCOMPARE(changed.count(), 1);
    QCOMPARE(model.data(model.index(0, CaseListModel::Account)).toString(), QStringLiteral("Acme A/S"));
    QCOMPARE(model.data(model.index(0, CaseListModel::Assignee)).toString(), QStringLiteral("Sam Staff"));
    QCOMPARE(model.data(model.index(1, CaseListModel::Account)).toString(), QStringLiteral("globex"));
    QVERIFY(model.data(model.index(1, CaseListModel::Assignee)).toString().isEmpty());
    QCOMPARE(model.data(model.index(0, 0), CaseListModel::AssigneeIdRole).toString(),
             QStringLiteral("sam@caseport.example"));
    QCOMPARE(model.data(model.index(1, 0), CaseListModel::AccountIdRole).toString(), QStringLiteral("globex"));
}

void TestCaseListModel::rowOfAndCaseAt()
{
    CaseListModel model;
    model.setCases({makeCase("a", "CP-1", "2026-01-02T10:00:00Z"),
                    makeCase("b", "CP-2", "2026-01-03T10:00:00Z")});
    QCOMPARE(model.rowOf(QStringLiteral("b")), 0);
    QCOMPARE(model.rowOf(QStringLiteral("a")), 1);
    QCOMPARE(model.rowOf(QStringLiteral("zzz")), -1);
    QVERIFY(model.caseAt(1) != nullptr);
    QCOMPARE(model.caseAt(1)->id, std::string("a"));
    QVERIFY(model.caseAt(2) == nullptr);
    QVERIFY(model.caseAt(-1) == nullptr);
}

// upsertCases/removeCases: rows move (not remove + insert) to where the order puts them,
// new ones are inserted in place, and the result equals a full setCases of the same data.
void TestCaseListModel::patchesKeepTheOrderAndPassTheTester()
{
    CaseListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setCases({makeCase("a", "CP-1", "2026-01-01T10:00:00Z"), makeCase("b", "CP-2", "2026-01-02T10:00:00Z"),
                    makeCase("c", "CP-3", "2026-01-03T10:00:00Z"), makeCase("d", "CP-4", "2026-01-04T10:00:00Z")});
    const auto ids = [&model] {
        QStringList out;
        for (int row = 0; row < model.rowCount(); ++row)
            out.append(QString::fromStdString(model.caseAt(row)->id));
        return out;
    };
    QCOMPARE(ids(), (QStringList{"d", "c", "b", "a"}));

    QSignalSpy moved(&model, &QAbstractItemModel::rowsMoved);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    Case a = makeCase("a", "CP-1", "2026-01-05T10:00:00Z"); // a post moved it to the top
    a.subject = "New subject";
    model.upsertCases({a});
    QCOMPARE(ids(), (QStringList{"a", "d", "c", "b"}));
    QCOMPARE(moved.count(), 1);
    QCOMPARE(removed.count(), 0);
    QCOMPARE(model.data(model.index(0, CaseListModel::Subject)).toString(), QStringLiteral("New subject"));

    Case d = makeCase("d", "CP-4", "2026-01-01T09:00:00Z"); // moves down, to the end
    model.upsertCases({d});
    QCOMPARE(ids(), (QStringList{"a", "c", "b", "d"}));
    Case c = makeCase("c", "CP-3", "2026-01-03T10:00:00Z", "hr"); // same place, new data
    model.upsertCases({c});
    QCOMPARE(ids(), (QStringList{"a", "c", "b", "d"}));
    QCOMPARE(moved.count(), 2);
    QVERIFY(changed.count() >= 3);

    model.upsertCases({makeCase("e", "CP-5", "2026-01-02T10:00:00Z"), // ties b: higher number first
                       makeCase("f", "CP-6", "not a time")});
    QCOMPARE(ids(), (QStringList{"a", "c", "e", "b", "d", "f"}));
    QCOMPARE(inserted.count(), 2);

    model.removeCases({QStringLiteral("c"), QStringLiteral("unknown"), QStringLiteral("f")});
    QCOMPARE(ids(), (QStringList{"a", "e", "b", "d"}));
    QCOMPARE(removed.count(), 2);

    // The same rows as a reload of the same cases would give.
    CaseListModel reloaded;
    QVector<Case> all;
    for (int row = 0; row < model.rowCount(); ++row)
        all.append(*model.caseAt(row));
    std::reverse(all.begin(), all.end());
    reloaded.setCases(all);
    for (int row = 0; row < model.rowCount(); ++row) {
        QCOMPARE(reloaded.caseAt(row)->id, model.caseAt(row)->id);
        QCOMPARE(reloaded.data(reloaded.index(row, CaseListModel::Updated)),
                 model.data(model.index(row, CaseListModel::Updated)));
    }
}

QTEST_GUILESS_MAIN(TestCaseListModel)
#include "tst_case_list_model.moc"
