#include "caseport/FileNames.h"

#include <algorithm>

namespace caseport::files {
namespace {

constexpr char32_t kInvalid = 0xFFFFFFFF;

// Decodes one code point at `pos` and advances it; kInvalid (advancing one byte) for
// anything that is not well-formed UTF-8 (overlong forms and surrogates included).
char32_t nextCodePoint(std::string_view text, std::size_t& pos)
{
    const auto byte = [&](std::size_t i) { return static_cast<unsigned char>(text[i]); };
    const unsigned char lead = byte(pos);
    std::size_t length = 0;
    char32_t value = 0;
    char32_t minimum = 0;
    if (lead < 0x80) {
        ++pos;
        return lead;
    } else if ((lead & 0xE0U) == 0xC0U) {
        length = 2;
        value = lead & 0x1FU;
        minimum = 0x80;
    } else if ((lead & 0xF0U) == 0xE0U) {
        length = 3;
        value = lead & 0x0FU;
        minimum = 0x800;
    } else if ((lead & 0xF8U) == 0xF0U) {
        length = 4;
        value = lead & 0x07U;
        minimum = 0x10000;
    } else {
        ++pos;
        return kInvalid;
    }
    if (pos + length > text.size()) {
        ++pos;
        return kInvalid;
    }
    for (std::size_t i = 1; i < length; ++i) {
        if ((byte(pos + i) & 0xC0U) != 0x80U) {
            ++pos;
            return kInvalid;
        }
        value = (value << 6) | (byte(pos + i) & 0x3FU);
    }
    if (value < minimum || value > 0x10FFFF || (value >= 0xD800 && value <= 0xDFFF)) {
        ++pos;
        return kInvalid;
    }
    pos += length;
    return value;
}

void appendUtf8(std::string& out, char32_t c)
{
    if (c < 0x80) {
        out += static_cast<char>(c);
    } else if (c < 0x800) {
        out += static_cast<char>(0xC0 | (c >> 6));
        out += static_cast<char>(0x80 | (c & 0x3F));
    } else if (c < 0x10000) {
        out += static_cast<char>(0xE0 | (c >> 12));
        out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (c & 0x3F));
    } else {
        out += static_cast<char>(0xF0 | (c >> 18));
        out += static_cast<char>(0x80 | ((c >> 12) & 0x3F));
        out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (c & 0x3F));
    }
}

bool isDropped(char32_t c)
{
    if (c < 0x20 || c == 0x7F || (c >= 0x80 && c <= 0x9F)) // C0, DEL, C1 controls
        return true;
    if (c == 0x200E || c == 0x200F || (c >= 0x202A && c <= 0x202E)
        || (c >= 0x2066 && c <= 0x2069)) // bidirectional marks, overrides, isolates
        return true;
    constexpr std::string_view kWindowsIllegal = "<>:\"/\\|?*";
    return c < 0x80 && kWindowsIllegal.find(static_cast<char>(c)) != std::string_view::npos;
}

char lowerAscii(char c)
{
    return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
}

std::string lowered(std::string_view text)
{
    std::string out(text);
    std::transform(out.begin(), out.end(), out.begin(), lowerAscii);
    return out;
}

void trimTrailingDotsAndSpaces(std::string& name)
{
    while (!name.empty() && (name.back() == '.' || name.back() == ' '))
        name.pop_back();
}

bool isReservedDeviceName(const std::string& name)
{
    std::string stem = name.substr(0, name.find('.'));
    while (!stem.empty() && stem.back() == ' ')
        stem.pop_back();
    stem = lowered(stem);
    if (stem == "con" || stem == "prn" || stem == "aux" || stem == "nul")
        return true;
    if (stem.size() < 4 || (stem.compare(0, 3, "com") != 0 && stem.compare(0, 3, "lpt") != 0))
        return false;
    const std::string digit = stem.substr(3);
    // COM1-9, LPT1-9 and, as Windows also reserves them, with superscript 1, 2, 3.
    return (digit.size() == 1 && digit[0] >= '1' && digit[0] <= '9') || digit == "\xC2\xB9"
        || digit == "\xC2\xB2" || digit == "\xC2\xB3";
}

// The largest length <= limit that does not end inside a multi-byte sequence.
std::size_t codePointBoundary(const std::string& text, std::size_t limit)
{
    if (limit >= text.size())
        return text.size();
    while (limit > 0 && (static_cast<unsigned char>(text[limit]) & 0xC0U) == 0x80U)
        --limit;
    return limit;
}

std::string capLength(const std::string& name)
{
    if (name.size() <= kMaxFileNameBytes)
        return name;
    // Keep a sensible extension ("report.pdf"); a "dot" at 0 or a very long tail is not one.
    constexpr std::size_t kMaxExtensionBytes = 32;
    const std::size_t dot = name.rfind('.');
    std::string extension;
    if (dot != std::string::npos && dot > 0 && name.size() - dot <= kMaxExtensionBytes)
        extension = name.substr(dot);
    std::string stem = name.substr(0, name.size() - extension.size());
    stem.resize(codePointBoundary(stem, kMaxFileNameBytes - extension.size()));
    if (extension.empty())
        trimTrailingDotsAndSpaces(stem);
    return stem + extension;
}

bool isTokenChar(char c)
{
    constexpr std::string_view kSpecials = "!#$%&'*+-.^_`|~";
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
        || kSpecials.find(c) != std::string_view::npos;
}

bool isToken(std::string_view text)
{
    return !text.empty() && std::all_of(text.begin(), text.end(), isTokenChar);
}

bool isMimePattern(std::string_view entry)
{
    const auto slash = entry.find('/');
    if (slash == std::string_view::npos)
        return false;
    const std::string_view type = entry.substr(0, slash);
    const std::string_view subtype = entry.substr(slash + 1);
    if (type == "*")
        return subtype == "*";
    return isToken(type) && type.find('*') == std::string_view::npos
        && (subtype == "*" || (isToken(subtype) && subtype.find('*') == std::string_view::npos));
}

bool isNameEnding(std::string_view entry)
{
    return entry.size() >= 2 && entry.size() <= 64 && entry.front() == '.'
        && std::none_of(entry.begin(), entry.end(), [](char c) {
               const auto u = static_cast<unsigned char>(c);
               return u < 0x20 || u == 0x7F || c == '/' || c == '\\';
           });
}

// "Text/Plain; charset=utf-8 " → "text/plain"
std::string baseMimeType(std::string_view mime)
{
    std::string base = lowered(mime.substr(0, mime.find(';')));
    const auto first = base.find_first_not_of(" \t");
    const auto last = base.find_last_not_of(" \t");
    return first == std::string::npos ? std::string() : base.substr(first, last - first + 1);
}

bool mimeMatches(const std::string& pattern, const std::string& mime)
{
    if (pattern == "*/*")
        return true;
    if (pattern.size() >= 2 && pattern.compare(pattern.size() - 2, 2, "/*") == 0)
        return mime.compare(0, pattern.size() - 1, pattern, 0, pattern.size() - 1) == 0;
    return pattern == mime;
}

} // namespace

std::string safeFileName(std::string_view name)
{
    const auto separator = name.find_last_of("/\\");
    if (separator != std::string_view::npos)
        name.remove_prefix(separator + 1);

    std::string out;
    out.reserve(name.size());
    for (std::size_t pos = 0; pos < name.size();) {
        const char32_t c = nextCodePoint(name, pos);
        if (c == kInvalid)
            out += '_';
        else if (!isDropped(c))
            appendUtf8(out, c);
    }
    trimTrailingDotsAndSpaces(out);
    if (isReservedDeviceName(out))
        out.insert(out.begin(), '_');
    out = capLength(out);
    if (out.empty() || out == "." || out == "..")
        return "file";
    return out;
}

bool isMimeType(std::string_view text)
{
    return text.size() <= 255 && isMimePattern(text) && text.find('*') == std::string_view::npos;
}

bool isFileTypePattern(std::string_view entry)
{
    return isMimePattern(entry) || isNameEnding(entry);
}

bool isAllowedMimeType(const std::vector<std::string>& allowed, std::string_view mime)
{
    std::string type = baseMimeType(mime);
    if (type.empty())
        type = "application/octet-stream";
    bool hasPatterns = false;
    for (const std::string& entry : allowed) {
        const std::string pattern = lowered(entry);
        if (!isMimePattern(pattern))
            continue;
        if (mimeMatches(pattern, type))
            return true;
        hasPatterns = true;
    }
    return !hasPatterns;
}

bool isAllowedFileName(const std::vector<std::string>& allowed, std::string_view name)
{
    const std::string safeName = lowered(safeFileName(name));
    bool hasEndings = false;
    for (const std::string& entry : allowed) {
        const std::string ending = lowered(entry);
        if (!isNameEnding(ending))
            continue;
        if (safeName.size() >= ending.size()
            && safeName.compare(safeName.size() - ending.size(), ending.size(), ending) == 0)
            return true;
        hasEndings = true;
    }
    return !hasEndings;
}

bool isAllowedFileType(const std::vector<std::string>& allowed, std::string_view name,
                       std::string_view mime)
{
    return std::any_of(allowed.begin(), allowed.end(),
                       [](const std::string& entry) { return isFileTypePattern(entry); })
        && isAllowedMimeType(allowed, mime) && isAllowedFileName(allowed, name);
}

} // namespace caseport::files
