// The codec for a conversation's parts: new posts and a case with its thread.

#include "caseport/Codec.h"
#include "caseport/CodecDetail.h"
#include "caseport/JsonReader.h"

namespace caseport::codec {
Json toJson(const NewPost& value)
{
    return {{"id", value.id},
            {"text", value.text},
            {"internal", value.internal},
            {"attachments", listJson(value.attachments)}};
}

Json toJson(const CaseDetail& value)
{
    return {{"case", toJson(value.value)},
            {"posts", listJson(value.posts)},
            {"attachments", listJson(value.attachments)}};
}

template <>
NewPost fromJson<NewPost>(const Json& json)
{
    JsonReader r(json, {});
    NewPost post;
    post.id = r.string("id", Presence::Required);
    post.text = r.string("text", Presence::Optional);
    post.internal = r.boolean("internal", false);
    post.attachments = listFrom<AttachmentRef>(r, "attachments", attachmentRefFrom);
    r.finish();
    return post;
}

template <>
CaseDetail fromJson<CaseDetail>(const Json& json)
{
    JsonReader r(json, {});
    CaseDetail detail;
    detail.value = caseFrom(r.object("case"), r.pathOf("case"));
    detail.posts = listFrom<Post>(r, "posts", postFrom);
    detail.attachments = listFrom<Attachment>(r, "attachments", attachmentFrom);
    r.finish();
    return detail;
}

} // namespace caseport::codec
