// The allow/deny suite for cases (DESIGN §4): every kind of caller × a grid of case
// facts (public/private, creator, object, followers, product, account), over real HTTP.
// Reading, the changes feed, and PATCH of privacy and followers.
//
// No expected answer is written down here: each comes from the policy functions of
// shared/caseport/AccessPolicy.h applied to the viewer the server's AccessDirectory
// builds for the caller and to the case's facts, mapped to the documented statuses.
// So the server either agrees with the policy row by row, or this test fails.

#include "HttpTestServer.h"

#include "caseport/Codec.h"
#include "store/SqliteStore.h"
#include "util/Time.h"

#include <QTest>

#include <algorithm>
#include <cstdio>
#include <map>

using namespace caseport;
using namespace caseport::server;

namespace {

struct GridCase {
    std::string id;
    std::string label;
    access::CaseFacts facts;
};

std::string shortName(const std::string& email)
{
    for (const auto& user : testUsers()) {
        if (user.email == email)
            return user.name;
    }
    return email;
}

std::string labelOf(const access::CaseFacts& f)
{
    std::string label = std::string(f.isPrivate ? "private " : "public ") + f.product + "@"
        + f.account + " by " + shortName(f.creator) + " at "
        + (f.object.empty() ? std::string("any") : f.object);
    for (const auto& follower : f.followers)
        label += " +" + shortName(follower);
    return label;
}

std::string gridId(const char* prefix, int n)
{
    char text[48];
    std::snprintf(text, sizeof text, "%s-0000-4000-8000-%012d", prefix, n);
    return text;
}

// Every combination of the facts that decide access on acme, and two nordic cases.
std::vector<access::CaseFacts> factGrid()
{
    std::vector<access::CaseFacts> grid;
    for (const char* product : {"payroll", "hr"}) {
        for (bool isPrivate : {false, true}) {
            for (const char* creator : {"anna", "bo", "cecilie"}) {
                for (const char* object : {"", "aarhus", "odense"}) {
                    for (const char* follower : {"", "bo", "nils"}) {
                        access::CaseFacts f{"acme", product, object, isPrivate, emailOf(creator), {}};
                        if (*follower)
                            f.followers.push_back(emailOf(follower));
                        grid.push_back(std::move(f));
                    }
                }
            }
        }
    }
    grid.push_back({"nordic", "payroll", "", false, emailOf("dag"), {}});
    grid.push_back({"nordic", "payroll", "", true, emailOf("dag"), {}});
    return grid;
}

Case caseWith(const std::string& id, const access::CaseFacts& f)
{
    Case c;
    c.id = id;
    c.account = f.account;
    c.product = f.product;
    c.object = f.object;
    c.isPrivate = f.isPrivate;
    c.creator = f.creator;
    c.followers = f.followers;
    c.subject = "Access grid: " + labelOf(f);
    c.status = "received";
    c.createdAt = toRfc3339(nowUnixSeconds());
    return c;
}

std::vector<std::string> sortedUnique(std::vector<std::string> ids)
{
    std::sort(ids.begin(), ids.end());
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
    return ids;
}

} // namespace

class TestHttpAccess : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void readAccess_data();
    void readAccess();
    void privacyPatch_data();
    void privacyPatch();
    void followersPatch_data();
    void followersPatch();

private:
    void addCallerGridRows(const char* verb);
    // A new case with the grid case's facts, for a PATCH that must not disturb others.
    std::string freshCase(const access::CaseFacts& facts);
    const std::vector<std::string>& feedOf(const std::string& caller);

    HttpTestServer m_server;
    std::vector<GridCase> m_grid;
    std::map<std::string, std::vector<std::string>> m_feeds; // caller → case ids from ""
    int m_fresh = 0;
};

void TestHttpAccess::initTestCase()
{
    QVERIFY(m_server.start());
    int n = 0;
    for (const auto& facts : factGrid()) {
        GridCase g{gridId("acce55ed", ++n), labelOf(facts), facts};
        const auto created = m_server.store().createCase(caseWith(g.id, facts), "T");
        QCOMPARE(created.outcome, CreateOutcome::Created);
        m_grid.push_back(std::move(g));
    }
}

void TestHttpAccess::cleanupTestCase()
{
    m_server.stop();
}

void TestHttpAccess::addCallerGridRows(const char* verb)
{
    QTest::addColumn<QString>("caller");
    QTest::addColumn<int>("index");
    for (const auto& user : testUsers()) {
        for (std::size_t i = 0; i < m_grid.size(); ++i) {
            QTest::addRow("%s %s %s", user.name.c_str(), verb, m_grid[i].label.c_str())
                << QString::fromStdString(user.name) << static_cast<int>(i);
        }
    }
}

std::string TestHttpAccess::freshCase(const access::CaseFacts& facts)
{
    const std::string id = gridId("f4e54ca5", ++m_fresh);
    const auto created = m_server.store().createCase(caseWith(id, facts), "T");
    return created.outcome == CreateOutcome::Created ? id : std::string();
}

const std::vector<std::string>& TestHttpAccess::feedOf(const std::string& caller)
{
    auto it = m_feeds.find(caller);
    if (it == m_feeds.end()) {
        const ChangeSet all = m_server.syncAll(m_server.token(caller), "");
        it = m_feeds.emplace(caller, caseIds(all)).first;
    }
    return it->second;
}

void TestHttpAccess::readAccess_data()
{
    addCallerGridRows("reads");
}

// GET answers 200 iff canSeeCase, else 404 exactly like a case that does not exist;
// the caller's full feed holds the case iff canSeeCase.
void TestHttpAccess::readAccess()
{
    QFETCH(QString, caller);
    QFETCH(int, index);
    const std::string name = caller.toStdString();
    const GridCase& g = m_grid.at(static_cast<std::size_t>(index));
    const bool sees = access::canSeeCase(m_server.viewerOf(name), g.facts);
    const std::string token = m_server.token(name);

    const HttpReply reply = m_server.client().get("/api/v1/cases/" + g.id, token);
    if (sees) {
        QCOMPARE(reply.status, 200);
        const Case c = codec::decode<CaseDetail>(reply.body).value;
        QCOMPARE(c.id, g.id);
        QCOMPARE(c.creator, g.facts.creator);
    } else {
        VERIFY_ERROR(reply, 404, error::kNotFound, "");
        const HttpReply missing = m_server.client().get(
            "/api/v1/cases/" + gridId("abce0000", index), token);
        VERIFY_ERROR(missing, 404, error::kNotFound, "");
        QCOMPARE(reply.body, missing.body); // no existence leak
    }
    QCOMPARE(containsId(feedOf(name), g.id), sees);
}

void TestHttpAccess::privacyPatch_data()
{
    addCallerGridRows("flips privacy of");
}

// 404 when the caller cannot see the case, 403 (field private) when they may not change
// its privacy, else 200 with the flag flipped and the version bumped.
void TestHttpAccess::privacyPatch()
{
    QFETCH(QString, caller);
    QFETCH(int, index);
    const std::string name = caller.toStdString();
    const access::CaseFacts& facts = m_grid.at(static_cast<std::size_t>(index)).facts;
    const access::Viewer viewer = m_server.viewerOf(name);
    const std::string id = freshCase(facts);
    QVERIFY(!id.empty());

    HttpCall call;
    call.method = "PATCH";
    call.path = "/api/v1/cases/" + id;
    call.token = m_server.token(name);
    call.body = caseUpdateJson({1, !facts.isPrivate, std::nullopt});
    const HttpReply reply = m_server.client().send(call);

    if (!access::canSeeCase(viewer, facts)) {
        VERIFY_ERROR(reply, 404, error::kNotFound, "");
        call.path = "/api/v1/cases/" + gridId("abce0000", index);
        QCOMPARE(reply.body, m_server.client().send(call).body); // no existence leak
    } else if (!access::canChangePrivacy(viewer, facts)) {
        VERIFY_ERROR(reply, 403, error::kForbidden, "private");
    } else {
        QCOMPARE(reply.status, 200);
        const Case updated = codec::decode<Case>(reply.body);
        QCOMPARE(updated.isPrivate, !facts.isPrivate);
        QCOMPARE(updated.version, 2);
        QCOMPARE(updated.followers, facts.followers);
        return;
    }
    const auto stored = m_server.store().caseById(id);
    QVERIFY(stored);
    QCOMPARE(stored->version, 1); // a denied PATCH writes nothing
    QCOMPARE(stored->isPrivate, facts.isPrivate);
}

void TestHttpAccess::followersPatch_data()
{
    QTest::addColumn<QString>("caller");
    QTest::addColumn<int>("index");
    QTest::addColumn<QStringList>("next");
    for (const auto& user : testUsers()) {
        for (std::size_t i = 0; i < m_grid.size(); ++i) {
            const auto& g = m_grid[i];
            QStringList current;
            for (const auto& f : g.facts.followers)
                current << QString::fromStdString(f);
            auto add = [&](const char* how, const QStringList& next) {
                QTest::addRow("%s %s on %s", user.name.c_str(), how, g.label.c_str())
                    << QString::fromStdString(user.name) << static_cast<int>(i) << next;
            };
            add("adds erik", current + QStringList{QString::fromStdString(emailOf("erik"))});
            add("adds dag", current + QStringList{QString::fromStdString(emailOf("dag"))});
            if (!current.isEmpty())
                add("clears followers", {});
        }
    }
}

// 404 when the caller cannot see the case, 403 (field followers) unless
// canChangeFollowers, 422 (field followers) when someone added may not follow
// (canFollow), else 200 with the new list.
void TestHttpAccess::followersPatch()
{
    QFETCH(QString, caller);
    QFETCH(int, index);
    QFETCH(QStringList, next);
    const std::string name = caller.toStdString();
    const access::CaseFacts& facts = m_grid.at(static_cast<std::size_t>(index)).facts;
    const access::Viewer viewer = m_server.viewerOf(name);
    std::vector<std::string> followers;
    for (const auto& f : next)
        followers.push_back(f.toStdString());
    const std::string id = freshCase(facts);
    QVERIFY(!id.empty());

    HttpCall call;
    call.method = "PATCH";
    call.path = "/api/v1/cases/" + id;
    call.token = m_server.token(name);
    call.body = caseUpdateJson({1, std::nullopt, followers});
    const HttpReply reply = m_server.client().send(call);

    const bool addedMayFollow
        = std::all_of(followers.begin(), followers.end(), [&](const std::string& f) {
              return containsId(facts.followers, f) || access::canFollow(m_server.viewerOf(f), facts);
          });
    QVERIFY(sortedUnique(followers) != sortedUnique(facts.followers)); // rows always change
    if (!access::canSeeCase(viewer, facts)) {
        VERIFY_ERROR(reply, 404, error::kNotFound, "");
    } else if (!access::canChangeFollowers(viewer, facts, followers)) {
        VERIFY_ERROR(reply, 403, error::kForbidden, "followers");
    } else if (!addedMayFollow) {
        VERIFY_ERROR(reply, 422, error::kValidationFailed, "followers");
    } else {
        QCOMPARE(reply.status, 200);
        const Case updated = codec::decode<Case>(reply.body);
        QCOMPARE(updated.followers, sortedUnique(followers));
        QCOMPARE(updated.version, 2);
        QCOMPARE(updated.isPrivate, facts.isPrivate);
        return;
    }
    const auto stored = m_server.store().caseById(id);
    QVERIFY(stored);
    QCOMPARE(stored->version, 1); // a denied PATCH writes nothing
    QCOMPARE(stored->followers, facts.followers);
}

QTEST_GUILESS_MAIN(TestHttpAccess)
#include "tst_http_access.moc"
