// Case forms in the config ([[products.fields]], [[products.rules]] and the same in
// [[products.categories]]): a good form and what it becomes, every kind of mistake as
// a data row with its file:line, and the sample config's payroll form.

#include "caseport/FormRules.h"
#include "config/ConfigLoader.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace caseport;
using namespace caseport::server;

namespace {

// Lines 1-3; every row's text starts on line 4.
const QByteArray kProduct = "[[products]]\n"            // 1
                            "id = \"payroll\"\n"        // 2
                            "name = { en = \"Payroll\" }\n"; // 3

const QByteArray kGoodForm = R"(
[[products.fields]]
id = "employee"
type = "text"
label = { en = "Employee number", da = "Medarbejdernummer" }
help = { en = "On the payslip" }
required = true
[[products.fields]]
id = "urgency"
type = "choice"
label = { en = "Urgency" }
choices = [ { id = "normal", label = { en = "Normal" } },
            { id = "payslip_wrong", label = { en = "A payslip is wrong" } } ]
[[products.fields]]
id = "payslip"
type = "date"
label = { en = "Which payslip?" }
[[products.fields]]
id = "hours"
type = "number"
label = { en = "Hours" }
min = 0
max = 37.5
[[products.rules]]
action = "show"
field = "payslip"
when = { field = "urgency", equals = "payslip_wrong" }
[[products.rules]]
action = "require"
field = "payslip"
when = { field = "urgency", in = ["payslip_wrong"] }
[[products.rules]]
action = "require_attachment"
when = { category = "decisions" }
[[products.categories]]
id = "support"
name = { en = "Support" }
[[products.categories]]
id = "decisions"
name = { en = "Decisions" }
  [[products.categories.fields]]
  id = "document"
  type = "multichoice"
  label = { en = "Documents" }
  choices = [ { id = "contract", label = { en = "Contract" } } ]
  [[products.categories.rules]]
  action = "require"
  field = "hours"
)";

ConfigLoadResult loadText(const QTemporaryDir& dir, const QByteArray& text, QString* path = nullptr)
{
    const QString file = dir.filePath(QStringLiteral("forms.toml"));
    QFile out(file);
    if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return {};
    out.write(text);
    out.close();
    if (path)
        *path = file;
    return loadConfigFile(file.toStdString());
}

QStringList shown(const ConfigLoadResult& loaded)
{
    QStringList all;
    for (const auto& problem : loaded.problems)
        all << QString::fromStdString(problem.toString());
    return all;
}

QByteArray field(const QByteArray& id, const QByteArray& type, const QByteArray& extra = {})
{
    return "[[products.fields]]\nid = \"" + id + "\"\ntype = \"" + type
        + "\"\nlabel = { en = \"L\" }\n" + extra;
}

} // namespace

class TestConfigForms : public QObject {
    Q_OBJECT
private slots:
    void goodFormLoads()
    {
        QTemporaryDir dir;
        const ConfigLoadResult loaded = loadText(dir, kProduct + kGoodForm);
        QVERIFY2(loaded.ok(), qPrintable(shown(loaded).join('\n')));
        const Product& payroll = loaded.config.products.at(0);
        QCOMPARE(payroll.form.fields.size(), 4u);
        const FormField& employee = payroll.form.fields[0];
        QCOMPARE(employee.type, FieldType::Text);
        QVERIFY(employee.required);
        QCOMPARE(employee.label.pick("da"), std::string("Medarbejdernummer"));
        QCOMPARE(employee.help.pick("en"), std::string("On the payslip"));
        QCOMPARE(payroll.form.fields[1].choices.size(), 2u);
        QCOMPARE(payroll.form.fields[3].min, std::optional<double>(0));
        QCOMPARE(payroll.form.fields[3].max, std::optional<double>(37.5));
        QCOMPARE(payroll.form.rules.size(), 3u);
        QVERIFY(payroll.form.rules[0]
                == (FormRule{RuleAction::Show, "payslip", FormCondition{"urgency", {"payslip_wrong"}}}));
        QVERIFY(payroll.form.rules[2]
                == (FormRule{RuleAction::RequireAttachment, "", FormCondition{"", {"decisions"}}}));
        const Category& decisions = payroll.categories.at(1);
        QCOMPARE(decisions.form.fields.size(), 1u);
        QCOMPARE(decisions.form.fields[0].type, FieldType::MultiChoice);
        QVERIFY(decisions.form.rules.at(0) == (FormRule{RuleAction::Require, "hours", std::nullopt}));
    }

    void badForm_data()
    {
        QTest::addColumn<QByteArray>("text"); // after kProduct: its first line is line 4
        QTest::addColumn<int>("line");
        QTest::addColumn<QString>("message");

        QTest::newRow("unknown type") << field("a", "colour") << 6 << "unknown type 'colour'";
        QTest::newRow("type missing")
            << QByteArray("[[products.fields]]\nid = \"a\"\nlabel = { en = \"L\" }\n") << 4
            << "products[0].fields[0].type: missing";
        QTest::newRow("label missing")
            << QByteArray("[[products.fields]]\nid = \"a\"\ntype = \"text\"\n") << 4
            << "products[0].fields[0].label: missing";
        QTest::newRow("duplicate id") << field("a", "text") + field("a", "date") << 9
                                      << "duplicate field 'a' (first at";
        QTest::newRow("bad id") << field("a b", "text") << 5 << "'a b' is not a valid field id";
        QTest::newRow("attachments is taken") << field("attachments", "text") << 5
                                              << "is not a valid field id";
        QTest::newRow("choices missing") << field("a", "choice") << 4
                                         << "choices: missing: a choice field needs at least one choice";
        QTest::newRow("choices on text")
            << field("a", "text", "choices = [ { id = \"x\", label = { en = \"X\" } } ]\n") << 8
            << "only choice and multichoice fields have choices";
        QTest::newRow("duplicate choice")
            << field("a", "choice",
                     "choices = [ { id = \"x\", label = { en = \"X\" } }, { id = \"x\", label = { en = \"Y\" } } ]\n")
            << 8 << "duplicate choice 'x'";
        QTest::newRow("min on text") << field("a", "text", "min = 1\n") << 8
                                     << "only number fields have min and max";
        QTest::newRow("min above max") << field("a", "number", "min = 5\nmax = 1\n") << 9
                                       << "max: is below min";
        QTest::newRow("unknown key in a field") << field("a", "text", "colour = 1\n") << 8
                                                << "unknown key 'products[0].fields[0].colour'";
        QTest::newRow("rule names an unknown field")
            << QByteArray("[[products.rules]]\naction = \"show\"\nfield = \"nope\"\n") << 6
            << "no field 'nope' in this form";
        QTest::newRow("unknown action")
            << field("a", "text") + "[[products.rules]]\naction = \"hide\"\nfield = \"a\"\n" << 9
            << "unknown action 'hide'";
        QTest::newRow("condition on an unknown field")
            << field("a", "text")
                + "[[products.rules]]\naction = \"require\"\nfield = \"a\"\nwhen = { field = \"b\", equals = \"x\" }\n"
            << 11 << "no field 'b' in this form";
        QTest::newRow("condition value not a choice")
            << field("a", "text")
                + field("u", "choice", "choices = [ { id = \"x\", label = { en = \"X\" } } ]\n")
                + "[[products.rules]]\naction = \"show\"\nfield = \"a\"\nwhen = { field = \"u\", equals = \"y\" }\n"
            << 16 << "'y' is not a choice of field 'u'";
        QTest::newRow("condition without a value")
            << field("a", "text") + field("b", "text")
                + "[[products.rules]]\naction = \"show\"\nfield = \"a\"\nwhen = { field = \"b\" }\n"
            << 15 << "needs equals";
        QTest::newRow("condition on an unknown category")
            << QByteArray("[[products.rules]]\naction = \"require_attachment\"\nwhen = { category = \"x\" }\n")
            << 6 << "no category 'x' in this product";
        QTest::newRow("require_attachment with a field")
            << field("a", "text") + "[[products.rules]]\naction = \"require_attachment\"\nfield = \"a\"\n"
            << 10 << "require_attachment names no field";
        QTest::newRow("category rule on an unknown field")
            << QByteArray("[[products.categories]]\nid = \"c\"\nname = { en = \"C\" }\n"
                          "  [[products.categories.rules]]\n  action = \"show\"\n  field = \"zz\"\n")
            << 9 << "no field 'zz' in this form";
        QTest::newRow("category field of unknown type")
            << QByteArray("[[products.categories]]\nid = \"c\"\nname = { en = \"C\" }\n"
                          "  [[products.categories.fields]]\n  id = \"d\"\n  type = \"blob\"\n"
                          "  label = { en = \"D\" }\n")
            << 9 << "unknown type 'blob'";
    }

    void badForm()
    {
        QFETCH(QByteArray, text);
        QFETCH(int, line);
        QFETCH(QString, message);
        QTemporaryDir dir;
        QString path;
        const ConfigLoadResult loaded = loadText(dir, kProduct + text, &path);
        QVERIFY(!loaded.ok());
        const QString prefix = path + ":" + QString::number(line) + ": ";
        const QStringList all = shown(loaded);
        const bool found = std::any_of(all.begin(), all.end(), [&](const QString& shownLine) {
            return shownLine.startsWith(prefix) && shownLine.contains(message);
        });
        QVERIFY2(found, qPrintable(QStringLiteral("expected %1…%2 in:\n%3").arg(prefix, message, all.join('\n'))));
    }

    void sampleConfigPayrollForm()
    {
        const QString source = qEnvironmentVariable("CASEPORT_SOURCE_DIR",
                                                    QStringLiteral(CASEPORT_TEST_SOURCE_DIR));
        const ConfigLoadResult loaded = loadConfigFile((source + "/resources/caseportd.toml").toStdString());
        QVERIFY2(loaded.ok(), qPrintable(shown(loaded).join('\n')));
        const Product* payroll = loaded.config.findProduct("payroll");
        QVERIFY(payroll);
        const nlohmann::json none = nlohmann::json::object();
        // Decisions/Documents needs a file; a support request does not.
        const Form decisions = forms::formFor(*payroll, "decisions");
        const auto withoutFile = forms::evaluate(decisions, "decisions", none, 0);
        QVERIFY(withoutFile.problemFor(forms::kAttachments));
        QVERIFY(forms::evaluate(decisions, "decisions", none, 1).problems.empty());
        const Form support = forms::formFor(*payroll, "support");
        QVERIFY(forms::evaluate(support, "support", none, 0).problems.empty());
        // The conditional field: "Which payslip?" appears and is required when the
        // urgency says a payslip is wrong.
        const nlohmann::json wrong = {{"urgency", "payslip_wrong"}};
        const auto conditional = forms::evaluate(support, "support", wrong, 0);
        QVERIFY(conditional.isVisible("payslip"));
        QVERIFY(conditional.isRequired("payslip"));
        QVERIFY(!forms::evaluate(support, "support", none, 0).isVisible("payslip"));
    }
};

QTEST_GUILESS_MAIN(TestConfigForms)
#include "tst_config_forms.moc"
