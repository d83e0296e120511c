// The staff queue's filter: queue::accepts as a table (status, open only, product,
// account, assignee unassigned/mine/anyone, age in days, and their combinations), then
// CaseFilterProxyModel applying it to a CaseListModel.

#include "caseport/client/CaseFilterProxyModel.h"
#include "caseport/client/CaseListModel.h"
#include "caseport/client/QueueFilter.h"

#include "caseport/Status.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace caseport;
using namespace caseport::client;

Q_DECLARE_METATYPE(caseport::Case)
Q_DECLARE_METATYPE(caseport::client::QueueFilter)

namespace {

const QString kMe = QStringLiteral("sam@caseport.example");
const QDateTime kNow(QDate(2026, 3, 10), QTime(12, 0), Qt::UTC);

// A case on acme/payroll, received, unassigned, created `daysOld` days before kNow.
Case makeCase(int daysOld = 0)
{
    Case c;
    c.id = "c1";
    c.number = "CP-1";
    c.account = "acme";
    c.product = "payroll";
    c.subject = "Subject";
    c.status = status::kReceived;
    c.createdAt = kNow.addDays(-daysOld).toString(Qt::ISODate).toStdString();
    c.updatedAt = c.createdAt;
    return c;
}

QSet<QString> closedStatuses()
{
    QSet<QString> closed;
    for (const StatusDefinition& s : defaultStatuses()) {
        if (s.closed)
            closed.insert(QString::fromStdString(s.id));
    }
    return closed;
}

} // namespace

class TestQueueFilter : public QObject {
    Q_OBJECT

private slots:
    void accepts_data();
    void accepts();
    void proxyAppliesTheQueueFilter();
};

void TestQueueFilter::accepts_data()
{
    QTest::addColumn<QueueFilter>("filter");
    QTest::addColumn<Case>("value");
    QTest::addColumn<bool>("expected");

    using A = QueueFilter::Assignee;
    const auto with = [](auto change) {
        Case c = makeCase(2);
        change(c);
        return c;
    };
    const Case plain = makeCase(2);
    const Case mine = with([](Case& c) { c.assignee = kMe.toStdString(); });
    const Case colleagues = with([](Case& c) { c.assignee = "eva@caseport.example"; });
    const Case closed = with([](Case& c) { c.status = status::kClosed; });
    const Case globexHr = with([](Case& c) {
        c.account = "globex";
        c.product = "hr";
    });
    const Case unreadableTime = with([](Case& c) { c.createdAt = "yesterday"; });

    QTest::newRow("no filter") << QueueFilter{} << plain << true;
    QTest::newRow("no filter, closed") << QueueFilter{} << closed << true;
    QTest::newRow("open only, received") << QueueFilter{.openOnly = true} << plain << true;
    QTest::newRow("open only, closed") << QueueFilter{.openOnly = true} << closed << false;
    QTest::newRow("status matches") << QueueFilter{.status = "received"} << plain << true;
    QTest::newRow("status differs") << QueueFilter{.status = "in_progress"} << plain << false;
    QTest::newRow("closed status asked for") << QueueFilter{.status = "closed"} << closed << true;
    QTest::newRow("product matches") << QueueFilter{.product = "payroll"} << plain << true;
    QTest::newRow("product differs") << QueueFilter{.product = "payroll"} << globexHr << false;
    QTest::newRow("account matches") << QueueFilter{.account = "globex"} << globexHr << true;
    QTest::newRow("account differs") << QueueFilter{.account = "globex"} << plain << false;
    QTest::newRow("unassigned, unassigned") << QueueFilter{.assignee = A::Unassigned} << plain << true;
    QTest::newRow("unassigned, assigned") << QueueFilter{.assignee = A::Unassigned} << mine << false;
    QTest::newRow("mine, mine") << QueueFilter{.assignee = A::Mine} << mine << true;
    QTest::newRow("mine, a colleague's") << QueueFilter{.assignee = A::Mine} << colleagues << false;
    QTest::newRow("mine, unassigned") << QueueFilter{.assignee = A::Mine} << plain << false;
    QTest::newRow("anyone, a colleague's") << QueueFilter{.assignee = A::Anyone} << colleagues << true;
    QTest::newRow("older than 1 day, 2 days old") << QueueFilter{.olderThanDays = 1} << plain << true;
    QTest::newRow("older than 3 days, 2 days old") << QueueFilter{.olderThanDays = 3} << plain << false;
    QTest::newRow("older than 3 days, exactly 3") << QueueFilter{.olderThanDays = 3} << makeCase(3) << true;
    QTest::newRow("older than 7 days, 30 days old") << QueueFilter{.olderThanDays = 7} << makeCase(30) << true;
    QTest::newRow("older than 1 day, just filed") << QueueFilter{.olderThanDays = 1} << makeCase(0) << false;
    QTest::newRow("age, unreadable time") << QueueFilter{.olderThanDays = 1} << unreadableTime << false;
    QTest::newRow("no age filter, unreadable time") << QueueFilter{} << unreadableTime << true;
    QTest::newRow("all match")
        << QueueFilter{true, "received", "payroll", "acme", A::Mine, 1} << mine << true;
    QTest::newRow("all but the account match")
        << QueueFilter{true, "received", "payroll", "globex", A::Mine, 1} << mine << false;
    QTest::newRow("all but the age match")
        << QueueFilter{true, "received", "payroll", "acme", A::Mine, 7} << mine << false;
}

void TestQueueFilter::accepts()
{
    QFETCH(QueueFilter, filter);
    QFETCH(Case, value);
    QFETCH(bool, expected);
    QCOMPARE(queue::accepts(filter, value, kMe, closedStatuses(), kNow), expected);
}

void TestQueueFilter::proxyAppliesTheQueueFilter()
{
    CaseListModel model;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const auto at = [&](int daysAgo) { return now.addDays(-daysAgo).toString(Qt::ISODate).toStdString(); };
    Case a = makeCase();
    a.id = "a";
    a.number = "CP-a";
    a.createdAt = a.updatedAt = at(10);
    Case b = a;
    b.id = "b";
    b.number = "CP-b";
    b.assignee = kMe.toStdString();
    b.createdAt = b.updatedAt = at(0);
    Case c = a;
    c.id = "c";
    c.number = "CP-c";
    c.status = status::kClosed;
    model.setCases({a, b, c});

    CaseFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.setClosedStatuses(closedStatuses());
    QCOMPARE(proxy.rowCount(), 3);

    proxy.setQueueFilter({.openOnly = true, .assignee = QueueFilter::Assignee::Unassigned}, kMe);
    QCOMPARE(proxy.rowCount(), 1);
    QCOMPARE(proxy.index(0, 0).data(CaseListModel::CaseIdRole).toString(), QStringLiteral("a"));
    proxy.setQueueFilter({.assignee = QueueFilter::Assignee::Mine}, kMe);
    QCOMPARE(proxy.rowCount(), 1);
    QCOMPARE(proxy.index(0, 0).data(CaseListModel::CaseIdRole).toString(), QStringLiteral("b"));
    proxy.setQueueFilter({.olderThanDays = 7}, kMe);
    QCOMPARE(proxy.rowCount(), 2); // a and c, ten days old
    // The queue filter combines with the views' own filters.
    proxy.setOpenOnly(true);
    QCOMPARE(proxy.rowCount(), 1);
    proxy.setQueueFilter({}, kMe);
    QCOMPARE(proxy.rowCount(), 2);
    QCOMPARE(proxy.queueFilter(), QueueFilter{});
}

QTEST_GUILESS_MAIN(TestQueueFilter)
#include "tst_queue_filter.moc"
