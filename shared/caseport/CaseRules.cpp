#include "caseport/CaseRules.h"

#include <algorithm>
#include <cctype>

namespace caseport::rules {
namespace {

bool isBlank(const std::string& text)
{
    return std::all_of(text.begin(), text.end(),
                       [](unsigned char c) { return std::isspace(c) != 0; });
}

} // namespace

bool isUuid(const std::string& text)
{
    if (text.size() != 36)
        return false;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const bool dash = i == 8 || i == 13 || i == 18 || i == 23;
        const auto c = static_cast<unsigned char>(text[i]);
        if (dash ? c != '-' : std::isxdigit(c) == 0)
            return false;
    }
    return true;
}

std::size_t codePointCount(const std::string& utf8)
{
    return static_cast<std::size_t>(std::count_if(utf8.begin(), utf8.end(), [](char c) {
        return (static_cast<unsigned char>(c) & 0xC0U) != 0x80U;
    }));
}

std::vector<FieldProblem> validateNewCase(const NewCase& draft, const std::vector<Product>& products)
{
    std::vector<FieldProblem> problems;
    if (!isUuid(draft.id))
        problems.push_back({"id", "invalid"});
    if (draft.account.empty())
        problems.push_back({"account", "required"});

    auto product = std::find_if(products.begin(), products.end(),
                                [&](const Product& p) { return p.id == draft.product; });
    if (draft.product.empty())
        problems.push_back({"product", "required"});
    else if (product == products.end())
        problems.push_back({"product", "unknown"});
    else if (!draft.category.empty()
             && std::none_of(product->categories.begin(), product->categories.end(),
                             [&](const Category& c) { return c.id == draft.category; }))
        problems.push_back({"category", "unknown"});

    if (isBlank(draft.subject))
        problems.push_back({"subject", "required"});
    else if (codePointCount(draft.subject) > kMaxSubjectLength)
        problems.push_back({"subject", "too_long"});
    if (codePointCount(draft.description) > kMaxDescriptionLength)
        problems.push_back({"description", "too_long"});
    return problems;
}

std::vector<FieldProblem> validateNewPost(const NewPost& post)
{
    std::vector<FieldProblem> problems;
    if (!isUuid(post.id))
        problems.push_back({"id", "invalid"});
    if (isBlank(post.text) && post.attachments.empty())
        problems.push_back({"text", "required"});
    else if (codePointCount(post.text) > kMaxPostLength)
        problems.push_back({"text", "too_long"});
    return problems;
}

} // namespace caseport::rules
