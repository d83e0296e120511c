#include "config/ConfigLoader.h"

#include "auth/PasswordHasher.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>

namespace caseport::server {
namespace {

namespace fs = std::filesystem;

bool isValidId(const std::string& id)
{
    return !id.empty() && std::all_of(id.begin(), id.end(), [](unsigned char c) {
        return std::isalnum(c) != 0 || c == '_' || c == '-' || c == '.';
    });
}

// Reads "id", checks its form and that it is unique within `seen`.
std::string readId(TomlReader& r, const char* key, std::set<std::string>& seen)
{
    const std::string id = r.string(key, Need::Required).value_or("");
    if (!r.table().get(key))
        return id;
    if (!isValidId(id))
        r.problem(key, "'" + id + "' is not a valid id (letters, digits, '_', '-', '.')");
    else if (!seen.insert(id).second)
        r.problem(key, "duplicate id '" + id + "'");
    return id;
}

class Loader {
public:
    Loader(const std::string& sourceName, std::vector<ConfigProblem>& problems)
        : m_sink(sourceName, problems)
        , m_baseDir(fs::absolute(fs::path(sourceName)).parent_path())
    {
    }

    Config load(const toml::table& root)
    {
        Config config;
        TomlReader r(root, {}, m_sink);
        if (const toml::table* server = r.subTable("server", Need::Optional))
            readServer(*server, config.server);
        else
            config.server.dataDir = m_baseDir.string();
        r.forEachTable("products", [&](const toml::table& t, const std::string& path) {
            config.products.push_back(readProduct(t, path));
        });
        r.forEachTable("accounts", [&](const toml::table& t, const std::string& path) {
            config.accounts.push_back(readAccount(t, path));
        });
        r.forEachTable("users", [&](const toml::table& t, const std::string& path) {
            config.users.push_back(readUser(t, path, config));
        });
        r.finish();
        return config;
    }

private:
    void readServer(const toml::table& table, ServerSettings& server)
    {
        TomlReader r(table, "server", m_sink);
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

    Product readProduct(const toml::table& table, const std::string& path)
    {
        TomlReader r(table, path, m_sink);
        Product p;
        p.id = readId(r, "id", m_productIds);
        p.name = r.localized("name", Need::Required);
        p.supportPhone = r.string("support_phone", Need::Optional).value_or("");
        p.supportEmail = r.string("support_email", Need::Optional).value_or("");
        p.supportHours = r.localized("support_hours", Need::Optional);
        r.forEachTable("guides", [&](const toml::table& t, const std::string& guidePath) {
            TomlReader g(t, guidePath, m_sink);
            GuideLink link;
            link.title = g.localized("title", Need::Required);
            link.url = g.string("url", Need::Required).value_or("");
            if (g.table().get("url") && link.url.rfind("https://", 0) != 0
                && link.url.rfind("http://", 0) != 0)
                g.problem("url", "must start with http:// or https://");
            g.finish();
            p.guides.push_back(std::move(link));
        });
        std::set<std::string> categoryIds;
        r.forEachTable("categories", [&](const toml::table& t, const std::string& categoryPath) {
            TomlReader c(t, categoryPath, m_sink);
            Category category;
            category.id = readId(c, "id", categoryIds);
            category.name = c.localized("name", Need::Required);
            c.finish();
            p.categories.push_back(std::move(category));
        });
        r.finish();
        return p;
    }

    Account readAccount(const toml::table& table, const std::string& path)
    {
        TomlReader r(table, path, m_sink);
        Account a;
        a.id = readId(r, "id", m_accountIds);
        a.name = r.string("name", Need::Required).value_or("");
        a.orgNumber = r.string("org_number", Need::Optional).value_or("");
        std::set<std::string> objectIds;
        r.forEachTable("objects", [&](const toml::table& t, const std::string& objectPath) {
            TomlReader o(t, objectPath, m_sink);
            SiteObject object;
            object.id = readId(o, "id", objectIds);
            object.name = o.string("name", Need::Required).value_or("");
            o.finish();
            a.objects.push_back(std::move(object));
        });
        r.finish();
        return a;
    }

    UserAccount readUser(const toml::table& table, const std::string& path, const Config& config)
    {
        TomlReader r(table, path, m_sink);
        UserAccount u;
        u.profile.id = r.string("email", Need::Required).value_or("");
        if (r.table().get("email")) {
            if (u.profile.id.find('@') == std::string::npos)
                r.problem("email", "'" + u.profile.id + "' is not an e-mail address");
            else if (!m_userIds.insert(u.profile.id).second)
                r.problem("email", "duplicate user '" + u.profile.id + "'");
        }
        u.profile.name = r.string("name", Need::Required).value_or("");
        u.profile.language = r.string("language", Need::Optional).value_or("en");
        if (u.profile.language != "da" && u.profile.language != "en" && u.profile.language != "sv")
            r.problem("language", "must be da, en or sv");
        u.passwordHash = r.string("password_hash", Need::Required).value_or("");
        if (r.table().get("password_hash") && !isArgon2idEncoded(u.passwordHash))
            r.problem("password_hash",
                      "not an Argon2id hash (make one with 'caseportd hash-password')");
        u.profile.staff = r.boolean("staff").value_or(false);
        std::set<std::string> memberOf;
        r.forEachTable("memberships", [&](const toml::table& t, const std::string& mPath) {
            u.memberships.push_back(readMembership(t, mPath, config, memberOf));
        });
        r.finish();
        return u;
    }

    Membership readMembership(const toml::table& table, const std::string& path,
                              const Config& config, std::set<std::string>& memberOf)
    {
        TomlReader r(table, path, m_sink);
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
                    m_sink.add(node.source(), where + ": unknown product '" + product + "'");
                    continue;
                }
                const auto* text = node.as_string();
                const auto level = text ? accessLevelFromString(text->get()) : std::nullopt;
                if (!level)
                    m_sink.add(node.source(), where + ": must be \"full\", \"limited\" or \"none\"");
                else
                    m.products[product] = *level;
            }
        }
        r.finish();
        return m;
    }

    ProblemSink m_sink;
    fs::path m_baseDir;
    std::set<std::string> m_productIds;
    std::set<std::string> m_accountIds;
    std::set<std::string> m_userIds;
};

} // namespace

ConfigLoadResult loadConfigText(std::string_view text, const std::string& sourceName)
{
    ConfigLoadResult result;
    toml::table root;
    try {
        root = toml::parse(text, sourceName);
    } catch (const toml::parse_error& error) {
        result.problems.push_back({sourceName, static_cast<int>(error.source().begin.line),
                                   std::string(error.description())});
        return result;
    }
    Loader loader(sourceName, result.problems);
    result.config = loader.load(root);
    result.config.sourceFile = sourceName;
    return result;
}

ConfigLoadResult loadConfigFile(const std::string& path)
{
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        ConfigLoadResult result;
        result.problems.push_back({path, 0, "cannot open the file"});
        return result;
    }
    std::ostringstream text;
    text << in.rdbuf();
    return loadConfigText(text.str(), path);
}

} // namespace caseport::server
