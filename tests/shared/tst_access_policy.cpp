// Table tests for the access rules of DESIGN §4 (shared/caseport/AccessPolicy.h).
//
// Every expected value below is written down from the rules, never computed by calling
// the policy: the literal truth tables name what an in-scope customer may do, and the
// _data() functions widen them to staff, object scope and other accounts by the rules
// quoted next to each loop.

#include "caseport/AccessPolicy.h"

#include <QTest>

#include <array>

using namespace caseport;
using namespace caseport::access;

namespace caseport::access {

// QCOMPARE prints this when a MemberEdit differs (found by argument-dependent lookup).
char* toString(MemberEdit edit)
{
    switch (edit) {
    case MemberEdit::Allowed:
        return qstrdup("Allowed");
    case MemberEdit::NotAllowed:
        return qstrdup("NotAllowed");
    case MemberEdit::NotMember:
        return qstrdup("NotMember");
    case MemberEdit::TargetIsStaff:
        return qstrdup("TargetIsStaff");
    case MemberEdit::ConfigManaged:
        return qstrdup("ConfigManaged");
    }
    return qstrdup("?");
}

} // namespace caseport::access

Q_DECLARE_METATYPE(caseport::AccessLevel)
Q_DECLARE_METATYPE(caseport::access::MemberEdit)
Q_DECLARE_METATYPE(caseport::access::Viewer)

namespace {

using L = AccessLevel;
constexpr bool T = true;
constexpr bool F = false;

const std::string me = "me@acme.example";
const std::string ann = "ann@acme.example"; // the creator when it is not me
const std::string bo = "bo@acme.example"; // a follower who is always there
const std::string cy = "cy@acme.example"; // someone who might be added

// ---------------------------------------------------------------------------------------
// The six decisions checked for every combination.

struct Decisions {
    bool see;
    bool post;
    bool follow;
    bool manageFollowers;
    bool changePrivacy;
    bool approveCosts;
    bool edit; // canEditCase, and canEditCaseFields while the case is open
};

// Staff: see, post, follow, manage followers, change privacy and edit; they propose
// costs and never approve them.
constexpr Decisions staffDecisions{T, T, T, T, T, F, T};

// A customer the case is out of reach for (outside their object scope, or not a member
// of the account): nothing, not even as its creator.
constexpr Decisions unreachable{F, F, F, F, F, F, F};

// ---------------------------------------------------------------------------------------
// The truth table: a customer who is a member of the case's account and inside their
// object scope.
//
// see:     none → no; full → yes unless private and neither creator nor follower;
//          limited → only creator or follower
// post:    same as see
// follow:  level not none (private, creator, follower do not matter)
// manage:  can see, and creator or (full and not private)
// privacy: creator who can see
// costs:   full and can see
// edit:    creator who can see (fields only while the case is open; a closed case's
//          fields, its answer and its assignee are staff's alone)

struct BaseRow {
    L level;
    bool isPrivate;
    bool creator;
    bool follower;
    Decisions expected;
};

// clang-format off
constexpr std::array<BaseRow, 24> inScopeCustomer{{
    //  level       private creator follower    see post follow manage privacy costs edit
    {L::Full,    F, F, F, {T,  T,   T,     T,     F,      T, F}},
    {L::Full,    F, F, T, {T,  T,   T,     T,     F,      T, F}},
    {L::Full,    F, T, F, {T,  T,   T,     T,     T,      T, T}},
    {L::Full,    F, T, T, {T,  T,   T,     T,     T,      T, T}},
    {L::Full,    T, F, F, {F,  F,   T,     F,     F,      F, F}},
    {L::Full,    T, F, T, {T,  T,   T,     F,     F,      T, F}},
    {L::Full,    T, T, F, {T,  T,   T,     T,     T,      T, T}},
    {L::Full,    T, T, T, {T,  T,   T,     T,     T,      T, T}},

    {L::Limited, F, F, F, {F,  F,   T,     F,     F,      F, F}},
    {L::Limited, F, F, T, {T,  T,   T,     F,     F,      F, F}},
    {L::Limited, F, T, F, {T,  T,   T,     T,     T,      F, T}},
    {L::Limited, F, T, T, {T,  T,   T,     T,     T,      F, T}},
    {L::Limited, T, F, F, {F,  F,   T,     F,     F,      F, F}},
    {L::Limited, T, F, T, {T,  T,   T,     F,     F,      F, F}},
    {L::Limited, T, T, F, {T,  T,   T,     T,     T,      F, T}},
    {L::Limited, T, T, T, {T,  T,   T,     T,     T,      F, T}},

    {L::None,    F, F, F, {F,  F,   F,     F,     F,      F, F}},
    {L::None,    F, F, T, {F,  F,   F,     F,     F,      F, F}},
    {L::None,    F, T, F, {F,  F,   F,     F,     F,      F, F}},
    {L::None,    F, T, T, {F,  F,   F,     F,     F,      F, F}},
    {L::None,    T, F, F, {F,  F,   F,     F,     F,      F, F}},
    {L::None,    T, F, T, {F,  F,   F,     F,     F,      F, F}},
    {L::None,    T, T, F, {F,  F,   F,     F,     F,      F, F}},
    {L::None,    T, T, T, {F,  F,   F,     F,     F,      F, F}},
}};
// clang-format on

// How the viewer's object scope relates to the case's object.
enum class Scope {
    Unscoped, // membership without objects: every object, and cases without one
    ScopedIn, // membership lists the case's object
    ScopedOut, // membership lists objects, not the case's
    ScopedNoObject, // membership lists objects, the case has none: outside
    UnscopedNoObject, // membership without objects, the case has none: inside
    NotMember, // no membership of the case's account (member of another one)
    NoMemberships, // no membership anywhere
};

} // namespace

Q_DECLARE_METATYPE(Scope)

namespace {

const char* levelName(L level)
{
    switch (level) {
    case L::Full:
        return "full";
    case L::Limited:
        return "limited";
    case L::None:
        return "none";
    }
    return "?";
}

const char* scopeName(Scope scope)
{
    switch (scope) {
    case Scope::Unscoped:
        return "unscoped";
    case Scope::ScopedIn:
        return "scoped-in";
    case Scope::ScopedOut:
        return "scoped-out";
    case Scope::ScopedNoObject:
        return "scoped-no-object";
    case Scope::UnscopedNoObject:
        return "unscoped-no-object";
    case Scope::NotMember:
        return "other-account";
    case Scope::NoMemberships:
        return "no-memberships";
    }
    return "?";
}

bool insideScope(Scope scope)
{
    return scope == Scope::Unscoped || scope == Scope::ScopedIn
        || scope == Scope::UnscopedNoObject;
}

Membership membership(const std::string& account, L payroll, std::vector<std::string> objects = {})
{
    Membership m;
    m.account = account;
    m.products = {{"payroll", payroll}};
    m.objects = std::move(objects);
    return m;
}

// The viewer `me` and the case (acme / payroll) for one combination.
Viewer viewerFor(L level, Scope scope, bool staff)
{
    Viewer viewer{me, staff, {}};
    switch (scope) {
    case Scope::Unscoped:
    case Scope::UnscopedNoObject:
        viewer.memberships = {membership("acme", level)};
        break;
    case Scope::ScopedIn:
    case Scope::ScopedOut:
    case Scope::ScopedNoObject:
        viewer.memberships = {membership("acme", level, {"aarhus", "vejle"})};
        break;
    case Scope::NotMember:
        viewer.memberships = {membership("nordic", level)};
        break;
    case Scope::NoMemberships:
        break;
    }
    return viewer;
}

CaseFacts caseFor(Scope scope, bool isPrivate, bool creator, bool follower)
{
    CaseFacts facts;
    facts.account = "acme";
    facts.product = "payroll";
    switch (scope) {
    case Scope::ScopedIn:
        facts.object = "vejle";
        break;
    case Scope::ScopedOut:
        facts.object = "odense";
        break;
    case Scope::ScopedNoObject:
    case Scope::UnscopedNoObject:
        break;
    case Scope::Unscoped:
    case Scope::NotMember:
    case Scope::NoMemberships:
        facts.object = "odense";
        break;
    }
    facts.isPrivate = isPrivate;
    facts.creator = creator ? me : ann;
    facts.followers = {bo};
    if (follower)
        facts.followers.push_back(me);
    return facts;
}

QByteArray rowName(L level, bool isPrivate, bool creator, bool follower, Scope scope, bool staff)
{
    const char* levelPart = scope == Scope::NoMemberships ? "-" : levelName(level);
    return QByteArray(levelPart) + '/' + (isPrivate ? "private" : "public") + '/'
        + (creator ? "creator" : "-") + '/' + (follower ? "follower" : "-") + '/'
        + scopeName(scope) + '/' + (staff ? "staff" : "customer");
}

void addDecisionColumns()
{
    QTest::addColumn<AccessLevel>("level");
    QTest::addColumn<bool>("isPrivate");
    QTest::addColumn<bool>("creator");
    QTest::addColumn<bool>("follower");
    QTest::addColumn<Scope>("scope");
    QTest::addColumn<bool>("staff");
    QTest::addColumn<bool>("see");
    QTest::addColumn<bool>("post");
    QTest::addColumn<bool>("follow");
    QTest::addColumn<bool>("manageFollowers");
    QTest::addColumn<bool>("changePrivacy");
    QTest::addColumn<bool>("approveCosts");
    QTest::addColumn<bool>("edit");
}

void addDecisionRow(const BaseRow& base, Scope scope, bool staff, const Decisions& e)
{
    QTest::newRow(rowName(base.level, base.isPrivate, base.creator, base.follower, scope, staff)
                      .constData())
        << base.level << base.isPrivate << base.creator << base.follower << scope << staff
        << e.see << e.post << e.follow << e.manageFollowers << e.changePrivacy << e.approveCosts << e.edit;
}

// Staff → the staff decisions; a customer inside their scope → the truth table;
// a customer outside it, or not a member → unreachable.
Decisions expectedFor(const BaseRow& base, Scope scope, bool staff)
{
    if (staff)
        return staffDecisions;
    if (!insideScope(scope))
        return unreachable;
    return base.expected;
}

// ---------------------------------------------------------------------------------------
// canCreateCase: a customer of the account, by level, object scope and the object named.

enum class Object { Listed, Unlisted, Empty };

const char* objectTag(Object object)
{
    switch (object) {
    case Object::Listed:
        return "listed-object";
    case Object::Unlisted:
        return "unlisted-object";
    case Object::Empty:
        return "no-object";
    }
    return "?";
}

struct CreateRow {
    L level;
    bool scoped;
    Object object;
    bool expected;
};

// Level not none, and, when scoped, the object named is one of the listed ones (no object
// is outside a scoped membership); unscoped means every object and no object.
// clang-format off
constexpr std::array<CreateRow, 18> createByMember{{
    //  level       scoped object             expected
    {L::Full,    F, Object::Listed,   T},
    {L::Full,    F, Object::Unlisted, T},
    {L::Full,    F, Object::Empty,    T},
    {L::Full,    T, Object::Listed,   T},
    {L::Full,    T, Object::Unlisted, F},
    {L::Full,    T, Object::Empty,    F},
    {L::Limited, F, Object::Listed,   T},
    {L::Limited, F, Object::Unlisted, T},
    {L::Limited, F, Object::Empty,    T},
    {L::Limited, T, Object::Listed,   T},
    {L::Limited, T, Object::Unlisted, F},
    {L::Limited, T, Object::Empty,    F},
    {L::None,    F, Object::Listed,   F},
    {L::None,    F, Object::Unlisted, F},
    {L::None,    F, Object::Empty,    F},
    {L::None,    T, Object::Listed,   F},
    {L::None,    T, Object::Unlisted, F},
    {L::None,    T, Object::Empty,    F},
}};
// clang-format on

} // namespace

Q_DECLARE_METATYPE(Object)

class TestAccessPolicy : public QObject {
    Q_OBJECT

    static void checkDecisions()
    {
        QFETCH(AccessLevel, level);
        QFETCH(bool, isPrivate);
        QFETCH(bool, creator);
        QFETCH(bool, follower);
        QFETCH(Scope, scope);
        QFETCH(bool, staff);
        QFETCH(bool, see);
        QFETCH(bool, post);
        QFETCH(bool, follow);
        QFETCH(bool, manageFollowers);
        QFETCH(bool, changePrivacy);
        QFETCH(bool, approveCosts);
        QFETCH(bool, edit);

        const Viewer viewer = viewerFor(level, scope, staff);
        const CaseFacts facts = caseFor(scope, isPrivate, creator, follower);
        QCOMPARE(canSeeCase(viewer, facts), see);
        QCOMPARE(canPost(viewer, facts), post);
        QCOMPARE(canFollow(viewer, facts), follow);
        QCOMPARE(canManageFollowers(viewer, facts), manageFollowers);
        QCOMPARE(canChangePrivacy(viewer, facts), changePrivacy);
        QCOMPARE(canApproveCosts(viewer, facts), approveCosts);
        QCOMPARE(canEditCase(viewer, facts), edit);
        QCOMPARE(canEditCaseFields(viewer, facts, false), edit);
        QCOMPARE(canEditCaseFields(viewer, facts, true), staff);
        QCOMPARE(canAnswerAndAssign(viewer), staff);
    }

private slots:
    // level × private × creator × follower × scope (unscoped, in, out) × staff: 144 rows.
    void decisions_data()
    {
        addDecisionColumns();
        for (const BaseRow& base : inScopeCustomer)
            for (Scope scope : {Scope::Unscoped, Scope::ScopedIn, Scope::ScopedOut})
                for (bool staff : {false, true})
                    addDecisionRow(base, scope, staff, expectedFor(base, scope, staff));
    }
    void decisions() { checkDecisions(); }

    // A case without an object: inside an unscoped membership, outside a scoped one.
    void caseWithoutObject_data()
    {
        addDecisionColumns();
        for (const BaseRow& base : inScopeCustomer)
            for (Scope scope : {Scope::UnscopedNoObject, Scope::ScopedNoObject})
                for (bool staff : {false, true})
                    addDecisionRow(base, scope, staff, expectedFor(base, scope, staff));
    }
    void caseWithoutObject() { checkDecisions(); }

    // Not a member of the case's account at all (a member of another account with the same
    // level, or of none): staff as always, a customer reaches nothing.
    void notAMember_data()
    {
        addDecisionColumns();
        for (const BaseRow& base : inScopeCustomer)
            for (Scope scope : {Scope::NotMember, Scope::NoMemberships})
                for (bool staff : {false, true})
                    if (scope == Scope::NotMember || base.level == L::None) // level is moot
                        addDecisionRow(base, scope, staff, expectedFor(base, scope, staff));
    }
    void notAMember() { checkDecisions(); }

    // canCreateCase: levels × scope × object × staff × own or other account.
    // Staff anywhere; a customer only in an account they are a member of (createByMember).
    void createCase_data()
    {
        QTest::addColumn<AccessLevel>("level");
        QTest::addColumn<bool>("scoped");
        QTest::addColumn<Object>("object");
        QTest::addColumn<bool>("staff");
        QTest::addColumn<bool>("otherAccount");
        QTest::addColumn<QString>("product");
        QTest::addColumn<bool>("expected");
        for (const CreateRow& row : createByMember)
            for (bool otherAccount : {false, true})
                for (bool staff : {false, true}) {
                    const bool expected = staff || (!otherAccount && row.expected);
                    const QByteArray name = QByteArray(levelName(row.level)) + '/'
                        + (row.scoped ? "scoped" : "unscoped") + '/' + objectTag(row.object)
                        + '/' + (otherAccount ? "other-account" : "own-account") + '/'
                        + (staff ? "staff" : "customer");
                    QTest::newRow(name.constData()) << row.level << row.scoped << row.object
                                                    << staff << otherAccount << "payroll"
                                                    << expected;
                }
        // "absent = none": a product missing from the membership is not one to file on.
        QTest::newRow("product-not-listed/unscoped/no-object/own-account/customer")
            << L::Full << false << Object::Empty << false << false << "hr" << false;
    }

    void createCase()
    {
        QFETCH(AccessLevel, level);
        QFETCH(bool, scoped);
        QFETCH(Object, object);
        QFETCH(bool, staff);
        QFETCH(bool, otherAccount);
        QFETCH(QString, product);
        QFETCH(bool, expected);

        std::vector<std::string> objects;
        if (scoped)
            objects = {"aarhus", "vejle"};
        Viewer viewer{me, staff, {membership("acme", level, objects)}};
        const std::string account = otherAccount ? "nordic" : "acme";
        std::string objectId; // Object::Empty
        if (object == Object::Listed)
            objectId = "vejle";
        else if (object == Object::Unlisted)
            objectId = "odense";
        QCOMPARE(canCreateCase(viewer, account, product.toStdString(), objectId), expected);
    }

    // canChangeFollowers on a case of acme / payroll (object odense) created by ann, followed
    // by bo and, when `follower`, by me.
    void changeFollowers_data()
    {
        QTest::addColumn<Viewer>("viewer");
        QTest::addColumn<bool>("isPrivate");
        QTest::addColumn<bool>("follower"); // me among the current followers
        QTest::addColumn<QStringList>("next");
        QTest::addColumn<bool>("expected");

        const auto customer = [](L level, std::vector<std::string> objects = {}) {
            return Viewer{me, false, {membership("acme", level, std::move(objects))}};
        };
        const Viewer staff{me, true, {}};
        const QString qme = QString::fromStdString(me);
        const QString qbo = QString::fromStdString(bo);
        const QString qcy = QString::fromStdString(cy);

        // Managers (staff; full access on a public case they see) replace the list freely;
        // the creator has its own test below.
        QTest::newRow("manager staff replaces list")
            << staff << true << false << QStringList{qcy} << true;
        QTest::newRow("manager staff empties list")
            << staff << false << false << QStringList{} << true;
        QTest::newRow("manager full public replaces list")
            << customer(L::Full) << false << false << QStringList{qcy} << true;
        QTest::newRow("manager full public follower adds someone")
            << customer(L::Full) << false << true << QStringList{qbo, qme, qcy} << true;

        // A follower who is no manager (limited; or full on a private case) may only take
        // themselves off the list.
        QTest::newRow("limited follower removes only themselves")
            << customer(L::Limited) << false << true << QStringList{qbo} << true;
        QTest::newRow("full follower of private case removes only themselves")
            << customer(L::Full) << true << true << QStringList{qbo} << true;
        QTest::newRow("limited follower removes someone else")
            << customer(L::Limited) << false << true << QStringList{qme} << false;
        QTest::newRow("limited follower removes themselves and someone else")
            << customer(L::Limited) << false << true << QStringList{} << false;
        QTest::newRow("limited follower adds someone")
            << customer(L::Limited) << false << true << QStringList{qbo, qme, qcy} << false;
        QTest::newRow("limited follower removes themselves and adds someone")
            << customer(L::Limited) << false << true << QStringList{qbo, qcy} << false;
        QTest::newRow("full follower of private case adds someone")
            << customer(L::Full) << true << true << QStringList{qbo, qme, qcy} << false;
        QTest::newRow("full follower of private case removes someone else")
            << customer(L::Full) << true << true << QStringList{qme} << false;

        // Neither manager nor follower: nothing to remove themselves from.
        QTest::newRow("limited non-follower removes someone")
            << customer(L::Limited) << false << false << QStringList{} << false;
        QTest::newRow("limited non-follower adds themselves")
            << customer(L::Limited) << false << false << QStringList{qbo, qme} << false;

        // A follower who cannot see the case any more (level dropped to none, or the
        // case's object left their scope) is not shown the case at all, so has no list
        // to change.
        QTest::newRow("follower with level none removes only themselves")
            << customer(L::None) << false << true << QStringList{qbo} << false;
        QTest::newRow("follower out of scope removes only themselves")
            << customer(L::Full, {"aarhus"}) << true << true << QStringList{qbo} << false;
        QTest::newRow("follower with level none removes someone else")
            << customer(L::None) << false << true << QStringList{qme} << false;
        QTest::newRow("follower out of scope adds someone")
            << customer(L::Full, {"aarhus"}) << true << true << QStringList{qbo, qme, qcy}
            << false;
    }

    void changeFollowers()
    {
        QFETCH(Viewer, viewer);
        QFETCH(bool, isPrivate);
        QFETCH(bool, follower);
        QFETCH(QStringList, next);
        QFETCH(bool, expected);

        CaseFacts facts = caseFor(Scope::ScopedOut, isPrivate, false, follower); // object odense
        std::vector<std::string> list;
        for (const QString& id : next)
            list.push_back(id.toStdString());
        QCOMPARE(canChangeFollowers(viewer, facts, list), expected);
    }

    // The creator who can see the case manages its followers: any list, private or not.
    void changeFollowersCreator_data()
    {
        QTest::addColumn<AccessLevel>("level");
        QTest::addColumn<bool>("isPrivate");
        QTest::addColumn<bool>("expected");
        QTest::addRow("creator full public") << L::Full << false << true;
        QTest::addRow("creator limited private") << L::Limited << true << true;
        QTest::addRow("creator none private (cannot see it)") << L::None << true << false;
    }

    void changeFollowersCreator()
    {
        QFETCH(AccessLevel, level);
        QFETCH(bool, isPrivate);
        QFETCH(bool, expected);
        const Viewer viewer{me, false, {membership("acme", level)}};
        const CaseFacts facts = caseFor(Scope::Unscoped, isPrivate, true, false);
        QCOMPARE(canChangeFollowers(viewer, facts, {cy}), expected);
        QCOMPARE(canChangeFollowers(viewer, facts, {}), expected);
    }

    void seeInternalPosts_data()
    {
        QTest::addColumn<Viewer>("viewer");
        QTest::addColumn<bool>("expected");
        QTest::newRow("staff") << Viewer{me, true, {}} << true;
        QTest::newRow("staff who is also a member") << Viewer{me, true, {membership("acme", L::Full)}}
                                                    << true;
        Membership admin = membership("acme", L::Full);
        admin.customerAdmin = true;
        QTest::newRow("customer full") << Viewer{me, false, {membership("acme", L::Full)}} << false;
        QTest::newRow("customer admin") << Viewer{me, false, {admin}} << false;
        QTest::newRow("no memberships") << Viewer{me, false, {}} << false;
    }

    void seeInternalPosts()
    {
        QFETCH(Viewer, viewer);
        QFETCH(bool, expected);
        QCOMPARE(canSeeInternalPosts(viewer), expected);
    }

    // Staff, or the customer admin of that very account.
    void manageMembers_data()
    {
        QTest::addColumn<Viewer>("viewer");
        QTest::addColumn<bool>("expected");
        Membership acmeAdmin = membership("acme", L::Full);
        acmeAdmin.customerAdmin = true;
        Membership nordicAdmin = membership("nordic", L::Full);
        nordicAdmin.customerAdmin = true;
        QTest::newRow("staff") << Viewer{me, true, {}} << true;
        QTest::newRow("customer admin of the account") << Viewer{me, false, {acmeAdmin}} << true;
        QTest::newRow("customer admin of another account")
            << Viewer{me, false, {nordicAdmin}} << false;
        QTest::newRow("admin elsewhere, plain member here")
            << Viewer{me, false, {nordicAdmin, membership("acme", L::Full)}} << false;
        QTest::newRow("plain member with full access")
            << Viewer{me, false, {membership("acme", L::Full)}} << false;
        QTest::newRow("no memberships") << Viewer{me, false, {}} << false;
    }

    void manageMembers()
    {
        QFETCH(Viewer, viewer);
        QFETCH(bool, expected);
        QCOMPARE(canManageMembers(viewer, "acme"), expected);
    }

    // Setting a member's level on "payroll" in acme.
    void memberLevelEdit_data()
    {
        QTest::addColumn<Viewer>("editor");
        QTest::addColumn<bool>("targetMember");
        QTest::addColumn<bool>("targetStaff");
        QTest::addColumn<QString>("configManaged"); // the product the config file sets, if any
        QTest::addColumn<MemberEdit>("expected");

        Membership acmeAdmin = membership("acme", L::Full);
        acmeAdmin.customerAdmin = true;
        Membership nordicAdmin = membership("nordic", L::Full);
        nordicAdmin.customerAdmin = true;
        const Viewer admin{me, false, {acmeAdmin}};
        const Viewer staff{me, true, {}};
        using E = MemberEdit;

        // clang-format off
        //                                                         editor   member staff  config     expected
        QTest::newRow("admin edits own level, not config-managed") << admin << T << F << "hr"      << E::Allowed;
        QTest::newRow("admin edits a plain member")               << admin << T << F << ""        << E::Allowed;
        QTest::newRow("admin edits a staff member")               << admin << T << T << ""        << E::TargetIsStaff;
        QTest::newRow("admin edits a config-managed level")       << admin << T << F << "payroll" << E::ConfigManaged;
        QTest::newRow("admin edits a non-member")                 << admin << F << F << ""        << E::NotMember;
        QTest::newRow("staff edits a plain member")               << staff << T << F << ""        << E::Allowed;
        QTest::newRow("staff edits a staff member")               << staff << T << T << ""        << E::Allowed;
        QTest::newRow("staff edits a staff member, other config") << staff << T << T << "hr"      << E::Allowed;
        QTest::newRow("staff edits a config-managed level")       << staff << T << F << "payroll" << E::ConfigManaged;
        QTest::newRow("staff edits staff, config-managed level")  << staff << T << T << "payroll" << E::ConfigManaged;
        QTest::newRow("staff edits a non-member")                 << staff << F << F << ""        << E::NotMember;
        QTest::newRow("plain member edits a member")              << Viewer{me, false, {membership("acme", L::Full)}}
                                                                           << T << F << ""        << E::NotAllowed;
        QTest::newRow("admin of another account edits a member")  << Viewer{me, false, {nordicAdmin}}
                                                                           << T << F << ""        << E::NotAllowed;
        QTest::newRow("no memberships edits a member")            << Viewer{me, false, {}}
                                                                           << T << F << ""        << E::NotAllowed;
        // clang-format on
    }

    void memberLevelEdit()
    {
        QFETCH(Viewer, editor);
        QFETCH(bool, targetMember);
        QFETCH(bool, targetStaff);
        QFETCH(QString, configManaged);
        QFETCH(MemberEdit, expected);

        MemberFacts target;
        target.member = targetMember;
        target.staff = targetStaff;
        if (!configManaged.isEmpty())
            target.configManaged = {configManaged.toStdString()};
        QCOMPARE(checkMemberLevelEdit(editor, "acme", target, "payroll"), expected);
    }
};

QTEST_APPLESS_MAIN(TestAccessPolicy)
#include "tst_access_policy.moc"
