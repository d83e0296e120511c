// The codec for operational notices: the catalog's notices and POST /api/v1/notices.

#include "caseport/Codec.h"
#include "caseport/CodecDetail.h"
#include "caseport/JsonReader.h"

namespace caseport::codec {
namespace {

NoticeSeverity severityFrom(JsonReader& r)
{
    const std::string text = r.string("severity", Presence::Required);
    const auto severity = noticeSeverityFromString(text);
    if (!severity)
        throw CodecError(error::kInvalidField, r.pathOf("severity"), "expected info, warning or outage");
    return *severity;
}

// The text is required: a notice without one has nothing to say.
LocalizedText noticeTextFrom(JsonReader& r)
{
    if (!r.has("text"))
        throw CodecError(error::kInvalidField, r.pathOf("text"), "is required");
    return localizedTextFrom(r.object("text"), r.pathOf("text"));
}

} // namespace

Notice noticeFrom(const Json& json, const std::string& path)
{
    JsonReader r(json, path);
    Notice n;
    n.id = r.string("id", Presence::Required);
    n.severity = severityFrom(r);
    n.text = noticeTextFrom(r);
    n.products = r.strings("products");
    n.from = r.string("from", Presence::Optional);
    n.until = r.string("until", Presence::Optional);
    n.publishedBy = r.string("publishedBy", Presence::Optional);
    n.source = r.string("source", Presence::Required);
    if (n.source != noticeSource::kConfig && n.source != noticeSource::kStaff)
        throw CodecError(error::kInvalidField, r.pathOf("source"), "expected config or staff");
    r.finish();
    return n;
}

Json toJson(const Notice& value)
{
    return {{"id", value.id},
            {"severity", toString(value.severity)},
            {"text", localizedJson(value.text)},
            {"products", value.products},
            {"from", nullable(value.from)},
            {"until", nullable(value.until)},
            {"publishedBy", nullable(value.publishedBy)},
            {"source", value.source}};
}

Json toJson(const NewNotice& value)
{
    return {{"id", value.id},
            {"severity", toString(value.severity)},
            {"text", localizedJson(value.text)},
            {"products", value.products},
            {"from", nullable(value.from)},
            {"until", nullable(value.until)}};
}

template <>
Notice fromJson<Notice>(const Json& json)
{
    return noticeFrom(json, {});
}

template <>
NewNotice fromJson<NewNotice>(const Json& json)
{
    JsonReader r(json, {});
    NewNotice n;
    n.id = r.string("id", Presence::Required);
    n.severity = severityFrom(r);
    n.text = noticeTextFrom(r);
    n.products = r.strings("products");
    n.from = r.string("from", Presence::Optional);
    n.until = r.string("until", Presence::Optional);
    r.finish();
    return n;
}

} // namespace caseport::codec
