#include "HttpTestServer.h"

#include "auth/PasswordHasher.h"
#include "auth/Tokens.h"
#include "caseport/Protocol.h"
#include "config/ConfigLoader.h"
#include "http/HttpServer.h"
#include "service/Services.h"
#include "store/SqliteStore.h"
#include "util/Time.h"

#include <QDir>
#include <QFile>

#include <algorithm>

using namespace caseport;
using namespace caseport::server;

namespace {

// Every kind of caller the access rules tell apart (see testUsers()).
const char* kConfig = R"(
[server]
listen = "127.0.0.1:0"
data_dir = "data"
max_body_bytes = 8192
case_number_prefix = "T"

[[products]]
id = "payroll"
name = { en = "Payroll", da = "Løn" }
  [[products.categories]]
  id = "support"
  name = { en = "Support request" }
[[products]]
id = "hr"
name = { en = "HR" }
[[products]]
id = "time"
name = { en = "Time" }

[[accounts]]
id = "acme"
name = "Acme"
  [[accounts.objects]]
  id = "aarhus"
  name = "Aarhus"
  [[accounts.objects]]
  id = "odense"
  name = "Odense"
[[accounts]]
id = "nordic"
name = "Nordic"

[[users]]
email = "anna@acme.example"
name = "Anna"
password_hash = "@anna@"
  [[users.memberships]]
  account = "acme"
  customer_admin = true
  products = { payroll = "full", hr = "full" }
[[users]]
email = "bo@acme.example"
name = "Bo"
password_hash = "@bo@"
  [[users.memberships]]
  account = "acme"
  products = { payroll = "limited", hr = "none" }
[[users]]
email = "nils@acme.example"
name = "Nils"
password_hash = "@nils@"
  [[users.memberships]]
  account = "acme"
  products = { payroll = "none", hr = "limited" }
[[users]]
email = "cecilie@acme.example"
name = "Cecilie"
password_hash = "@cecilie@"
  [[users.memberships]]
  account = "acme"
  products = { payroll = "full" }
  objects = ["aarhus"]
[[users]]
email = "erik@acme.example"
name = "Erik"
password_hash = "@erik@"
  [[users.memberships]]
  account = "acme"
  products = { payroll = "full", hr = "limited" }
[[users]]
email = "dag@nordic.example"
name = "Dag"
language = "sv"
password_hash = "@dag@"
  [[users.memberships]]
  account = "nordic"
  customer_admin = true
  products = { payroll = "full" }
[[users]]
email = "staff@caseport.example"
name = "Staff"
staff = true
password_hash = "@staff@"
[[users]]
email = "sten@caseport.example"
name = "Sten"
staff = true
password_hash = "@sten@"
  [[users.memberships]]
  account = "acme"
  products = { payroll = "full" }
)";

} // namespace

const std::vector<TestUser>& testUsers()
{
    static const std::vector<TestUser> users = {
        {"anna", "anna@acme.example", "anna-pw"},
        {"bo", "bo@acme.example", "bo-pw"},
        {"nils", "nils@acme.example", "nils-pw"},
        {"cecilie", "cecilie@acme.example", "cecilie-pw"},
        {"erik", "erik@acme.example", "erik-pw"},
        {"dag", "dag@nordic.example", "dag-pw"},
        {"staff", "staff@caseport.example", "staff-pw"},
        {"sten", "sten@caseport.example", "sten-pw"},
    };
    return users;
}

std::string emailOf(const std::string& name)
{
    for (const auto& user : testUsers()) {
        if (user.name == name)
            return user.email;
    }
    return name;
}

std::string newCaseJson(const std::string& id, const std::string& account,
                        const std::string& product, const std::string& extra)
{
    return R"({"id":")" + id + R"(","account":")" + account + R"(","product":")" + product
        + R"(","subject":"Payslip missing","description":"Where is it?")" + extra + "}";
}

std::string caseUpdateJson(const CaseUpdate& update)
{
    return codec::encode(update);
}

void verifyError(const HttpReply& reply, int status, const std::string& code,
                 const std::string& field)
{
    QVERIFY2(reply.status == status,
             qPrintable(QStringLiteral("status %1, body %2").arg(reply.status)
                            .arg(QString::fromStdString(reply.body))));
    QCOMPARE(reply.header("content-type"), std::string("application/json; charset=utf-8"));
    const auto json = codec::parse(reply.body);
    QCOMPARE(json.at("error").get<std::string>(), code);
    QVERIFY(json.at("message").is_string());
    if (!field.empty())
        QCOMPARE(json.value("field", std::string()), field);
    if (status == 401)
        QVERIFY(reply.header("www-authenticate").rfind("Bearer", 0) == 0);
}

bool containsId(const std::vector<std::string>& ids, const std::string& id)
{
    return std::find(ids.begin(), ids.end(), id) != ids.end();
}

std::vector<std::string> caseIds(const ChangeSet& changes)
{
    std::vector<std::string> ids;
    for (const auto& c : changes.cases)
        ids.push_back(c.id);
    return ids;
}

HttpTestServer::HttpTestServer() = default;

HttpTestServer::~HttpTestServer()
{
    stop();
}

bool HttpTestServer::start()
{
    if (!m_dir.isValid())
        return false;
    QByteArray text(kConfig);
    for (const auto& user : testUsers()) {
        text.replace(QByteArray::fromStdString("@" + user.name + "@"),
                     QByteArray::fromStdString(hashPassword(user.password)));
    }
    const QString path = m_dir.filePath("caseportd.toml");
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    file.write(text);
    file.close();

    ConfigLoadResult loaded = loadConfigFile(path.toStdString());
    for (const auto& problem : loaded.problems)
        qWarning("%s", problem.toString().c_str());
    if (!loaded.ok())
        return false;
    m_initial = std::move(loaded.config);
    if (m_initial.server.maxBodyBytes != kMaxBody
        || !QDir().mkpath(QString::fromStdString(m_initial.server.dataDir)))
        return false;

    m_store = std::make_unique<SqliteStore>(SqliteStore::fileIn(m_initial.server.dataDir));
    m_services = std::make_unique<Services>(m_initial, *m_store);
    m_server = std::make_unique<HttpServer>(*m_services, m_initial.server.listen);
    m_server->start();
    const ListenAddress bound = m_server->boundAddress();
    if (bound.port == 0)
        return false;
    m_client = std::make_unique<HttpTestClient>(bound.host, bound.port);

    for (const auto& user : testUsers()) {
        const std::string token = login(user.email, user.password);
        if (token.empty()) {
            qWarning("%s cannot log in", user.email.c_str());
            return false;
        }
        m_tokens[user.name] = token;
    }
    anna = m_tokens.at("anna");
    bo = m_tokens.at("bo");
    dag = m_tokens.at("dag");
    staff = m_tokens.at("staff");

    const std::int64_t now = nowUnixSeconds();
    expired = newSessionToken();
    m_store->createSession({sha256Hex(expired), "anna@acme.example", now - 7200, now - 60, false});
    revoked = newSessionToken();
    m_store->createSession({sha256Hex(revoked), "anna@acme.example", now, now + 3600, false});
    return m_store->revokeSession(sha256Hex(revoked));
}

void HttpTestServer::stop()
{
    if (m_server)
        m_server->stop();
    m_server.reset();
    m_services.reset();
    m_store.reset();
}

std::string HttpTestServer::login(const std::string& user, const std::string& password)
{
    const HttpReply reply = m_client->post(
        "/api/v1/session", codec::encode(LoginRequest{user, password}));
    if (reply.status != 201)
        return {};
    return codec::decode<SessionInfo>(reply.body).token;
}

std::string HttpTestServer::token(const std::string& name) const
{
    const auto it = m_tokens.find(name);
    return it == m_tokens.end() ? std::string() : it->second;
}

Config HttpTestServer::config() const
{
    return *m_services->config.current();
}

void HttpTestServer::replaceConfig(Config next)
{
    m_services->config.replace(std::move(next));
}

access::Viewer HttpTestServer::viewerOf(const std::string& name)
{
    const auto current = m_services->config.current();
    const UserAccount* user = current->findUser(emailOf(name));
    if (!user)
        return access::Viewer{emailOf(name), false, {}};
    return m_services->directory.viewerOf(*current, *user);
}

access::MemberFacts HttpTestServer::memberFactsOf(const std::string& name,
                                                  const std::string& account) const
{
    access::MemberFacts facts;
    const auto current = m_services->config.current();
    const UserAccount* user = current->findUser(emailOf(name));
    if (!user)
        return facts;
    facts.staff = user->profile.staff;
    for (const auto& membership : user->memberships) {
        if (membership.account != account)
            continue;
        facts.member = true;
        for (const auto& [product, level] : membership.products)
            facts.configManaged.push_back(product);
    }
    return facts;
}

ChangeSet HttpTestServer::syncAll(const std::string& token, const std::string& since)
{
    ChangeSet all;
    std::string cursor = since;
    for (bool first = true;; first = false) {
        const HttpReply reply = m_client->get(
            "/api/v1/changes?limit=" + std::to_string(protocol::kMaxChangesLimit)
                + "&since=" + cursor,
            token);
        [&] { QCOMPARE(reply.status, 200); }();
        if (reply.status != 200)
            return all;
        ChangeSet page = codec::decode<ChangeSet>(reply.body);
        if (first)
            all.reset = page.reset;
        all.cases.insert(all.cases.end(), page.cases.begin(), page.cases.end());
        all.removed.cases.insert(all.removed.cases.end(), page.removed.cases.begin(),
                                 page.removed.cases.end());
        all.cursor = page.cursor;
        cursor = page.cursor;
        if (!page.more || page.reset)
            return all;
    }
}
