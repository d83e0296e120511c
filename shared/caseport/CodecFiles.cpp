// The codec for account files: the catalog's files and /api/v1/accounts/{id}/files.

#include "caseport/Codec.h"
#include "caseport/CodecDetail.h"
#include "caseport/JsonReader.h"

namespace caseport::codec {

AccountFile accountFileFrom(const Json& json, const std::string& path)
{
    JsonReader r(json, path);
    AccountFile f;
    f.id = r.string("id", Presence::Required);
    f.account = r.string("account", Presence::Required);
    f.object = r.string("object", Presence::Optional);
    f.name = r.string("name", Presence::Required);
    f.size = r.integer("size", Presence::Required);
    f.sha256 = r.string("sha256", Presence::Required);
    f.mime = r.string("mime", Presence::Optional);
    f.addedBy = r.string("addedBy", Presence::Required);
    f.createdAt = r.string("createdAt", Presence::Required);
    r.finish();
    return f;
}

Json toJson(const AccountFile& value)
{
    return {{"id", value.id},         {"account", value.account},
            {"object", nullable(value.object)}, {"name", value.name},
            {"size", value.size},     {"sha256", value.sha256},
            {"mime", value.mime},     {"addedBy", value.addedBy},
            {"createdAt", value.createdAt}};
}

Json toJson(const NewAccountFile& value)
{
    return {{"id", value.id},     {"object", nullable(value.object)},
            {"name", value.name}, {"sha256", value.sha256},
            {"size", value.size}, {"mime", value.mime}};
}

Json toJson(const AccountFileList& value)
{
    return {{"files", listJson(value.files)}};
}

template <>
AccountFile fromJson<AccountFile>(const Json& json)
{
    return accountFileFrom(json, {});
}

template <>
NewAccountFile fromJson<NewAccountFile>(const Json& json)
{
    JsonReader r(json, {});
    NewAccountFile f;
    f.id = r.string("id", Presence::Required);
    f.object = r.string("object", Presence::Optional);
    f.name = r.string("name", Presence::Required);
    f.sha256 = r.string("sha256", Presence::Required);
    f.size = r.integer("size", Presence::Required);
    f.mime = r.string("mime", Presence::Optional);
    r.finish();
    return f;
}

template <>
AccountFileList fromJson<AccountFileList>(const Json& json)
{
    JsonReader r(json, {});
    AccountFileList list;
    list.files = listFrom<AccountFile>(r, "files", accountFileFrom);
    r.finish();
    return list;
}

} // namespace caseport::codec
