#include "caseport/Backoff.h"

#include <QTest>

using namespace std::chrono_literals;
using std::chrono::milliseconds;

class TestBackoff : public QObject {
    Q_OBJECT
private slots:
    void delays_data();
    void delays();
};

void TestBackoff::delays_data()
{
    QTest::addColumn<qint64>("retry");
    QTest::addColumn<qint64>("baseMs");
    QTest::addColumn<qint64>("capMs");
    QTest::addColumn<double>("unit");
    QTest::addColumn<qint64>("expectedMs");

    // retry, base, cap, unit → expected (written from the rule: base·2^retry ≤ cap, × 0.8…1.2)
    QTest::newRow("first retry, middle jitter") << qint64(0) << qint64(1000) << qint64(60000) << 0.5 << qint64(1000);
    QTest::newRow("first retry, lowest jitter") << qint64(0) << qint64(1000) << qint64(60000) << 0.0 << qint64(800);
    QTest::newRow("first retry, highest jitter") << qint64(0) << qint64(1000) << qint64(60000) << 1.0 << qint64(1200);
    QTest::newRow("third retry doubles twice") << qint64(2) << qint64(1000) << qint64(60000) << 0.5 << qint64(4000);
    QTest::newRow("capped") << qint64(10) << qint64(1000) << qint64(60000) << 0.5 << qint64(60000);
    QTest::newRow("capped, high jitter") << qint64(10) << qint64(1000) << qint64(60000) << 1.0 << qint64(72000);
    QTest::newRow("doubling stops at the cap") << qint64(1) << qint64(1000) << qint64(1500) << 0.5 << qint64(1500);
    QTest::newRow("enormous retry count") << qint64(1'000'000'000) << qint64(30000) << qint64(3600000) << 0.5 << qint64(3600000);
    QTest::newRow("base longer than cap wins") << qint64(3) << qint64(7200000) << qint64(3600000) << 0.5 << qint64(7200000);
    QTest::newRow("jitter below 0 clamps") << qint64(0) << qint64(1000) << qint64(60000) << -3.0 << qint64(800);
    QTest::newRow("jitter above 1 clamps") << qint64(0) << qint64(1000) << qint64(60000) << 7.0 << qint64(1200);
}

void TestBackoff::delays()
{
    QFETCH(qint64, retry);
    QFETCH(qint64, baseMs);
    QFETCH(qint64, capMs);
    QFETCH(double, unit);
    QFETCH(qint64, expectedMs);
    const milliseconds delay = caseport::backoffDelay(retry, milliseconds(baseMs), milliseconds(capMs), unit);
    QCOMPARE(static_cast<qint64>(delay.count()), expectedMs);
}

QTEST_APPLESS_MAIN(TestBackoff)
#include "tst_backoff.moc"
