// The allow/deny suite for account-level calls (DESIGN §4), every kind of caller over
// real HTTP: filing a case per (account, product, object), and the members, member-edit
// and audit endpoints per account and target.
//
// Expected answers come from the policy (canCreateCase, canManageMembers,
// checkMemberLevelEdit) applied to the viewer the server builds for the caller, mapped
// to the statuses docs/api.md documents; nothing is written down per row.

#include "HttpTestServer.h"

#include "caseport/Codec.h"
#include "caseport/Members.h"
#include "store/SqliteStore.h"

#include <QTest>

#include <algorithm>
#include <cstdio>

using namespace caseport;
using namespace caseport::server;

namespace {

const std::vector<std::string> kAccounts = {"acme", "nordic", "globex"}; // globex: unknown

std::string caseId(int n)
{
    char text[48];
    std::snprintf(text, sizeof text, "c4ea7e00-0000-4000-8000-%012d", n);
    return text;
}

bool accountHasObject(const Config& config, const std::string& account, const std::string& object)
{
    const Account* a = config.findAccount(account);
    return a && std::any_of(a->objects.begin(), a->objects.end(),
                            [&](const SiteObject& o) { return o.id == object; });
}

struct Expected {
    int status = 200;
    std::string code; // error code when status is not 2xx
    std::string field;
};

// The documented answer of the members, audit and member-edit calls when the caller
// may not manage the account's members: a member learns "forbidden", anyone else
// learns nothing about the account.
Expected notManager(const access::Viewer& viewer, const std::string& account)
{
    if (viewer.membershipFor(account))
        return {403, error::kForbidden, ""};
    return {404, error::kNotFound, ""};
}

} // namespace

class TestHttpAccessAccounts : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void createCase_data();
    void createCase();
    void readMembersAndAudit_data();
    void readMembersAndAudit();
    void editMemberLevel_data();
    void editMemberLevel();

private:
    void verifyReply(const HttpReply& reply, const Expected& expected);

    HttpTestServer m_server;
    int m_cases = 0;
};

void TestHttpAccessAccounts::initTestCase()
{
    QVERIFY(m_server.start());
}

void TestHttpAccessAccounts::cleanupTestCase()
{
    m_server.stop();
}

void TestHttpAccessAccounts::verifyReply(const HttpReply& reply, const Expected& expected)
{
    if (expected.status < 300)
        QVERIFY2(reply.status == expected.status, reply.body.c_str());
    else
        verifyError(reply, expected.status, expected.code, expected.field);
}

void TestHttpAccessAccounts::createCase_data()
{
    QTest::addColumn<QString>("caller");
    QTest::addColumn<QString>("account");
    QTest::addColumn<QString>("product");
    QTest::addColumn<QString>("object");
    for (const auto& user : testUsers()) {
        for (const auto& account : kAccounts) {
            for (const char* product : {"payroll", "hr", "time"}) {
                for (const char* object : {"", "aarhus", "odense"}) {
                    QTest::addRow("%s files %s on %s at %s", user.name.c_str(), product,
                                  account.c_str(), *object ? object : "any")
                        << QString::fromStdString(user.name) << QString::fromStdString(account)
                        << product << object;
                }
            }
        }
    }
}

// 201 iff canCreateCase on a known account; 403 otherwise (an unknown account too, so
// customers cannot probe ids), except 422 account for staff, who see every account
// anyway, and 422 object when the policy allows but the account has no such object.
void TestHttpAccessAccounts::createCase()
{
    QFETCH(QString, caller);
    QFETCH(QString, account);
    QFETCH(QString, product);
    QFETCH(QString, object);
    const std::string name = caller.toStdString();
    const std::string acc = account.toStdString();
    const std::string prod = product.toStdString();
    const std::string obj = object.toStdString();
    const access::Viewer viewer = m_server.viewerOf(name);
    const Config config = m_server.config();
    const bool known = config.findAccount(acc) != nullptr;

    Expected expected{201, "", ""};
    if (!known && viewer.staff)
        expected = {422, error::kValidationFailed, "account"};
    else if (!known || !access::canCreateCase(viewer, acc, prod, obj))
        expected = {403, error::kForbidden, ""};
    else if (!obj.empty() && !accountHasObject(config, acc, obj))
        expected = {422, error::kValidationFailed, "object"};

    const std::string id = caseId(++m_cases);
    const std::string extra = obj.empty() ? std::string() : R"(,"object":")" + obj + "\"";
    const HttpReply reply = m_server.client().post("/api/v1/cases", newCaseJson(id, acc, prod, extra),
                                                   m_server.token(name));
    verifyReply(reply, expected);
    if (QTest::currentTestFailed())
        return;
    if (expected.status != 201) {
        QVERIFY(!m_server.store().caseById(id)); // nothing written
        return;
    }
    const Case created = codec::decode<Case>(reply.body);
    QCOMPARE(created.creator, viewer.id);
    QCOMPARE(created.object, obj);
    QVERIFY(access::canSeeCase(viewer, access::factsOf(created)));
    QCOMPARE(m_server.client().get("/api/v1/cases/" + id, m_server.token(name)).status, 200);
}

void TestHttpAccessAccounts::readMembersAndAudit_data()
{
    QTest::addColumn<QString>("caller");
    QTest::addColumn<QString>("account");
    for (const auto& user : testUsers()) {
        for (const auto& account : kAccounts) {
            QTest::addRow("%s reads %s", user.name.c_str(), account.c_str())
                << QString::fromStdString(user.name) << QString::fromStdString(account);
        }
    }
}

// 200 iff the account exists and canManageMembers; else 403 for a member, 404 for anyone
// else. The list holds exactly the account's members from the config.
void TestHttpAccessAccounts::readMembersAndAudit()
{
    QFETCH(QString, caller);
    QFETCH(QString, account);
    const std::string name = caller.toStdString();
    const std::string acc = account.toStdString();
    const access::Viewer viewer = m_server.viewerOf(name);
    const Config config = m_server.config();
    const bool allowed = config.findAccount(acc) && access::canManageMembers(viewer, acc);
    const Expected expected = allowed ? Expected{200, "", ""} : notManager(viewer, acc);
    const std::string token = m_server.token(name);

    const HttpReply members = m_server.client().get("/api/v1/accounts/" + acc + "/members", token);
    verifyReply(members, expected);
    const HttpReply audit = m_server.client().get("/api/v1/accounts/" + acc + "/audit", token);
    verifyReply(audit, expected);
    if (QTest::currentTestFailed() || !allowed)
        return;

    const MemberList list = codec::decode<MemberList>(members.body);
    QCOMPARE(list.account, acc);
    std::vector<std::string> listed, configured;
    for (const auto& member : list.members)
        listed.push_back(member.user);
    for (const auto& user : config.users) {
        if (std::any_of(user.memberships.begin(), user.memberships.end(),
                        [&](const Membership& m) { return m.account == acc; }))
            configured.push_back(user.profile.id);
    }
    QCOMPARE(listed, configured);
    QCOMPARE(codec::decode<AccessAudit>(audit.body).account, acc);
}

void TestHttpAccessAccounts::editMemberLevel_data()
{
    QTest::addColumn<QString>("caller");
    QTest::addColumn<QString>("account");
    QTest::addColumn<QString>("target");
    QTest::addColumn<QString>("product");
    std::vector<std::string> targets;
    for (const auto& user : testUsers())
        targets.push_back(user.name);
    targets.push_back("ghost@nowhere.example"); // no such user
    for (const auto& user : testUsers()) {
        for (const auto& account : kAccounts) {
            for (const auto& target : targets) {
                for (const char* product : {"payroll", "hr", "time"}) {
                    QTest::addRow("%s sets %s's %s on %s", user.name.c_str(), target.c_str(),
                                  product, account.c_str())
                        << QString::fromStdString(user.name) << QString::fromStdString(account)
                        << QString::fromStdString(target) << product;
                }
            }
        }
    }
}

// checkMemberLevelEdit decides: Allowed → 200 (level set, one audit entry; then set back),
// NotMember → 404, TargetIsStaff → 403 forbidden, ConfigManaged → 403 config_managed
// (field products.<id>), NotAllowed → 403 for a member of the account, else 404 (and 404
// for an account that does not exist). A denied edit writes nothing.
void TestHttpAccessAccounts::editMemberLevel()
{
    QFETCH(QString, caller);
    QFETCH(QString, account);
    QFETCH(QString, target);
    QFETCH(QString, product);
    const std::string name = caller.toStdString();
    const std::string acc = account.toStdString();
    const std::string who = target.toStdString();
    const std::string prod = product.toStdString();
    const access::Viewer viewer = m_server.viewerOf(name);
    const Config config = m_server.config();

    Expected expected{200, "", ""};
    if (!config.findAccount(acc)) {
        expected = {404, error::kNotFound, ""};
    } else {
        switch (access::checkMemberLevelEdit(viewer, acc, m_server.memberFactsOf(who, acc), prod)) {
        case access::MemberEdit::Allowed:
            break;
        case access::MemberEdit::NotAllowed:
            expected = notManager(viewer, acc);
            break;
        case access::MemberEdit::NotMember:
            expected = {404, error::kNotFound, ""};
            break;
        case access::MemberEdit::TargetIsStaff:
            expected = {403, error::kForbidden, ""};
            break;
        case access::MemberEdit::ConfigManaged:
            expected = {403, error::kConfigManaged, "products." + prod};
            break;
        }
    }

    const access::Viewer targetViewer = m_server.viewerOf(who);
    const Membership* current = targetViewer.membershipFor(acc);
    const AccessLevel before = current ? current->levelFor(prod) : AccessLevel::None;
    const AccessLevel after = before == AccessLevel::None ? AccessLevel::Limited : AccessLevel::None;
    const auto auditBefore = m_server.store().accessAudit(acc, 100000);
    const auto levelsBefore = m_server.store().memberLevelsOfAccount(acc);

    HttpCall call;
    call.method = "PATCH";
    call.path = "/api/v1/accounts/" + acc + "/members/" + emailOf(who);
    call.token = m_server.token(name);
    call.body = codec::encode(MemberUpdate{{{prod, after}}});
    const HttpReply reply = m_server.client().send(call);
    verifyReply(reply, expected);
    if (QTest::currentTestFailed())
        return;
    if (expected.status != 200) {
        QCOMPARE(m_server.store().accessAudit(acc, 100000), auditBefore);
        QCOMPARE(m_server.store().memberLevelsOfAccount(acc), levelsBefore);
        return;
    }

    const AccountMember member = codec::decode<AccountMember>(reply.body);
    QCOMPARE(member.user, emailOf(who));
    QCOMPARE(member.products.count(prod) ? member.products.at(prod) : AccessLevel::None, after);
    const auto audit = m_server.store().accessAudit(acc, 100000);
    QCOMPARE(audit.size(), auditBefore.size() + 1);
    QCOMPARE(audit.front().actor, viewer.id);
    QCOMPARE(audit.front().user, emailOf(who));
    QCOMPARE(audit.front().product, prod);
    QCOMPARE(audit.front().before, before);
    QCOMPARE(audit.front().after, after);

    call.body = codec::encode(MemberUpdate{{{prod, before}}}); // leave the next row as it was
    QCOMPARE(m_server.client().send(call).status, 200);
}

QTEST_GUILESS_MAIN(TestHttpAccessAccounts)
#include "tst_http_access_accounts.moc"
