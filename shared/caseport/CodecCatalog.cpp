// The codec for the catalog: accounts, memberships, products, statuses and the
// workflow's rules (DESIGN §5).

#include "caseport/Codec.h"
#include "caseport/CodecDetail.h"
#include "caseport/JsonReader.h"
#include "caseport/Workflow.h"

namespace caseport::codec {

Json levelsJson(const std::map<std::string, AccessLevel>& levels)
{
    Json out = Json::object();
    for (const auto& [product, level] : levels)
        out[product] = toString(level);
    return out;
}

AccessLevel levelFrom(const Json& value, const std::string& field)
{
    const auto parsed = value.is_string() ? accessLevelFromString(value.get<std::string>())
                                          : std::nullopt;
    if (!parsed)
        throw CodecError(error::kInvalidField, field, "expected full, limited or none");
    return *parsed;
}

std::map<std::string, AccessLevel> levelsFrom(JsonReader& reader, const char* key)
{
    std::map<std::string, AccessLevel> levels;
    for (const auto& [product, level] : reader.object(key).items())
        levels[product] = levelFrom(level, reader.pathOf(key) + "." + product);
    return levels;
}

namespace {

// Declared before the templates below so their unqualified calls find them; the
// using-declaration keeps the public overloads visible beside these.
using caseport::codec::toJson;
Json toJson(const LocalizedText& text);
Json toJson(const SiteObject& value);
Json toJson(const Account& value);
Json toJson(const Membership& value);
Json toJson(const Category& value);
Json toJson(const GuideLink& value);
Json toJson(const Product& value);
Json toJson(const StatusDefinition& value);
Json toJson(const StaffMember& value);
Json toJson(const workflow::Transition& value);

Json toJson(const LocalizedText& text)
{
    Json out = Json::object();
    for (const auto& [lang, value] : text.byLanguage)
        out[lang] = value;
    return out;
}

LocalizedText localizedFrom(const Json& json, const std::string& path)
{
    JsonReader reader(json, path);
    LocalizedText text;
    for (const auto& key : reader.keys())
        text.byLanguage[key] = reader.string(key.c_str(), Presence::Required);
    reader.finish();
    return text;
}

template <class T, class Fn>
std::vector<T> arrayOf(JsonReader& reader, const char* key, Fn&& decodeOne)
{
    std::vector<T> out;
    reader.forEach(key, [&](const Json& item, const std::string& path) {
        out.push_back(decodeOne(item, path));
    });
    return out;
}

template <class T>
Json arrayJson(const std::vector<T>& items)
{
    Json out = Json::array();
    for (const auto& item : items)
        out.push_back(toJson(item));
    return out;
}

Json toJson(const SiteObject& value)
{
    return {{"id", value.id}, {"name", value.name}};
}

Json toJson(const Account& value)
{
    return {{"id", value.id}, {"name", value.name}, {"orgNumber", value.orgNumber},
            {"objects", arrayJson(value.objects)}};
}

Json toJson(const Membership& value)
{
    return {{"account", value.account}, {"products", levelsJson(value.products)},
            {"objects", value.objects}, {"customerAdmin", value.customerAdmin}};
}

Json toJson(const Category& value)
{
    Json out = {{"id", value.id}, {"name", toJson(value.name)}};
    if (!value.form.empty())
        out["form"] = formJson(value.form);
    return out;
}

Json toJson(const GuideLink& value)
{
    return {{"title", toJson(value.title)}, {"url", value.url}};
}

Json toJson(const Product& value)
{
    Json out = {{"id", value.id},
                {"name", toJson(value.name)},
                {"supportPhone", value.supportPhone},
                {"supportEmail", value.supportEmail},
                {"supportHours", toJson(value.supportHours)},
                {"guides", arrayJson(value.guides)},
                {"categories", arrayJson(value.categories)}};
    if (!value.form.empty())
        out["form"] = formJson(value.form);
    return out;
}

Json toJson(const StatusDefinition& value)
{
    return {{"id", value.id}, {"label", toJson(value.label)}, {"closed", value.closed}};
}

Json toJson(const StaffMember& value)
{
    return {{"id", value.id}, {"name", value.name}};
}

StaffMember staffMemberFrom(const Json& json, const std::string& path)
{
    JsonReader r(json, path);
    StaffMember s{r.string("id", Presence::Required), r.string("name", Presence::Optional)};
    r.finish();
    return s;
}

// "who": ["staff"] or ["staff", "creator"]: staff make every move, the creator some.
Json toJson(const workflow::Transition& value)
{
    Json who = Json::array({"staff"});
    if (value.byCreator)
        who.push_back("creator");
    return {{"from", value.from}, {"to", value.to}, {"who", who}};
}

Json rulesJson(const workflow::Rules& rules)
{
    return {{"initial", rules.initialState},
            {"reopenDays", rules.reopenDays},
            {"transitions", arrayJson(rules.transitions)}};
}

workflow::Transition transitionFrom(const Json& json, const std::string& path)
{
    JsonReader r(json, path);
    workflow::Transition t;
    t.from = r.string("from", Presence::Required);
    t.to = r.string("to", Presence::Required);
    for (const std::string& who : r.strings("who")) {
        if (who == "creator")
            t.byCreator = true;
        else if (who != "staff")
            throw CodecError(error::kInvalidField, r.pathOf("who"), "expected staff or creator");
    }
    r.finish();
    return t;
}

workflow::Rules rulesFrom(const Json& json, const std::string& path)
{
    JsonReader r(json, path);
    workflow::Rules rules;
    rules.initialState = r.string("initial", Presence::Required);
    rules.reopenDays = r.integer("reopenDays", Presence::Required);
    if (rules.reopenDays < 0)
        throw CodecError(error::kInvalidField, r.pathOf("reopenDays"), "must not be negative");
    rules.transitions = arrayOf<workflow::Transition>(r, "transitions", transitionFrom);
    r.finish();
    return rules;
}

SiteObject siteObjectFrom(const Json& json, const std::string& path)
{
    JsonReader r(json, path);
    SiteObject o{r.string("id", Presence::Required), r.string("name", Presence::Optional)};
    r.finish();
    return o;
}

Account accountFrom(const Json& json, const std::string& path)
{
    JsonReader r(json, path);
    Account a;
    a.id = r.string("id", Presence::Required);
    a.name = r.string("name", Presence::Optional);
    a.orgNumber = r.string("orgNumber", Presence::Optional);
    a.objects = arrayOf<SiteObject>(r, "objects", siteObjectFrom);
    r.finish();
    return a;
}

Membership membershipFrom(const Json& json, const std::string& path)
{
    JsonReader r(json, path);
    Membership m;
    m.account = r.string("account", Presence::Required);
    m.products = levelsFrom(r, "products");
    m.objects = r.strings("objects");
    m.customerAdmin = r.boolean("customerAdmin", false);
    r.finish();
    return m;
}

Category categoryFrom(const Json& json, const std::string& path)
{
    JsonReader r(json, path);
    Category c;
    c.id = r.string("id", Presence::Required);
    c.name = localizedFrom(r.object("name"), r.pathOf("name"));
    if (r.has("form"))
        c.form = formFrom(r.object("form"), r.pathOf("form"));
    r.finish();
    return c;
}

GuideLink guideFrom(const Json& json, const std::string& path)
{
    JsonReader r(json, path);
    GuideLink g;
    g.title = localizedFrom(r.object("title"), r.pathOf("title"));
    g.url = r.string("url", Presence::Required);
    r.finish();
    return g;
}

Product productFrom(const Json& json, const std::string& path)
{
    JsonReader r(json, path);
    Product p;
    p.id = r.string("id", Presence::Required);
    p.name = localizedFrom(r.object("name"), r.pathOf("name"));
    p.supportPhone = r.string("supportPhone", Presence::Optional);
    p.supportEmail = r.string("supportEmail", Presence::Optional);
    p.supportHours = localizedFrom(r.object("supportHours"), r.pathOf("supportHours"));
    p.guides = arrayOf<GuideLink>(r, "guides", guideFrom);
    p.categories = arrayOf<Category>(r, "categories", categoryFrom);
    if (r.has("form"))
        p.form = formFrom(r.object("form"), r.pathOf("form"));
    r.finish();
    return p;
}

StatusDefinition statusFrom(const Json& json, const std::string& path)
{
    JsonReader r(json, path);
    StatusDefinition s;
    s.id = r.string("id", Presence::Required);
    s.label = localizedFrom(r.object("label"), r.pathOf("label"));
    s.closed = r.boolean("closed", false);
    r.finish();
    return s;
}

} // namespace

Json localizedJson(const LocalizedText& text)
{
    return toJson(text);
}

LocalizedText localizedTextFrom(const Json& json, const std::string& path)
{
    return localizedFrom(json, path);
}

Json toJson(const Catalog& value)
{
    Json out = {{"user", toJson(value.user)},
                {"accounts", arrayJson(value.accounts)},
                {"memberships", arrayJson(value.memberships)},
                {"products", arrayJson(value.products)},
                {"statuses", arrayJson(value.statuses)},
                {"workflow", rulesJson(value.workflow)},
                {"notices", listJson(value.notices)}};
    if (!value.staff.empty()) // staff callers only: customers never see the list
        out["staff"] = arrayJson(value.staff);
    out["people"] = arrayJson(value.people);
    out["files"] = listJson(value.files);
    return out;
}

template <>
Catalog fromJson<Catalog>(const Json& json)
{
    JsonReader r(json, {});
    Catalog c;
    c.user = profileFrom(r.object("user"), r.pathOf("user"));
    c.accounts = arrayOf<Account>(r, "accounts", accountFrom);
    c.memberships = arrayOf<Membership>(r, "memberships", membershipFrom);
    c.products = arrayOf<Product>(r, "products", productFrom);
    c.statuses = arrayOf<StatusDefinition>(r, "statuses", statusFrom);
    c.staff = arrayOf<StaffMember>(r, "staff", staffMemberFrom);
    c.people = arrayOf<StaffMember>(r, "people", staffMemberFrom); // absent in older catalogs
    // A catalog stored by an older client has no workflow: the default one's rules.
    c.workflow = r.has("workflow") ? rulesFrom(r.object("workflow"), r.pathOf("workflow"))
                                   : workflow::defaultWorkflow().rules();
    c.notices = arrayOf<Notice>(r, "notices", noticeFrom); // absent in catalogs cached before notices
    c.files = arrayOf<AccountFile>(r, "files", accountFileFrom); // absent in catalogs cached before files
    r.finish();
    return c;
}

} // namespace caseport::codec
