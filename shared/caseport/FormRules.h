#pragma once

// The one evaluator of case forms (Form.h), shared by the client (live validation, red
// stars, conditional fields) and the server (422 naming the field). Pure functions.

#include "caseport/Catalog.h"
#include "caseport/Form.h"

#include <nlohmann/json.hpp>

#include <cstddef>
#include <string>
#include <vector>

namespace caseport::forms {

// FormProblem::field for the attachment rule.
inline constexpr const char* kAttachments = "attachments";

namespace problem {
inline constexpr const char* kRequired = "required"; // empty but required
inline constexpr const char* kWrongType = "wrong_type"; // e.g. a text where a number belongs
inline constexpr const char* kNotAChoice = "not_a_choice"; // not one of the choices / objects
inline constexpr const char* kOutOfRange = "out_of_range"; // a number below min or above max
inline constexpr const char* kBadDate = "bad_date"; // not a calendar date as YYYY-MM-DD
inline constexpr const char* kAttachmentRequired = "attachment_required"; // field "attachments"
inline constexpr const char* kUnknownField = "unknown_field"; // a value for no field of the form
} // namespace problem

struct FormProblem {
    std::string field; // a field id, or kAttachments
    std::string code; // one of problem::
    bool operator==(const FormProblem&) const = default;
};

struct FormEvaluation {
    std::vector<std::string> visible; // field ids, in form order
    std::vector<std::string> required; // visible ones only, in form order
    bool attachmentRequired = false;
    // Unknown fields first, then the fields in form order, then the attachments.
    std::vector<FormProblem> problems;

    [[nodiscard]] bool isVisible(const std::string& field) const;
    [[nodiscard]] bool isRequired(const std::string& field) const;
    // The first problem with `field` (a field id or kAttachments); nullptr if none.
    [[nodiscard]] const FormProblem* problemFor(const std::string& field) const;
};

// The form a case on `product` in `category` ("" = none) fills in: the product's, merged
// with the category's (mergedForm).
[[nodiscard]] Form formFor(const Product& product, const std::string& category);

// Who files the case. Staff filing on a customer's behalf (a phone call) may not have the
// document the form asks for yet: the attachment rule is waived, nothing else.
enum class Filing { ByCustomer, OnBehalf };

// Evaluates `values` (Case::fields) against `form` for a case in `category` with
// `attachmentCount` files.
// Visibility: a field that some show rule targets is hidden unless one of those rules
// holds; the others are always visible. Conditions see only visible fields' values, so
// chains work; cycles just stay hidden. Hidden fields are neither required nor checked
// (their values are dropped by visibleValues).
// Required: a visible field marked required, or targeted by a require rule that holds.
// objectIds: the account's objects, for object fields; nullptr = not checked.
// A form without fields accepts any values (products configured before forms existed).
[[nodiscard]] FormEvaluation evaluate(const Form& form, const std::string& category,
                                      const nlohmann::json& values, std::size_t attachmentCount,
                                      const std::vector<std::string>* objectIds = nullptr,
                                      Filing filing = Filing::ByCustomer);

// `values` without hidden fields' values and without empty ones ("", [], null, false):
// what a case should store. With a form without fields: `values` unchanged.
[[nodiscard]] nlohmann::json visibleValues(const Form& form, const FormEvaluation& evaluation,
                                           const nlohmann::json& values);

// True for "YYYY-MM-DD" naming a real day of the Gregorian calendar.
[[nodiscard]] bool isIsoDate(const std::string& text);

// A clear English sentence for logs and API clients, naming the field by its English
// label, e.g. "Employee number is required" or "at least one file must be attached".
[[nodiscard]] std::string englishMessage(const Form& form, const FormProblem& problem);

} // namespace caseport::forms
