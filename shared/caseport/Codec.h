#pragma once

// The one JSON codec for the wire shapes of DESIGN §5, used by client and server alike.
// Decoding is strict: a missing required key, a wrong type or an unknown key throws
// CodecError naming the field, never crashes and never yields a half-filled record.

#include "caseport/AccountFile.h"
#include "caseport/ApiError.h"
#include "caseport/Case.h"
#include "caseport/Catalog.h"
#include "caseport/ChangeSet.h"
#include "caseport/Followers.h"
#include "caseport/Health.h"
#include "caseport/Members.h"
#include "caseport/Notice.h"
#include "caseport/Post.h"
#include "caseport/Session.h"
#include "caseport/User.h"

#include <nlohmann/json.hpp>

#include <stdexcept>
#include <string>
#include <string_view>

namespace caseport {

class CodecError : public std::runtime_error {
public:
    // code is one of error::kMalformedJson, kInvalidField, kUnknownField.
    CodecError(std::string code, std::string field, const std::string& message);

    [[nodiscard]] const std::string& code() const { return m_code; }
    [[nodiscard]] const std::string& field() const { return m_field; }
    [[nodiscard]] ApiError toApiError() const;

private:
    std::string m_code;
    std::string m_field;
};

namespace codec {

using Json = nlohmann::json;

// Text → JSON; malformed text or invalid UTF-8 throws CodecError(kMalformedJson).
[[nodiscard]] Json parse(std::string_view text);
// JSON → compact text; invalid UTF-8 in strings is replaced, never thrown.
[[nodiscard]] std::string dump(const Json& json);

[[nodiscard]] Json toJson(const UserProfile& value);
[[nodiscard]] Json toJson(const LoginRequest& value);
[[nodiscard]] Json toJson(const SessionInfo& value);
[[nodiscard]] Json toJson(const Case& value);
[[nodiscard]] Json toJson(const NewCase& value);
[[nodiscard]] Json toJson(const AttachmentRef& value);
[[nodiscard]] Json toJson(const Post& value);
[[nodiscard]] Json toJson(const Attachment& value);
[[nodiscard]] Json toJson(const ChangeSet& value);
[[nodiscard]] Json toJson(const Catalog& value);
[[nodiscard]] Json toJson(const ApiError& value);
[[nodiscard]] Json toJson(const Health& value);
[[nodiscard]] Json toJson(const AccountMember& value);
[[nodiscard]] Json toJson(const MemberList& value);
[[nodiscard]] Json toJson(const MemberUpdate& value);
[[nodiscard]] Json toJson(const AccessAuditEntry& value);
[[nodiscard]] Json toJson(const AccessAudit& value);
[[nodiscard]] Json toJson(const CaseUpdate& value);
[[nodiscard]] Json toJson(const NewPost& value);
[[nodiscard]] Json toJson(const CaseDetail& value);
[[nodiscard]] Json toJson(const FollowerCandidate& value);
[[nodiscard]] Json toJson(const FollowerCandidates& value);
[[nodiscard]] Json toJson(const Notice& value);
[[nodiscard]] Json toJson(const NewNotice& value);
[[nodiscard]] Json toJson(const AccountFile& value);
[[nodiscard]] Json toJson(const NewAccountFile& value);
[[nodiscard]] Json toJson(const AccountFileList& value);

// Specialised for every type toJson accepts.
template <class T>
[[nodiscard]] T fromJson(const Json& json);

template <class T>
[[nodiscard]] T decode(std::string_view text)
{
    return fromJson<T>(parse(text));
}

template <class T>
[[nodiscard]] std::string encode(const T& value)
{
    return dump(toJson(value));
}

} // namespace codec
} // namespace caseport
