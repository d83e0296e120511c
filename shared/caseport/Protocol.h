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
inline constexpr int kDefaultChangesLimit = 500;
inline constexpr int kMaxChangesLimit = 5000;

} // namespace caseport::protocol
