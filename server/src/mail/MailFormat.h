#pragma once

// Header text for outgoing mail: RFC 2047 encoded-words for anything that is not plain
// ASCII, so Danish and Swedish subjects and names survive every mail server. Pure.

#include <string>

namespace caseport::server::mail {

// Plain printable ASCII comes back unchanged. Anything else becomes "=?UTF-8?B?…?="
// words of at most 39 bytes each, cut between UTF-8 characters (a word never holds
// half a character) and joined by "\r\n " folding; line breaks become spaces first.
[[nodiscard]] std::string encodeHeaderText(const std::string& text);

// "Name <address>" for From:/To:, the name encoded (or quoted when it holds characters
// such as ',' that mean something in an address header); the bare address when the
// name is empty.
[[nodiscard]] std::string mailboxHeader(const std::string& name, const std::string& address);

// "example.com" for "someone@example.com"; "localhost" when there is no '@'.
[[nodiscard]] std::string domainOf(const std::string& address);

} // namespace caseport::server::mail
