#include "HttpTestServer.h"

#include "auth/PasswordHasher.h"
#include "auth/Tokens.h"
#include "config/ConfigLoader.h"
#include "http/HttpServer.h"
#include "service/Services.h"
#include "store/SqliteStore.h"
#include "util/Time.h"

#include <QDir>
#include <QFile>

using namespace caseport;
using namespace caseport::server;

namespace {

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

[[accounts]]
id = "acme"
name = "Acme"
  [[accounts.objects]]
  id = "aarhus"
  name = "Aarhus"
[[accounts]]
id = "nordic"
name = "Nordic"

[[users]]
email = "anna@acme.example"
name = "Anna"
password_hash = "@ANNA@"
  [[users.memberships]]
  account = "acme"
  products = { payroll = "full", hr = "full" }
[[users]]
email = "bo@acme.example"
name = "Bo"
password_hash = "@BO@"
  [[users.memberships]]
  account = "acme"
  products = { payroll = "limited", hr = "none" }
[[users]]
email = "dag@nordic.example"
name = "Dag"
language = "sv"
password_hash = "@DAG@"
  [[users.memberships]]
  account = "nordic"
  products = { payroll = "full" }
[[users]]
email = "staff@caseport.example"
name = "Staff"
staff = true
password_hash = "@STAFF@"
)";

} // namespace

std::string newCaseJson(const std::string& id, const std::string& account,
                        const std::string& product, const std::string& extra)
{
    return R"({"id":")" + id + R"(","account":")" + account + R"(","product":")" + product
        + R"(","subject":"Payslip missing","description":"Where is it?")" + extra + "}";
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
    text.replace("@ANNA@", QByteArray::fromStdString(hashPassword("anna-pw")));
    text.replace("@BO@", QByteArray::fromStdString(hashPassword("bo-pw")));
    text.replace("@DAG@", QByteArray::fromStdString(hashPassword("dag-pw")));
    text.replace("@STAFF@", QByteArray::fromStdString(hashPassword("staff-pw")));
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
    m_config = std::move(loaded.config);
    if (m_config.server.maxBodyBytes != kMaxBody
        || !QDir().mkpath(QString::fromStdString(m_config.server.dataDir)))
        return false;

    m_store = std::make_unique<SqliteStore>(SqliteStore::fileIn(m_config.server.dataDir));
    m_services = std::make_unique<Services>(m_config, *m_store);
    m_server = std::make_unique<HttpServer>(*m_services, m_config.server.listen);
    m_server->start();
    const ListenAddress bound = m_server->boundAddress();
    if (bound.port == 0)
        return false;
    m_client = std::make_unique<HttpTestClient>(bound.host, bound.port);

    anna = login("anna@acme.example", "anna-pw");
    bo = login("bo@acme.example", "bo-pw");
    dag = login("dag@nordic.example", "dag-pw");
    staff = login("staff@caseport.example", "staff-pw");
    if (anna.empty() || bo.empty() || dag.empty() || staff.empty())
        return false;

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

void HttpTestServer::reconfigure(const std::function<void(Config&)>& change)
{
    change(m_config);
    m_services->config.replace(m_config);
}
