#pragma once

// Reads the [mail] table (DESIGN §7 "Mail") for the config loader: SMTP server, sender,
// credentials by reference (an environment variable or a file, never the password
// itself), retry timing. Problems go to the reader's sink as "file:line: message".
// Private to the server library.

#include "config/Config.h"

#include <filesystem>
#include <string>

namespace caseport::server {

class TomlReader;

// Fills `mail` from the [mail] table behind `r`; a relative password_file resolves
// against baseDir (the main file's folder). The caller calls r.finish().
void readMailSettings(TomlReader& r, const std::filesystem::path& baseDir, MailSettings& mail);

// "Display Name <user@example.com>" or "user@example.com" → its parts; false when the
// text holds no usable address (exactly one '@', no spaces, brackets or line breaks).
[[nodiscard]] bool parseMailbox(const std::string& text, std::string& name, std::string& address);

} // namespace caseport::server
