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
inline constexpr std::size_t kMaxAnswerLength = 100'000;
inline constexpr std::size_t kMaxAttachmentNameBytes = 1024;

struct FieldProblem {
    std::string field; // wire name, e.g. "subject"
    std::string code; // "required", "too_long", "unknown", "invalid"; forms' codes (FormRules.h)
    std::string message{}; // a clear English sentence when the code alone says too little
    bool operator==(const FieldProblem&) const = default;
};

// True for the canonical 8-4-4-4-12 hexadecimal form.
[[nodiscard]] bool isUuid(const std::string& text);

// Length in Unicode code points of valid UTF-8 text.
[[nodiscard]] std::size_t codePointCount(const std::string& utf8);

// Every problem with a new case against the catalog; empty means it may be filed.
[[nodiscard]] std::vector<FieldProblem> validateNewCase(const NewCase& draft,
                                                        const std::vector<Product>& products);

// Every problem with the changes a PATCH asks of a case filed on `product`; only the
// members set are checked, against the catalog's products and the workflow's states.
// subject: not blank, at most kMaxSubjectLength; description, answer: not too long;
// category: empty (none) or one of the product's; status: a known state. Who may make
// the change, and whether the status may move there, are access and workflow questions.
[[nodiscard]] std::vector<FieldProblem> validateCaseUpdate(const CaseUpdate& update,
                                                           const std::string& product,
                                                           const std::vector<Product>& products,
                                                           const std::vector<StatusDefinition>& states);

// Every problem with a new post; empty means it may be sent. A post needs text or at
// least one file.
[[nodiscard]] std::vector<FieldProblem> validateNewPost(const NewPost& post);

// Problems with the attachments a new case or post refers to, as far as they show
// without the server's blobs: each needs a UUID id (unique in the list), a name (not
// empty, no NUL, at most kMaxAttachmentNameBytes), a SHA-256 in lower-case hex, a size
// of 0 or more and, if given, a MIME type without parameters. All are reported with
// field "attachments".
[[nodiscard]] std::vector<FieldProblem> validateAttachmentRefs(const std::vector<AttachmentRef>& refs);

} // namespace caseport::rules
