#pragma once

// The server's configuration as plain data (DESIGN §8). ConfigLoader fills it from
// TOML; later features (workflow, mail, notices) add members here and checks there.

#include "caseport/Catalog.h"
#include "caseport/Notice.h"
#include "caseport/User.h"
#include "caseport/Workflow.h"

#include <cstdint>
#include <string>
#include <vector>

namespace caseport::server {

struct ListenAddress {
    std::string host = "127.0.0.1";
    std::uint16_t port = 8080; // 0 = let the kernel pick an ephemeral port

    [[nodiscard]] std::string toString() const;
};

// "HOST:PORT" (IPv6 as "[::1]:8080") → address; false on anything else.
[[nodiscard]] bool parseListenAddress(const std::string& text, ListenAddress& out);

struct ServerSettings {
    ListenAddress listen;
    std::string dataDir; // absolute once loaded (relative paths resolve against the file)
    std::int64_t tokenTtlHours = 720;
    std::int64_t maxBodyBytes = 1'048'576;
    std::string caseNumberPrefix = "CP";
};

// [files]: attachments and their blobs (docs/admin-guide.md).
struct FileSettings {
    std::int64_t maxFileBytes = std::int64_t{2} << 30; // 2 GiB per file
    // MIME patterns ("image/png", "image/*", "*/*") and name endings (".pdf"); see
    // caseport::files::isAllowedFileType.
    std::vector<std::string> allowedTypes = defaultAllowedFileTypes();

    // Office documents, PDF, common images, plain text, CSV, mail and zip.
    [[nodiscard]] static std::vector<std::string> defaultAllowedFileTypes();
};

// [mail]: notifications by e-mail (DESIGN §7). Absent table = mail disabled.
struct MailSettings {
    bool enabled = false;
    std::string smtpHost = "localhost";
    std::uint16_t smtpPort = 25;
    std::string fromAddress; // the envelope sender and From: address (required when enabled)
    std::string fromName; // the From: display name; may be empty
    std::string username; // empty = no SMTP AUTH
    std::string password; // read from password_env or password_file; never in the file
    bool authLogin = false; // AUTH LOGIN instead of AUTH PLAIN
    std::string portalName = "Caseport"; // how the texts name the portal
    std::int64_t retrySeconds = 30; // first retry delay; doubles up to an hour
    std::int64_t giveUpHours = 72; // a mail still failing this long after it was planned is dropped
};

// A person who may log in. The profile's id is the e-mail address.
struct UserAccount {
    UserProfile profile;
    std::string passwordHash; // Argon2id encoded string
    std::vector<Membership> memberships;
};

struct Config {
    std::string sourceFile; // where it was loaded from; empty when built in code
    ServerSettings server;
    FileSettings files;
    MailSettings mail;
    workflow::Workflow workflow = workflow::defaultWorkflow(); // [workflow]
    std::vector<Product> products;
    std::vector<Account> accounts;
    std::vector<UserAccount> users;
    std::vector<Notice> notices; // [[notices]]: source "config", times in RFC 3339 UTC
    // The files its `include` directory contributed, in the order they were read.
    std::vector<std::string> includedFiles;

    [[nodiscard]] const UserAccount* findUser(const std::string& email) const;
    [[nodiscard]] const Account* findAccount(const std::string& id) const;
    [[nodiscard]] const Product* findProduct(const std::string& id) const;
};

} // namespace caseport::server
