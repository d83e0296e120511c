#include "config/ConfigLoader.h"

#include "auth/PasswordHasher.h"
#include "caseport/FileNames.h"
#include "config/ConfigFiles.h"
#include "config/FormConfigReader.h"
#include "config/MailConfigReader.h"
#include "config/WorkflowConfigReader.h"
#include "config/NoticeConfigReader.h"

#include <algorithm>
#include <deque>
#include <filesystem>
#include <map>
#include <set>

namespace caseport::server {
namespace {

namespace fs = std::filesystem;

// The same advice whether the password sits in `password` or was pasted into
// `password_hash`; it never repeats the password, which would put it in logs.
constexpr const char* kClearTextPassword =
    "password in clear text: store only its hash, made with 'caseportd hash-password'";

// Ids already taken → "file:line" of their first use, so a duplicate (possibly in
// another file) can say where the original is.
using SeenIds = std::map<std::string, std::string>;

bool isValidId(const std::string& id)
{
    return !id.empty() && std::all_of(id.begin(), id.end(), [](unsigned char c) {
        return std::isalnum(c) != 0 || c == '_' || c == '-' || c == '.';
    });
}

// Records `id` (the value of `key`) as taken; a second use is reported as
// "<duplicate> '<id>' (first at file:line)".
void checkUnique(TomlReader& r, const char* key, const std::string& id, SeenIds& seen,
                 const std::string& duplicate)
{
    if (auto [first, added] = seen.emplace(id, r.locationOf(key)); !added)
        r.problem(key, duplicate + " '" + id + "' (first at " + first->second + ")");
}

// Reads "id", checks its form and that it is unique within `seen`.
std::string readId(TomlReader& r, const char* key, SeenIds& seen)
{
    const std::optional<std::string> id = r.string(key, Need::Required);
    if (!id)
        return {};
    if (!isValidId(*id))
        r.problem(key, "'" + *id + "' is not a valid id (letters, digits, '_', '-', '.')");
    else
        checkUnique(r, key, *id, seen, "duplicate id");
    return *id;
}

// A [[users]] table kept until every file's products and accounts are known, so a
// user may name an account that a later file defines.
struct PendingUser {
    const toml::table* table;
    std::string path;
    ProblemSink* sink;
};

struct IncludedFile {
    std::string path;
    toml::table root;
};

// One load of one configuration (the main file and its includes). Not reusable.
class Loader {
public:
    Loader(const std::string& mainFile, std::vector<ConfigProblem>& problems)
        : m_mainFile(mainFile)
        , m_problems(problems)
        , m_baseDir(fs::absolute(fs::path(mainFile)).parent_path())
    {
    }

    Config load(const toml::table& mainRoot)
    {
        Config config;
        config.sourceFile = m_mainFile;
        TomlReader main(mainRoot, {}, m_sinks.emplace_back(m_mainFile, m_problems));
        if (const toml::table* server = main.subTable("server", Need::Optional))
            readServer(*server, main.sink(), config.server);
        else
            config.server.dataDir = m_baseDir.string();
        if (const toml::table* files = main.subTable("files", Need::Optional))
            readFiles(*files, main.sink(), config.files);
        if (const toml::table* mail = main.subTable("mail", Need::Optional)) {
            TomlReader r(*mail, "mail", main.sink());
            readMailSettings(r, m_baseDir, config.mail);
            r.finish();
        }
        if (const toml::table* flow = main.subTable("workflow", Need::Optional)) {
            TomlReader r(*flow, "workflow", main.sink());
            readWorkflow(r, config.workflow);
            r.finish();
        }
        // Parsed before anything is read from them: PendingUser points into these.
        const std::vector<IncludedFile> included = readIncludes(main);
        readSections(main, config);
        main.finish();
        for (const IncludedFile& file : included) {
            config.includedFiles.push_back(file.path);
            TomlReader r(file.root, {}, m_sinks.emplace_back(file.path, m_problems));
            refuseOutsideMainFile(r, "server");
            refuseOutsideMainFile(r, "files");
            refuseOutsideMainFile(r, "include");
            refuseOutsideMainFile(r, "mail");
            refuseOutsideMainFile(r, "workflow");
            readSections(r, config);
            r.finish();
        }
        for (const PendingUser& user : m_pendingUsers)
            config.users.push_back(readUser(*user.table, user.path, *user.sink, config));
        for (const PendingUser& notice : m_pendingNotices) {
            TomlReader r(*notice.table, notice.path, *notice.sink);
            config.notices.push_back(readNotice(r, config, m_noticeIds));
            r.finish();
        }
        sortProblemsByFile();
        return config;
    }

private:
    std::vector<IncludedFile> readIncludes(TomlReader& main)
    {
        std::vector<IncludedFile> included;
        const std::optional<std::string> dir = main.string("include", Need::Optional);
        if (!dir)
            return included;
        if (dir->empty()) {
            main.problem("include", "must name a directory, e.g. \"conf.d\"");
            return included;
        }
        IncludeListing listing = listIncludeDirectory(m_mainFile, *dir);
        if (!listing.error.empty())
            main.problem("include", listing.error);
        m_fileOrder.insert(m_fileOrder.end(), listing.files.begin(), listing.files.end());
        for (std::string& path : listing.files) {
            if (auto root = parseTomlFile(path, m_problems))
                included.push_back({std::move(path), std::move(*root)});
        }
        return included;
    }

    // [server], [mail], [workflow] and include shape the whole server, so only the main file may set
    // them; in an included file they are a mistake, never a silent override.
    static void refuseOutsideMainFile(TomlReader& r, const char* key)
    {
        if (r.claim(key))
            r.problem(key, "only allowed in the main file, not in an included one");
    }

    // The array sections any file may add to. Users are only collected here.
    void readSections(TomlReader& r, Config& config)
    {
        ProblemSink& sink = r.sink();
        r.forEachTable("products", [&](const toml::table& t, const std::string& path) {
            config.products.push_back(readProduct(t, path, sink));
        });
        r.forEachTable("accounts", [&](const toml::table& t, const std::string& path) {
            config.accounts.push_back(readAccount(t, path, sink));
        });
        r.forEachTable("users", [&](const toml::table& t, const std::string& path) {
            m_pendingUsers.push_back({&t, path, &sink});
        });
        // Like users, notices name products any file may define: read once all are known.
        r.forEachTable("notices", [&](const toml::table& t, const std::string& path) {
            m_pendingNotices.push_back({&t, path, &sink});
        });
    }

    // Users are read last, so their problems would otherwise trail the rest; group
    // them by file (main file first, then includes in reading order) and line.
    void sortProblemsByFile()
    {
        std::map<std::string, std::size_t> rank;
        for (const std::string& file : m_fileOrder)
            rank.emplace(file, rank.size());
        auto rankOf = [&](const ConfigProblem& p) {
            auto it = rank.find(p.file);
            return it == rank.end() ? rank.size() : it->second;
        };
        std::stable_sort(m_problems.begin(), m_problems.end(),
                         [&](const ConfigProblem& a, const ConfigProblem& b) {
                             const auto ra = rankOf(a);
                             const auto rb = rankOf(b);
                             return ra != rb ? ra < rb : a.line < b.line;
                         });
    }

    void readServer(const toml::table& table, ProblemSink& sink, ServerSettings& server)
    {
        TomlReader r(table, "server", sink);
        // TOML puts every key after [server] into [server]; say where include belongs.
        if (r.claim("include"))
            r.problem("include", "must come before [server]: it is a top-level key");
        if (auto listen = r.string("listen", Need::Optional)) {
            if (!parseListenAddress(*listen, server.listen))
                r.problem("listen", "expected HOST:PORT, got '" + *listen + "'");
        }
        const std::string dataDir = r.string("data_dir", Need::Optional).value_or(".");
        server.dataDir = (m_baseDir / dataDir).lexically_normal().string();
        if (auto ttl = r.integer("token_ttl_hours", Need::Optional)) {
            if (*ttl <= 0 || *ttl > 24 * 366)
                r.problem("token_ttl_hours", "must be between 1 and 8784 (a year)");
            server.tokenTtlHours = *ttl;
        }
        if (auto maxBody = r.integer("max_body_bytes", Need::Optional)) {
            if (*maxBody < 1024)
                r.problem("max_body_bytes", "must be at least 1024");
            server.maxBodyBytes = *maxBody;
        }
        if (auto prefix = r.string("case_number_prefix", Need::Optional)) {
            if (!isValidId(*prefix))
                r.problem("case_number_prefix", "must be letters or digits");
            server.caseNumberPrefix = *prefix;
        }
        r.finish();
    }

    static void readFiles(const toml::table& table, ProblemSink& sink, FileSettings& settings)
    {
        TomlReader r(table, "files", sink);
        if (r.claim("include"))
            r.problem("include", "must come before [files]: it is a top-level key");
        if (auto maxFile = r.integer("max_file_bytes", Need::Optional)) {
            if (*maxFile < 1)
                r.problem("max_file_bytes", "must be at least 1");
            settings.maxFileBytes = *maxFile;
        }
        if (r.table().get("allowed_types")) {
            settings.allowedTypes = r.strings("allowed_types");
            for (const std::string& entry : settings.allowedTypes) {
                if (!caseport::files::isFileTypePattern(entry))
                    r.problem("allowed_types",
                              "'" + entry
                                  + "' is neither a MIME type (\"application/pdf\", \"image/*\", "
                                    "\"*/*\") nor a name ending (\".pdf\")");
            }
        }
        r.finish();
    }

    Product readProduct(const toml::table& table, const std::string& path, ProblemSink& sink)
    {
        TomlReader r(table, path, sink);
        Product p;
        p.id = readId(r, "id", m_productIds);
        p.name = r.localized("name", Need::Required);
        p.supportPhone = r.string("support_phone", Need::Optional).value_or("");
        p.supportEmail = r.string("support_email", Need::Optional).value_or("");
        p.supportHours = r.localized("support_hours", Need::Optional);
        r.forEachTable("guides", [&](const toml::table& t, const std::string& guidePath) {
            TomlReader g(t, guidePath, sink);
            GuideLink link;
            link.title = g.localized("title", Need::Required);
            link.url = g.string("url", Need::Required).value_or("");
            if (g.table().get("url") && link.url.rfind("https://", 0) != 0
                && link.url.rfind("http://", 0) != 0)
                g.problem("url", "must start with http:// or https://");
            g.finish();
            p.guides.push_back(std::move(link));
        });
        readFormFields(r, p.form);
        SeenIds categoryIds;
        r.forEachTable("categories", [&](const toml::table& t, const std::string& categoryPath) {
            TomlReader c(t, categoryPath, sink);
            Category category;
            category.id = readId(c, "id", categoryIds);
            category.name = c.localized("name", Need::Required);
            readFormFields(c, category.form);
            readFormRules(c, mergedForm(p.form, category.form), {category}, category.form);
            c.finish();
            p.categories.push_back(std::move(category));
        });
        readFormRules(r, p.form, p.categories, p.form);
        r.finish();
        return p;
    }

    Account readAccount(const toml::table& table, const std::string& path, ProblemSink& sink)
    {
        TomlReader r(table, path, sink);
        Account a;
        a.id = readId(r, "id", m_accountIds);
        a.name = r.string("name", Need::Required).value_or("");
        a.orgNumber = r.string("org_number", Need::Optional).value_or("");
        SeenIds objectIds;
        r.forEachTable("objects", [&](const toml::table& t, const std::string& objectPath) {
            TomlReader o(t, objectPath, sink);
            SiteObject object;
            object.id = readId(o, "id", objectIds);
            object.name = o.string("name", Need::Required).value_or("");
            o.finish();
            a.objects.push_back(std::move(object));
        });
        r.finish();
        return a;
    }

    UserAccount readUser(const toml::table& table, const std::string& path, ProblemSink& sink,
                         const Config& config)
    {
        TomlReader r(table, path, sink);
        UserAccount u;
        if (auto email = r.string("email", Need::Required)) {
            u.profile.id = *email;
            if (email->find('@') == std::string::npos)
                r.problem("email", "'" + *email + "' is not an e-mail address");
            else
                checkUnique(r, "email", *email, m_userIds, "duplicate user");
        }
        u.profile.name = r.string("name", Need::Required).value_or("");
        u.profile.language = r.string("language", Need::Optional).value_or("en");
        if (u.profile.language != "da" && u.profile.language != "en" && u.profile.language != "sv")
            r.problem("language", "must be da, en or sv");
        u.passwordHash = readPasswordHash(r);
        u.profile.staff = r.boolean("staff").value_or(false);
        std::set<std::string> memberOf;
        r.forEachTable("memberships", [&](const toml::table& t, const std::string& mPath) {
            u.memberships.push_back(readMembership(t, mPath, sink, config, memberOf));
        });
        r.finish();
        return u;
    }

    // password_hash, refusing a password in clear text under either key.
    static std::string readPasswordHash(TomlReader& r)
    {
        if (r.claim("password"))
            r.problem("password", kClearTextPassword);
        const std::optional<std::string> hash = r.string("password_hash", Need::Required);
        if (!hash)
            return {};
        // A value that does not even start like an encoded hash ($argon2id$…) is most
        // likely the password itself.
        if (hash->empty())
            r.problem("password_hash", "is empty (make a hash with 'caseportd hash-password')");
        else if (hash->front() != '$')
            r.problem("password_hash", kClearTextPassword);
        else if (!isArgon2idEncoded(*hash))
            r.problem("password_hash",
                      "not an Argon2id hash (make one with 'caseportd hash-password')");
        return *hash;
    }

    Membership readMembership(const toml::table& table, const std::string& path,
                              ProblemSink& sink, const Config& config,
                              std::set<std::string>& memberOf)
    {
        TomlReader r(table, path, sink);
        Membership m;
        m.account = r.string("account", Need::Required).value_or("");
        const Account* account = config.findAccount(m.account);
        if (r.table().get("account")) {
            if (!account)
                r.problem("account", "unknown account '" + m.account + "'");
            else if (!memberOf.insert(m.account).second)
                r.problem("account", "second membership in account '" + m.account + "'");
        }
        m.customerAdmin = r.boolean("customer_admin").value_or(false);
        m.objects = r.strings("objects");
        for (const auto& object : m.objects) {
            const bool known = account
                && std::any_of(account->objects.begin(), account->objects.end(),
                               [&](const SiteObject& o) { return o.id == object; });
            if (account && !known)
                r.problem("objects", "unknown object '" + object + "' in account '" + m.account + "'");
        }
        if (const toml::table* products = r.subTable("products", Need::Optional)) {
            for (auto&& [key, node] : *products) {
                const std::string product(key.str());
                const std::string where = path + ".products." + product;
                if (!config.findProduct(product)) {
                    sink.add(node.source(), where + ": unknown product '" + product + "'");
                    continue;
                }
                const auto* text = node.as_string();
                const auto level = text ? accessLevelFromString(text->get()) : std::nullopt;
                if (!level)
                    sink.add(node.source(), where + ": must be \"full\", \"limited\" or \"none\"");
                else
                    m.products[product] = *level;
            }
        }
        r.finish();
        return m;
    }

    std::string m_mainFile;
    std::vector<ConfigProblem>& m_problems;
    fs::path m_baseDir;
    std::deque<ProblemSink> m_sinks; // one per file; a deque keeps references valid
    std::vector<std::string> m_fileOrder{m_mainFile}; // main file, then included ones
    std::vector<PendingUser> m_pendingUsers;
    std::vector<PendingUser> m_pendingNotices; // [[notices]] tables, the same shape
    SeenIds m_productIds;
    SeenIds m_accountIds;
    SeenIds m_userIds;
    SeenIds m_noticeIds;
};

} // namespace

ConfigLoadResult loadConfigText(std::string_view text, const std::string& sourceName)
{
    ConfigLoadResult result;
    if (auto root = parseToml(text, sourceName, result.problems))
        result.config = Loader(sourceName, result.problems).load(*root);
    return result;
}

ConfigLoadResult loadConfigFile(const std::string& path)
{
    ConfigLoadResult result;
    if (auto root = parseTomlFile(path, result.problems))
        result.config = Loader(path, result.problems).load(*root);
    return result;
}

} // namespace caseport::server
