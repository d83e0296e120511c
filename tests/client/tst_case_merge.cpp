// merge::fieldsOf / rebase as a table: the user's edit, the server's current case, the
// members the user keeps → the edit sent instead (or nothing).

#include "caseport/client/CaseMerge.h"

#include "caseport/Codec.h"

#include <QTest>

using namespace caseport;
using namespace caseport::client;

Q_DECLARE_METATYPE(caseport::CaseUpdate)
Q_DECLARE_METATYPE(caseport::Case)

namespace {

Case server()
{
    Case c;
    c.id = "c1";
    c.subject = "Payslip missing";
    c.description = "March";
    c.status = "in_progress";
    c.category = "support";
    c.version = 5;
    return c;
}

QString describe(const std::optional<CaseUpdate>& update)
{
    return update ? QString::fromStdString(codec::encode(*update)) : QStringLiteral("(nothing)");
}

} // namespace

class TestCaseMerge : public QObject {
    Q_OBJECT
private slots:
    void rebase_data();
    void rebase();
    void fieldsOfMarksWhatDiffers();
};

void TestCaseMerge::rebase_data()
{
    QTest::addColumn<CaseUpdate>("mine");
    QTest::addColumn<QStringList>("keep");
    QTest::addColumn<QString>("expected"); // the rebased edit as JSON, or "(nothing)"

    CaseUpdate subjectAndStatus;
    subjectAndStatus.baseVersion = 3;
    subjectAndStatus.subject = "Payslip for March missing";
    subjectAndStatus.status = "closed";

    QTest::newRow("keep mine everywhere")
        << subjectAndStatus << QStringList {"subject", "status"}
        << R"({"baseVersion":5,"status":"closed","subject":"Payslip for March missing"})";
    QTest::newRow("take the server's everywhere") << subjectAndStatus << QStringList {} << "(nothing)";
    QTest::newRow("field by field: my subject, their status")
        << subjectAndStatus << QStringList {"subject"}
        << R"({"baseVersion":5,"subject":"Payslip for March missing"})";
    QTest::newRow("a kept member the edit does not set is ignored")
        << subjectAndStatus << QStringList {"answer", "status"} << R"({"baseVersion":5,"status":"closed"})";

    CaseUpdate sameAsServer;
    sameAsServer.baseVersion = 2;
    sameAsServer.status = "in_progress"; // someone else made the same change
    QTest::newRow("nothing left that differs") << sameAsServer << QStringList {"status"} << "(nothing)";

    CaseUpdate clearing;
    clearing.baseVersion = 4;
    clearing.category = "";
    clearing.isPrivate = true;
    QTest::newRow("clearing and a flag") << clearing << QStringList {"category", "private"}
                                         << R"({"baseVersion":5,"category":null,"private":true})";
}

void TestCaseMerge::rebase()
{
    QFETCH(CaseUpdate, mine);
    QFETCH(QStringList, keep);
    QFETCH(QString, expected);
    std::set<std::string> keepMine;
    for (const QString& field : keep)
        keepMine.insert(field.toStdString());
    QCOMPARE(describe(merge::rebase(mine, server(), keepMine)), expected);
}

void TestCaseMerge::fieldsOfMarksWhatDiffers()
{
    CaseUpdate mine;
    mine.subject = "Payslip missing"; // as on the server
    mine.description = "March and April";
    mine.followers = std::vector<std::string> {"bo@acme.example"};
    const auto fields = merge::fieldsOf(mine, server());
    QCOMPARE(fields.size(), 3u);
    QCOMPARE(fields[0].field, std::string("subject"));
    QVERIFY(!fields[0].differs);
    QCOMPARE(fields[1].field, std::string("description"));
    QVERIFY(fields[1].differs);
    QCOMPARE(fields[2].field, std::string("followers"));
    QVERIFY(fields[2].differs);
    QCOMPARE(merge::allFields(mine), (std::set<std::string> {"description", "followers", "subject"}));

    const Case mineApplied = merge::applied(server(), mine);
    QCOMPARE(mineApplied.description, std::string("March and April"));
    QCOMPARE(mineApplied.followers, std::vector<std::string> {"bo@acme.example"});
    QCOMPARE(mineApplied.status, server().status); // not in the edit: the server's
    QCOMPARE(mineApplied.version, server().version);
}

QTEST_APPLESS_MAIN(TestCaseMerge)
#include "tst_case_merge.moc"
