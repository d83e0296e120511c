#include "caseport/FormRules.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <set>

namespace caseport::forms {
namespace {

using Json = nlohmann::json;

bool contains(const std::vector<std::string>& ids, const std::string& id)
{
    return std::find(ids.begin(), ids.end(), id) != ids.end();
}

bool isBlank(const std::string& text)
{
    return std::all_of(text.begin(), text.end(),
                       [](unsigned char c) { return std::isspace(c) != 0; });
}

// Absent, null, blank text, an empty list and an unticked checkbox count as empty.
bool isEmptyValue(const Json& value)
{
    return value.is_null() || (value.is_string() && isBlank(value.get<std::string>()))
        || (value.is_array() && value.empty()) || (value.is_boolean() && !value.get<bool>());
}

// The texts a value matches in a condition: a list's items, a scalar's own text.
std::vector<std::string> conditionTexts(const Json& value)
{
    std::vector<std::string> out;
    auto textOf = [](const Json& v) -> std::string {
        if (v.is_string())
            return v.get<std::string>();
        if (v.is_boolean())
            return v.get<bool>() ? "true" : "false";
        if (v.is_number())
            return v.dump(); // 3, 2.5
        return {};
    };
    if (value.is_array()) {
        for (const Json& item : value)
            out.push_back(textOf(item));
    } else if (!value.is_null()) {
        out.push_back(textOf(value));
    }
    return out;
}

class Evaluator {
public:
    Evaluator(const Form& form, const std::string& category, const Json& values)
        : m_form(form)
        , m_category(category)
        , m_values(values.is_object() ? values : Json::object())
    {
    }

    // The least set closed under "a show rule holds": grows only, so it ends.
    std::set<std::string> visibleFields() const
    {
        std::set<std::string> shown;
        for (const FormField& field : m_form.fields)
            if (!isShowTarget(field.id))
                shown.insert(field.id);
        for (bool grew = true; grew;) {
            grew = false;
            for (const FormRule& rule : m_form.rules) {
                if (rule.action == RuleAction::Show && !shown.count(rule.target)
                    && m_form.findField(rule.target) && holds(rule, shown)) {
                    shown.insert(rule.target);
                    grew = true;
                }
            }
        }
        return shown;
    }

    bool holds(const FormRule& rule, const std::set<std::string>& shown) const
    {
        if (!rule.when)
            return true;
        const FormCondition& when = *rule.when;
        if (when.field.empty())
            return contains(when.values, m_category);
        const FormField* field = m_form.findField(when.field);
        if (!field || !shown.count(when.field))
            return false;
        Json value = valueOf(when.field);
        if (field->type == FieldType::Checkbox && value.is_null())
            value = false; // an untouched box is unticked
        const auto texts = conditionTexts(value);
        return std::any_of(texts.begin(), texts.end(),
                           [&](const std::string& t) { return contains(when.values, t); });
    }

    Json valueOf(const std::string& id) const
    {
        auto found = m_values.find(id);
        return found == m_values.end() ? Json() : *found;
    }

    const Json& values() const { return m_values; }

private:
    bool isShowTarget(const std::string& id) const
    {
        return std::any_of(m_form.rules.begin(), m_form.rules.end(), [&](const FormRule& r) {
            return r.action == RuleAction::Show && r.target == id;
        });
    }

    const Form& m_form;
    const std::string& m_category;
    Json m_values;
};

bool isChoice(const FormField& field, const Json& value)
{
    return value.is_string()
        && std::any_of(field.choices.begin(), field.choices.end(),
                       [&](const FieldChoice& c) { return c.id == value.get<std::string>(); });
}

// The problem code for a non-empty value of `field`, or nullptr.
const char* checkValue(const FormField& field, const Json& value,
                       const std::vector<std::string>* objectIds)
{
    switch (field.type) {
    case FieldType::Text:
    case FieldType::MultiLineText:
        return value.is_string() ? nullptr : problem::kWrongType;
    case FieldType::Number: {
        if (!value.is_number())
            return problem::kWrongType;
        const double number = value.get<double>();
        if ((field.min && number < *field.min) || (field.max && number > *field.max))
            return problem::kOutOfRange;
        return nullptr;
    }
    case FieldType::Date:
        if (!value.is_string())
            return problem::kWrongType;
        return isIsoDate(value.get<std::string>()) ? nullptr : problem::kBadDate;
    case FieldType::SingleChoice:
        if (!value.is_string())
            return problem::kWrongType;
        return isChoice(field, value) ? nullptr : problem::kNotAChoice;
    case FieldType::MultiChoice:
        if (!value.is_array()
            || !std::all_of(value.begin(), value.end(), [](const Json& v) { return v.is_string(); }))
            return problem::kWrongType;
        return std::all_of(value.begin(), value.end(),
                           [&](const Json& v) { return isChoice(field, v); })
            ? nullptr
            : problem::kNotAChoice;
    case FieldType::Checkbox:
        return value.is_boolean() ? nullptr : problem::kWrongType;
    case FieldType::ObjectPicker:
        if (!value.is_string())
            return problem::kWrongType;
        return !objectIds || contains(*objectIds, value.get<std::string>()) ? nullptr
                                                                             : problem::kNotAChoice;
    }
    return nullptr;
}

} // namespace

bool FormEvaluation::isVisible(const std::string& field) const
{
    return contains(visible, field);
}

bool FormEvaluation::isRequired(const std::string& field) const
{
    return contains(required, field);
}

const FormProblem* FormEvaluation::problemFor(const std::string& field) const
{
    auto found = std::find_if(problems.begin(), problems.end(),
                              [&](const FormProblem& p) { return p.field == field; });
    return found == problems.end() ? nullptr : &*found;
}

Form formFor(const Product& product, const std::string& category)
{
    auto found = std::find_if(product.categories.begin(), product.categories.end(),
                              [&](const Category& c) { return c.id == category; });
    if (category.empty() || found == product.categories.end())
        return product.form;
    return mergedForm(product.form, found->form);
}

FormEvaluation evaluate(const Form& form, const std::string& category, const Json& values,
                        std::size_t attachmentCount, const std::vector<std::string>* objectIds,
                        Filing filing)
{
    const Evaluator evaluator(form, category, values);
    const std::set<std::string> shown = evaluator.visibleFields();
    FormEvaluation result;

    std::set<std::string> requiredByRule;
    for (const FormRule& rule : form.rules) {
        if (!evaluator.holds(rule, shown))
            continue;
        if (rule.action == RuleAction::Require)
            requiredByRule.insert(rule.target);
        else if (rule.action == RuleAction::RequireAttachment)
            result.attachmentRequired = filing == Filing::ByCustomer;
    }

    if (!form.fields.empty()) {
        for (const auto& [key, value] : evaluator.values().items())
            if (!form.findField(key) && !value.is_null())
                result.problems.push_back({key, problem::kUnknownField});
    }
    for (const FormField& field : form.fields) {
        if (!shown.count(field.id))
            continue;
        result.visible.push_back(field.id);
        const bool required = field.required || requiredByRule.count(field.id) > 0;
        if (required)
            result.required.push_back(field.id);
        const Json value = evaluator.valueOf(field.id);
        if (isEmptyValue(value)) { // of whatever type: nothing to check but presence
            if (required)
                result.problems.push_back({field.id, problem::kRequired});
            continue;
        }
        if (const char* code = checkValue(field, value, objectIds))
            result.problems.push_back({field.id, code});
    }
    if (result.attachmentRequired && attachmentCount == 0)
        result.problems.push_back({kAttachments, problem::kAttachmentRequired});
    return result;
}

Json visibleValues(const Form& form, const FormEvaluation& evaluation, const Json& values)
{
    if (form.fields.empty() || !values.is_object())
        return values;
    Json kept = Json::object();
    for (const auto& [key, value] : values.items())
        if (evaluation.isVisible(key) && !isEmptyValue(value))
            kept[key] = value;
    return kept;
}

bool isIsoDate(const std::string& text)
{
    if (text.size() != 10 || text[4] != '-' || text[7] != '-')
        return false;
    for (std::size_t i : {0U, 1U, 2U, 3U, 5U, 6U, 8U, 9U})
        if (std::isdigit(static_cast<unsigned char>(text[i])) == 0)
            return false;
    const int year = std::stoi(text.substr(0, 4));
    const int month = std::stoi(text.substr(5, 2));
    const int day = std::stoi(text.substr(8, 2));
    const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (year < 1 || month < 1 || month > 12 || day < 1)
        return false;
    return day <= kDays[month - 1] + (month == 2 && leap ? 1 : 0);
}

std::string englishMessage(const Form& form, const FormProblem& p)
{
    if (p.field == kAttachments)
        return "at least one file must be attached";
    const FormField* field = form.findField(p.field);
    std::string name = field ? field->label.pick("en") : std::string();
    if (name.empty())
        name = p.field;
    if (p.code == problem::kRequired)
        return name + " is required";
    if (p.code == problem::kWrongType)
        return name + " has a value of the wrong type"
            + (field ? std::string(" (expected ") + toString(field->type) + ")" : std::string());
    if (p.code == problem::kNotAChoice)
        return name + " is not one of the choices offered";
    if (p.code == problem::kOutOfRange && field) {
        auto number = [](double v) {
            return v == std::floor(v) && std::fabs(v) < 1e15
                ? std::to_string(static_cast<long long>(v))
                : nlohmann::json(v).dump();
        };
        if (field->min && field->max)
            return name + " must be between " + number(*field->min) + " and " + number(*field->max);
        if (field->min)
            return name + " must be at least " + number(*field->min);
        if (field->max)
            return name + " must be at most " + number(*field->max);
    }
    if (p.code == problem::kBadDate)
        return name + " is not a date (expected YYYY-MM-DD)";
    if (p.code == problem::kUnknownField)
        return "the form has no field \"" + p.field + "\"";
    return name + ": " + p.code;
}

} // namespace caseport::forms
