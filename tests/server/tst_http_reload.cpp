// A config reload (what SIGHUP does: LiveConfig::replace) at the HTTP level: changed
// access answers reset on the next changes, then a fresh sync holds exactly what the
// new access shows; unchanged access does not reset; the config's levels win over the
// portal's.

#include "HttpTestServer.h"

#include "caseport/Codec.h"
#include "caseport/Members.h"
#include "service/Services.h"
#include "store/SqliteStore.h"

#include <QTest>

#include <algorithm>

using namespace caseport;
using namespace caseport::server;

namespace {

const std::string kBoCase = "4e10ad00-0000-4000-8000-000000000001"; // bo's, payroll
const std::string kAnnaCase = "4e10ad00-0000-4000-8000-000000000002"; // anna's, public payroll

Membership* membershipOf(Config& config, const std::string& user, const std::string& account)
{
    for (auto& u : config.users) {
        if (u.profile.id != user)
            continue;
        for (auto& m : u.memberships) {
            if (m.account == account)
                return &m;
        }
    }
    return nullptr;
}

} // namespace

class TestHttpReload : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void loweringLevelResetsAndHides();
    void raisingLevelResetsAndDelivers();
    void unchangedAccessDoesNotReset();
    void narrowingObjectScopeHides();
    void configLevelWinsOverPortalLevel();
    void removedUserIsUnauthorized();

private:
    // The current config with `user`'s level on acme's `product` set (or removed).
    Config withAcmeLevel(const std::string& user, const std::string& product,
                         std::optional<AccessLevel> level);
    std::string patchMember(const std::string& user, const std::string& body, int& status);

    HttpTestServer m_server;
    std::string m_boCursor;
};

void TestHttpReload::initTestCase()
{
    QVERIFY(m_server.start());
    QCOMPARE(m_server.client().post("/api/v1/cases", newCaseJson(kBoCase), m_server.bo).status, 201);
    QCOMPARE(m_server.client()
                 .post("/api/v1/cases",
                       newCaseJson(kAnnaCase, "acme", "payroll", R"(,"object":"aarhus")"),
                       m_server.anna)
                 .status,
             201);
}

void TestHttpReload::cleanupTestCase()
{
    m_server.stop();
}

Config TestHttpReload::withAcmeLevel(const std::string& user, const std::string& product,
                                     std::optional<AccessLevel> level)
{
    Config config = m_server.config();
    Membership* membership = membershipOf(config, emailOf(user), "acme");
    [&] { QVERIFY(membership); }();
    if (membership && level)
        membership->products[product] = *level;
    else if (membership)
        membership->products.erase(product);
    return config;
}

void TestHttpReload::loweringLevelResetsAndHides()
{
    const ChangeSet bo = m_server.syncAll(m_server.bo, "");
    QVERIFY(containsId(caseIds(bo), kBoCase));
    QVERIFY(!containsId(caseIds(bo), kAnnaCase)); // limited: his own only
    const ChangeSet anna = m_server.syncAll(m_server.anna, "");

    m_server.replaceConfig(withAcmeLevel("bo", "payroll", AccessLevel::None));

    const ChangeSet next = m_server.syncAll(m_server.bo, bo.cursor);
    QVERIFY(next.reset);
    QVERIFY(next.cases.empty());
    const ChangeSet fresh = m_server.syncAll(m_server.bo, "");
    QVERIFY(!fresh.reset);
    QVERIFY(!containsId(caseIds(fresh), kBoCase));
    m_boCursor = fresh.cursor;
    VERIFY_ERROR(m_server.client().get("/api/v1/cases/" + kBoCase, m_server.bo), 404,
                 error::kNotFound, "");
    const Catalog catalog = codec::decode<Catalog>(m_server.client().get("/api/v1/catalog", m_server.bo).body);
    QCOMPARE(catalog.memberships.at(0).levelFor("payroll"), AccessLevel::None);
    VERIFY_ERROR(m_server.client().post("/api/v1/cases",
                                        newCaseJson("4e10ad00-0000-4000-8000-000000000009"),
                                        m_server.bo),
                 403, error::kForbidden, "");
    // Anna's access did not change: her cursor lives on.
    QVERIFY(!m_server.syncAll(m_server.anna, anna.cursor).reset);
}

void TestHttpReload::raisingLevelResetsAndDelivers()
{
    m_server.replaceConfig(withAcmeLevel("bo", "payroll", AccessLevel::Full));
    QVERIFY(m_server.syncAll(m_server.bo, m_boCursor).reset);
    const ChangeSet fresh = m_server.syncAll(m_server.bo, "");
    QVERIFY(containsId(caseIds(fresh), kBoCase));
    QVERIFY(containsId(caseIds(fresh), kAnnaCase)); // full: the account's public cases too
    QCOMPARE(m_server.client().get("/api/v1/cases/" + kAnnaCase, m_server.bo).status, 200);
    m_boCursor = fresh.cursor;
}

void TestHttpReload::unchangedAccessDoesNotReset()
{
    const auto generation = m_server.services().config.generation();
    m_server.replaceConfig(m_server.config());
    QCOMPARE(m_server.services().config.generation(), generation + 1);
    const ChangeSet next = m_server.syncAll(m_server.bo, m_boCursor);
    QVERIFY(!next.reset);
    QVERIFY(next.cases.empty());
}

void TestHttpReload::narrowingObjectScopeHides()
{
    const ChangeSet before = m_server.syncAll(m_server.token("cecilie"), "");
    QVERIFY(containsId(caseIds(before), kAnnaCase)); // at aarhus, her scope

    Config config = m_server.config();
    Membership* cecilie = membershipOf(config, emailOf("cecilie"), "acme");
    QVERIFY(cecilie);
    cecilie->objects = {"odense"};
    m_server.replaceConfig(std::move(config));

    QVERIFY(m_server.syncAll(m_server.token("cecilie"), before.cursor).reset);
    QVERIFY(!containsId(caseIds(m_server.syncAll(m_server.token("cecilie"), "")), kAnnaCase));
    VERIFY_ERROR(m_server.client().get("/api/v1/cases/" + kAnnaCase, m_server.token("cecilie")),
                 404, error::kNotFound, "");
}

std::string TestHttpReload::patchMember(const std::string& user, const std::string& body,
                                        int& status)
{
    HttpCall call;
    call.method = "PATCH";
    call.path = "/api/v1/accounts/acme/members/" + emailOf(user);
    call.body = body;
    call.token = m_server.anna;
    const HttpReply reply = m_server.client().send(call);
    status = reply.status;
    return reply.body;
}

void TestHttpReload::configLevelWinsOverPortalLevel()
{
    int status = 0;
    patchMember("bo", R"({"products":{"time":"limited"}})", status);
    QCOMPARE(status, 200);
    QCOMPARE(m_server.viewerOf("bo").membershipFor("acme")->levelFor("time"), AccessLevel::Limited);

    // The file now names bo's time level: it wins and becomes read-only in the portal.
    m_server.replaceConfig(withAcmeLevel("bo", "time", AccessLevel::None));
    QCOMPARE(m_server.viewerOf("bo").membershipFor("acme")->levelFor("time"), AccessLevel::None);
    const MemberList members = codec::decode<MemberList>(
        m_server.client().get("/api/v1/accounts/acme/members", m_server.anna).body);
    const auto bo = std::find_if(members.members.begin(), members.members.end(),
                                 [](const AccountMember& m) { return m.user == "bo@acme.example"; });
    QVERIFY(bo != members.members.end());
    QVERIFY(std::count(bo->configManaged.begin(), bo->configManaged.end(), "time") == 1);
    QVERIFY(!bo->products.contains("time") || bo->products.at("time") == AccessLevel::None);
    const std::string body = patchMember("bo", R"({"products":{"time":"full"}})", status);
    QCOMPARE(status, 403);
    QCOMPARE(codec::parse(body).at("error").get<std::string>(), std::string(error::kConfigManaged));

    // The file lets go of it again: the portal's level is back.
    m_server.replaceConfig(withAcmeLevel("bo", "time", std::nullopt));
    QCOMPARE(m_server.viewerOf("bo").membershipFor("acme")->levelFor("time"), AccessLevel::Limited);
}

void TestHttpReload::removedUserIsUnauthorized()
{
    const std::string nils = m_server.token("nils");
    QCOMPARE(m_server.client().get("/api/v1/catalog", nils).status, 200);
    Config config = m_server.config();
    std::erase_if(config.users, [](const UserAccount& u) { return u.profile.id == "nils@acme.example"; });
    m_server.replaceConfig(std::move(config));
    VERIFY_ERROR(m_server.client().get("/api/v1/catalog", nils), 401, error::kUnauthorized, "");
    VERIFY_ERROR(m_server.client().get("/api/v1/changes", nils), 401, error::kUnauthorized, "");
}

QTEST_GUILESS_MAIN(TestHttpReload)
#include "tst_http_reload.moc"
