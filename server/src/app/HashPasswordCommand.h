#pragma once

#include <iosfwd>

namespace caseport::server {

// `caseportd hash-password`: reads one password line from `in` (without echo when
// stdin is a terminal, prompting on `err`), prints its Argon2id hash on `out`.
// Returns the process exit code.
int runHashPassword(std::istream& in, std::ostream& out, std::ostream& err);

} // namespace caseport::server
