#include "config/Config.h"

#include <algorithm>
#include <charconv>

namespace caseport::server {
namespace {

template <class T, class Key>
const T* findBy(const std::vector<T>& items, const std::string& id, Key key)
{
    auto it = std::find_if(items.begin(), items.end(),
                           [&](const T& item) { return key(item) == id; });
    return it == items.end() ? nullptr : &*it;
}

} // namespace

std::string ListenAddress::toString() const
{
    const bool v6 = host.find(':') != std::string::npos;
    return (v6 ? "[" + host + "]" : host) + ":" + std::to_string(port);
}

bool parseListenAddress(const std::string& text, ListenAddress& out)
{
    const auto colon = text.rfind(':');
    if (colon == std::string::npos || colon == 0 || colon + 1 == text.size())
        return false;
    std::string host = text.substr(0, colon);
    if (host.front() == '[') {
        if (host.size() < 3 || host.back() != ']')
            return false;
        host = host.substr(1, host.size() - 2);
    } else if (host.find(':') != std::string::npos) {
        return false;
    }
    const std::string portText = text.substr(colon + 1);
    unsigned port = 0;
    const auto* end = portText.data() + portText.size();
    auto [ptr, ec] = std::from_chars(portText.data(), end, port);
    if (ec != std::errc() || ptr != end || port > 65535)
        return false;
    out.host = host;
    out.port = static_cast<std::uint16_t>(port);
    return true;
}

std::vector<std::string> FileSettings::defaultAllowedFileTypes()
{
    return {
        // What the file may claim to be (the client's MIME type for it) ...
        "application/pdf", "text/plain", "text/csv", "application/rtf",
        "image/png", "image/jpeg", "image/gif", "image/webp", "image/heif", "image/heic",
        "image/tiff", "image/bmp", "application/zip", "message/rfc822",
        "application/vnd.ms-outlook", "application/msword", "application/vnd.ms-excel",
        "application/vnd.ms-powerpoint",
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        "application/vnd.openxmlformats-officedocument.presentationml.presentation",
        "application/vnd.oasis.opendocument.text", "application/vnd.oasis.opendocument.spreadsheet",
        "application/vnd.oasis.opendocument.presentation",
        // ... and how its name may end (what opens it on the receiver's machine).
        ".pdf", ".txt", ".csv", ".rtf", ".png", ".jpg", ".jpeg", ".gif", ".webp", ".heic",
        ".heif", ".tif", ".tiff", ".bmp", ".zip", ".eml", ".msg", ".doc", ".docx", ".xls",
        ".xlsx", ".ppt", ".pptx", ".odt", ".ods", ".odp"};
}

const UserAccount* Config::findUser(const std::string& email) const
{
    return findBy(users, email, [](const UserAccount& u) { return u.profile.id; });
}

const Account* Config::findAccount(const std::string& id) const
{
    return findBy(accounts, id, [](const Account& a) { return a.id; });
}

const Product* Config::findProduct(const std::string& id) const
{
    return findBy(products, id, [](const Product& p) { return p.id; });
}

} // namespace caseport::server
