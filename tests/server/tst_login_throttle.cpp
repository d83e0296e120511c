// Login throttling (server/src/auth/LoginThrottle.h): the sliding-window rule as a
// table, and the three buckets (user + address, user, address) as behaviour.

#include "auth/LoginThrottle.h"

#include <QTest>

#include <deque>

using namespace caseport::server;

Q_DECLARE_METATYPE(std::deque<std::int64_t>)

class TestLoginThrottle : public QObject {
    Q_OBJECT
private slots:
    void secondsUntilAllowed_data()
    {
        QTest::addColumn<std::deque<std::int64_t>>("failures");
        QTest::addColumn<int>("limit");
        QTest::addColumn<std::int64_t>("now");
        QTest::addColumn<std::int64_t>("expected");
        // window 100 s throughout
        // clang-format off
        QTest::newRow("no failures")             << std::deque<std::int64_t>{}             << 3 << std::int64_t{1000} << std::int64_t{0};
        QTest::newRow("below the limit")         << std::deque<std::int64_t>{990, 995}     << 3 << std::int64_t{1000} << std::int64_t{0};
        QTest::newRow("at the limit")            << std::deque<std::int64_t>{960, 990, 995}<< 3 << std::int64_t{1000} << std::int64_t{60};
        QTest::newRow("oldest aged out")         << std::deque<std::int64_t>{900, 990, 995}<< 3 << std::int64_t{1000} << std::int64_t{0};
        QTest::newRow("exactly on the edge")     << std::deque<std::int64_t>{901, 990, 995}<< 3 << std::int64_t{1000} << std::int64_t{1};
        QTest::newRow("more than the limit")     << std::deque<std::int64_t>{950, 960, 990, 995} << 3 << std::int64_t{1000} << std::int64_t{60};
        QTest::newRow("all old")                 << std::deque<std::int64_t>{100, 200, 300}<< 3 << std::int64_t{1000} << std::int64_t{0};
        QTest::newRow("limit 1")                 << std::deque<std::int64_t>{999}          << 1 << std::int64_t{1000} << std::int64_t{99};
        // clang-format on
    }

    void secondsUntilAllowed()
    {
        QFETCH(std::deque<std::int64_t>, failures);
        QFETCH(int, limit);
        QFETCH(std::int64_t, now);
        QFETCH(std::int64_t, expected);
        QCOMPARE(caseport::server::secondsUntilAllowed(failures, limit, 100, now), expected);
    }

    void userAndAddressBucketStopsGuessing()
    {
        LoginThrottle throttle({3, 10, 50, 100});
        for (int i = 0; i < 3; ++i) {
            QCOMPARE(throttle.check("anna", "10.0.0.1", 1000 + i), std::int64_t{0});
            throttle.recordFailure("anna", "10.0.0.1", 1000 + i);
        }
        QCOMPARE(throttle.check("anna", "10.0.0.1", 1003), std::int64_t{97});
        // anna from elsewhere and others from here go on
        QCOMPARE(throttle.check("anna", "10.0.0.2", 1003), std::int64_t{0});
        QCOMPARE(throttle.check("bo", "10.0.0.1", 1003), std::int64_t{0});
        // once the window has passed the attempt is allowed again
        QCOMPARE(throttle.check("anna", "10.0.0.1", 1100), std::int64_t{0});
    }

    void userBucketSpansAddresses()
    {
        LoginThrottle throttle({3, 4, 50, 100});
        for (int i = 0; i < 4; ++i)
            throttle.recordFailure("anna", "10.0.0." + std::to_string(i), 1000);
        QVERIFY(throttle.check("anna", "10.0.0.9", 1001) > 0);
        QCOMPARE(throttle.check("bo", "10.0.0.9", 1001), std::int64_t{0});
    }

    void addressBucketSpansUsers()
    {
        LoginThrottle throttle({3, 10, 5, 100});
        for (int i = 0; i < 5; ++i)
            throttle.recordFailure("user" + std::to_string(i), "10.0.0.1", 1000);
        QVERIFY(throttle.check("somebody", "10.0.0.1", 1001) > 0);
        QCOMPARE(throttle.check("somebody", "10.0.0.2", 1001), std::int64_t{0});
    }

    void successClearsTheUsersBucketsOnly()
    {
        LoginThrottle throttle({3, 10, 5, 100});
        for (int i = 0; i < 2; ++i)
            throttle.recordFailure("anna", "10.0.0.1", 1000);
        throttle.recordSuccess("anna", "10.0.0.1");
        for (int i = 0; i < 2; ++i)
            throttle.recordFailure("anna", "10.0.0.1", 1001);
        QCOMPARE(throttle.check("anna", "10.0.0.1", 1002), std::int64_t{0}); // 2 < 3 again
        // the address still counts all four failures: one more blocks it for everyone
        throttle.recordFailure("bo", "10.0.0.1", 1002);
        QVERIFY(throttle.check("cy", "10.0.0.1", 1003) > 0);
    }

    void aSprayOfNamesStaysBounded()
    {
        LoginThrottle throttle({3, 10, 1'000'000, 100});
        for (int i = 0; i < 250'000; ++i)
            throttle.recordFailure("user" + std::to_string(i), "10.0.0.1", 1000);
        // still answers, and the last user's failure is not forgotten unjustly early
        QCOMPARE(throttle.check("fresh", "10.0.0.2", 1001), std::int64_t{0});
    }
};

QTEST_GUILESS_MAIN(TestLoginThrottle)
#include "tst_login_throttle.moc"
