#pragma once

// A product's case form (DESIGN §3 "forms"): the custom fields a case carries in
// Case::fields, and the rules that show or require them, or require a file. Products
// and their categories each have one; a category's adds to and overrides its product's
// (effectiveForm). Plain data; the evaluator is in FormRules.h.

#include "caseport/LocalizedText.h"

#include <optional>
#include <string>
#include <vector>

namespace caseport {

// The value each type holds in Case::fields (absent or null = empty):
// Text, MultiLineText: a string ("" = empty); Number: a JSON number; Date: "YYYY-MM-DD";
// SingleChoice: a choice id; MultiChoice: an array of choice ids ([] = empty);
// Checkbox: true/false (false = empty, so "required" means "must be ticked");
// ObjectPicker: the id of one of the account's objects.
enum class FieldType { Text, MultiLineText, Number, Date, SingleChoice, MultiChoice, Checkbox, ObjectPicker };

// The names in the config and on the wire: "text", "multiline", "number", "date",
// "choice", "multichoice", "checkbox", "object".
[[nodiscard]] const char* toString(FieldType type);
[[nodiscard]] std::optional<FieldType> fieldTypeFromString(const std::string& text);
[[nodiscard]] bool hasChoices(FieldType type); // SingleChoice, MultiChoice

struct FieldChoice {
    std::string id{};
    LocalizedText label{};
    bool operator==(const FieldChoice&) const = default;
};

struct FormField {
    // Every member has an initializer so callers may name only the first few.
    std::string id{}; // the key in Case::fields
    FieldType type = FieldType::Text;
    LocalizedText label{};
    LocalizedText help{};
    bool required = false;
    std::vector<FieldChoice> choices{}; // SingleChoice and MultiChoice only
    std::optional<double> min{}; // Number only
    std::optional<double> max{};
    bool operator==(const FormField&) const = default;
};

// "When the category is one of `values`" (field empty) or "when field `field` has one
// of `values`" (a multi choice: contains one of them; a checkbox: "true" or "false";
// a number: its shortest decimal text). A hidden field has no value for conditions.
struct FormCondition {
    std::string field{};
    std::vector<std::string> values{};
    bool operator==(const FormCondition&) const = default;
};

enum class RuleAction {
    Show, // the target field is hidden unless one of its show rules holds
    Require, // the target field is required while the rule holds (and it is visible)
    RequireAttachment, // at least one file while the rule holds; no target
};

[[nodiscard]] const char* toString(RuleAction action); // "show", "require", "require_attachment"
[[nodiscard]] std::optional<RuleAction> ruleActionFromString(const std::string& text);

struct FormRule {
    RuleAction action = RuleAction::Show;
    std::string target{}; // the field id; empty for RequireAttachment
    std::optional<FormCondition> when{}; // none = always (in a category's form: whenever
                                       // that category is chosen)
    bool operator==(const FormRule&) const = default;
};

struct Form {
    std::vector<FormField> fields{};
    std::vector<FormRule> rules{};

    [[nodiscard]] bool empty() const { return fields.empty() && rules.empty(); }
    [[nodiscard]] const FormField* findField(const std::string& id) const;
    bool operator==(const Form&) const = default;
};

// The product's form with the category's added: a category field with the id of a
// product field replaces it in place, other category fields follow the product's;
// the rules of both apply.
[[nodiscard]] Form mergedForm(const Form& product, const Form& category);

} // namespace caseport
