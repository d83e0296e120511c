// The push channel's reconnect schedule (client/lib/src/PushChannel.h), by table.

#include "PushChannel.h"

#include <QTest>

using caseport::client::PushChannel;

class TestPushChannel : public QObject {
    Q_OBJECT
private slots:
    void backoff_data()
    {
        QTest::addColumn<int>("attempt");
        QTest::addColumn<double>("jitter");
        QTest::addColumn<int>("expected");
        QTest::newRow("first, no jitter") << 0 << 0.5 << 1000;
        QTest::newRow("first, lowest") << 0 << 0.0 << 800;
        QTest::newRow("first, highest") << 0 << 1.0 << 1200;
        QTest::newRow("doubles") << 1 << 0.5 << 2000;
        QTest::newRow("doubles again") << 3 << 0.5 << 8000;
        QTest::newRow("capped at 60 s") << 6 << 0.5 << 60000;
        QTest::newRow("stays capped") << 40 << 0.5 << 60000;
        QTest::newRow("capped, highest") << 40 << 1.0 << 72000;
        QTest::newRow("negative attempt as first") << -3 << 0.5 << 1000;
        QTest::newRow("jitter out of range clamped") << 0 << 7.0 << 1200;
    }

    void backoff()
    {
        QFETCH(int, attempt);
        QFETCH(double, jitter);
        QFETCH(int, expected);
        QCOMPARE(PushChannel::backoffMs(attempt, jitter), expected);
    }
};

QTEST_GUILESS_MAIN(TestPushChannel)
#include "tst_push_channel.moc"
