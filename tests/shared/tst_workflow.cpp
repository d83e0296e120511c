// Table tests for the default workflow and who may move a case through it
// (shared/caseport/Workflow.h, DESIGN §3). Expected values are written down from the
// rules, never computed by calling the workflow.

#include "caseport/Workflow.h"

#include <QTest>

#include <array>

using namespace caseport;
using namespace caseport::workflow;

namespace caseport::workflow {

// QCOMPARE prints this when a StatusChange differs (found by argument-dependent lookup).
char* toString(StatusChange change)
{
    switch (change) {
    case StatusChange::Allowed:
        return qstrdup("Allowed");
    case StatusChange::Unchanged:
        return qstrdup("Unchanged");
    case StatusChange::NotEditor:
        return qstrdup("NotEditor");
    case StatusChange::UnknownState:
        return qstrdup("UnknownState");
    case StatusChange::NoSuchTransition:
        return qstrdup("NoSuchTransition");
    case StatusChange::NotForCreator:
        return qstrdup("NotForCreator");
    }
    return qstrdup("?");
}

char* toString(PostEffect effect)
{
    switch (effect) {
    case PostEffect::Append:
        return qstrdup("Append");
    case PostEffect::Reopen:
        return qstrdup("Reopen");
    case PostEffect::Refused:
        return qstrdup("Refused");
    }
    return qstrdup("?");
}

} // namespace caseport::workflow

Q_DECLARE_METATYPE(caseport::workflow::StatusChange)
Q_DECLARE_METATYPE(caseport::workflow::PostEffect)

namespace {

using S = StatusChange;

struct MoveRow {
    const char* from;
    const char* to;
    S staff;
    S creator;
};

// Every pair of default states. Staff make every move the workflow has; the creator
// only closes (from any open state). received → in_progress ⇄ waiting_for_customer →
// closed; every open state → closed; closed → received reopens.
// clang-format off
constexpr std::array<MoveRow, 17> defaultMoves{{
    //  from                    to                      staff                 creator
    {"received",             "received",             S::Unchanged,         S::Unchanged},
    {"received",             "in_progress",          S::Allowed,           S::NotForCreator},
    {"received",             "waiting_for_customer", S::NoSuchTransition,  S::NoSuchTransition},
    {"received",             "closed",               S::Allowed,           S::Allowed},
    {"in_progress",          "received",             S::NoSuchTransition,  S::NoSuchTransition},
    {"in_progress",          "in_progress",          S::Unchanged,         S::Unchanged},
    {"in_progress",          "waiting_for_customer", S::Allowed,           S::NotForCreator},
    {"in_progress",          "closed",               S::Allowed,           S::Allowed},
    {"waiting_for_customer", "received",             S::NoSuchTransition,  S::NoSuchTransition},
    {"waiting_for_customer", "in_progress",          S::Allowed,           S::NotForCreator},
    {"waiting_for_customer", "waiting_for_customer", S::Unchanged,         S::Unchanged},
    {"waiting_for_customer", "closed",               S::Allowed,           S::Allowed},
    {"closed",               "received",             S::Allowed,           S::NotForCreator},
    {"closed",               "in_progress",          S::NoSuchTransition,  S::NoSuchTransition},
    {"closed",               "waiting_for_customer", S::NoSuchTransition,  S::NoSuchTransition},
    {"closed",               "closed",               S::Unchanged,         S::Unchanged},
    {"in_progress",          "archived",             S::UnknownState,      S::UnknownState},
}};
// clang-format on

const std::string creatorId = "anna@acme.example";

access::Viewer customer(const std::string& id, AccessLevel level)
{
    Membership m;
    m.account = "acme";
    m.products = {{"payroll", level}};
    return {id, false, {m}};
}

access::CaseFacts annasCase(bool isPrivate)
{
    return {"acme", "payroll", "", isPrivate, creatorId, {}};
}

} // namespace

class TestWorkflow : public QObject {
    Q_OBJECT
private slots:
    void defaultStates()
    {
        const Workflow w = defaultWorkflow();
        QCOMPARE(w.states, defaultStatuses());
        QVERIFY(w.isClosed("closed"));
        for (const char* open : {"received", "in_progress", "waiting_for_customer", "archived"})
            QVERIFY2(!w.isClosed(open), open);
        QVERIFY(w.state("in_progress"));
        QVERIFY(!w.state("archived"));
    }

    // Every pair of states × who: staff, the creator (full or limited access), someone
    // else with full access who sees the case, a creator who no longer sees it.
    void statusChange_data()
    {
        QTest::addColumn<QString>("who");
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("to");
        QTest::addColumn<StatusChange>("expected");
        for (const MoveRow& row : defaultMoves) {
            const auto add = [&](const char* who, S expected) {
                QTest::addRow("%s %s→%s", who, row.from, row.to)
                    << who << row.from << row.to << expected;
            };
            const bool same = std::string(row.from) == row.to;
            add("staff", row.staff);
            add("creator-full", row.creator);
            add("creator-limited", row.creator);
            // Nobody else changes status, whatever their level; unchanged is no change.
            add("other-full", same ? S::Unchanged : S::NotEditor);
            add("creator-without-access", same ? S::Unchanged : S::NotEditor);
        }
    }

    void statusChange()
    {
        QFETCH(QString, who);
        QFETCH(QString, from);
        QFETCH(QString, to);
        QFETCH(StatusChange, expected);

        access::Viewer viewer;
        if (who == "staff")
            viewer = {"staff@provider.example", true, {}};
        else if (who == "creator-full")
            viewer = customer(creatorId, AccessLevel::Full);
        else if (who == "creator-limited")
            viewer = customer(creatorId, AccessLevel::Limited);
        else if (who == "other-full")
            viewer = customer("erik@acme.example", AccessLevel::Full);
        else
            viewer = customer(creatorId, AccessLevel::None);
        QCOMPARE(checkStatusChange(defaultWorkflow(), viewer, annasCase(false), from.toStdString(),
                                   to.toStdString()),
                 expected);
    }

    // A private case: someone with full access does not even see it; the creator still
    // closes it.
    void privateCase()
    {
        const Workflow w = defaultWorkflow();
        QCOMPARE(checkStatusChange(w, customer("erik@acme.example", AccessLevel::Full),
                                   annasCase(true), "received", "closed"),
                 S::NotEditor);
        QCOMPARE(checkStatusChange(w, customer(creatorId, AccessLevel::Limited), annasCase(true),
                                   "received", "closed"),
                 S::Allowed);
    }

    // The rules read the workflow they are given: a config (issue #6) may let the
    // creator reopen, or drop a move.
    void anotherWorkflow()
    {
        Workflow w = defaultWorkflow();
        w.transitions = {{"closed", "received", true}};
        const auto creator = customer(creatorId, AccessLevel::Limited);
        QCOMPARE(checkStatusChange(w, creator, annasCase(false), "closed", "received"), S::Allowed);
        QCOMPARE(checkStatusChange(w, creator, annasCase(false), "received", "closed"),
                 S::NoSuchTransition);
    }

    void defaultReopenRules()
    {
        const Workflow w = defaultWorkflow();
        QCOMPARE(w.initialState, std::string("received"));
        QCOMPARE(w.reopenDays, std::int64_t{14});
        QCOMPARE(w.labelOf("waiting_for_customer", "da"), std::string("Afventer kunde"));
        QCOMPARE(w.labelOf("archived", "en"), std::string("archived"));
    }

    // What a post does to its case. Closed at t = 1,000,000; a day is 86,400 s.
    void postEffect_data()
    {
        QTest::addColumn<QString>("status");
        QTest::addColumn<bool>("staff");
        QTest::addColumn<qint64>("reopenDays");
        QTest::addColumn<bool>("closedAtKnown");
        QTest::addColumn<qint64>("now");
        QTest::addColumn<PostEffect>("expected");
        using P = PostEffect;
        const qint64 closed = 1'000'000;
        const qint64 day = 86'400;
        // clang-format off
        QTest::newRow("open case, customer")      << "in_progress" << false << qint64{14} << false << closed           << P::Append;
        QTest::newRow("open case, staff")         << "received"    << true  << qint64{14} << false << closed           << P::Append;
        QTest::newRow("unknown state is open")    << "archived"    << false << qint64{14} << false << closed           << P::Append;
        QTest::newRow("closed, same second")      << "closed"      << false << qint64{14} << true  << closed           << P::Reopen;
        QTest::newRow("closed, a day later")      << "closed"      << false << qint64{14} << true  << closed + day     << P::Reopen;
        QTest::newRow("closed, last second")      << "closed"      << false << qint64{14} << true  << closed + 14*day  << P::Reopen;
        QTest::newRow("closed, one second late")  << "closed"      << false << qint64{14} << true  << closed + 14*day + 1 << P::Refused;
        QTest::newRow("closed, a year later")     << "closed"      << false << qint64{14} << true  << closed + 365*day << P::Refused;
        QTest::newRow("closed, reopen never")     << "closed"      << false << qint64{0}  << true  << closed           << P::Refused;
        QTest::newRow("closed, time unknown")     << "closed"      << false << qint64{14} << false << closed           << P::Refused;
        QTest::newRow("closed, staff in window")  << "closed"      << true  << qint64{14} << true  << closed + day     << P::Append;
        QTest::newRow("closed, staff long after") << "closed"      << true  << qint64{14} << true  << closed + 365*day << P::Append;
        QTest::newRow("closed, one-day window")   << "closed"      << false << qint64{1}  << true  << closed + day     << P::Reopen;
        QTest::newRow("clock behind the close")   << "closed"      << false << qint64{1}  << true  << closed - 60      << P::Reopen;
        // clang-format on
    }

    void postEffect()
    {
        QFETCH(QString, status);
        QFETCH(bool, staff);
        QFETCH(qint64, reopenDays);
        QFETCH(bool, closedAtKnown);
        QFETCH(qint64, now);
        QFETCH(PostEffect, expected);
        Workflow w = defaultWorkflow();
        w.reopenDays = reopenDays;
        const std::optional<std::int64_t> closedAt =
            closedAtKnown ? std::optional<std::int64_t>(1'000'000) : std::nullopt;
        QCOMPARE(workflow::postEffect(w, staff, status.toStdString(), closedAt, now), expected);
    }

    // The catalog carries the states and the rules; fromCatalog puts them together again.
    void fromCatalogRoundTrip()
    {
        Workflow w = defaultWorkflow();
        w.reopenDays = 3;
        w.initialState = "in_progress";
        w.transitions.push_back({"closed", "in_progress", true});
        Catalog catalog;
        catalog.statuses = w.states;
        catalog.workflow = w.rules();
        QCOMPARE(fromCatalog(catalog), w);
    }
};

QTEST_GUILESS_MAIN(TestWorkflow)
#include "tst_workflow.moc"
