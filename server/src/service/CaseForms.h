#pragma once

// The case form check of POST and PATCH /api/v1/cases: the shared evaluator
// (caseport/FormRules.h) against the product's form from the caller's config, with the
// account's objects for object fields. Private to the server library.

#include "caseport/CaseRules.h"
#include "caseport/FormRules.h"

#include <nlohmann/json.hpp>

#include <cstddef>
#include <optional>
#include <string>

namespace caseport::server {

struct Config;

struct FormCheck {
    std::string account;
    std::string product;
    std::string category;
    const nlohmann::json* fields = nullptr; // the case's custom field values
    std::size_t attachments = 0; // files the case has (or comes with)
    // Staff registering a phone call (or any case on a customer's behalf): the form's
    // attachment rule is waived (forms::Filing).
    forms::Filing filing = forms::Filing::ByCustomer;
};

// The first problem as {field id or "attachments", code, English message}; nullopt if
// the values fit the form. An unknown product has no form (validateNewCase reports it).
[[nodiscard]] std::optional<rules::FieldProblem> checkCaseForm(const Config& config,
                                                               const FormCheck& check);

// The values to store: without hidden fields' values and empty ones (forms::visibleValues).
[[nodiscard]] nlohmann::json storedFieldValues(const Config& config, const FormCheck& check);

} // namespace caseport::server
