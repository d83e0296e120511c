#include "config/WorkflowConfigReader.h"

#include "config/TomlReader.h"

#include <algorithm>
#include <map>
#include <set>

namespace caseport::server {
namespace {

bool isStateId(const std::string& id)
{
    return !id.empty() && std::all_of(id.begin(), id.end(), [](unsigned char c) {
        return std::isalnum(c) != 0 || c == '_' || c == '-' || c == '.';
    });
}

// "staff" or "staff, creator" (any order, spaces optional) → byCreator; nullopt else.
std::optional<bool> parseWho(const std::string& text)
{
    std::set<std::string> parts;
    std::size_t start = 0;
    while (start <= text.size()) {
        std::size_t end = text.find(',', start);
        if (end == std::string::npos)
            end = text.size();
        std::string part = text.substr(start, end - start);
        part.erase(0, part.find_first_not_of(" \t"));
        part.erase(part.find_last_not_of(" \t") + 1);
        if (part != "staff" && part != "creator")
            return std::nullopt;
        parts.insert(part);
        start = end + 1;
    }
    // Staff make every move; a move only the creator could make would lock staff out.
    if (!parts.count("staff"))
        return std::nullopt;
    return parts.count("creator") > 0;
}

// States: ids unique and well-formed, exactly one initial (and open), at least one closed.
void readStates(TomlReader& r, workflow::Workflow& flow)
{
    flow.states.clear();
    std::map<std::string, std::string> seen; // id → where first defined
    std::vector<std::string> initial;
    r.forEachTable("states", [&](const toml::table& t, const std::string& path) {
        TomlReader s(t, path, r.sink());
        StatusDefinition state;
        state.id = s.string("id", Need::Required).value_or("");
        if (s.table().get("id")) {
            if (!isStateId(state.id))
                s.problem("id", "'" + state.id + "' is not a valid id (letters, digits, '_', '-', '.')");
            else if (auto [first, added] = seen.emplace(state.id, s.locationOf("id")); !added)
                s.problem("id", "duplicate state '" + state.id + "' (first at " + first->second + ")");
        }
        state.label = s.localized("label", Need::Required);
        state.closed = s.boolean("closed").value_or(false);
        if (s.boolean("initial").value_or(false)) {
            initial.push_back(state.id);
            if (state.closed)
                s.problem("initial", "a closed state cannot be where cases start");
        }
        s.finish();
        flow.states.push_back(std::move(state));
    });
    if (flow.states.empty()) {
        r.problem("states", "needs at least one state ([[workflow.states]])");
        return;
    }
    if (initial.empty())
        r.problem("states", "no initial state: mark the state new cases start in with initial = true");
    else if (initial.size() > 1)
        r.problem("states", "more than one initial state: '" + initial[0] + "' and '" + initial[1] + "'");
    else
        flow.initialState = initial.front();
    if (std::none_of(flow.states.begin(), flow.states.end(),
                     [](const StatusDefinition& s) { return s.closed; }))
        r.problem("states", "no closed state: mark the state that ends a case with closed = true");
}

void readTransitions(TomlReader& r, workflow::Workflow& flow)
{
    flow.transitions.clear();
    std::map<std::pair<std::string, std::string>, std::string> seen;
    r.forEachTable("transitions", [&](const toml::table& t, const std::string& path) {
        TomlReader m(t, path, r.sink());
        workflow::Transition move;
        move.from = m.string("from", Need::Required).value_or("");
        move.to = m.string("to", Need::Required).value_or("");
        const std::string who = m.string("who", Need::Optional).value_or("staff");
        if (const auto byCreator = parseWho(who))
            move.byCreator = *byCreator;
        else
            m.problem("who", "must be \"staff\" or \"staff, creator\", got '" + who + "'");
        bool known = true;
        for (const auto& [key, id] : {std::pair<const char*, const std::string&>{"from", move.from},
                                      std::pair<const char*, const std::string&>{"to", move.to}}) {
            if (m.table().get(key) && !flow.state(id)) {
                m.problem(key, "unknown state '" + id + "' (not in [[workflow.states]])");
                known = false;
            }
        }
        if (known && m.table().get("from") && m.table().get("to")) {
            if (move.from == move.to)
                m.problem("to", "a transition must lead to another state");
            else if (auto [first, added] = seen.emplace(std::pair(move.from, move.to), m.locationOf("from"));
                     !added)
                m.problem("from", "duplicate transition '" + move.from + "' → '" + move.to
                                      + "' (first at " + first->second + ")");
        }
        m.finish();
        flow.transitions.push_back(std::move(move));
    });
    if (flow.transitions.empty())
        r.problem("transitions", "needs at least one transition ([[workflow.transitions]])");
}

} // namespace

void readWorkflow(TomlReader& r, workflow::Workflow& flow)
{
    if (r.table().get("states")) {
        readStates(r, flow);
        readTransitions(r, flow);
    } else if (r.table().get("transitions")) {
        readTransitions(r, flow); // moves between the default states
    }
    if (auto days = r.integer("reopen_days", Need::Optional)) {
        if (*days < 0 || *days > 3650)
            r.problem("reopen_days", "must be between 0 (never) and 3650 days");
        else
            flow.reopenDays = *days;
    }
}

} // namespace caseport::server
