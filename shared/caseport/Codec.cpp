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

namespace {

std::vector<std::string> idsFrom(JsonReader& removed, const char* key)
{
    return removed.strings(key);
}

} // namespace

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
    c.closedAt = r.string("closedAt", Presence::Optional);
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
            {"version", value.version},
            {"closedAt", nullable(value.closedAt)}};
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
                {"attachments", listJson(value.attachments)}};
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
    Json out = {{"cursor", value.cursor},
                {"more", value.more},
                {"reset", value.reset},
                {"remaining", value.remaining},
                {"cases", listJson(value.cases)},
                {"posts", listJson(value.posts)},
                {"attachments", listJson(value.attachments)},
                {"removed",
                 {{"cases", value.removed.cases},
                  {"posts", value.removed.posts},
                  {"attachments", value.removed.attachments}}}};
    if (!value.catalogEtag.empty())
        out["catalogEtag"] = value.catalogEtag;
    return out;
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
    c.attachments = listFrom<AttachmentRef>(r, "attachments", attachmentRefFrom);
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
    c.catalogEtag = r.string("catalogEtag", Presence::Optional);
    c.remaining = r.integer("remaining", Presence::Optional);
    if (c.remaining < 0)
        throw CodecError(error::kInvalidField, "remaining", "must not be negative");
    c.cases = listFrom<Case>(r, "cases", caseFrom);
    c.posts = listFrom<Post>(r, "posts", postFrom);
    c.attachments = listFrom<Attachment>(r, "attachments", attachmentFrom);
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
