// The codec for the follower picker's candidates.

#include "caseport/Codec.h"
#include "caseport/CodecDetail.h"
#include "caseport/JsonReader.h"

namespace caseport::codec {
namespace {

FollowerCandidate candidateFrom(const Json& json, const std::string& path)
{
    JsonReader r(json, path);
    FollowerCandidate candidate;
    candidate.id = r.string("id", Presence::Required);
    candidate.name = r.string("name", Presence::Optional);
    candidate.following = r.boolean("following", false);
    r.finish();
    return candidate;
}

} // namespace

Json toJson(const FollowerCandidate& value)
{
    return {{"id", value.id}, {"name", value.name}, {"following", value.following}};
}

Json toJson(const FollowerCandidates& value)
{
    return {{"users", listJson(value.users)}};
}

template <>
FollowerCandidate fromJson<FollowerCandidate>(const Json& json)
{
    return candidateFrom(json, {});
}

template <>
FollowerCandidates fromJson<FollowerCandidates>(const Json& json)
{
    JsonReader r(json, {});
    FollowerCandidates list;
    list.users = listFrom<FollowerCandidate>(r, "users", candidateFrom);
    r.finish();
    return list;
}

} // namespace caseport::codec
