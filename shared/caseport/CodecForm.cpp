// The codec for case forms inside the catalog (Form.h):
//   {"fields": [{"id", "type", "label", "help", "required", "choices": [{"id", "label"}],
//                "min", "max"}],
//    "rules": [{"action", "target", "when": {"field", "values"}}]}
// Empty members (help, choices, min, max, target, when) are left out.

#include "caseport/CodecDetail.h"

namespace caseport::codec {
namespace {

Json choiceJson(const FieldChoice& choice)
{
    return {{"id", choice.id}, {"label", localizedJson(choice.label)}};
}

Json fieldJson(const FormField& field)
{
    Json out = {{"id", field.id},
                {"type", toString(field.type)},
                {"label", localizedJson(field.label)},
                {"required", field.required}};
    if (!field.help.byLanguage.empty())
        out["help"] = localizedJson(field.help);
    if (!field.choices.empty()) {
        out["choices"] = Json::array();
        for (const FieldChoice& choice : field.choices)
            out["choices"].push_back(choiceJson(choice));
    }
    if (field.min)
        out["min"] = *field.min;
    if (field.max)
        out["max"] = *field.max;
    return out;
}

Json ruleJson(const FormRule& rule)
{
    Json out = {{"action", toString(rule.action)}};
    if (!rule.target.empty())
        out["target"] = rule.target;
    if (rule.when)
        out["when"] = {{"field", nullable(rule.when->field)}, {"values", rule.when->values}};
    return out;
}

FieldChoice choiceFrom(const Json& json, const std::string& path)
{
    JsonReader r(json, path);
    FieldChoice choice;
    choice.id = r.string("id", Presence::Required);
    choice.label = localizedTextFrom(r.object("label"), r.pathOf("label"));
    r.finish();
    return choice;
}

FormField fieldFrom(const Json& json, const std::string& path)
{
    JsonReader r(json, path);
    FormField field;
    field.id = r.string("id", Presence::Required);
    const std::string type = r.string("type", Presence::Required);
    const auto parsed = fieldTypeFromString(type);
    if (!parsed)
        throw CodecError(error::kInvalidField, r.pathOf("type"), "unknown field type '" + type + "'");
    field.type = *parsed;
    field.label = localizedTextFrom(r.object("label"), r.pathOf("label"));
    field.help = localizedTextFrom(r.object("help"), r.pathOf("help"));
    field.required = r.boolean("required", false);
    field.choices = listFrom<FieldChoice>(r, "choices", choiceFrom);
    field.min = r.number("min");
    field.max = r.number("max");
    r.finish();
    return field;
}

FormRule ruleFrom(const Json& json, const std::string& path)
{
    JsonReader r(json, path);
    FormRule rule;
    const std::string action = r.string("action", Presence::Required);
    const auto parsed = ruleActionFromString(action);
    if (!parsed)
        throw CodecError(error::kInvalidField, r.pathOf("action"), "unknown rule action '" + action + "'");
    rule.action = *parsed;
    rule.target = r.string("target", Presence::Optional);
    if (r.has("when")) {
        JsonReader when(r.object("when"), r.pathOf("when"));
        rule.when = FormCondition{when.string("field", Presence::Optional), when.strings("values")};
        when.finish();
    }
    r.finish();
    return rule;
}

} // namespace

Json formJson(const Form& form)
{
    Json out = {{"fields", Json::array()}, {"rules", Json::array()}};
    for (const FormField& field : form.fields)
        out["fields"].push_back(fieldJson(field));
    for (const FormRule& rule : form.rules)
        out["rules"].push_back(ruleJson(rule));
    return out;
}

Form formFrom(const Json& json, const std::string& path)
{
    JsonReader r(json, path);
    Form form;
    form.fields = listFrom<FormField>(r, "fields", fieldFrom);
    form.rules = listFrom<FormRule>(r, "rules", ruleFrom);
    r.finish();
    return form;
}

} // namespace caseport::codec
