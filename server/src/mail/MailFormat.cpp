#include "mail/MailFormat.h"

#include <Poco/Base64Encoder.h>

#include <algorithm>
#include <sstream>

namespace caseport::server::mail {
namespace {

// 52 base64 characters: "Subject: " and one word fit a 78-column line.
constexpr std::size_t kWordBytes = 39;

bool isPlainAscii(const std::string& text)
{
    return std::all_of(text.begin(), text.end(), [](char c) {
        const auto u = static_cast<unsigned char>(c);
        return u >= 32 && u < 127;
    });
}

std::string base64(const std::string& bytes)
{
    std::ostringstream out;
    Poco::Base64Encoder encoder(out);
    encoder.rdbuf()->setLineLength(0);
    encoder << bytes;
    encoder.close();
    return out.str();
}

bool isContinuationByte(char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; }

} // namespace

std::string encodeHeaderText(const std::string& text)
{
    std::string flat = text;
    std::replace_if(
        flat.begin(), flat.end(), [](char c) { return c == '\r' || c == '\n'; }, ' ');
    // "=?" in plain text would read as the start of an encoded word: encode that too.
    if (isPlainAscii(flat) && flat.find("=?") == std::string::npos)
        return flat;
    std::string out;
    std::size_t at = 0;
    while (at < flat.size()) {
        std::size_t end = std::min(flat.size(), at + kWordBytes);
        while (end < flat.size() && end > at + 1 && isContinuationByte(flat[end]))
            --end; // back to the start of the character that would be cut
        if (!out.empty())
            out += "\r\n ";
        out += "=?UTF-8?B?" + base64(flat.substr(at, end - at)) + "?=";
        at = end;
    }
    return out;
}

std::string mailboxHeader(const std::string& name, const std::string& address)
{
    if (name.empty())
        return address;
    std::string shown = encodeHeaderText(name);
    if (shown == name && name.find_first_of("()<>[]:;@\\,.\"") != std::string::npos) {
        std::string quoted = "\"";
        for (char c : name) {
            if (c == '"' || c == '\\')
                quoted += '\\';
            quoted += c;
        }
        shown = quoted + "\"";
    }
    return shown + " <" + address + ">";
}

std::string domainOf(const std::string& address)
{
    const auto at = address.rfind('@');
    return at == std::string::npos || at + 1 == address.size() ? "localhost"
                                                               : address.substr(at + 1);
}

} // namespace caseport::server::mail
