#pragma once

#include <nlohmann/json.hpp>

#include <string>

namespace caseport {

// Machine-readable error codes; the client translates them, the message is for logs.
namespace error {
inline constexpr const char* kMalformedJson = "malformed_json";
inline constexpr const char* kInvalidField = "invalid_field";
inline constexpr const char* kUnknownField = "unknown_field";
inline constexpr const char* kBadRequest = "bad_request";
inline constexpr const char* kLengthRequired = "length_required";
inline constexpr const char* kRequestTimeout = "request_timeout";
inline constexpr const char* kUnauthorized = "unauthorized";
inline constexpr const char* kInvalidCredentials = "invalid_credentials";
inline constexpr const char* kForbidden = "forbidden";
inline constexpr const char* kNotFound = "not_found";
inline constexpr const char* kMethodNotAllowed = "method_not_allowed";
inline constexpr const char* kConflict = "conflict";
inline constexpr const char* kVersionConflict = "version_conflict"; // body carries the current record
inline constexpr const char* kConfigManaged = "config_managed"; // set in the server's config file
inline constexpr const char* kPayloadTooLarge = "payload_too_large";
inline constexpr const char* kUnsupportedMediaType = "unsupported_media_type";
inline constexpr const char* kValidationFailed = "validation_failed";
inline constexpr const char* kTransitionNotAllowed = "transition_not_allowed"; // the workflow has no such move
inline constexpr const char* kCaseClosed = "case_closed"; // a post on a case closed too long ago: file a new one
inline constexpr const char* kRangeNotSatisfiable = "range_not_satisfiable"; // GET of a blob
inline constexpr const char* kRateLimited = "rate_limited";
inline constexpr const char* kInternal = "internal";
} // namespace error

// The body of every error response: {"error", "message", "field"?, "current"?}.
struct ApiError {
    std::string error;
    std::string message;
    std::string field; // empty when the error is not about one field
    nlohmann::json current; // a 409 version_conflict carries the current record; else null
    bool operator==(const ApiError&) const = default;
};

} // namespace caseport
