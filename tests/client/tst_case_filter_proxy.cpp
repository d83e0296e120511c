// CaseFilterProxyModel: the case list views. "Open" hides closed states, "Followed" keeps
// only cases listing the user as a follower (a creator is not a follower of their own
// case unless added), both combine, and FollowersRole/CreatorRole carry the ids.

#include "caseport/client/CaseFilterProxyModel.h"
#include "caseport/client/CaseListModel.h"

#include "caseport/Status.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace caseport;
using namespace caseport::client;

namespace {

Case makeCase(const std::string& id, const std::string& status, const std::string& creator,
              std::vector<std::string> followers, const std::string& updatedAt)
{
    Case c;
    c.id = id;
    c.number = "CP-" + id;
    c.account = "acme";
    c.product = "payroll";
    c.subject = "Subject " + id;
    c.status = status;
    c.creator = creator;
    c.followers = std::move(followers);
    c.createdAt = "2026-01-01T08:00:00Z";
    c.updatedAt = updatedAt;
    return c;
}

QStringList idsOf(const QAbstractItemModel& model)
{
    QStringList ids;
    for (int row = 0; row < model.rowCount(); ++row)
        ids.append(model.index(row, 0).data(CaseListModel::CaseIdRole).toString());
    return ids;
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

class TestCaseFilterProxy : public QObject {
    Q_OBJECT

private slots:
    void init();
    void passesTheModelTester();
    void rolesCarryFollowersAndCreator();
    void views_data();
    void views();
    void followedFollowsModelChanges();

private:
    CaseListModel m_model;
};

void TestCaseFilterProxy::init()
{
    // Newest first: d, c, b, a.
    m_model.setCases({
        makeCase("a", status::kReceived, "anna@acme.example", {}, "2026-01-01T10:00:00Z"),
        makeCase("b", status::kReceived, "bo@acme.example", {"anna@acme.example"}, "2026-01-02T10:00:00Z"),
        makeCase("c", status::kClosed, "bo@acme.example", {"anna@acme.example", "erik@acme.example"},
                 "2026-01-03T10:00:00Z"),
        makeCase("d", status::kInProgress, "erik@acme.example", {"bo@acme.example"}, "2026-01-04T10:00:00Z"),
    });
}

void TestCaseFilterProxy::passesTheModelTester()
{
    CaseFilterProxyModel proxy;
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.setSourceModel(&m_model);
    proxy.setClosedStatuses(closedStatuses());
    proxy.setFollowedBy(QStringLiteral("anna@acme.example"));
    proxy.setOpenOnly(true);
    proxy.sort(CaseListModel::Updated, Qt::DescendingOrder);
    proxy.setFollowedBy({});
    m_model.setCases({});
    QCOMPARE(proxy.rowCount(), 0);
}

void TestCaseFilterProxy::rolesCarryFollowersAndCreator()
{
    const int row = m_model.rowOf(QStringLiteral("c"));
    QVERIFY(row >= 0);
    const QModelIndex index = m_model.index(row, CaseListModel::Subject);
    QCOMPARE(index.data(CaseListModel::FollowersRole).toStringList(),
             QStringList({QStringLiteral("anna@acme.example"), QStringLiteral("erik@acme.example")}));
    QCOMPARE(index.data(CaseListModel::CreatorRole).toString(), QStringLiteral("bo@acme.example"));
    const QModelIndex none = m_model.index(m_model.rowOf(QStringLiteral("a")), 0);
    QVERIFY(none.data(CaseListModel::FollowersRole).toStringList().isEmpty());
}

void TestCaseFilterProxy::views_data()
{
    QTest::addColumn<bool>("openOnly");
    QTest::addColumn<QString>("followedBy");
    QTest::addColumn<QStringList>("expected"); // newest update first

    const QString anna = QStringLiteral("anna@acme.example");
    QTest::newRow("all") << false << QString() << QStringList{"d", "c", "b", "a"};
    QTest::newRow("open") << true << QString() << QStringList{"d", "b", "a"};
    // Anna created "a" but follows only "b" and "c": her own case is not "followed".
    QTest::newRow("followed") << false << anna << QStringList{"c", "b"};
    QTest::newRow("followed and open") << true << anna << QStringList{"b"};
    QTest::newRow("followed by bo") << false << QStringLiteral("bo@acme.example") << QStringList{"d"};
    QTest::newRow("followed by nobody known") << false << QStringLiteral("x@example") << QStringList{};
}

void TestCaseFilterProxy::views()
{
    QFETCH(bool, openOnly);
    QFETCH(QString, followedBy);
    QFETCH(QStringList, expected);

    CaseFilterProxyModel proxy;
    proxy.setSourceModel(&m_model);
    proxy.setClosedStatuses(closedStatuses());
    proxy.sort(CaseListModel::Updated, Qt::DescendingOrder);
    proxy.setOpenOnly(openOnly);
    proxy.setFollowedBy(followedBy);
    QCOMPARE(proxy.openOnly(), openOnly);
    QCOMPARE(proxy.followedBy(), followedBy);
    QCOMPARE(idsOf(proxy), expected);
}

void TestCaseFilterProxy::followedFollowsModelChanges()
{
    CaseFilterProxyModel proxy;
    proxy.setSourceModel(&m_model);
    proxy.sort(CaseListModel::Updated, Qt::DescendingOrder);
    proxy.setFollowedBy(QStringLiteral("anna@acme.example"));
    QCOMPARE(idsOf(proxy), QStringList({"c", "b"}));

    // A sync brings "a" with Anna added as a follower, and "c" without her.
    m_model.setCases({
        makeCase("a", status::kReceived, "anna@acme.example", {"anna@acme.example"}, "2026-01-05T10:00:00Z"),
        makeCase("c", status::kClosed, "bo@acme.example", {"erik@acme.example"}, "2026-01-03T10:00:00Z"),
    });
    QCOMPARE(idsOf(proxy), QStringList({"a"}));
}

QTEST_GUILESS_MAIN(TestCaseFilterProxy)
#include "tst_case_filter_proxy.moc"
