#include "caseport/Form.h"

#include <algorithm>
#include <array>
#include <utility>

namespace caseport {
namespace {

constexpr std::array<std::pair<FieldType, const char*>, 8> kFieldTypeNames{{
    {FieldType::Text, "text"},
    {FieldType::MultiLineText, "multiline"},
    {FieldType::Number, "number"},
    {FieldType::Date, "date"},
    {FieldType::SingleChoice, "choice"},
    {FieldType::MultiChoice, "multichoice"},
    {FieldType::Checkbox, "checkbox"},
    {FieldType::ObjectPicker, "object"},
}};

constexpr std::array<std::pair<RuleAction, const char*>, 3> kRuleActionNames{{
    {RuleAction::Show, "show"},
    {RuleAction::Require, "require"},
    {RuleAction::RequireAttachment, "require_attachment"},
}};

template <class Enum, std::size_t N>
const char* nameOf(const std::array<std::pair<Enum, const char*>, N>& names, Enum value)
{
    for (const auto& [candidate, name] : names)
        if (candidate == value)
            return name;
    return "";
}

template <class Enum, std::size_t N>
std::optional<Enum> valueOf(const std::array<std::pair<Enum, const char*>, N>& names,
                            const std::string& text)
{
    for (const auto& [value, name] : names)
        if (text == name)
            return value;
    return std::nullopt;
}

} // namespace

const char* toString(FieldType type)
{
    return nameOf(kFieldTypeNames, type);
}

std::optional<FieldType> fieldTypeFromString(const std::string& text)
{
    return valueOf(kFieldTypeNames, text);
}

bool hasChoices(FieldType type)
{
    return type == FieldType::SingleChoice || type == FieldType::MultiChoice;
}

const char* toString(RuleAction action)
{
    return nameOf(kRuleActionNames, action);
}

std::optional<RuleAction> ruleActionFromString(const std::string& text)
{
    return valueOf(kRuleActionNames, text);
}

const FormField* Form::findField(const std::string& id) const
{
    auto found = std::find_if(fields.begin(), fields.end(),
                              [&](const FormField& f) { return f.id == id; });
    return found == fields.end() ? nullptr : &*found;
}

Form mergedForm(const Form& product, const Form& category)
{
    Form merged = product;
    for (const FormField& field : category.fields) {
        auto same = std::find_if(merged.fields.begin(), merged.fields.end(),
                                 [&](const FormField& f) { return f.id == field.id; });
        if (same != merged.fields.end())
            *same = field;
        else
            merged.fields.push_back(field);
    }
    merged.rules.insert(merged.rules.end(), category.rules.begin(), category.rules.end());
    return merged;
}

} // namespace caseport
