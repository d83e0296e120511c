#include "service/CaseForms.h"

#include "caseport/FormRules.h"
#include "config/Config.h"

namespace caseport::server {
namespace {

struct Evaluated {
    Form form;
    forms::FormEvaluation result;
};

std::optional<Evaluated> evaluate(const Config& config, const FormCheck& check)
{
    const Product* product = config.findProduct(check.product);
    if (!product || !check.fields)
        return std::nullopt;
    std::vector<std::string> objectIds;
    if (const Account* account = config.findAccount(check.account))
        for (const SiteObject& object : account->objects)
            objectIds.push_back(object.id);
    Evaluated out;
    out.form = forms::formFor(*product, check.category);
    out.result = forms::evaluate(out.form, check.category, *check.fields, check.attachments, &objectIds,
                                 check.filing);
    return out;
}

} // namespace

std::optional<rules::FieldProblem> checkCaseForm(const Config& config, const FormCheck& check)
{
    const auto evaluated = evaluate(config, check);
    if (!evaluated)
        return std::nullopt;
    if (evaluated->result.problems.empty())
        return std::nullopt;
    const forms::FormProblem& problem = evaluated->result.problems.front();
    return rules::FieldProblem{problem.field, problem.code, forms::englishMessage(evaluated->form, problem)};
}

nlohmann::json storedFieldValues(const Config& config, const FormCheck& check)
{
    const auto evaluated = evaluate(config, check);
    if (!evaluated)
        return check.fields ? *check.fields : nlohmann::json::object();
    return forms::visibleValues(evaluated->form, evaluated->result, *check.fields);
}

} // namespace caseport::server
