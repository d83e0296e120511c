#include "caseport/client/CaseMerge.h"

#include <functional>

namespace caseport::client::merge {

namespace {

// One row per member: is it set in the edit, does it differ from current, copy it over
// (to another edit, or onto a case).
struct Member {
    const char* name;
    std::function<bool(const CaseUpdate&)> isSet;
    std::function<bool(const CaseUpdate&, const Case&)> differs;
    std::function<void(const CaseUpdate&, CaseUpdate&)> copy;
    std::function<void(const CaseUpdate&, Case&)> apply;
};

template <class T>
Member member(const char* name, std::optional<T> CaseUpdate::*edit, T Case::*stored)
{
    return {name, [edit](const CaseUpdate& u) { return (u.*edit).has_value(); },
            [edit, stored](const CaseUpdate& u, const Case& c) { return *(u.*edit) != c.*stored; },
            [edit](const CaseUpdate& from, CaseUpdate& to) { to.*edit = from.*edit; },
            [edit, stored](const CaseUpdate& from, Case& to) { to.*stored = *(from.*edit); }};
}

const std::vector<Member>& members()
{
    static const std::vector<Member> all = {
        member("subject", &CaseUpdate::subject, &Case::subject),
        member("description", &CaseUpdate::description, &Case::description),
        member("category", &CaseUpdate::category, &Case::category),
        member("object", &CaseUpdate::object, &Case::object),
        member("fields", &CaseUpdate::fields, &Case::fields),
        member("status", &CaseUpdate::status, &Case::status),
        member("answer", &CaseUpdate::answer, &Case::answer),
        member("assignee", &CaseUpdate::assignee, &Case::assignee),
        member("private", &CaseUpdate::isPrivate, &Case::isPrivate),
        member("followers", &CaseUpdate::followers, &Case::followers),
    };
    return all;
}

} // namespace

std::vector<FieldChoice> fieldsOf(const CaseUpdate& mine, const Case& current)
{
    std::vector<FieldChoice> result;
    for (const Member& m : members()) {
        if (m.isSet(mine))
            result.push_back({m.name, m.differs(mine, current)});
    }
    return result;
}

Case applied(Case current, const CaseUpdate& mine)
{
    for (const Member& m : members()) {
        if (m.isSet(mine))
            m.apply(mine, current);
    }
    return current;
}

std::set<std::string> allFields(const CaseUpdate& mine)
{
    std::set<std::string> result;
    for (const Member& m : members()) {
        if (m.isSet(mine))
            result.insert(m.name);
    }
    return result;
}

std::optional<CaseUpdate> rebase(const CaseUpdate& mine, const Case& current,
                                 const std::set<std::string>& keepMine)
{
    CaseUpdate result;
    result.baseVersion = current.version;
    bool any = false;
    for (const Member& m : members()) {
        if (m.isSet(mine) && keepMine.contains(m.name) && m.differs(mine, current)) {
            m.copy(mine, result);
            any = true;
        }
    }
    if (!any)
        return std::nullopt;
    return result;
}

} // namespace caseport::client::merge
