// notifications::notifies as a table: who wrote the post, whose case, who follows it.

#include "caseport/client/Notifications.h"

#include <QTest>

using namespace caseport;

class TestNotifications : public QObject {
    Q_OBJECT
private slots:
    void notifies_data();
    void notifies();
};

void TestNotifications::notifies_data()
{
    QTest::addColumn<QString>("author");
    QTest::addColumn<QString>("creator");
    QTest::addColumn<QStringList>("followers");
    QTest::addColumn<bool>("knownCase");
    QTest::addColumn<bool>("sameCase");
    QTest::addColumn<bool>("expected");

    const QString me = QStringLiteral("anna@acme.example");
    const QString staff = QStringLiteral("staff@caseport.example");
    const QString erik = QStringLiteral("erik@acme.example");
    QTest::newRow("staff answers my case") << staff << me << QStringList {} << true << true << true;
    QTest::newRow("my own post on my case") << me << me << QStringList {} << true << true << false;
    QTest::newRow("staff on a case I follow") << staff << erik << QStringList {me} << true << true << true;
    QTest::newRow("staff on a colleague's case I do not follow") << staff << erik << QStringList {} << true << true << false;
    QTest::newRow("a colleague on a case I follow") << erik << erik << QStringList {me} << true << true << true;
    QTest::newRow("case not known here") << staff << me << QStringList {} << false << true << false;
    QTest::newRow("post of another case") << staff << me << QStringList {} << true << false << false;
}

void TestNotifications::notifies()
{
    QFETCH(QString, author);
    QFETCH(QString, creator);
    QFETCH(QStringList, followers);
    QFETCH(bool, knownCase);
    QFETCH(bool, sameCase);
    QFETCH(bool, expected);
    Case c;
    c.id = "case-1";
    c.creator = creator.toStdString();
    for (const QString& follower : followers)
        c.followers.push_back(follower.toStdString());
    Post post;
    post.caseId = sameCase ? "case-1" : "case-2";
    post.author = author.toStdString();
    QCOMPARE(client::notifications::notifies(post, knownCase ? &c : nullptr, "anna@acme.example"), expected);
}

QTEST_APPLESS_MAIN(TestNotifications)
#include "tst_notifications.moc"
