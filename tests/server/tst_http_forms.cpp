// POST and PATCH /api/v1/cases against the product's case form (caseport/FormRules.h):
// 422 validation_failed naming the field (or "attachments") with an English message,
// for allowed callers; denied callers learn nothing about the form.

#include "HttpTestServer.h"

#include "blob/Sha256.h"
#include "caseport/ApiError.h"
#include "caseport/Codec.h"
#include "caseport/Protocol.h"

#include <QTest>

#include <cstdio>

using namespace caseport;

namespace {

std::string uuid(int n)
{
    char text[40];
    std::snprintf(text, sizeof text, "f0f0f0f0-0000-4000-8000-%012d", n);
    return text;
}

LocalizedText en(const std::string& text)
{
    return LocalizedText{{{"en", text}}};
}

// Payroll's form in this test: an employee number (required), an urgency, "Which
// payslip?" shown and required when a payslip is wrong; "decisions" needs a file.
void addPayrollForm(server::Config& config)
{
    for (Product& product : config.products) {
        if (product.id != "payroll")
            continue;
        FormField urgency{"urgency", FieldType::SingleChoice, en("Urgency")};
        urgency.choices = {{"normal", en("Normal")}, {"payslip_wrong", en("A payslip is wrong")}};
        product.form.fields = {{"employee", FieldType::Text, en("Employee number"), {}, true},
                               urgency, {"payslip", FieldType::Text, en("Which payslip?")}};
        const FormCondition wrong{"urgency", {"payslip_wrong"}};
        product.form.rules = {{RuleAction::Show, "payslip", wrong}, {RuleAction::Require, "payslip", wrong}};
        Category decisions{"decisions", en("Decisions/Documents")};
        decisions.form.rules = {{RuleAction::RequireAttachment}};
        product.categories.push_back(decisions);
    }
}

std::string attachmentsJson(const std::string& id, const std::string& sha, std::size_t size)
{
    return ",\"attachments\":[" + codec::dump(codec::Json{{"id", id}, {"name", "decision.pdf"}, {"sha256", sha},
                                                           {"size", size}, {"mime", "application/pdf"}})
        + "]";
}

} // namespace

class TestHttpForms : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_server.start());
        m_server.reconfigure(addPayrollForm);
    }
    void cleanupTestCase() { m_server.stop(); }

    void createChecksTheForm_data()
    {
        QTest::addColumn<QString>("extra"); // inside the POST body
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("message");
        QTest::newRow("valid") << R"(,"fields":{"employee":"42"})" << 201 << "" << "";
        QTest::newRow("required missing") << "" << 422 << "employee" << "Employee number is required";
        QTest::newRow("not a choice") << R"(,"fields":{"employee":"42","urgency":"panic"})" << 422
                                      << "urgency" << "Urgency is not one of the choices offered";
        QTest::newRow("wrong type") << R"(,"fields":{"employee":42})" << 422 << "employee"
                                    << "Employee number has a value of the wrong type (expected text)";
        QTest::newRow("conditional field required")
            << R"(,"fields":{"employee":"42","urgency":"payslip_wrong"})" << 422 << "payslip"
            << "Which payslip? is required";
        QTest::newRow("conditional field given")
            << R"(,"fields":{"employee":"42","urgency":"payslip_wrong","payslip":"March"})" << 201 << "" << "";
        QTest::newRow("unknown field") << R"(,"fields":{"employee":"42","colour":"red"})" << 422
                                       << "colour" << "the form has no field \"colour\"";
        QTest::newRow("decisions without a file")
            << R"(,"category":"decisions","fields":{"employee":"42"})" << 422 << "attachments"
            << "at least one file must be attached";
        QTest::newRow("support without a file")
            << R"(,"category":"support","fields":{"employee":"42"})" << 201 << "" << "";
    }

    void createChecksTheForm()
    {
        QFETCH(QString, extra);
        QFETCH(int, status);
        QFETCH(QString, field);
        QFETCH(QString, message);
        const HttpReply reply = m_server.client().post(
            "/api/v1/cases", newCaseJson(uuid(++m_cases), "acme", "payroll", extra.toStdString()), m_server.anna);
        if (status == 201) {
            QVERIFY2(reply.status == 201, reply.body.c_str());
            return;
        }
        VERIFY_ERROR(reply, 422, error::kValidationFailed, field.toStdString());
        QCOMPARE(QString::fromStdString(codec::decode<ApiError>(reply.body).message), message);
    }

    void hiddenValuesAreNotStored()
    {
        const HttpReply reply = m_server.client().post(
            "/api/v1/cases",
            newCaseJson(uuid(++m_cases), "acme", "payroll",
                        R"(,"fields":{"employee":"42","urgency":"normal","payslip":"March"})"),
            m_server.anna);
        QVERIFY2(reply.status == 201, reply.body.c_str());
        const Case stored = codec::decode<Case>(reply.body);
        QVERIFY(stored.fields == (nlohmann::json{{"employee", "42"}, {"urgency", "normal"}}));
    }

    void decisionsWithAFile()
    {
        const std::string pdf = "%PDF-1.4 a decision";
        const std::string sha = server::Sha256::hex(pdf);
        HttpCall put;
        put.method = "PUT";
        put.path = std::string(protocol::kBlobsPath) + "/" + sha;
        put.body = pdf;
        put.token = m_server.anna;
        put.contentType = "application/octet-stream";
        const HttpReply uploaded = m_server.client().send(put);
        QVERIFY2(uploaded.status == 201 || uploaded.status == 200, uploaded.body.c_str());
        const int n = ++m_cases;
        const HttpReply reply = m_server.client().post(
            "/api/v1/cases",
            newCaseJson(uuid(n), "acme", "payroll",
                        R"(,"category":"decisions","fields":{"employee":"42"})"
                            + attachmentsJson(uuid(9000 + n), sha, pdf.size())),
            m_server.anna);
        QVERIFY2(reply.status == 201, reply.body.c_str());
    }

    void deniedCallerLearnsNothingOfTheForm()
    {
        // nils has no payroll access: 403 whatever the form would say.
        const HttpReply reply = m_server.client().post(
            "/api/v1/cases", newCaseJson(uuid(++m_cases), "acme", "payroll", R"(,"category":"decisions")"),
            m_server.token("nils"));
        VERIFY_ERROR(reply, 403, error::kForbidden, "");
    }

    void staffPhoneCaseMayLackTheFile()
    {
        // Registering a phone call for bo: the document may follow; the fields may not.
        const std::string onBehalf = R"(,"creator":"bo@acme.example","channel":"phone","category":"decisions")";
        HttpReply reply = m_server.client().post(
            "/api/v1/cases", newCaseJson(uuid(++m_cases), "acme", "payroll", onBehalf), m_server.staff);
        VERIFY_ERROR(reply, 422, error::kValidationFailed, "employee");
        const std::string id = uuid(++m_cases);
        reply = m_server.client().post(
            "/api/v1/cases", newCaseJson(id, "acme", "payroll", onBehalf + R"(,"fields":{"employee":"7"})"),
            m_server.staff);
        QVERIFY2(reply.status == 201, reply.body.c_str());
        QCOMPARE(codec::decode<Case>(reply.body).channel, std::string("phone"));

        // Staff correcting the call's fields are not held up by the missing file either;
        // the customer editing them is asked for it, as when filing.
        reply = patch("staff", id, R"("fields":{"employee":"8"})");
        QVERIFY2(reply.status == 200, reply.body.c_str());
        VERIFY_ERROR(patch("bo", id, R"("fields":{"employee":"9"})", 2), 422, error::kValidationFailed,
                     "attachments");
    }

    void patchChecksTheForm()
    {
        const std::string id = uuid(++m_cases);
        HttpReply reply = m_server.client().post(
            "/api/v1/cases", newCaseJson(id, "acme", "payroll", R"(,"fields":{"employee":"42"})"), m_server.anna);
        QVERIFY2(reply.status == 201, reply.body.c_str());

        VERIFY_ERROR(patch("anna", id, R"("fields":{"employee":""})"), 422, error::kValidationFailed, "employee");
        // Moving it to decisions needs a file it does not have.
        VERIFY_ERROR(patch("anna", id, R"("category":"decisions")"), 422, error::kValidationFailed,
                     "attachments");
        // A stranger is refused before the form is looked at.
        VERIFY_ERROR(patch("dag", id, R"("fields":{"employee":""})"), 404, error::kNotFound, "");
        reply = patch("anna", id, R"("fields":{"employee":"43","urgency":"normal"})");
        QVERIFY2(reply.status == 200, reply.body.c_str());
        QVERIFY(codec::decode<Case>(reply.body).fields == (nlohmann::json{{"employee", "43"}, {"urgency", "normal"}}));
        // Subject edits are not held up by the form.
        reply = patch("anna", id, R"("subject":"Still fine")", 2);
        QVERIFY2(reply.status == 200, reply.body.c_str());
    }

private:
    HttpReply patch(const std::string& who, const std::string& id, const std::string& members,
                    std::int64_t baseVersion = 1)
    {
        HttpCall call;
        call.method = "PATCH";
        call.path = "/api/v1/cases/" + id;
        call.token = m_server.token(who);
        call.body = "{\"baseVersion\":" + std::to_string(baseVersion) + "," + members + "}";
        return m_server.client().send(call);
    }

    HttpTestServer m_server;
    int m_cases = 0;
};

QTEST_GUILESS_MAIN(TestHttpForms)
#include "tst_http_forms.moc"
