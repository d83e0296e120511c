#pragma once

// Validation of what a user submits, shared by the client (live) and the server (422).

#include "caseport/Case.h"
#include "caseport/Catalog.h"
#include "caseport/Post.h"

#include <string>
#include <vector>

namespace caseport::rules {

inline constexpr std::size_t kMaxSubjectLength = 200;
inline constexpr std::size_t kMaxDescriptionLength = 100'000;
inline constexpr std::size_t kMaxPostLength = 100'000;

struct FieldProblem {
    std::string field; // wire name, e.g. "subject"
    std::string code; // "required", "too_long", "unknown", "invalid"
    bool operator==(const FieldProblem&) const = default;
};

// True for the canonical 8-4-4-4-12 hexadecimal form.
[[nodiscard]] bool isUuid(const std::string& text);

// Length in Unicode code points of valid UTF-8 text.
[[nodiscard]] std::size_t codePointCount(const std::string& utf8);

// Every problem with a new case against the catalog; empty means it may be filed.
[[nodiscard]] std::vector<FieldProblem> validateNewCase(const NewCase& draft,
                                                        const std::vector<Product>& products);

// Every problem with a new post; empty means it may be sent. A post needs text or at
// least one file.
[[nodiscard]] std::vector<FieldProblem> validateNewPost(const NewPost& post);

} // namespace caseport::rules
