#include "caseport/CaseRules.h"

#include "caseport/FileNames.h"

#include <algorithm>
#include <cctype>
#include <set>

namespace caseport::rules {
namespace {

bool isBlank(const std::string& text)
{
    return std::all_of(text.begin(), text.end(),
                       [](unsigned char c) { return std::isspace(c) != 0; });
}

void checkSubject(const std::string& subject, std::vector<FieldProblem>& problems)
{
    if (isBlank(subject))
        problems.push_back({"subject", "required"});
    else if (codePointCount(subject) > kMaxSubjectLength)
        problems.push_back({"subject", "too_long"});
}

bool hasCategory(const Product& product, const std::string& category)
{
    return std::any_of(product.categories.begin(), product.categories.end(),
                       [&](const Category& c) { return c.id == category; });
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
    else if (!draft.category.empty() && !hasCategory(*product, draft.category))
        problems.push_back({"category", "unknown"});

    checkSubject(draft.subject, problems);
    if (codePointCount(draft.description) > kMaxDescriptionLength)
        problems.push_back({"description", "too_long"});
    return problems;
}

std::vector<FieldProblem> validateCaseUpdate(const CaseUpdate& update, const std::string& product,
                                             const std::vector<Product>& products,
                                             const std::vector<StatusDefinition>& states)
{
    std::vector<FieldProblem> problems;
    if (update.subject)
        checkSubject(*update.subject, problems);
    if (update.description && codePointCount(*update.description) > kMaxDescriptionLength)
        problems.push_back({"description", "too_long"});
    if (update.category && !update.category->empty()) {
        auto found = std::find_if(products.begin(), products.end(),
                                  [&](const Product& p) { return p.id == product; });
        if (found == products.end() || !hasCategory(*found, *update.category))
            problems.push_back({"category", "unknown"});
    }
    if (update.status) {
        if (update.status->empty())
            problems.push_back({"status", "required"});
        else if (std::none_of(states.begin(), states.end(),
                              [&](const StatusDefinition& s) { return s.id == *update.status; }))
            problems.push_back({"status", "unknown"});
    }
    if (update.answer && codePointCount(*update.answer) > kMaxAnswerLength)
        problems.push_back({"answer", "too_long"});
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

std::vector<FieldProblem> validateAttachmentRefs(const std::vector<AttachmentRef>& refs)
{
    std::vector<FieldProblem> problems;
    std::set<std::string> ids;
    const auto isSha256 = [](const std::string& text) {
        return text.size() == 64 && std::all_of(text.begin(), text.end(), [](char c) {
                   return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f');
               });
    };
    for (const AttachmentRef& ref : refs) {
        const bool valid = isUuid(ref.id) && ids.insert(ref.id).second && !ref.name.empty()
            && ref.name.size() <= kMaxAttachmentNameBytes
            && ref.name.find('\0') == std::string::npos && isSha256(ref.sha256) && ref.size >= 0
            && (ref.mime.empty() || files::isMimeType(ref.mime));
        if (!valid) {
            problems.push_back({"attachments", "invalid"});
            break;
        }
    }
    return problems;
}

} // namespace caseport::rules
