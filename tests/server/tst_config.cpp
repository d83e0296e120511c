// Config loading: the demo config, every kind of bad config as a data row (one file,
// and a main file with a conf.d/ include), the admin guide's sample, the
// listen-address parser, and caseportd's --check-config / start-up contract.

#include "auth/PasswordHasher.h"
#include "caseport/Workflow.h"
#include "config/ConfigLoader.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <csignal>

using namespace caseport;
using namespace caseport::server;

namespace {

QString sourceDir()
{
    return qEnvironmentVariable("CASEPORT_SOURCE_DIR", QStringLiteral(CASEPORT_TEST_SOURCE_DIR));
}

QString samplePath()
{
    return sourceDir() + QStringLiteral("/resources/caseportd.toml");
}

using FileTree = QMap<QString, QByteArray>; // relative path → content

// Writes each file under `root`, making folders; "@HASH@" becomes `hash`.
bool writeTree(const QString& root, const FileTree& files, const std::string& hash)
{
    for (auto it = files.begin(); it != files.end(); ++it) {
        const QString path = root + QLatin1Char('/') + it.key();
        if (!QDir().mkpath(QFileInfo(path).path()))
            return false;
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return false;
        QByteArray text = it.value();
        file.write(text.replace("@HASH@", QByteArray::fromStdString(hash)));
    }
    return true;
}

QStringList shown(const ConfigLoadResult& loaded)
{
    QStringList all;
    for (const auto& problem : loaded.problems)
        all << QString::fromStdString(problem.toString());
    return all;
}

// A main file that includes conf.d and defines one product and one account.
const QByteArray kMainWithInclude = "include = \"conf.d\"\n"    // 1
                                    "[[products]]\n"             // 2
                                    "id = \"payroll\"\n"         // 3
                                    "name = { en = \"Payroll\" }\n" // 4
                                    "[[accounts]]\n"             // 5
                                    "id = \"acme\"\n"            // 6
                                    "name = \"Acme\"\n";         // 7

const QByteArray kUserBo = "[[users]]\n"                         // 1
                           "email = \"bo@acme.example\"\n"       // 2
                           "name = \"Bo\"\n"                     // 3
                           "password_hash = \"@HASH@\"\n";       // 4

// A [workflow] of two states appended to badConfig's base (its first line is line 13).
const QByteArray kTwoStates = "[[workflow.states]]\n"          // 13
                              "id = \"new\"\n"                  // 14
                              "label = { en = \"New\" }\n"      // 15
                              "initial = true\n"                // 16
                              "[[workflow.states]]\n"          // 17
                              "id = \"done\"\n"                 // 18
                              "label = { en = \"Done\" }\n"     // 19
                              "closed = true\n";                // 20
const QByteArray kNewToDone = "[[workflow.transitions]]\n"      // 21
                              "from = \"new\"\n"                // 22
                              "to = \"done\"\n"                 // 23
                              "who = \"staff, creator\"\n";     // 24

// One badConfig row; `forbidden` must appear in no message (e.g. a password).
void badRow(const char* name, const QByteArray& text, int line, const QString& message,
            const QString& forbidden = {})
{
    QTest::newRow(name) << text << line << message << forbidden;
}

} // namespace

class TestConfig : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void sampleConfigLoads();
    void sampleUsersHaveDemoPassword();
    void badConfig_data();
    void badConfig();
    void filesSection();
    void workflowSection();
    void missingFile();
    void mailSettingsLoad_data();
    void mailSettingsLoad();
    void includeProblem_data();
    void includeProblem();
    void includesLoadInFileNameOrder();
    void emptyIncludeDirectoryIsFine();
    void adminGuideSampleLoads();
    void listenAddress_data();
    void listenAddress();
    void checkConfigCommand();
    void daemonPrintsListeningLineAndStopsOnSigterm();

private:
    QString writeConfig(const QString& name, const QByteArray& text);

    QTemporaryDir m_dir;
    std::string m_hash;
};

void TestConfig::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_hash = hashPassword("secret");
}

QString TestConfig::writeConfig(const QString& name, const QByteArray& text)
{
    const QString path = m_dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return {};
    file.write(text);
    return path;
}

void TestConfig::sampleConfigLoads()
{
    const ConfigLoadResult loaded = loadConfigFile(samplePath().toStdString());
    for (const auto& problem : loaded.problems)
        qWarning("%s", problem.toString().c_str());
    QVERIFY(loaded.ok());
    const Config& config = loaded.config;
    QCOMPARE(config.products.size(), 3u);
    QCOMPARE(config.accounts.size(), 2u);
    QCOMPARE(config.users.size(), 7u); // five customers, two staff
    QCOMPARE(config.server.listen.port, 8080);
    QCOMPARE(config.server.caseNumberPrefix, std::string("CP"));
    QCOMPARE(config.server.tokenTtlHours, 720);
    QCOMPARE(config.server.maxBodyBytes, 1048576);
    // data_dir is relative to the file's directory.
    const QString expectedData = QDir::cleanPath(sourceDir() + QStringLiteral("/demo-data"));
    QCOMPARE(QDir::cleanPath(QString::fromStdString(config.server.dataDir)), expectedData);

    const Product* payroll = config.findProduct("payroll");
    QVERIFY(payroll);
    QCOMPARE(payroll->categories.size(), 2u);
    QCOMPARE(payroll->categories[1].name.pick("en"), std::string("Decisions/Documents"));
    QVERIFY(!payroll->categories[1].name.pick("da").empty());
    QVERIFY(!payroll->supportPhone.empty());
    QCOMPARE(payroll->guides.size(), 1u);

    const UserAccount* cecilie = config.findUser("cecilie@acme.example");
    QVERIFY(cecilie);
    QCOMPARE(cecilie->memberships.size(), 1u);
    QCOMPARE(cecilie->memberships[0].objects, std::vector<std::string>{"aarhus"});
    const UserAccount* erik = config.findUser("erik@acme.example");
    QVERIFY(erik);
    QCOMPARE(erik->memberships.size(), 2u);
    QCOMPARE(erik->profile.language, std::string("sv"));
    const UserAccount* bo = config.findUser("bo@acme.example");
    QVERIFY(bo);
    QCOMPARE(bo->memberships[0].levelFor("payroll"), AccessLevel::Limited);
    QCOMPARE(bo->memberships[0].levelFor("hr"), AccessLevel::None);
    QVERIFY(config.findUser("anna@acme.example")->memberships[0].customerAdmin);
    QVERIFY(config.findUser("staff@caseport.example")->profile.staff);
    QVERIFY(!config.mail.enabled); // the demo sends no mail
}

void TestConfig::sampleUsersHaveDemoPassword()
{
    const ConfigLoadResult loaded = loadConfigFile(samplePath().toStdString());
    QVERIFY(loaded.ok());
    for (const auto& user : loaded.config.users) {
        QVERIFY2(verifyPassword("demo", user.passwordHash), user.profile.id.c_str());
        QVERIFY(!verifyPassword("wrong", user.passwordHash));
    }
}

void TestConfig::badConfig_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<int>("line");
    QTest::addColumn<QString>("message");
    QTest::addColumn<QString>("forbidden");

    // Lines 1-12 are a valid base; each row appends to it (so line 13 is its first).
    badRow("unknown table", "[mail2]\nhost = \"x\"\n", 13, "unknown key 'mail2'");
    badRow("unknown user key", "colour = 1\n", 13, "unknown key 'users[0].colour'");
    badRow("unknown server key", "[server]\nlistn = \"1.2.3.4:5\"\n",
           14, "unknown key 'server.listn'");
    badRow("bad listen", "[server]\nlisten = \"nowhere\"\n",
           14, "server.listen: expected HOST:PORT");
    badRow("wrong type", "[server]\ntoken_ttl_hours = \"long\"\n",
           14, "server.token_ttl_hours: must be an integer");
    badRow("duplicate product", "[[products]]\nid = \"payroll\"\nname = { en = \"Again\" }\n",
           14, "products[1].id: duplicate id 'payroll'");
    badRow("duplicate account", "[[accounts]]\nid = \"acme\"\nname = \"Again\"\n",
           14, "accounts[1].id: duplicate id 'acme'");
    badRow("duplicate user",
           "[[users]]\nemail = \"a@acme.example\"\nname = \"A2\"\npassword_hash = \"@HASH@\"\n",
           14, "users[1].email: duplicate user 'a@acme.example'");
    badRow("unknown account in membership", "  [[users.memberships]]\n  account = \"globex\"\n",
           14, "users[0].memberships[0].account: unknown account 'globex'");
    badRow("unknown product in membership",
           "  [[users.memberships]]\n  account = \"acme\"\n  products = { golf = \"full\" }\n",
           15, "users[0].memberships[0].products.golf: unknown product 'golf'");
    badRow("bad level",
           "  [[users.memberships]]\n  account = \"acme\"\n  products = { payroll = \"all\" }\n",
           15, "products.payroll: must be \"full\", \"limited\" or \"none\"");
    badRow("unknown object",
           "  [[users.memberships]]\n  account = \"acme\"\n  objects = [\"mars\"]\n",
           15, "unknown object 'mars' in account 'acme'");
    badRow("missing name", "[[products]]\nid = \"hr\"\n", 13, "products[1].name: missing");
    badRow("bad language", "[[products]]\nid = \"hr\"\nname = { de = \"Personal\" }\n",
           15, "unknown language 'de'");
    badRow("syntax error", "[server\n", 13, "");

    // Unknown keys at every table level.
    badRow("unknown product key",
           "[[products]]\nid = \"hr\"\nname = { en = \"HR\" }\ncolour = \"red\"\n",
           16, "unknown key 'products[1].colour'");
    badRow("unknown guide key",
           "[[products]]\nid = \"hr\"\nname = { en = \"HR\" }\n"
           "  [[products.guides]]\n  title = { en = \"Guide\" }\n"
           "  url = \"https://example.com\"\n  colour = 1\n",
           19, "unknown key 'products[1].guides[0].colour'");
    badRow("unknown category key",
           "[[products]]\nid = \"hr\"\nname = { en = \"HR\" }\n"
           "  [[products.categories]]\n  id = \"support\"\n"
           "  name = { en = \"Support\" }\n  colour = 1\n",
           19, "unknown key 'products[1].categories[0].colour'");
    badRow("unknown account key", "[[accounts]]\nid = \"nordic\"\nname = \"Nordic\"\ncolour = 1\n",
           16, "unknown key 'accounts[1].colour'");
    badRow("unknown object key",
           "[[accounts]]\nid = \"nordic\"\nname = \"Nordic\"\n"
           "  [[accounts.objects]]\n  id = \"oslo\"\n  name = \"Oslo\"\n  colour = 1\n",
           19, "unknown key 'accounts[1].objects[0].colour'");
    badRow("unknown membership key",
           "  [[users.memberships]]\n  account = \"acme\"\n  level = \"full\"\n",
           15, "unknown key 'users[0].memberships[0].level'");
    badRow("include after [server]", "[server]\ninclude = \"conf.d\"\n",
           14, "server.include: must come before [server]");

    // Duplicate ids that are unique only within their parent.
    badRow("duplicate category",
           "[[products]]\nid = \"hr\"\nname = { en = \"HR\" }\n"
           "  [[products.categories]]\n  id = \"support\"\n  name = { en = \"S\" }\n"
           "  [[products.categories]]\n  id = \"support\"\n  name = { en = \"S2\" }\n",
           20, "products[1].categories[1].id: duplicate id 'support'");
    badRow("duplicate object",
           "[[accounts]]\nid = \"nordic\"\nname = \"Nordic\"\n"
           "  [[accounts.objects]]\n  id = \"oslo\"\n  name = \"Oslo\"\n"
           "  [[accounts.objects]]\n  id = \"oslo\"\n  name = \"Oslo 2\"\n",
           20, "accounts[1].objects[1].id: duplicate id 'oslo'");
    badRow("same account twice in one user",
           "  [[users.memberships]]\n  account = \"acme\"\n"
           "  [[users.memberships]]\n  account = \"acme\"\n",
           16, "users[0].memberships[1].account: second membership in account 'acme'");

    // Types.
    badRow("customer_admin not a boolean",
           "  [[users.memberships]]\n  account = \"acme\"\n  customer_admin = \"yes\"\n",
           15, "users[0].memberships[0].customer_admin: must be true or false");
    badRow("staff not a boolean",
           "[[users]]\nemail = \"b@acme.example\"\nname = \"B\"\n"
           "password_hash = \"@HASH@\"\nstaff = 1\n",
           17, "users[1].staff: must be true or false");
    badRow("objects not an array",
           "  [[users.memberships]]\n  account = \"acme\"\n  objects = \"aarhus\"\n",
           15, "users[0].memberships[0].objects: must be an array of strings");

    // Passwords: never in clear text, and never repeated in a message.
    badRow("password key",
           "[[users]]\nemail = \"b@acme.example\"\nname = \"B\"\npassword = \"hunter2\"\n",
           16,
           "users[1].password: password in clear text: store only its hash, made with "
           "'caseportd hash-password'",
           "hunter2");
    badRow("password pasted as hash",
           "[[users]]\nemail = \"b@acme.example\"\nname = \"B\"\n"
           "password_hash = \"hunter2\"\n",
           16, "users[1].password_hash: password in clear text: store only its hash",
           "hunter2");
    badRow("malformed hash",
           "[[users]]\nemail = \"b@acme.example\"\nname = \"B\"\n"
           "password_hash = \"$argon2id$v=19$m=19456,t=2,p=1$c2FsdA\"\n",
           16, "users[1].password_hash: not an Argon2id hash");
    // [workflow]
    badRow("workflow unknown state in a transition",
           kTwoStates + "[[workflow.transitions]]\nfrom = \"new\"\nto = \"gone\"\n", 23,
           "workflow.transitions[0].to: unknown state 'gone'");
    badRow("workflow no initial state",
           QByteArray(kTwoStates).replace("initial = true\n", "closed = false\n") + kNewToDone,
           13, "workflow.states: no initial state");
    badRow("workflow two initial states",
           QByteArray(kTwoStates).replace("closed = true\n", "initial = true\n") + kNewToDone,
           13, "workflow.states: more than one initial state: 'new' and 'done'");
    badRow("workflow initial state closed",
           QByteArray(kTwoStates).replace("closed = true\n", "closed = true\ninitial = true\n")
               + kNewToDone,
           21, "workflow.states[1].initial: a closed state cannot be where cases start");
    badRow("workflow no closed state",
           QByteArray(kTwoStates).replace("closed = true\n", "") + kNewToDone,
           13, "workflow.states: no closed state");
    badRow("workflow duplicate state",
           kTwoStates + "[[workflow.states]]\nid = \"new\"\nlabel = { en = \"Again\" }\n"
               + kNewToDone,
           22, "workflow.states[2].id: duplicate state 'new' (first at ");
    badRow("workflow duplicate transition", kTwoStates + kNewToDone + kNewToDone, 26,
           "workflow.transitions[1].from: duplicate transition 'new' → 'done'");
    badRow("workflow transition to itself",
           kTwoStates + "[[workflow.transitions]]\nfrom = \"new\"\nto = \"new\"\n", 23,
           "workflow.transitions[0].to: a transition must lead to another state");
    badRow("workflow who not staff or creator",
           kTwoStates + QByteArray(kNewToDone).replace("staff, creator", "customer"), 24,
           "workflow.transitions[0].who: must be \"staff\" or \"staff, creator\"");
    badRow("workflow states without transitions", kTwoStates, 13,
           "workflow.transitions: needs at least one transition");
    badRow("workflow state without a label",
           QByteArray(kTwoStates).replace("label = { en = \"Done\" }\n", "") + kNewToDone, 17,
           "workflow.states[1].label: missing");
    badRow("workflow reopen_days negative", "[workflow]\nreopen_days = -1\n", 14,
           "workflow.reopen_days: must be between 0 (never) and 3650 days");
    badRow("workflow unknown key", "[workflow]\nreopen_after = 3\n", 14,
           "unknown key 'workflow.reopen_after'");
    badRow("workflow default states, unknown one in a transition",
           "[[workflow.transitions]]\nfrom = \"received\"\nto = \"archived\"\n", 15,
           "workflow.transitions[0].to: unknown state 'archived'");

    // [files]
    badRow("max_file_bytes zero", "[files]\nmax_file_bytes = 0\n", 14,
           "files.max_file_bytes: must be at least 1");
    badRow("allowed_types entry", "[files]\nallowed_types = [\"pdf\"]\n", 14,
           "files.allowed_types: 'pdf' is neither a MIME type");
    badRow("allowed_types not an array", "[files]\nallowed_types = \"*/*\"\n", 14,
           "files.allowed_types: must be an array of strings");
    badRow("unknown files key", "[files]\nmax_size = 5\n", 14, "unknown key 'files.max_size'");
    badRow("empty hash",
           "[[users]]\nemail = \"b@acme.example\"\nname = \"B\"\npassword_hash = \"\"\n",
           16, "users[1].password_hash: is empty");

    // [mail]: the SMTP server, the sender, credentials by reference only.
    badRow("mail on without a sender", "[mail]\nenabled = true\n", 13, "mail.from: missing");
    badRow("mail enabled not a boolean", "[mail]\nenabled = \"yes\"\n",
           14, "mail.enabled: must be true or false");
    badRow("mail port out of range", "[mail]\nsmtp_port = 70000\n",
           14, "mail.smtp_port: must be between 1 and 65535");
    badRow("mail port not an integer", "[mail]\nsmtp_port = \"25\"\n",
           14, "mail.smtp_port: must be an integer");
    badRow("mail sender without address", "[mail]\nfrom = \"Caseport <no address>\"\n",
           14, "mail.from: expected \"Name <address>\" or \"address\"");
    badRow("mail password in clear text",
           "[mail]\nusername = \"caseport\"\npassword = \"hunter2\"\n",
           15, "mail.password: password in clear text", "hunter2");
    badRow("mail username without a password", "[mail]\nusername = \"caseport\"\n",
           14, "mail.username: needs password_env or password_file");
    badRow("mail password variable not set",
           "[mail]\nusername = \"u\"\npassword_env = \"CASEPORT_TEST_NO_SUCH_VARIABLE\"\n",
           15, "mail.password_env: environment variable 'CASEPORT_TEST_NO_SUCH_VARIABLE' is not set");
    badRow("mail password file missing",
           "[mail]\nusername = \"u\"\npassword_file = \"no-such-file\"\n",
           15, "mail.password_file: cannot read");
    badRow("mail password without a username", "[mail]\npassword_file = \"secret\"\n",
           14, "mail.password_file: needs username");
    badRow("mail two password sources",
           "[mail]\nusername = \"u\"\npassword_env = \"HOME\"\npassword_file = \"x\"\n",
           16, "mail.password_file: give password_env or password_file, not both");
    badRow("mail starttls", "[mail]\nstarttls = true\n", 14, "mail.starttls: not supported");
    badRow("mail unknown auth", "[mail]\nauth = \"cram-md5\"\n",
           14, "mail.auth: must be \"plain\" or \"login\"");
    badRow("mail retry too quick", "[mail]\nretry_seconds = 0\n",
           14, "mail.retry_seconds: must be between 1 and 3600");
    badRow("mail give up too late", "[mail]\ngive_up_hours = 1000\n",
           14, "mail.give_up_hours: must be between 1 and 720");
    badRow("mail unknown key", "[mail]\nsmtp_server = \"mx\"\n", 14, "unknown key 'mail.smtp_server'");
}

void TestConfig::badConfig()
{
    QFETCH(QByteArray, text);
    QFETCH(int, line);
    QFETCH(QString, message);
    QFETCH(QString, forbidden);

    QByteArray base = "[[products]]\n"                       // 1
                      "id = \"payroll\"\n"                   // 2
                      "name = { en = \"Payroll\" }\n"        // 3
                      "[[accounts]]\n"                       // 4
                      "id = \"acme\"\n"                      // 5
                      "name = \"Acme\"\n"                    // 6
                      "[[users]]\n"                          // 7
                      "email = \"a@acme.example\"\n"         // 8
                      "name = \"A\"\n"                       // 9
                      "password_hash = \"@HASH@\"\n"         // 10
                      "staff = false\n"                      // 11
                      "language = \"en\"\n";                 // 12
    QByteArray full = base + text;
    full.replace("@HASH@", QByteArray::fromStdString(m_hash));

    const QString basePath = writeConfig(QStringLiteral("base.toml"),
                                         QByteArray(base).replace("@HASH@", QByteArray::fromStdString(m_hash)));
    QVERIFY(loadConfigFile(basePath.toStdString()).ok());

    const QString path = writeConfig(QStringLiteral("bad.toml"), full);
    QVERIFY(!path.isEmpty());
    const ConfigLoadResult loaded = loadConfigFile(path.toStdString());
    QVERIFY(!loaded.ok());
    const std::string prefix = path.toStdString() + ":" + std::to_string(line) + ": ";
    bool found = false;
    QStringList all;
    for (const auto& problem : loaded.problems) {
        const std::string shown = problem.toString();
        all << QString::fromStdString(shown);
        if (shown.rfind(prefix, 0) == 0 && shown.find(message.toStdString()) != std::string::npos)
            found = true;
        if (!forbidden.isEmpty())
            QVERIFY2(shown.find(forbidden.toStdString()) == std::string::npos, shown.c_str());
    }
    QVERIFY2(found, qPrintable(QStringLiteral("expected %1%2 in:\n%3")
                                   .arg(QString::fromStdString(prefix), message, all.join('\n'))));
}

void TestConfig::filesSection()
{
    const ConfigLoadResult defaults = loadConfigText("", m_dir.filePath("none.toml").toStdString());
    QVERIFY(defaults.ok());
    QCOMPARE(defaults.config.files.maxFileBytes, std::int64_t{2} << 30);
    const auto& types = defaults.config.files.allowedTypes;
    QVERIFY(std::find(types.begin(), types.end(), "application/pdf") != types.end());
    QVERIFY(std::find(types.begin(), types.end(), ".docx") != types.end());

    const ConfigLoadResult set = loadConfigText("[files]\n"
                                                "max_file_bytes = 104857600\n"
                                                "allowed_types = [\"image/*\", \".png\", \".JPG\"]\n",
                                                m_dir.filePath("files.toml").toStdString());
    for (const auto& problem : set.problems)
        qWarning("%s", problem.toString().c_str());
    QVERIFY(set.ok());
    QCOMPARE(set.config.files.maxFileBytes, std::int64_t{104857600});
    QCOMPARE(set.config.files.allowedTypes,
             (std::vector<std::string>{"image/*", ".png", ".JPG"}));

    // Like [server], only the main file may have it.
    QDir(m_dir.path()).mkpath(QStringLiteral("files.d"));
    writeConfig(QStringLiteral("files.d/10-files.toml"), "[files]\nmax_file_bytes = 5\n");
    const QString main = writeConfig(QStringLiteral("files-main.toml"), "include = \"files.d\"\n");
    const ConfigLoadResult included = loadConfigFile(main.toStdString());
    QVERIFY(!included.ok());
    QVERIFY(included.problems.front().message.find("only allowed in the main file")
            != std::string::npos);
}

void TestConfig::workflowSection()
{
    // Absent: the default workflow, with its 14-day reopen window.
    const QString bare = writeConfig(QStringLiteral("no-workflow.toml"), "");
    QCOMPARE(loadConfigFile(bare.toStdString()).config.workflow, workflow::defaultWorkflow());

    // Only reopen_days: the default states and moves stay.
    const QString days = writeConfig(QStringLiteral("reopen.toml"), "[workflow]\nreopen_days = 0\n");
    const ConfigLoadResult reopen = loadConfigFile(days.toStdString());
    QVERIFY2(reopen.ok(), qPrintable(shown(reopen).join('\n')));
    workflow::Workflow expected = workflow::defaultWorkflow();
    expected.reopenDays = 0;
    QCOMPARE(reopen.config.workflow, expected);

    // A workflow of its own: states with labels, the initial one, transitions and who.
    const QString own = writeConfig(QStringLiteral("own.toml"),
                                    "[workflow]\nreopen_days = 3\n" + kTwoStates + kNewToDone
                                        + "[[workflow.transitions]]\nfrom = \"done\"\nto = \"new\"\n");
    const ConfigLoadResult loaded = loadConfigFile(own.toStdString());
    QVERIFY2(loaded.ok(), qPrintable(shown(loaded).join('\n')));
    const workflow::Workflow& flow = loaded.config.workflow;
    QCOMPARE(flow.states.size(), 2u);
    QCOMPARE(flow.states[0].id, std::string("new"));
    QCOMPARE(flow.states[0].label.pick("en"), std::string("New"));
    QVERIFY(!flow.states[0].closed);
    QVERIFY(flow.states[1].closed);
    QCOMPARE(flow.initialState, std::string("new"));
    QCOMPARE(flow.reopenDays, std::int64_t{3});
    QCOMPARE(flow.transitions, (std::vector<workflow::Transition>{{"new", "done", true},
                                                                  {"done", "new", false}}));

    // Like [mail], only the main file may have it.
    QDir(m_dir.path()).mkpath(QStringLiteral("flow.d"));
    writeConfig(QStringLiteral("flow.d/10-flow.toml"), "[workflow]\nreopen_days = 5\n");
    const QString main = writeConfig(QStringLiteral("flow-main.toml"), "include = \"flow.d\"\n");
    const ConfigLoadResult included = loadConfigFile(main.toStdString());
    QVERIFY(!included.ok());
    QVERIFY(included.problems.front().message.find("only allowed in the main file")
            != std::string::npos);
}

void TestConfig::missingFile()
{
    const ConfigLoadResult loaded = loadConfigFile(m_dir.filePath("absent.toml").toStdString());
    QCOMPARE(loaded.problems.size(), 1u);
    QVERIFY(loaded.problems[0].toString().find("absent.toml:0: cannot open") != std::string::npos);
}

void TestConfig::mailSettingsLoad_data()
{
    QTest::addColumn<QByteArray>("mail");
    QTest::addColumn<QString>("password");
    QTest::addColumn<bool>("authLogin");

    const QByteArray common = "[mail]\n"
                              "enabled = true\n"
                              "smtp_host = \"mail.example.com\"\n"
                              "smtp_port = 2525\n"
                              "from = \"Lønservice Support <support@example.com>\"\n"
                              "portal_name = \"Acme Portal\"\n"
                              "retry_seconds = 5\n"
                              "give_up_hours = 24\n"
                              "username = \"caseport\"\n";
    QTest::newRow("password in a file") << common + "password_file = \"smtp-password\"\n"
                                        << "file s3cret" << false;
    QTest::newRow("password in the environment")
        << common + "password_env = \"CASEPORT_TEST_SMTP_PASSWORD\"\nauth = \"login\"\n"
        << "env s3cret" << true;
}

void TestConfig::mailSettingsLoad()
{
    QFETCH(QByteArray, mail);
    QFETCH(QString, password);
    QFETCH(bool, authLogin);

    qputenv("CASEPORT_TEST_SMTP_PASSWORD", "env s3cret");
    QVERIFY(!writeConfig(QStringLiteral("smtp-password"), "file s3cret\n").isEmpty());
    const QString path = writeConfig(QStringLiteral("mail.toml"), mail);
    const ConfigLoadResult loaded = loadConfigFile(path.toStdString());
    QVERIFY2(loaded.ok(), qPrintable(shown(loaded).join('\n')));
    const MailSettings& settings = loaded.config.mail;
    QVERIFY(settings.enabled);
    QCOMPARE(settings.smtpHost, std::string("mail.example.com"));
    QCOMPARE(settings.smtpPort, 2525);
    QCOMPARE(settings.fromName, std::string("Lønservice Support"));
    QCOMPARE(settings.fromAddress, std::string("support@example.com"));
    QCOMPARE(settings.portalName, std::string("Acme Portal"));
    QCOMPARE(settings.retrySeconds, 5);
    QCOMPARE(settings.giveUpHours, 24);
    QCOMPARE(settings.username, std::string("caseport"));
    QCOMPARE(QString::fromStdString(settings.password), password); // without the newline
    QCOMPARE(settings.authLogin, authLogin);

    // Without the table: off, with the defaults.
    const QString bare = writeConfig(QStringLiteral("bare.toml"), "");
    const MailSettings defaults = loadConfigFile(bare.toStdString()).config.mail;
    QVERIFY(!defaults.enabled);
    QCOMPARE(defaults.smtpHost, std::string("localhost"));
    QCOMPARE(defaults.smtpPort, 25);
    QCOMPARE(defaults.portalName, std::string("Caseport"));
    QCOMPARE(defaults.retrySeconds, 30);
    QCOMPARE(defaults.giveUpHours, 72);
    QVERIFY(defaults.username.empty());
}

void TestConfig::includeProblem_data()
{
    QTest::addColumn<FileTree>("files"); // always with caseportd.toml, the file loaded
    QTest::addColumn<QString>("file"); // where the problem must be reported
    QTest::addColumn<int>("line");
    QTest::addColumn<QString>("message");

    QTest::newRow("problem inside an included file")
        << FileTree{{"caseportd.toml", kMainWithInclude},
                    {"conf.d/20-users.toml", kUserBo + "colour = \"blue\"\n"}}
        << "conf.d/20-users.toml" << 5 << "unknown key 'users[0].colour'";
    QTest::newRow("duplicate user across files")
        << FileTree{{"caseportd.toml", kMainWithInclude + kUserBo},
                    {"conf.d/20-users.toml", "# Bo again\n" + kUserBo}}
        << "conf.d/20-users.toml" << 3
        << "users[0].email: duplicate user 'bo@acme.example' (first at ";
    QTest::newRow("duplicate product across files")
        << FileTree{{"caseportd.toml", kMainWithInclude},
                    {"conf.d/10-products.toml",
                     "[[products]]\nid = \"payroll\"\nname = { en = \"Again\" }\n"}}
        << "conf.d/10-products.toml" << 2 << "products[0].id: duplicate id 'payroll'";
    QTest::newRow("duplicate account across included files")
        << FileTree{{"caseportd.toml", kMainWithInclude},
                    {"conf.d/10-a.toml", "[[accounts]]\nid = \"nordic\"\nname = \"N\"\n"},
                    {"conf.d/20-b.toml", "\n[[accounts]]\nid = \"nordic\"\nname = \"N\"\n"}}
        << "conf.d/20-b.toml" << 3 << "accounts[0].id: duplicate id 'nordic'";
    QTest::newRow("[server] in an included file")
        << FileTree{{"caseportd.toml", kMainWithInclude},
                    {"conf.d/10-server.toml", "\n[server]\nlisten = \"0.0.0.0:80\"\n"}}
        << "conf.d/10-server.toml" << 2 << "server: only allowed in the main file";
    QTest::newRow("[mail] in an included file")
        << FileTree{{"caseportd.toml", kMainWithInclude},
                    {"conf.d/10-mail.toml", "\n[mail]\nenabled = false\n"}}
        << "conf.d/10-mail.toml" << 2 << "mail: only allowed in the main file";
    QTest::newRow("nested include")
        << FileTree{{"caseportd.toml", kMainWithInclude},
                    {"conf.d/10-more.toml", "include = \"more.d\"\n"},
                    {"conf.d/more.d/x.toml", ""}}
        << "conf.d/10-more.toml" << 1 << "include: only allowed in the main file";
    QTest::newRow("missing include directory")
        << FileTree{{"caseportd.toml", kMainWithInclude}} << "caseportd.toml" << 1
        << "include: directory '";
    QTest::newRow("include names a file")
        << FileTree{{"caseportd.toml", kMainWithInclude}, {"conf.d", "not a directory"}}
        << "caseportd.toml" << 1 << "is not a directory";
    QTest::newRow("syntax error in an included file")
        << FileTree{{"caseportd.toml", kMainWithInclude}, {"conf.d/10-x.toml", "\n[[users]\n"}}
        << "conf.d/10-x.toml" << 2 << "";
    QTest::newRow("unknown account in an included user")
        << FileTree{{"caseportd.toml", kMainWithInclude},
                    {"conf.d/20-users.toml",
                     kUserBo + "  [[users.memberships]]\n  account = \"globex\"\n"}}
        << "conf.d/20-users.toml" << 6
        << "users[0].memberships[0].account: unknown account 'globex'";
    QTest::newRow("unknown object, account in another file")
        << FileTree{{"caseportd.toml", kMainWithInclude},
                    {"conf.d/10-users.toml",
                     kUserBo + "  [[users.memberships]]\n  account = \"nordic\"\n"
                               "  objects = [\"oslo\"]\n"},
                    {"conf.d/30-accounts.toml", "[[accounts]]\nid = \"nordic\"\nname = \"N\"\n"}}
        << "conf.d/10-users.toml" << 7 << "unknown object 'oslo' in account 'nordic'";
    QTest::newRow("clear-text password in an included file")
        << FileTree{{"caseportd.toml", kMainWithInclude},
                    {"conf.d/20-users.toml",
                     "[[users]]\nemail = \"c@acme.example\"\nname = \"C\"\n"
                     "password_hash = \"s3cret\"\n"}}
        << "conf.d/20-users.toml" << 4 << "password in clear text";
}

void TestConfig::includeProblem()
{
    QFETCH(FileTree, files);
    QFETCH(QString, file);
    QFETCH(int, line);
    QFETCH(QString, message);

    QTemporaryDir dir;
    QVERIFY(writeTree(dir.path(), files, m_hash));
    const ConfigLoadResult loaded = loadConfigFile(dir.filePath("caseportd.toml").toStdString());
    const QString prefix = dir.filePath(file) + QLatin1Char(':') + QString::number(line) + ": ";
    const QStringList all = shown(loaded);
    const bool found = std::any_of(all.begin(), all.end(), [&](const QString& problem) {
        return problem.startsWith(prefix) && problem.contains(message);
    });
    QVERIFY2(found, qPrintable(QStringLiteral("expected %1%2 in:\n%3")
                                   .arg(prefix, message, all.join('\n'))));
}

void TestConfig::includesLoadInFileNameOrder()
{
    // Bo (in 10-users) belongs to an account and product that only 30-accounts and
    // the main file define; files not named *.toml, hidden or in subfolders are ignored.
    const FileTree files{
        {"caseportd.toml", kMainWithInclude},
        {"conf.d/10-users.toml",
         kUserBo + "  [[users.memberships]]\n  account = \"nordic\"\n"
                   "  objects = [\"oslo\"]\n  products = { time = \"full\" }\n"},
        {"conf.d/30-accounts.toml", "[[accounts]]\nid = \"nordic\"\nname = \"Nordic\"\n"
                                    "  [[accounts.objects]]\n  id = \"oslo\"\n  name = \"Oslo\"\n"},
        {"conf.d/20-products.toml", "[[products]]\nid = \"time\"\nname = { en = \"Time\" }\n"},
        {"conf.d/README", "not toml"},
        {"conf.d/.hidden.toml", "broken = ["},
        {"conf.d/99-old.toml.bak", "broken = ["},
        {"conf.d/sub/40-more.toml", "broken = ["},
    };
    QTemporaryDir dir;
    QVERIFY(writeTree(dir.path(), files, m_hash));
    const ConfigLoadResult loaded = loadConfigFile(dir.filePath("caseportd.toml").toStdString());
    QVERIFY2(loaded.ok(), qPrintable(shown(loaded).join('\n')));
    const Config& config = loaded.config;
    const std::vector<std::string> expectedFiles{
        dir.filePath("conf.d/10-users.toml").toStdString(),
        dir.filePath("conf.d/20-products.toml").toStdString(),
        dir.filePath("conf.d/30-accounts.toml").toStdString()};
    QCOMPARE(config.includedFiles, expectedFiles);
    QCOMPARE(config.products.size(), 2u);
    QCOMPARE(config.products[1].id, std::string("time"));
    QCOMPARE(config.accounts.size(), 2u);
    const UserAccount* bo = config.findUser("bo@acme.example");
    QVERIFY(bo);
    QCOMPARE(bo->memberships.size(), 1u);
    QCOMPARE(bo->memberships[0].account, std::string("nordic"));
    QCOMPARE(bo->memberships[0].levelFor("time"), AccessLevel::Full);
    QCOMPARE(bo->memberships[0].objects, std::vector<std::string>{"oslo"});
}

void TestConfig::emptyIncludeDirectoryIsFine()
{
    QTemporaryDir dir;
    QVERIFY(writeTree(dir.path(), {{"caseportd.toml", kMainWithInclude + kUserBo}}, m_hash));
    QVERIFY(QDir(dir.path()).mkdir("conf.d"));
    const ConfigLoadResult loaded = loadConfigFile(dir.filePath("caseportd.toml").toStdString());
    QVERIFY2(loaded.ok(), qPrintable(shown(loaded).join('\n')));
    QCOMPARE(loaded.config.users.size(), 1u);
    QVERIFY(loaded.config.includedFiles.empty());
}

void TestConfig::adminGuideSampleLoads()
{
    // The guide's sample is the blocks that start with "# file: NAME"; together they
    // must be a valid configuration, so the documentation cannot drift from the code.
    QFile guide(sourceDir() + QStringLiteral("/docs/admin-guide.md"));
    QVERIFY(guide.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(guide.readAll());
    static const QRegularExpression block(QStringLiteral("```toml\n# file: (\\S+)\n(.*?)```"),
                                          QRegularExpression::DotMatchesEverythingOption);
    FileTree files;
    for (auto it = block.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        const QString name = match.captured(1);
        files[name] += ("# file: " + name + "\n" + match.captured(2)).toUtf8();
    }
    QVERIFY2(files.contains("caseportd.toml"), "no \"# file: caseportd.toml\" block");
    QVERIFY(files.size() >= 3);
    QTemporaryDir dir;
    QVERIFY(writeTree(dir.path(), files, m_hash));
    const ConfigLoadResult loaded = loadConfigFile(dir.filePath("caseportd.toml").toStdString());
    QVERIFY2(loaded.ok(), qPrintable(shown(loaded).join('\n')));
    QCOMPARE(loaded.config.includedFiles.size(), std::size_t(files.size() - 1));
    for (const auto& user : loaded.config.users)
        QVERIFY2(verifyPassword("demo", user.passwordHash), user.profile.id.c_str());
}

void TestConfig::listenAddress_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("port");
    QTest::newRow("ipv4") << "127.0.0.1:8080" << true << "127.0.0.1" << 8080;
    QTest::newRow("ephemeral") << "127.0.0.1:0" << true << "127.0.0.1" << 0;
    QTest::newRow("name") << "localhost:80" << true << "localhost" << 80;
    QTest::newRow("ipv6") << "[::1]:9000" << true << "::1" << 9000;
    QTest::newRow("no port") << "127.0.0.1" << false << "" << 0;
    QTest::newRow("empty port") << "127.0.0.1:" << false << "" << 0;
    QTest::newRow("port too big") << "127.0.0.1:70000" << false << "" << 0;
    QTest::newRow("not a number") << "127.0.0.1:http" << false << "" << 0;
    QTest::newRow("bare ipv6") << "::1:80" << false << "" << 0;
}

void TestConfig::listenAddress()
{
    QFETCH(QString, text);
    QFETCH(bool, ok);
    QFETCH(QString, host);
    QFETCH(int, port);
    ListenAddress address;
    QCOMPARE(parseListenAddress(text.toStdString(), address), ok);
    if (ok) {
        QCOMPARE(QString::fromStdString(address.host), host);
        QCOMPARE(int(address.port), port);
    }
}

void TestConfig::checkConfigCommand()
{
    const QString bin = qEnvironmentVariable("CASEPORTD_BIN");
    if (bin.isEmpty())
        QSKIP("CASEPORTD_BIN not set");
    QProcess good;
    good.start(bin, {"--check-config", "--config", samplePath()});
    QVERIFY(good.waitForFinished(30000));
    QCOMPARE(good.exitCode(), 0);
    QCOMPARE(good.readAllStandardOutput().trimmed(), QByteArray("config OK"));

    const QString bad = writeConfig("cli-bad.toml", "[server]\nlisten = \"x\"\n");
    QProcess check;
    check.start(bin, {"--check-config", "--config", bad});
    QVERIFY(check.waitForFinished(30000));
    QCOMPARE(check.exitCode(), 78); // EX_CONFIG, as the admin guide promises
    QVERIFY(check.readAllStandardError().contains((bad + ":2: server.listen").toUtf8()));

    // A problem in an included file is reported with that file's path and line.
    const QString root = m_dir.filePath("cli-include");
    QVERIFY(writeTree(root, {{"caseportd.toml", kMainWithInclude},
                             {"conf.d/10-server.toml", "[server]\nlisten = \"0.0.0.0:80\"\n"}},
                      m_hash));
    QProcess included;
    included.start(bin, {"--check-config", "--config", root + "/caseportd.toml"});
    QVERIFY(included.waitForFinished(30000));
    QCOMPARE(included.exitCode(), 78);
    const QByteArray expected = (root + "/conf.d/10-server.toml:1: server: only allowed").toUtf8();
    QVERIFY2(included.readAllStandardError().contains(expected), expected.constData());
}

void TestConfig::daemonPrintsListeningLineAndStopsOnSigterm()
{
    const QString bin = qEnvironmentVariable("CASEPORTD_BIN");
    if (bin.isEmpty())
        QSKIP("CASEPORTD_BIN not set");
    QProcess daemon;
    daemon.start(bin, {"--config", samplePath(), "--listen", "127.0.0.1:0", "--data-dir",
                       m_dir.filePath("daemon-data")});
    QVERIFY(daemon.waitForStarted(10000));
    QByteArray line;
    while (!line.contains('\n') && daemon.waitForReadyRead(30000))
        line += daemon.readAllStandardOutput();
    QVERIFY2(line.startsWith("caseportd listening on http://127.0.0.1:"), line.constData());
    const int port = line.trimmed().mid(line.lastIndexOf(':') + 1).toInt();
    QVERIFY(port > 0);
    QVERIFY(QFile::exists(m_dir.filePath("daemon-data/caseport.db")));
    ::kill(static_cast<pid_t>(daemon.processId()), SIGTERM);
    QVERIFY(daemon.waitForFinished(30000));
    QCOMPARE(daemon.exitStatus(), QProcess::NormalExit);
    QCOMPARE(daemon.exitCode(), 0);
    QCOMPARE(daemon.readAllStandardOutput().trimmed(), QByteArray());
}

QTEST_GUILESS_MAIN(TestConfig)
#include "tst_config.moc"
