#include "config/FormConfigReader.h"

#include "config/TomlReader.h"

#include <algorithm>
#include <cctype>
#include <map>
#include <set>

namespace caseport::server {
namespace {

bool isFieldId(const std::string& id)
{
    return !id.empty() && id != "attachments"
        && std::all_of(id.begin(), id.end(), [](unsigned char c) {
               return std::isalnum(c) != 0 || c == '_' || c == '-' || c == '.';
           });
}

std::string typeNames()
{
    std::string out;
    for (FieldType type : {FieldType::Text, FieldType::MultiLineText, FieldType::Number, FieldType::Date,
                           FieldType::SingleChoice, FieldType::MultiChoice, FieldType::Checkbox,
                           FieldType::ObjectPicker})
        out += std::string(out.empty() ? "" : ", ") + toString(type);
    return out;
}

std::optional<double> readNumber(TomlReader& r, const char* key)
{
    const toml::node* node = r.claim(key);
    if (!node)
        return std::nullopt;
    if (auto value = node->value<double>())
        return *value; // integers convert too
    r.problem(key, "must be a number");
    return std::nullopt;
}

std::vector<FieldChoice> readChoices(TomlReader& r)
{
    std::vector<FieldChoice> choices;
    std::set<std::string> ids;
    r.forEachTable("choices", [&](const toml::table& t, const std::string& path) {
        TomlReader c(t, path, r.sink());
        FieldChoice choice;
        choice.id = c.string("id", Need::Required).value_or("");
        if (c.table().get("id") && !isFieldId(choice.id))
            c.problem("id", "'" + choice.id + "' is not a valid id (letters, digits, '_', '-', '.')");
        else if (!choice.id.empty() && !ids.insert(choice.id).second)
            c.problem("id", "duplicate choice '" + choice.id + "'");
        choice.label = c.localized("label", Need::Required);
        c.finish();
        choices.push_back(std::move(choice));
    });
    return choices;
}

FormField readField(TomlReader& f)
{
    FormField field;
    field.id = f.string("id", Need::Required).value_or("");
    if (f.table().get("id") && !isFieldId(field.id))
        f.problem("id", "'" + field.id
                            + "' is not a valid field id (letters, digits, '_', '-', '.'; not "
                              "\"attachments\")");
    if (auto type = f.string("type", Need::Required)) {
        if (auto parsed = fieldTypeFromString(*type))
            field.type = *parsed;
        else
            f.problem("type", "unknown type '" + *type + "' (expected one of " + typeNames() + ")");
    }
    field.label = f.localized("label", Need::Required);
    field.help = f.localized("help", Need::Optional);
    field.required = f.boolean("required").value_or(false);
    field.choices = readChoices(f);
    if (hasChoices(field.type) && field.choices.empty() && f.table().get("type"))
        f.problem("choices", std::string("missing: a ") + toString(field.type)
                                 + " field needs at least one choice");
    if (!hasChoices(field.type) && f.table().get("choices"))
        f.problem("choices", std::string("only choice and multichoice fields have choices, not ")
                                 + toString(field.type));
    field.min = readNumber(f, "min");
    field.max = readNumber(f, "max");
    if ((field.min || field.max) && field.type != FieldType::Number)
        f.problem(field.min ? "min" : "max", "only number fields have min and max");
    if (field.min && field.max && *field.min > *field.max)
        f.problem("max", "is below min");
    return field;
}

// The values of `when`: equals (text, true/false, integer) or in = [texts].
std::vector<std::string> readConditionValues(TomlReader& w)
{
    const toml::node* equals = w.claim("equals");
    const bool hasIn = w.table().get("in") != nullptr;
    if (equals && hasIn) {
        w.problem("in", "give equals or in, not both");
        return {};
    }
    if (hasIn) {
        std::vector<std::string> values = w.strings("in");
        if (values.empty())
            w.problem("in", "needs at least one value");
        return values;
    }
    if (!equals) {
        w.problem("field", "needs equals = \"value\" or in = [\"value\", …]");
        return {};
    }
    if (const auto* text = equals->as_string())
        return {text->get()};
    if (const auto* flag = equals->as_boolean())
        return {flag->get() ? "true" : "false"};
    if (const auto* number = equals->as_integer())
        return {std::to_string(number->get())};
    w.problem("equals", "must be a string, true/false or an integer");
    return {};
}

FormCondition readCondition(TomlReader& w, const Form& fields, const std::vector<Category>& categories)
{
    FormCondition when;
    if (w.table().get("category")) {
        if (w.table().get("field"))
            w.problem("field", "give category or field, not both");
        const toml::node* node = w.claim("category");
        if (const auto* text = node->as_string())
            when.values = {text->get()};
        else
            when.values = w.strings("category");
        for (const std::string& id : when.values)
            if (std::none_of(categories.begin(), categories.end(),
                             [&](const Category& c) { return c.id == id; }))
                w.problem("category", "no category '" + id + "' in this product");
        return when;
    }
    when.field = w.string("field", Need::Optional).value_or("");
    if (when.field.empty()) {
        w.problem("field", "missing: a condition names a field (field = \"…\") or a category");
        return when;
    }
    when.values = readConditionValues(w);
    const FormField* field = fields.findField(when.field);
    if (!field) {
        w.problem("field", "no field '" + when.field + "' in this form");
    } else if (hasChoices(field->type)) {
        for (const std::string& value : when.values)
            if (std::none_of(field->choices.begin(), field->choices.end(),
                             [&](const FieldChoice& c) { return c.id == value; }))
                w.problem(w.table().get("in") ? "in" : "equals",
                          "'" + value + "' is not a choice of field '" + when.field + "'");
    }
    return when;
}

FormRule readRule(TomlReader& r, const Form& fields, const std::vector<Category>& categories)
{
    FormRule rule;
    if (auto action = r.string("action", Need::Required)) {
        if (auto parsed = ruleActionFromString(*action))
            rule.action = *parsed;
        else
            r.problem("action", "unknown action '" + *action
                                    + "' (expected show, require or require_attachment)");
    }
    if (rule.action == RuleAction::RequireAttachment) {
        if (r.claim("field"))
            r.problem("field", "require_attachment names no field");
    } else if (auto target = r.string("field", Need::Required)) {
        rule.target = *target;
        if (!fields.findField(rule.target))
            r.problem("field", "no field '" + rule.target + "' in this form");
    }
    if (const toml::table* when = r.subTable("when", Need::Optional)) {
        TomlReader w(*when, r.path() + ".when", r.sink());
        rule.when = readCondition(w, fields, categories);
        w.finish();
        if (rule.when->field == rule.target && !rule.target.empty())
            r.problem("when", "a rule's condition cannot be on its own field");
    }
    return rule;
}

} // namespace

void readFormFields(TomlReader& r, Form& form)
{
    std::map<std::string, std::string> seen; // id → "file:line" of its first use here
    r.forEachTable("fields", [&](const toml::table& t, const std::string& path) {
        TomlReader f(t, path, r.sink());
        FormField field = readField(f);
        if (!field.id.empty()) {
            if (auto [first, added] = seen.emplace(field.id, f.locationOf("id")); !added)
                f.problem("id", "duplicate field '" + field.id + "' (first at " + first->second + ")");
        }
        f.finish();
        form.fields.push_back(std::move(field));
    });
}

void readFormRules(TomlReader& r, const Form& fields, const std::vector<Category>& categories,
                   Form& form)
{
    r.forEachTable("rules", [&](const toml::table& t, const std::string& path) {
        TomlReader rule(t, path, r.sink());
        form.rules.push_back(readRule(rule, fields, categories));
        rule.finish();
    });
}

} // namespace caseport::server
