#pragma once

#include "caseport/Catalog.h"

namespace caseport::server {

struct Caller;
struct Config;

// The caller's catalog: profile, the accounts they belong to (all for staff), their
// memberships, every product, the configured workflow (its statuses and rules), and (for
// staff only) every staff user.
[[nodiscard]] Catalog buildCatalog(const Config& config, const Caller& caller);

} // namespace caseport::server
