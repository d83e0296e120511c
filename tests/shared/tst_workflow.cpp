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

} // namespace caseport::workflow

Q_DECLARE_METATYPE(caseport::workflow::StatusChange)

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
};

QTEST_GUILESS_MAIN(TestWorkflow)
#include "tst_workflow.moc"
