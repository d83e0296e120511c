// The codec for account members, their audit trail and case updates (PATCH bodies).

#include "caseport/Codec.h"
#include "caseport/CodecDetail.h"
#include "caseport/JsonReader.h"

namespace caseport::codec {
namespace {

AccountMember memberFrom(const Json& json, const std::string& path)
{
    JsonReader r(json, path);
    AccountMember m;
    m.user = r.string("user", Presence::Required);
    m.name = r.string("name", Presence::Optional);
    m.customerAdmin = r.boolean("customerAdmin", false);
    m.staff = r.boolean("staff", false);
    m.objects = r.strings("objects");
    m.products = levelsFrom(r, "products");
    m.configManaged = r.strings("configManaged");
    r.finish();
    return m;
}

AccessAuditEntry auditEntryFrom(const Json& json, const std::string& path)
{
    JsonReader r(json, path);
    AccessAuditEntry e;
    e.at = r.string("at", Presence::Required);
    e.actor = r.string("actor", Presence::Required);
    e.account = r.string("account", Presence::Required);
    e.user = r.string("user", Presence::Required);
    e.product = r.string("product", Presence::Required);
    e.before = levelFrom(Json(r.string("before", Presence::Required)), r.pathOf("before"));
    e.after = levelFrom(Json(r.string("after", Presence::Required)), r.pathOf("after"));
    r.finish();
    return e;
}

} // namespace

Json toJson(const AccountMember& value)
{
    return {{"user", value.user},
            {"name", value.name},
            {"customerAdmin", value.customerAdmin},
            {"staff", value.staff},
            {"objects", value.objects},
            {"products", levelsJson(value.products)},
            {"configManaged", value.configManaged}};
}

Json toJson(const MemberList& value)
{
    return {{"account", value.account}, {"members", listJson(value.members)}};
}

Json toJson(const MemberUpdate& value)
{
    return {{"products", levelsJson(value.products)}};
}

Json toJson(const AccessAuditEntry& value)
{
    return {{"at", value.at},           {"actor", value.actor},
            {"account", value.account}, {"user", value.user},
            {"product", value.product}, {"before", toString(value.before)},
            {"after", toString(value.after)}};
}

Json toJson(const AccessAudit& value)
{
    return {{"account", value.account}, {"entries", listJson(value.entries)}};
}

Json toJson(const CaseUpdate& value)
{
    Json out = {{"baseVersion", value.baseVersion}};
    if (value.isPrivate)
        out["private"] = *value.isPrivate;
    if (value.followers)
        out["followers"] = *value.followers;
    if (value.subject)
        out["subject"] = *value.subject;
    if (value.description)
        out["description"] = *value.description;
    if (value.category)
        out["category"] = nullable(*value.category);
    if (value.object)
        out["object"] = nullable(*value.object);
    if (value.fields)
        out["fields"] = value.fields->is_object() ? *value.fields : Json::object();
    if (value.status)
        out["status"] = *value.status;
    if (value.answer)
        out["answer"] = nullable(*value.answer);
    if (value.assignee)
        out["assignee"] = nullable(*value.assignee);
    return out;
}

template <>
AccountMember fromJson<AccountMember>(const Json& json)
{
    return memberFrom(json, {});
}

template <>
MemberList fromJson<MemberList>(const Json& json)
{
    JsonReader r(json, {});
    MemberList list;
    list.account = r.string("account", Presence::Required);
    list.members = listFrom<AccountMember>(r, "members", memberFrom);
    r.finish();
    return list;
}

template <>
MemberUpdate fromJson<MemberUpdate>(const Json& json)
{
    JsonReader r(json, {});
    MemberUpdate update;
    update.products = levelsFrom(r, "products");
    r.finish();
    return update;
}

template <>
AccessAudit fromJson<AccessAudit>(const Json& json)
{
    JsonReader r(json, {});
    AccessAudit audit;
    audit.account = r.string("account", Presence::Required);
    audit.entries = listFrom<AccessAuditEntry>(r, "entries", auditEntryFrom);
    r.finish();
    return audit;
}

template <>
CaseUpdate fromJson<CaseUpdate>(const Json& json)
{
    JsonReader r(json, {});
    CaseUpdate update;
    update.baseVersion = r.integer("baseVersion", Presence::Required);
    if (r.has("private"))
        update.isPrivate = r.boolean("private", false);
    if (r.has("followers"))
        update.followers = r.strings("followers");
    // Present means "set it": null clears what may be empty, and reads as "" (so a
    // subject or status of null fails validation as required, not as a type error).
    const auto text = [&r](const char* key, std::optional<std::string>& member) {
        if (r.present(key))
            member = r.string(key, Presence::Optional);
    };
    text("subject", update.subject);
    text("description", update.description);
    text("category", update.category);
    text("object", update.object);
    text("status", update.status);
    text("answer", update.answer);
    text("assignee", update.assignee);
    if (r.present("fields"))
        update.fields = fieldValues(r);
    r.finish();
    return update;
}

} // namespace caseport::codec
