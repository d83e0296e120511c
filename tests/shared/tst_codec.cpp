// Round trips and rejections of the one wire codec (shared/caseport/Codec.h).

#include "caseport/Codec.h"
#include "caseport/Workflow.h"

#include <QTest>

using namespace caseport;

namespace {

Case sampleCase(const std::string& subject, const std::string& description)
{
    Case c;
    c.id = "0b0f6a1e-4c4e-4b8e-9d8f-2f3c1a7b9e10";
    c.number = "CP-2026-000123";
    c.account = "acme";
    c.product = "payroll";
    c.category = "support";
    c.object = "aarhus";
    c.subject = subject;
    c.description = description;
    c.fields = {{"employees", 12}, {"period", "2026-11"}, {"urgent", true}};
    c.isPrivate = true;
    c.status = status::kReceived;
    c.creator = "anna@acme.example";
    c.channel = channel::kPortal;
    c.followers = {"erik@acme.example"};
    c.createdAt = "2026-11-24T08:00:00.000Z";
    c.updatedAt = "2026-11-24T08:05:00.000Z";
    c.version = 3;
    return c;
}

} // namespace

class TestCodec : public QObject {
    Q_OBJECT
private slots:
    void caseRoundTrip_data()
    {
        QTest::addColumn<QString>("subject");
        QTest::addColumn<QString>("description");
        QTest::newRow("plain") << "Payslip missing" << "The payslip for November is missing.";
        QTest::newRow("danish") << "Lønseddel mangler for Ærø" << "Æblegrød, øl og å — tak!";
        QTest::newRow("swedish") << "Lönebesked saknas i Malmö" << "Åsa är på semester; få svar.";
        QTest::newRow("emoji") << "Deploy 🚀 failed 😱" << "👩‍💻 family: 👨‍👩‍👧‍👦 flags: 🇩🇰🇸🇪";
        QTest::newRow("empty") << "" << "";
        QTest::newRow("quotes and controls") << "He said \"hi\"\\" << "line1\nline2\t\u0001end";
        QTest::newRow("huge") << QString(5000, QChar(u'ø')) << QString(2'000'000, QChar(u'x'));
    }

    void caseRoundTrip()
    {
        QFETCH(QString, subject);
        QFETCH(QString, description);
        const Case original = sampleCase(subject.toStdString(), description.toStdString());
        const std::string text = codec::encode(original);
        const Case decoded = codec::decode<Case>(text);
        QCOMPARE(decoded, original);
        Case closed = original;
        closed.status = status::kClosed;
        closed.closedAt = "2026-11-25T09:00:00Z";
        QCOMPARE(codec::decode<Case>(codec::encode(closed)), closed);
    }

    void optionalFieldsTravelAsNull()
    {
        Case c = sampleCase("s", "d");
        c.category.clear();
        c.object.clear();
        const auto json = codec::toJson(c);
        QVERIFY(json.at("category").is_null());
        QVERIFY(json.at("object").is_null());
        QVERIFY(json.at("closedAt").is_null()); // an open case
        QVERIFY(json.at("assignee").is_null());
        QCOMPARE(codec::fromJson<Case>(json), c);
    }

    void otherTypesRoundTrip()
    {
        NewCase n;
        n.id = "0b0f6a1e-4c4e-4b8e-9d8f-2f3c1a7b9e11";
        n.account = "acme";
        n.product = "payroll";
        n.subject = "Löneart 🙂";
        n.attachments = {{"a1", "lønseddel.pdf", std::string(64, 'a'), 1234, "application/pdf"}};
        QCOMPARE(codec::decode<NewCase>(codec::encode(n)), n);

        Post p{"p1", "c1", "staff@caseport.example", "Hej — se https://example.com", true,
               {"a1"}, "2026-11-24T08:00:00Z"};
        QCOMPARE(codec::decode<Post>(codec::encode(p)), p);

        ChangeSet changes;
        changes.cursor = "epoch:42";
        changes.more = true;
        changes.cases = {sampleCase("a", "b")};
        changes.posts = {p};
        changes.attachments = {{"a1", "c1", "", "fil.txt", 3, std::string(64, 'b'), "text/plain",
                                "2026-11-24T08:00:00Z"}};
        changes.removed.cases = {"gone"};
        changes.catalogEtag = "\"0123abcd\"";
        changes.remaining = 686439;
        QCOMPARE(codec::decode<ChangeSet>(codec::encode(changes)), changes);

        SessionInfo session{"tok", "2026-12-24T08:00:00Z",
                            {"anna@acme.example", "Anna Ås", "da", false}};
        QCOMPARE(codec::decode<SessionInfo>(codec::encode(session)), session);

        Catalog catalog;
        catalog.user = session.user;
        catalog.accounts = {{"acme", "Acme A/S", "DK12345678", {{"aarhus", "Aarhus"}}}};
        Membership m;
        m.account = "acme";
        m.products = {{"payroll", AccessLevel::Full}, {"hr", AccessLevel::Limited}};
        m.objects = {"aarhus"};
        m.customerAdmin = true;
        catalog.memberships = {m};
        Product product;
        product.id = "payroll";
        product.name.byLanguage = {{"da", "Løn"}, {"en", "Payroll"}, {"sv", "Lön"}};
        product.categories = {{"support", {{{"en", "Support request"}}}}};
        product.guides = {{{{{"en", "Guide"}}}, "https://example.com/guide"}};
        // A form of every kind of member: choices, bounds, help, a rule on a field, a
        // rule on the category, and a category's own form.
        FormField urgency{"urgency", FieldType::SingleChoice, {{{"en", "Urgency"}}},
                          {{{"da", "Hvor hurtigt?"}}}, true,
                          {{"normal", {{{"en", "Normal"}}}}, {"payslip_wrong", {{{"en", "Wrong"}}}}}};
        FormField hours{"hours", FieldType::Number, {{{"en", "Hours"}}}};
        hours.min = 0;
        hours.max = 37.5;
        product.form.fields = {urgency, hours, {"payslip", FieldType::Text, {{{"en", "Which?"}}}}};
        product.form.rules = {{RuleAction::Show, "payslip", FormCondition{"urgency", {"payslip_wrong"}}},
                              {RuleAction::Require, "hours", FormCondition{"", {"support"}}}};
        Category decisions{"decisions", {{{"en", "Decisions"}}}};
        decisions.form.rules = {{RuleAction::RequireAttachment, "", std::nullopt}};
        product.categories.push_back(decisions);
        catalog.products = {product};
        catalog.statuses = defaultStatuses();
        QCOMPARE(codec::decode<Catalog>(codec::encode(catalog)), catalog);
        // A customer's catalog carries no staff list at all; a staff caller's does.
        QVERIFY(nlohmann::json::parse(codec::encode(catalog)).count("staff") == 0);
        catalog.staff = {{"staff@caseport.example", "Sam Staff"}, {"eva@caseport.example", ""}};
        catalog.people = {{"anna@acme.example", "Anna Andersen"}, {"staff@caseport.example", "Sam Staff"}};
        QCOMPARE(codec::decode<Catalog>(codec::encode(catalog)), catalog);
        // A configured workflow: its moves (who may make each), start state, reopen window.
        catalog.workflow = {{{"received", "closed", true}, {"closed", "received", false}}, "received", 0};
        QCOMPARE(codec::decode<Catalog>(codec::encode(catalog)), catalog);
        // A catalog an older server (or cache) wrote without a workflow: the default rules.
        auto withoutWorkflow = codec::toJson(catalog);
        withoutWorkflow.erase("workflow");
        QCOMPARE(codec::decode<Catalog>(codec::dump(withoutWorkflow)).workflow,
                 workflow::defaultWorkflow().rules());

        Health health{"ok", "0.1.0", 1};
        QCOMPARE(codec::decode<Health>(codec::encode(health)), health);

        ApiError error{error::kValidationFailed, "subject is required", "subject", nullptr};
        QCOMPARE(codec::decode<ApiError>(codec::encode(error)), error);
    }

    void rejectsBadInput_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("field");
        const QByteArray valid = R"({"id":"x","account":"acme","product":"payroll","subject":"s"})";
        QTest::newRow("not json") << QByteArray("{nope") << error::kMalformedJson << "";
        QTest::newRow("empty text") << QByteArray("") << error::kMalformedJson << "";
        QTest::newRow("truncated") << valid.left(valid.size() - 3) << error::kMalformedJson << "";
        QTest::newRow("invalid utf8") << QByteArray("{\"id\":\"\xff\xfe\"}") << error::kMalformedJson
                                      << "";
        QTest::newRow("array not object") << QByteArray("[1,2]") << error::kInvalidField << "";
        QTest::newRow("missing subject")
            << QByteArray(R"({"id":"x","account":"acme","product":"payroll"})")
            << error::kInvalidField << "subject";
        QTest::newRow("subject is number")
            << QByteArray(R"({"id":"x","account":"acme","product":"payroll","subject":5})")
            << error::kInvalidField << "subject";
        QTest::newRow("private is string")
            << QByteArray(
                   R"({"id":"x","account":"acme","product":"payroll","subject":"s","private":"yes"})")
            << error::kInvalidField << "private";
        QTest::newRow("followers not array")
            << QByteArray(
                   R"({"id":"x","account":"acme","product":"p","subject":"s","followers":"bo"})")
            << error::kInvalidField << "followers";
        QTest::newRow("follower not string")
            << QByteArray(
                   R"({"id":"x","account":"acme","product":"p","subject":"s","followers":["a",7]})")
            << error::kInvalidField << "followers[1]";
        QTest::newRow("attachment size wrong type")
            << QByteArray(R"({"id":"x","account":"a","product":"p","subject":"s","attachments":)"
                          R"([{"id":"a","name":"n","sha256":"h","size":"big"}]})")
            << error::kInvalidField << "attachments[0].size";
        QTest::newRow("unknown field")
            << QByteArray(R"({"id":"x","account":"a","product":"p","subject":"s","colour":"red"})")
            << error::kUnknownField << "colour";
        QTest::newRow("nested unknown field")
            << QByteArray(R"({"id":"x","account":"a","product":"p","subject":"s","attachments":)"
                          R"([{"id":"a","name":"n","sha256":"h","size":1,"evil":1}]})")
            << error::kUnknownField << "attachments[0].evil";
        QTest::newRow("fields not object")
            << QByteArray(R"({"id":"x","account":"a","product":"p","subject":"s","fields":[1]})")
            << error::kInvalidField << "fields";
        QTest::newRow("field value nested")
            << QByteArray(R"({"id":"x","account":"a","product":"p","subject":"s","fields":{"f":[[1]]}})")
            << error::kInvalidField << "fields.f";
        QTest::newRow("field value deep")
            << (QByteArray(R"({"id":"x","account":"a","product":"p","subject":"s","fields":{"f":)")
                + QByteArray(50000, '[') + QByteArray(50000, ']') + "}}")
            << error::kInvalidField << "fields.f";
        QTest::newRow("deep nesting") << QByteArray(100000, '[') << error::kMalformedJson << "";
    }

    void rejectsBadInput()
    {
        QFETCH(QByteArray, text);
        QFETCH(QString, code);
        QFETCH(QString, field);
        try {
            (void)codec::decode<NewCase>(std::string_view(text.constData(), text.size()));
            QFAIL("decoding should have failed");
        } catch (const CodecError& e) {
            QCOMPARE(QString::fromStdString(e.code()), code);
            QCOMPARE(QString::fromStdString(e.field()), field);
            QVERIFY(std::string(e.what()).size() > 0);
            QCOMPARE(QString::fromStdString(e.toApiError().error), code);
        }
    }

    // catalogEtag and remaining: optional on the wire (an older server sends neither),
    // a negative remaining or a wrong type is refused with the field named.
    void changeSetProgressFields_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("etag");
        QTest::addColumn<qint64>("remaining");
        QTest::addColumn<QString>("errorField");
        QTest::newRow("neither") << QByteArray(R"({"cursor":"e:1"})") << "" << qint64(0) << "";
        QTest::newRow("both") << QByteArray("{\"cursor\":\"e:1\",\"catalogEtag\":\"\\\"ab\\\"\",\"remaining\":12}")
                              << "\"ab\"" << qint64(12) << "";
        QTest::newRow("negative remaining") << QByteArray(R"({"cursor":"e:1","remaining":-1})") << ""
                                            << qint64(0) << "remaining";
        QTest::newRow("remaining not a number")
            << QByteArray(R"({"cursor":"e:1","remaining":"many"})") << "" << qint64(0) << "remaining";
        QTest::newRow("etag not a string") << QByteArray(R"({"cursor":"e:1","catalogEtag":5})") << ""
                                           << qint64(0) << "catalogEtag";
    }

    void changeSetProgressFields()
    {
        QFETCH(QByteArray, text);
        QFETCH(QString, etag);
        QFETCH(qint64, remaining);
        QFETCH(QString, errorField);
        try {
            const auto changes = codec::decode<ChangeSet>(std::string_view(text.constData(), text.size()));
            QVERIFY2(errorField.isEmpty(), "decoding should have failed");
            QCOMPARE(QString::fromStdString(changes.catalogEtag), etag);
            QCOMPARE(changes.remaining, remaining);
        } catch (const CodecError& e) {
            QCOMPARE(QString::fromStdString(e.field()), errorField);
            QCOMPARE(QString::fromStdString(e.code()), error::kInvalidField);
        }
    }

    void caseUpdateRoundTrip()
    {
        CaseUpdate full;
        full.baseVersion = 7;
        full.isPrivate = true;
        full.followers = std::vector<std::string>{"bo@acme.example"};
        full.subject = "Payslip for May";
        full.description = "Still missing";
        full.category = "support";
        full.object = "aarhus";
        full.fields = codec::Json{{"employee", "1234"}, {"months", {"may", "june"}}};
        full.status = "closed";
        full.answer = "Sent again";
        full.assignee = "staff@provider.example";
        QCOMPARE(codec::decode<CaseUpdate>(codec::encode(full)), full);

        // Only what is set travels; empty texts travel as null and mean "clear".
        CaseUpdate clearing;
        clearing.baseVersion = 2;
        clearing.category = "";
        clearing.assignee = "";
        const codec::Json json = codec::toJson(clearing);
        QCOMPARE(json.size(), 3u);
        QVERIFY(json.at("category").is_null());
        QVERIFY(json.at("assignee").is_null());
        QCOMPARE(codec::decode<CaseUpdate>(codec::encode(clearing)), clearing);

        const auto absent = codec::decode<CaseUpdate>(R"({"baseVersion":1})");
        QVERIFY(!absent.subject && !absent.status && !absent.fields && !absent.category);
        const auto nulls = codec::decode<CaseUpdate>(
            R"({"baseVersion":1,"subject":null,"object":null,"fields":null})");
        QCOMPARE(nulls.subject, std::optional<std::string>(""));
        QCOMPARE(nulls.object, std::optional<std::string>(""));
        QCOMPARE(nulls.fields, std::optional<codec::Json>(codec::Json::object()));
    }

    void caseUpdateRejects_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("field");
        QTest::newRow("subject number") << QByteArray(R"({"baseVersion":1,"subject":5})")
                                        << error::kInvalidField << "subject";
        QTest::newRow("status list") << QByteArray(R"({"baseVersion":1,"status":["closed"]})")
                                     << error::kInvalidField << "status";
        QTest::newRow("answer bool") << QByteArray(R"({"baseVersion":1,"answer":true})")
                                     << error::kInvalidField << "answer";
        QTest::newRow("assignee object") << QByteArray(R"({"baseVersion":1,"assignee":{}})")
                                         << error::kInvalidField << "assignee";
        QTest::newRow("fields list") << QByteArray(R"({"baseVersion":1,"fields":[1]})")
                                     << error::kInvalidField << "fields";
        QTest::newRow("fields nested") << QByteArray(R"({"baseVersion":1,"fields":{"f":{"a":1}}})")
                                       << error::kInvalidField << "fields.f";
        QTest::newRow("number") << QByteArray(R"({"baseVersion":1,"number":"CP-1"})")
                                << error::kUnknownField << "number";
        QTest::newRow("creator") << QByteArray(R"({"baseVersion":1,"creator":"bo@acme.example"})")
                                 << error::kUnknownField << "creator";
        QTest::newRow("version") << QByteArray(R"({"baseVersion":1,"version":3})")
                                 << error::kUnknownField << "version";
        QTest::newRow("no baseVersion") << QByteArray(R"({"subject":"s"})") << error::kInvalidField
                                        << "baseVersion";
    }

    void caseUpdateRejects()
    {
        QFETCH(QByteArray, text);
        QFETCH(QString, code);
        QFETCH(QString, field);
        try {
            (void)codec::decode<CaseUpdate>(std::string_view(text.constData(), text.size()));
            QFAIL("decoding should have failed");
        } catch (const CodecError& e) {
            QCOMPARE(QString::fromStdString(e.code()), code);
            QCOMPARE(QString::fromStdString(e.field()), field);
        }
    }

    void rejectsBadAccessLevel()
    {
        const char* text = R"({"user":{"id":"u"},"memberships":[{"account":"a","products":{"p":"admin"}}]})";
        try {
            (void)codec::decode<Catalog>(text);
            QFAIL("decoding should have failed");
        } catch (const CodecError& e) {
            QCOMPARE(QString::fromStdString(e.field()), QStringLiteral("memberships[0].products.p"));
        }
    }

    void integerOutOfRangeIsAnError()
    {
        const char* text = R"({"id":"a","name":"n","sha256":"h","size":18446744073709551615})";
        QVERIFY_THROWS_EXCEPTION(CodecError, (void)codec::decode<AttachmentRef>(text));
    }

    void dumpNeverThrowsOnInvalidUtf8()
    {
        Case c = sampleCase(std::string("bad \xff byte"), "d");
        const std::string text = codec::encode(c);
        QVERIFY(text.find("bad") != std::string::npos);
        QCOMPARE(codec::decode<Case>(text).number, c.number);
    }
};

QTEST_APPLESS_MAIN(TestCodec)
#include "tst_codec.moc"
