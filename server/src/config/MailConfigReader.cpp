#include "config/MailConfigReader.h"

#include "config/TomlReader.h"

#include <algorithm>
#include <cstdlib>
#include <fstream>
#include <sstream>

namespace caseport::server {
namespace {

namespace fs = std::filesystem;

bool isAddress(const std::string& text)
{
    const auto at = text.find('@');
    if (at == std::string::npos || at == 0 || at + 1 == text.size()
        || text.find('@', at + 1) != std::string::npos)
        return false;
    return std::none_of(text.begin(), text.end(), [](char c) {
        const auto u = static_cast<unsigned char>(c);
        return u <= 32 || u == 127
            || std::string_view("<>()[]\\,;:\"").find(c) != std::string_view::npos;
    });
}

std::string trimmed(const std::string& text)
{
    const auto first = text.find_first_not_of(" \t");
    if (first == std::string::npos)
        return {};
    return text.substr(first, text.find_last_not_of(" \t") - first + 1);
}

// The password named by password_env or password_file; problems say which key.
std::string readPassword(TomlReader& r, const fs::path& baseDir, bool wanted)
{
    const std::optional<std::string> env = r.string("password_env", Need::Optional);
    const std::optional<std::string> file = r.string("password_file", Need::Optional);
    if (env && file) {
        r.problem("password_file", "give password_env or password_file, not both");
        return {};
    }
    if ((env || file) && !wanted) {
        r.problem(env ? "password_env" : "password_file", "needs username");
        return {};
    }
    if (env) {
        const char* value = env->empty() ? nullptr : std::getenv(env->c_str());
        if (!value || !*value)
            r.problem("password_env", "environment variable '" + *env + "' is not set or empty");
        return value ? value : "";
    }
    if (file) {
        const fs::path path = (baseDir / *file).lexically_normal();
        std::ifstream in(path, std::ios::binary);
        std::ostringstream content;
        if (!in || !(content << in.rdbuf())) {
            r.problem("password_file", "cannot read '" + path.string() + "'");
            return {};
        }
        std::string password = content.str();
        while (!password.empty() && (password.back() == '\n' || password.back() == '\r'))
            password.pop_back();
        if (password.empty())
            r.problem("password_file", "'" + path.string() + "' is empty");
        return password;
    }
    if (wanted)
        r.problem("username", "needs password_env or password_file");
    return {};
}

} // namespace

bool parseMailbox(const std::string& text, std::string& name, std::string& address)
{
    if (text.find_first_of("\r\n") != std::string::npos)
        return false;
    const auto open = text.rfind('<');
    if (open == std::string::npos) {
        name.clear();
        address = trimmed(text);
        return isAddress(address);
    }
    if (text.back() != '>' || text.find('>') != text.size() - 1)
        return false;
    address = text.substr(open + 1, text.size() - open - 2);
    name = trimmed(text.substr(0, open));
    if (name.size() >= 2 && name.front() == '"' && name.back() == '"')
        name = name.substr(1, name.size() - 2);
    return isAddress(address) && name.find_first_of("<>\"") == std::string::npos;
}

void readMailSettings(TomlReader& r, const fs::path& baseDir, MailSettings& mail)
{
    mail.enabled = r.boolean("enabled").value_or(false);
    if (auto host = r.string("smtp_host", Need::Optional)) {
        if (host->empty() || host->find_first_of(" \t\r\n") != std::string::npos)
            r.problem("smtp_host", "must be a host name or address");
        mail.smtpHost = *host;
    }
    if (auto port = r.integer("smtp_port", Need::Optional)) {
        if (*port < 1 || *port > 65535)
            r.problem("smtp_port", "must be between 1 and 65535");
        else
            mail.smtpPort = static_cast<std::uint16_t>(*port);
    }
    if (auto from = r.string("from", Need::Optional)) {
        if (!parseMailbox(*from, mail.fromName, mail.fromAddress))
            r.problem("from", "expected \"Name <address>\" or \"address\", got '" + *from + "'");
    } else if (mail.enabled) {
        r.problem("from", "missing (the sender address, required when mail is enabled)");
    }
    mail.username = r.string("username", Need::Optional).value_or("");
    mail.password = readPassword(r, baseDir, !mail.username.empty());
    if (r.claim("password"))
        r.problem("password",
            "password in clear text: name an environment variable in "
            "password_env or a file in password_file instead");
    if (auto auth = r.string("auth", Need::Optional)) {
        if (*auth != "plain" && *auth != "login")
            r.problem("auth", "must be \"plain\" or \"login\"");
        mail.authLogin = *auth == "login";
    }
    if (r.boolean("starttls").value_or(false))
        r.problem("starttls",
            "not supported: caseportd sends plain SMTP; for TLS, relay "
            "through a mail server on this machine (see the admin guide)");
    if (auto portal = r.string("portal_name", Need::Optional)) {
        if (portal->empty() || portal->find_first_of("\r\n") != std::string::npos)
            r.problem("portal_name", "must be one line of text");
        mail.portalName = *portal;
    }
    if (auto retry = r.integer("retry_seconds", Need::Optional)) {
        if (*retry < 1 || *retry > 3600)
            r.problem("retry_seconds", "must be between 1 and 3600");
        mail.retrySeconds = *retry;
    }
    if (auto giveUp = r.integer("give_up_hours", Need::Optional)) {
        if (*giveUp < 1 || *giveUp > 24 * 30)
            r.problem("give_up_hours", "must be between 1 and 720 (30 days)");
        mail.giveUpHours = *giveUp;
    }
}

} // namespace caseport::server
