#pragma once

// The wire protocol's version and the paths both ends agree on.
namespace caseport::protocol {

inline constexpr int kVersion = 1;
inline constexpr const char* kApiPrefix = "/api/v1";
inline constexpr const char* kSessionPath = "/api/v1/session";
inline constexpr const char* kCatalogPath = "/api/v1/catalog";
inline constexpr const char* kCasesPath = "/api/v1/cases";
inline constexpr const char* kChangesPath = "/api/v1/changes";
// Members of an account: {kAccountsPath}/{account}/members[/{user}], .../audit
inline constexpr const char* kAccountsPath = "/api/v1/accounts";
inline constexpr const char* kEventsPath = "/api/v1/events"; // WebSocket push channel
inline constexpr const char* kHealthPath = "/health";
// Blobs: {kBlobsPath}/{sha256}, PUT (upload, resumable), HEAD (progress), GET (download).
inline constexpr const char* kBlobsPath = "/api/v1/blobs";
// Notices: POST kNoticesPath (staff publish), DELETE {kNoticesPath}/{id} (staff withdraw).
inline constexpr const char* kNoticesPath = "/api/v1/notices";
// Bytes of the blob the server has (HEAD, and every PUT answer including 409).
inline constexpr const char* kUploadOffsetHeader = "Upload-Offset";
// HEAD: "?1" when the blob is complete, "?0" while the upload is in progress.
inline constexpr const char* kUploadCompleteHeader = "Upload-Complete";
// PUT, optional: the file's name, percent-encoded UTF-8, checked against the allowed types.
inline constexpr const char* kFileNameHeader = "X-Filename";
inline constexpr int kDefaultChangesLimit = 500;
inline constexpr int kMaxChangesLimit = 5000;

} // namespace caseport::protocol
