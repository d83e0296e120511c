// Table tests for the form evaluator (shared/caseport/FormRules.h): visibility,
// requirement, value checks and the attachment rule, as client and server both use it.

#include "caseport/FormRules.h"

#include <QStringList>
#include <QTest>

using namespace caseport;
using Json = nlohmann::json;

namespace {

LocalizedText en(const std::string& text)
{
    return LocalizedText{{{"en", text}}};
}

FormField field(const std::string& id, FieldType type, bool required = false)
{
    FormField f;
    f.id = id;
    f.type = type;
    f.label = en(id == "employee" ? "Employee number" : id);
    f.required = required;
    return f;
}

// A payroll-like product form and its "decisions" category.
Product payroll()
{
    Product p;
    p.id = "payroll";
    FormField hours = field("hours", FieldType::Number);
    hours.min = 0;
    hours.max = 100;
    FormField urgency = field("urgency", FieldType::SingleChoice);
    urgency.choices = {{"normal", en("Normal")}, {"payslip_wrong", en("Payslip is wrong")}};
    FormField months = field("months", FieldType::MultiChoice);
    months.choices = {{"may", en("May")}, {"june", en("June")}};
    p.form.fields = {field("employee", FieldType::Text, true), hours, field("period", FieldType::Date),
                     urgency, field("payslip", FieldType::Text), field("corrected", FieldType::Checkbox),
                     months, field("agree", FieldType::Checkbox), field("site", FieldType::ObjectPicker),
                     field("notes", FieldType::MultiLineText)};
    p.form.rules = {
        {RuleAction::Show, "payslip", FormCondition{"urgency", {"payslip_wrong"}}},
        {RuleAction::Require, "payslip", FormCondition{"urgency", {"payslip_wrong"}}},
        {RuleAction::Show, "corrected", FormCondition{"payslip", {"march"}}}, // a chain
        {RuleAction::Require, "notes", FormCondition{"months", {"june"}}},
        {RuleAction::Require, "period", FormCondition{"", {"support"}}},
    };
    Category support{"support", en("Support"), {}};
    Category decisions{"decisions", en("Decisions"), {}};
    decisions.form.rules = {{RuleAction::RequireAttachment, "", std::nullopt}};
    FormField docType = field("doctype", FieldType::Text, true);
    decisions.form.fields = {docType, field("employee", FieldType::Text, false)}; // override
    p.categories = {support, decisions};
    return p;
}

QStringList toList(const std::vector<std::string>& ids)
{
    QStringList out;
    for (const auto& id : ids)
        out << QString::fromStdString(id);
    return out;
}

QStringList toList(const std::vector<forms::FormProblem>& problems)
{
    QStringList out;
    for (const auto& p : problems)
        out << QString::fromStdString(p.field + ":" + p.code);
    return out;
}

const QString kAlwaysVisible = "employee,hours,period,urgency,months,agree,site,notes";

} // namespace

class TestFormRules : public QObject {
    Q_OBJECT
private slots:
    void evaluate_data()
    {
        QTest::addColumn<QString>("category");
        QTest::addColumn<QByteArray>("values"); // JSON object
        QTest::addColumn<int>("attachments");
        QTest::addColumn<QString>("visible"); // ids joined by ','
        QTest::addColumn<QString>("required");
        QTest::addColumn<QString>("problems"); // "field:code" joined by ','

        const QByteArray ok = R"({"employee":"1234"})";
        QTest::newRow("minimal") << "" << ok << 0 << kAlwaysVisible << "employee" << "";
        QTest::newRow("required missing") << "" << QByteArray("{}") << 0 << kAlwaysVisible
                                          << "employee" << "employee:required";
        QTest::newRow("required blank") << "" << QByteArray(R"({"employee":"  "})") << 0
                                        << kAlwaysVisible << "employee" << "employee:required";
        QTest::newRow("required null") << "" << QByteArray(R"({"employee":null})") << 0
                                       << kAlwaysVisible << "employee" << "employee:required";
        QTest::newRow("text wrong type") << "" << QByteArray(R"({"employee":12})") << 0
                                         << kAlwaysVisible << "employee" << "employee:wrong_type";
        QTest::newRow("number ok") << "" << QByteArray(R"({"employee":"1","hours":37.5})") << 0
                                   << kAlwaysVisible << "employee" << "";
        QTest::newRow("number bounds inclusive")
            << "" << QByteArray(R"({"employee":"1","hours":100})") << 0 << kAlwaysVisible
            << "employee" << "";
        QTest::newRow("number too big") << "" << QByteArray(R"({"employee":"1","hours":101})") << 0
                                        << kAlwaysVisible << "employee" << "hours:out_of_range";
        QTest::newRow("number negative") << "" << QByteArray(R"({"employee":"1","hours":-1})") << 0
                                         << kAlwaysVisible << "employee" << "hours:out_of_range";
        QTest::newRow("number as text") << "" << QByteArray(R"({"employee":"1","hours":"7"})") << 0
                                        << kAlwaysVisible << "employee" << "hours:wrong_type";
        QTest::newRow("date ok") << "" << QByteArray(R"({"employee":"1","period":"2024-02-29"})")
                                 << 0 << kAlwaysVisible << "employee" << "";
        QTest::newRow("date no leap day")
            << "" << QByteArray(R"({"employee":"1","period":"2023-02-29"})") << 0 << kAlwaysVisible
            << "employee" << "period:bad_date";
        QTest::newRow("date month 13")
            << "" << QByteArray(R"({"employee":"1","period":"2026-13-01"})") << 0 << kAlwaysVisible
            << "employee" << "period:bad_date";
        QTest::newRow("date other format")
            << "" << QByteArray(R"({"employee":"1","period":"1/2/2026"})") << 0 << kAlwaysVisible
            << "employee" << "period:bad_date";
        QTest::newRow("date as number") << "" << QByteArray(R"({"employee":"1","period":20260101})")
                                        << 0 << kAlwaysVisible << "employee" << "period:wrong_type";
        QTest::newRow("choice ok") << "" << QByteArray(R"({"employee":"1","urgency":"normal"})") << 0
                                   << kAlwaysVisible << "employee" << "";
        QTest::newRow("not a choice") << "" << QByteArray(R"({"employee":"1","urgency":"panic"})")
                                      << 0 << kAlwaysVisible << "employee" << "urgency:not_a_choice";
        QTest::newRow("multi ok") << "" << QByteArray(R"({"employee":"1","months":["may"]})") << 0
                                  << kAlwaysVisible << "employee" << "";
        QTest::newRow("multi not a choice")
            << "" << QByteArray(R"({"employee":"1","months":["may","july"]})") << 0
            << kAlwaysVisible << "employee" << "months:not_a_choice";
        QTest::newRow("multi not a list") << "" << QByteArray(R"({"employee":"1","months":"may"})")
                                          << 0 << kAlwaysVisible << "employee" << "months:wrong_type";
        QTest::newRow("checkbox as text") << "" << QByteArray(R"({"employee":"1","agree":"yes"})")
                                          << 0 << kAlwaysVisible << "employee" << "agree:wrong_type";
        QTest::newRow("object ok") << "" << QByteArray(R"({"employee":"1","site":"aarhus"})") << 0
                                   << kAlwaysVisible << "employee" << "";
        QTest::newRow("object unknown") << "" << QByteArray(R"({"employee":"1","site":"oslo"})") << 0
                                        << kAlwaysVisible << "employee" << "site:not_a_choice";
        QTest::newRow("unknown field") << "" << QByteArray(R"({"employee":"1","colour":"red"})") << 0
                                       << kAlwaysVisible << "employee" << "colour:unknown_field";

        // Conditional fields.
        QTest::newRow("show and require")
            << "" << QByteArray(R"({"employee":"1","urgency":"payslip_wrong"})") << 0
            << "employee,hours,period,urgency,payslip,months,agree,site,notes" << "employee,payslip"
            << "payslip:required";
        QTest::newRow("shown field filled")
            << "" << QByteArray(R"({"employee":"1","urgency":"payslip_wrong","payslip":"april"})")
            << 0 << "employee,hours,period,urgency,payslip,months,agree,site,notes"
            << "employee,payslip" << "";
        QTest::newRow("chain shows the next")
            << "" << QByteArray(R"({"employee":"1","urgency":"payslip_wrong","payslip":"march"})")
            << 0 << "employee,hours,period,urgency,payslip,corrected,months,agree,site,notes"
            << "employee,payslip" << "";
        QTest::newRow("hidden value ignored, chain broken")
            << "" << QByteArray(R"({"employee":"1","urgency":"normal","payslip":"march","corrected":7})")
            << 0 << kAlwaysVisible << "employee" << "";
        QTest::newRow("require by a list value")
            << "" << QByteArray(R"({"employee":"1","months":["may","june"]})") << 0
            << kAlwaysVisible << "employee,notes" << "notes:required";

        // Categories.
        QTest::newRow("require by category")
            << "support" << ok << 0 << kAlwaysVisible << "employee,period" << "period:required";
        QTest::newRow("decisions without a file")
            << "decisions" << QByteArray(R"({"doctype":"contract"})") << 0
            << kAlwaysVisible + ",doctype" << "doctype" << "attachments:attachment_required";
        QTest::newRow("decisions with a file")
            << "decisions" << QByteArray(R"({"doctype":"contract"})") << 1
            << kAlwaysVisible + ",doctype" << "doctype" << "";
        QTest::newRow("decisions: category field required, override not required")
            << "decisions" << QByteArray("{}") << 2 << kAlwaysVisible + ",doctype" << "doctype"
            << "doctype:required";
        QTest::newRow("category field unknown elsewhere")
            << "support" << QByteArray(R"({"employee":"1","period":"2026-01-01","doctype":"x"})")
            << 0 << kAlwaysVisible << "employee,period" << "doctype:unknown_field";
        QTest::newRow("several, in order")
            << "decisions" << QByteArray(R"({"x":1,"hours":"a"})") << 0 << kAlwaysVisible + ",doctype"
            << "doctype" << "x:unknown_field,hours:wrong_type,doctype:required,attachments:attachment_required";
    }

    void evaluate()
    {
        QFETCH(QString, category);
        QFETCH(QByteArray, values);
        QFETCH(int, attachments);
        QFETCH(QString, visible);
        QFETCH(QString, required);
        QFETCH(QString, problems);

        const Product product = payroll();
        const Form form = forms::formFor(product, category.toStdString());
        const std::vector<std::string> objects{"aarhus", "odense"};
        const auto result = forms::evaluate(form, category.toStdString(), Json::parse(values.toStdString()),
                                            static_cast<std::size_t>(attachments), &objects);
        QCOMPARE(toList(result.visible).join(','), visible);
        QCOMPARE(toList(result.required).join(','), required);
        QCOMPARE(toList(result.problems).join(','), problems);
        QCOMPARE(result.attachmentRequired, category == "decisions");
    }

    // Staff filing on a customer's behalf: the attachment rule is waived, every other
    // problem stays.
    void onBehalfWaivesOnlyTheAttachmentRule_data()
    {
        QTest::addColumn<int>("filing");
        QTest::addColumn<QByteArray>("values");
        QTest::addColumn<bool>("attachmentRequired");
        QTest::addColumn<QString>("problems");
        const int byCustomer = static_cast<int>(forms::Filing::ByCustomer);
        const int onBehalf = static_cast<int>(forms::Filing::OnBehalf);
        QTest::newRow("customer, no file") << byCustomer << QByteArray(R"({"doctype":"contract"})") << true
                                           << "attachments:attachment_required";
        QTest::newRow("on behalf, no file") << onBehalf << QByteArray(R"({"doctype":"contract"})") << false << "";
        QTest::newRow("on behalf, field still required")
            << onBehalf << QByteArray("{}") << false << "doctype:required";
    }

    void onBehalfWaivesOnlyTheAttachmentRule()
    {
        QFETCH(int, filing);
        QFETCH(QByteArray, values);
        QFETCH(bool, attachmentRequired);
        QFETCH(QString, problems);
        const Form form = forms::formFor(payroll(), "decisions");
        const auto result = forms::evaluate(form, "decisions", Json::parse(values.toStdString()), 0, nullptr,
                                            static_cast<forms::Filing>(filing));
        QCOMPARE(result.attachmentRequired, attachmentRequired);
        QCOMPARE(toList(result.problems).join(','), problems);
    }

    void formWithoutFieldsAcceptsAnything()
    {
        const auto result = forms::evaluate(Form{}, "", Json{{"free", "text"}, {"n", 1}}, 0);
        QVERIFY(result.problems.empty());
        QVERIFY(forms::visibleValues(Form{}, result, Json{{"free", "text"}}) == (Json{{"free", "text"}}));
    }

    void visibleValuesDropsHiddenAndEmpty()
    {
        const Form form = forms::formFor(payroll(), "");
        const Json values = {{"employee", "1"}, {"payslip", "march"}, {"urgency", "normal"},
                             {"agree", false}, {"months", Json::array()}, {"notes", ""}};
        const auto result = forms::evaluate(form, "", values, 0);
        QVERIFY(forms::visibleValues(form, result, values) == (Json{{"employee", "1"}, {"urgency", "normal"}}));
    }

    void mergedFormOverridesInPlace()
    {
        const Form merged = forms::formFor(payroll(), "decisions");
        QCOMPARE(merged.fields.front().id, std::string("employee"));
        QVERIFY(!merged.fields.front().required); // the category's copy
        QCOMPARE(merged.fields.back().id, std::string("doctype"));
        QCOMPARE(merged.rules.size(), payroll().form.rules.size() + 1);
        QVERIFY(forms::formFor(payroll(), "nonexistent") == payroll().form);
    }

    void englishMessage_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("message");
        QTest::newRow("required") << "employee" << "required" << "Employee number is required";
        QTest::newRow("range") << "hours" << "out_of_range" << "hours must be between 0 and 100";
        QTest::newRow("date") << "period" << "bad_date" << "period is not a date (expected YYYY-MM-DD)";
        QTest::newRow("files") << "attachments" << "attachment_required"
                               << "at least one file must be attached";
        QTest::newRow("unknown") << "colour" << "unknown_field" << "the form has no field \"colour\"";
    }

    void englishMessage()
    {
        QFETCH(QString, field);
        QFETCH(QString, code);
        QFETCH(QString, message);
        const Form form = forms::formFor(payroll(), "");
        QCOMPARE(QString::fromStdString(forms::englishMessage(form, {field.toStdString(), code.toStdString()})),
                 message);
    }
};

QTEST_APPLESS_MAIN(TestFormRules)
#include "tst_form_rules.moc"
