#include "caseport/Codec.h"

#include "caseport/CodecDetail.h"
#include "caseport/JsonReader.h"

#include <algorithm>

namespace caseport {

CodecError::CodecError(std::string code, std::string field, const std::string& message)
    : std::runtime_error(field.empty() ? message : field + ": " + message)
    , m_code(std::move(code))
    , m_field(std::move(field))
{
}

ApiError CodecError::toApiError() const
{
    return {m_code, what(), m_field, nullptr};
}

namespace codec {

Json levelsJson(const std::map<std::string, AccessLevel>& levels)
{
    Json out = Json::object();
    for (const auto& [product, level] : levels)
        out[product] = toString(level);
    return out;
}

AccessLevel levelFrom(const Json& value, const std::string& field)
{
    const auto parsed = value.is_string() ? accessLevelFromString(value.get<std::string>())
                                          : std::nullopt;
    if (!parsed)
        throw CodecError(error::kInvalidField, field, "expected full, limited or none");
    return *parsed;
}

std::map<std::string, AccessLevel> levelsFrom(JsonReader& reader, const char* key)
{
    std::map<std::string, AccessLevel> levels;
    for (const auto& [product, level] : reader.object(key).items())
        levels[product] = levelFrom(level, reader.pathOf(key) + "." + product);
    return levels;
}

namespace {

// Declared before the templates below so their unqualified calls find them; the
// using-declaration keeps the public overloads visible beside these.
using caseport::codec::toJson;
Json toJson(const LocalizedText& text);
Json toJson(const SiteObject& value);
Json toJson(const Account& value);
Json toJson(const Membership& value);
Json toJson(const Category& value);
Json toJson(const GuideLink& value);
Json toJson(const Product& value);
Json toJson(const StatusDefinition& value);

// Custom field values are scalars or flat arrays of scalars (multi-choice). Anything
// deeper is refused here so no later dump or walk can recurse on hostile nesting.
Json fieldValues(JsonReader& reader)
{
    const Json& fields = reader.object("fields"); // checked before any (recursive) copy
    for (const auto& [key, value] : fields.items()) {
        const bool flatArray = value.is_array()
            && std::all_of(value.begin(), value.end(),
                           [](const Json& item) { return item.is_primitive(); });
        if (!value.is_primitive() && !flatArray)
            throw CodecError(error::kInvalidField, reader.pathOf("fields") + "." + key,
                             "expected a text, number, true/false or a list of those");
    }
    return fields;
}

Json nullable(const std::string& text)
{
    return text.empty() ? Json(nullptr) : Json(text);
}

Json toJson(const LocalizedText& text)
{
    Json out = Json::object();
    for (const auto& [lang, value] : text.byLanguage)
        out[lang] = value;
    return out;
}

LocalizedText localizedFrom(const Json& json, const std::string& path)
{
    JsonReader reader(json, path);
    LocalizedText text;
    for (const auto& key : reader.keys())
        text.byLanguage[key] = reader.string(key.c_str(), Presence::Required);
    reader.finish();
    return text;
}

template <class T, class Fn>
std::vector<T> arrayOf(JsonReader& reader, const char* key, Fn&& decodeOne)
{
    std::vector<T> out;
    reader.forEach(key, [&](const Json& item, const std::string& path) {
        out.push_back(decodeOne(item, path));
    });
    return out;
}

template <class T>
Json arrayJson(const std::vector<T>& items)
{
    Json out = Json::array();
    for (const auto& item : items)
        out.push_back(toJson(item));
    return out;
}

Json toJson(const SiteObject& value)
{
    return {{"id", value.id}, {"name", value.name}};
}

Json toJson(const Account& value)
{
    return {{"id", value.id}, {"name", value.name}, {"orgNumber", value.orgNumber},
            {"objects", arrayJson(value.objects)}};
}

Json toJson(const Membership& value)
{
    return {{"account", value.account}, {"products", levelsJson(value.products)},
            {"objects", value.objects}, {"customerAdmin", value.customerAdmin}};
}

Json toJson(const Category& value)
{
    return {{"id", value.id}, {"name", toJson(value.name)}};
}

Json toJson(const GuideLink& value)
{
    return {{"title", toJson(value.title)}, {"url", value.url}};
}

Json toJson(const Product& value)
{
    return {{"id", value.id},
            {"name", toJson(value.name)},
            {"supportPhone", value.supportPhone},
            {"supportEmail", value.supportEmail},
            {"supportHours", toJson(value.supportHours)},
            {"guides", arrayJson(value.guides)},
            {"categories", arrayJson(value.categories)}};
}

Json toJson(const StatusDefinition& value)
{
    return {{"id", value.id}, {"label", toJson(value.label)}, {"closed", value.closed}};
}

UserProfile profileFrom(const Json& json, const std::string& path)
{
    JsonReader r(json, path);
    UserProfile p;
    p.id = r.string("id", Presence::Required);
    p.name = r.string("name", Presence::Optional);
    p.language = r.string("language", Presence::Optional);
    if (p.language.empty())
        p.language = "en";
    p.staff = r.boolean("staff", false);
    r.finish();
    return p;
}





SiteObject siteObjectFrom(const Json& json, const std::string& path)
{
    JsonReader r(json, path);
    SiteObject o{r.string("id", Presence::Required), r.string("name", Presence::Optional)};
    r.finish();
    return o;
}

Account accountFrom(const Json& json, const std::string& path)
{
    JsonReader r(json, path);
    Account a;
    a.id = r.string("id", Presence::Required);
    a.name = r.string("name", Presence::Optional);
    a.orgNumber = r.string("orgNumber", Presence::Optional);
    a.objects = arrayOf<SiteObject>(r, "objects", siteObjectFrom);
    r.finish();
    return a;
}

Membership membershipFrom(const Json& json, const std::string& path)
{
    JsonReader r(json, path);
    Membership m;
    m.account = r.string("account", Presence::Required);
    m.products = levelsFrom(r, "products");
    m.objects = r.strings("objects");
    m.customerAdmin = r.boolean("customerAdmin", false);
    r.finish();
    return m;
}

Category categoryFrom(const Json& json, const std::string& path)
{
    JsonReader r(json, path);
    Category c;
    c.id = r.string("id", Presence::Required);
    c.name = localizedFrom(r.object("name"), r.pathOf("name"));
    r.finish();
    return c;
}

GuideLink guideFrom(const Json& json, const std::string& path)
{
    JsonReader r(json, path);
    GuideLink g;
    g.title = localizedFrom(r.object("title"), r.pathOf("title"));
    g.url = r.string("url", Presence::Required);
    r.finish();
    return g;
}

Product productFrom(const Json& json, const std::string& path)
{
    JsonReader r(json, path);
    Product p;
    p.id = r.string("id", Presence::Required);
    p.name = localizedFrom(r.object("name"), r.pathOf("name"));
    p.supportPhone = r.string("supportPhone", Presence::Optional);
    p.supportEmail = r.string("supportEmail", Presence::Optional);
    p.supportHours = localizedFrom(r.object("supportHours"), r.pathOf("supportHours"));
    p.guides = arrayOf<GuideLink>(r, "guides", guideFrom);
    p.categories = arrayOf<Category>(r, "categories", categoryFrom);
    r.finish();
    return p;
}

StatusDefinition statusFrom(const Json& json, const std::string& path)
{
    JsonReader r(json, path);
    StatusDefinition s;
    s.id = r.string("id", Presence::Required);
    s.label = localizedFrom(r.object("label"), r.pathOf("label"));
    s.closed = r.boolean("closed", false);
    r.finish();
    return s;
}

std::vector<std::string> idsFrom(JsonReader& removed, const char* key)
{
    return removed.strings(key);
}

} // namespace

AttachmentRef attachmentRefFrom(const Json& json, const std::string& path)
{
    JsonReader r(json, path);
    AttachmentRef a;
    a.id = r.string("id", Presence::Required);
    a.name = r.string("name", Presence::Required);
    a.sha256 = r.string("sha256", Presence::Required);
    a.size = r.integer("size", Presence::Required);
    a.mime = r.string("mime", Presence::Optional);
    r.finish();
    return a;
}

Case caseFrom(const Json& json, const std::string& path)
{
    JsonReader r(json, path);
    Case c;
    c.id = r.string("id", Presence::Required);
    c.number = r.string("number", Presence::Optional);
    c.account = r.string("account", Presence::Required);
    c.product = r.string("product", Presence::Required);
    c.category = r.string("category", Presence::Optional);
    c.object = r.string("object", Presence::Optional);
    c.subject = r.string("subject", Presence::Required);
    c.description = r.string("description", Presence::Optional);
    c.fields = fieldValues(r);
    c.isPrivate = r.boolean("private", false);
    c.status = r.string("status", Presence::Required);
    c.creator = r.string("creator", Presence::Required);
    c.channel = r.string("channel", Presence::Optional);
    c.onBehalfBy = r.string("onBehalfBy", Presence::Optional);
    c.assignee = r.string("assignee", Presence::Optional);
    c.followers = r.strings("followers");
    c.answer = r.string("answer", Presence::Optional);
    c.createdAt = r.string("createdAt", Presence::Required);
    c.updatedAt = r.string("updatedAt", Presence::Required);
    c.version = r.integer("version", Presence::Required);
    r.finish();
    return c;
}

Post postFrom(const Json& json, const std::string& path)
{
    JsonReader r(json, path);
    Post p;
    p.id = r.string("id", Presence::Required);
    p.caseId = r.string("case", Presence::Required);
    p.author = r.string("author", Presence::Required);
    p.text = r.string("text", Presence::Required);
    p.internal = r.boolean("internal", false);
    p.attachments = r.strings("attachments");
    p.createdAt = r.string("createdAt", Presence::Required);
    r.finish();
    return p;
}

Attachment attachmentFrom(const Json& json, const std::string& path)
{
    JsonReader r(json, path);
    Attachment a;
    a.id = r.string("id", Presence::Required);
    a.caseId = r.string("case", Presence::Required);
    a.postId = r.string("post", Presence::Optional);
    a.name = r.string("name", Presence::Required);
    a.size = r.integer("size", Presence::Required);
    a.sha256 = r.string("sha256", Presence::Required);
    a.mime = r.string("mime", Presence::Optional);
    a.createdAt = r.string("createdAt", Presence::Required);
    r.finish();
    return a;
}

Json parse(std::string_view text)
{
    try {
        return Json::parse(text.begin(), text.end());
    } catch (const nlohmann::json::exception& e) {
        throw CodecError(error::kMalformedJson, {}, std::string("malformed JSON: ") + e.what());
    }
}

std::string dump(const Json& json)
{
    return json.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

Json toJson(const UserProfile& value)
{
    return {{"id", value.id}, {"name", value.name}, {"language", value.language},
            {"staff", value.staff}};
}

Json toJson(const LoginRequest& value)
{
    return {{"user", value.user}, {"password", value.password}};
}

Json toJson(const SessionInfo& value)
{
    return {{"token", value.token}, {"expiresAt", value.expiresAt}, {"user", toJson(value.user)}};
}

Json toJson(const Case& value)
{
    return {{"id", value.id},
            {"number", value.number},
            {"account", value.account},
            {"product", value.product},
            {"category", nullable(value.category)},
            {"object", nullable(value.object)},
            {"subject", value.subject},
            {"description", value.description},
            {"fields", value.fields.is_object() ? value.fields : Json::object()},
            {"private", value.isPrivate},
            {"status", value.status},
            {"creator", value.creator},
            {"channel", value.channel},
            {"onBehalfBy", nullable(value.onBehalfBy)},
            {"assignee", nullable(value.assignee)},
            {"followers", value.followers},
            {"answer", nullable(value.answer)},
            {"createdAt", value.createdAt},
            {"updatedAt", value.updatedAt},
            {"version", value.version}};
}

Json toJson(const AttachmentRef& value)
{
    return {{"id", value.id}, {"name", value.name}, {"sha256", value.sha256},
            {"size", value.size}, {"mime", value.mime}};
}

Json toJson(const NewCase& value)
{
    Json out = {{"id", value.id},
                {"account", value.account},
                {"product", value.product},
                {"category", nullable(value.category)},
                {"object", nullable(value.object)},
                {"subject", value.subject},
                {"description", value.description},
                {"fields", value.fields.is_object() ? value.fields : Json::object()},
                {"private", value.isPrivate},
                {"followers", value.followers},
                {"attachments", arrayJson(value.attachments)}};
    if (!value.creator.empty())
        out["creator"] = value.creator;
    if (!value.channel.empty())
        out["channel"] = value.channel;
    return out;
}

Json toJson(const Post& value)
{
    return {{"id", value.id}, {"case", value.caseId}, {"author", value.author},
            {"text", value.text}, {"internal", value.internal},
            {"attachments", value.attachments}, {"createdAt", value.createdAt}};
}

Json toJson(const Attachment& value)
{
    return {{"id", value.id}, {"case", value.caseId}, {"post", nullable(value.postId)},
            {"name", value.name}, {"size", value.size}, {"sha256", value.sha256},
            {"mime", value.mime}, {"createdAt", value.createdAt}};
}

Json toJson(const ChangeSet& value)
{
    return {{"cursor", value.cursor},
            {"more", value.more},
            {"reset", value.reset},
            {"cases", arrayJson(value.cases)},
            {"posts", arrayJson(value.posts)},
            {"attachments", arrayJson(value.attachments)},
            {"removed",
             {{"cases", value.removed.cases},
              {"posts", value.removed.posts},
              {"attachments", value.removed.attachments}}}};
}

Json toJson(const Catalog& value)
{
    return {{"user", toJson(value.user)},
            {"accounts", arrayJson(value.accounts)},
            {"memberships", arrayJson(value.memberships)},
            {"products", arrayJson(value.products)},
            {"statuses", arrayJson(value.statuses)}};
}

Json toJson(const ApiError& value)
{
    Json out = {{"error", value.error}, {"message", value.message}};
    if (!value.field.empty())
        out["field"] = value.field;
    if (!value.current.is_null())
        out["current"] = value.current;
    return out;
}

Json toJson(const Health& value)
{
    return {{"status", value.status}, {"version", value.version}, {"protocol", value.protocol}};
}

template <>
Health fromJson<Health>(const Json& json)
{
    JsonReader r(json, {});
    Health h;
    h.status = r.string("status", Presence::Required);
    h.version = r.string("version", Presence::Optional);
    h.protocol = r.integer("protocol", Presence::Required);
    r.finish();
    return h;
}

template <>
UserProfile fromJson<UserProfile>(const Json& json)
{
    return profileFrom(json, {});
}

template <>
LoginRequest fromJson<LoginRequest>(const Json& json)
{
    JsonReader r(json, {});
    LoginRequest req{r.string("user", Presence::Required),
                     r.string("password", Presence::Required)};
    r.finish();
    return req;
}

template <>
SessionInfo fromJson<SessionInfo>(const Json& json)
{
    JsonReader r(json, {});
    SessionInfo s;
    s.token = r.string("token", Presence::Required);
    s.expiresAt = r.string("expiresAt", Presence::Required);
    s.user = profileFrom(r.object("user"), r.pathOf("user"));
    r.finish();
    return s;
}

template <>
Case fromJson<Case>(const Json& json)
{
    return caseFrom(json, {});
}

template <>
AttachmentRef fromJson<AttachmentRef>(const Json& json)
{
    return attachmentRefFrom(json, {});
}

template <>
NewCase fromJson<NewCase>(const Json& json)
{
    JsonReader r(json, {});
    NewCase c;
    c.id = r.string("id", Presence::Required);
    c.account = r.string("account", Presence::Required);
    c.product = r.string("product", Presence::Required);
    c.category = r.string("category", Presence::Optional);
    c.object = r.string("object", Presence::Optional);
    c.subject = r.string("subject", Presence::Required);
    c.description = r.string("description", Presence::Optional);
    c.fields = fieldValues(r);
    c.isPrivate = r.boolean("private", false);
    c.followers = r.strings("followers");
    c.attachments = arrayOf<AttachmentRef>(r, "attachments", attachmentRefFrom);
    c.creator = r.string("creator", Presence::Optional);
    c.channel = r.string("channel", Presence::Optional);
    r.finish();
    return c;
}

template <>
Post fromJson<Post>(const Json& json)
{
    return postFrom(json, {});
}

template <>
Attachment fromJson<Attachment>(const Json& json)
{
    return attachmentFrom(json, {});
}

template <>
ChangeSet fromJson<ChangeSet>(const Json& json)
{
    JsonReader r(json, {});
    ChangeSet c;
    c.cursor = r.string("cursor", Presence::Required);
    c.more = r.boolean("more", false);
    c.reset = r.boolean("reset", false);
    c.cases = arrayOf<Case>(r, "cases", caseFrom);
    c.posts = arrayOf<Post>(r, "posts", postFrom);
    c.attachments = arrayOf<Attachment>(r, "attachments", attachmentFrom);
    if (r.has("removed")) {
        JsonReader removed(r.object("removed"), r.pathOf("removed"));
        c.removed.cases = idsFrom(removed, "cases");
        c.removed.posts = idsFrom(removed, "posts");
        c.removed.attachments = idsFrom(removed, "attachments");
        removed.finish();
    }
    r.finish();
    return c;
}

template <>
Catalog fromJson<Catalog>(const Json& json)
{
    JsonReader r(json, {});
    Catalog c;
    c.user = profileFrom(r.object("user"), r.pathOf("user"));
    c.accounts = arrayOf<Account>(r, "accounts", accountFrom);
    c.memberships = arrayOf<Membership>(r, "memberships", membershipFrom);
    c.products = arrayOf<Product>(r, "products", productFrom);
    c.statuses = arrayOf<StatusDefinition>(r, "statuses", statusFrom);
    r.finish();
    return c;
}

template <>
ApiError fromJson<ApiError>(const Json& json)
{
    JsonReader r(json, {});
    ApiError e;
    e.error = r.string("error", Presence::Required);
    e.message = r.string("message", Presence::Optional);
    e.field = r.string("field", Presence::Optional);
    if (r.has("current"))
        e.current = r.object("current");
    r.finish();
    return e;
}

} // namespace codec
} // namespace caseport
