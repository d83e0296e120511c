// Table tests for the validation of new cases, case updates (shared/caseport/CaseRules.h).

#include "caseport/CaseRules.h"

#include <QTest>

#include <map>
#include <optional>

using namespace caseport;

class TestCaseRules : public QObject {
    Q_OBJECT
private slots:
    void isUuid_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("expected");
        QTest::newRow("canonical") << "0b0f6a1e-4c4e-4b8e-9d8f-2f3c1a7b9e10" << true;
        QTest::newRow("upper case") << "0B0F6A1E-4C4E-4B8E-9D8F-2F3C1A7B9E10" << true;
        QTest::newRow("braces") << "{0b0f6a1e-4c4e-4b8e-9d8f-2f3c1a7b9e10}" << false;
        QTest::newRow("short") << "0b0f6a1e-4c4e-4b8e-9d8f" << false;
        QTest::newRow("dash misplaced") << "0b0f6a1e4-c4e-4b8e-9d8f-2f3c1a7b9e10" << false;
        QTest::newRow("non hex") << "0b0f6a1e-4c4e-4b8e-9d8f-2f3c1a7b9e1g" << false;
        QTest::newRow("path") << "../../../etc/passwd-aaaa-bbbb-cccccccc" << false;
        QTest::newRow("empty") << "" << false;
    }

    void isUuid()
    {
        QFETCH(QString, text);
        QFETCH(bool, expected);
        QCOMPARE(rules::isUuid(text.toStdString()), expected);
    }

    void validateNewCase_data()
    {
        QTest::addColumn<QString>("product");
        QTest::addColumn<QString>("category");
        QTest::addColumn<QString>("subject");
        QTest::addColumn<int>("descriptionLength");
        QTest::addColumn<QString>("problems"); // "field:code" joined by ','

        QTest::newRow("valid") << "payroll" << "support" << "Payslip" << 10 << "";
        QTest::newRow("no category is fine") << "payroll" << "" << "Payslip" << 10 << "";
        QTest::newRow("missing product") << "" << "" << "Payslip" << 10 << "product:required";
        QTest::newRow("unknown product") << "garden" << "" << "Payslip" << 10 << "product:unknown";
        QTest::newRow("unknown category") << "payroll" << "x" << "Payslip" << 10 << "category:unknown";
        QTest::newRow("blank subject") << "payroll" << "" << "  \t" << 10 << "subject:required";
        QTest::newRow("subject 200 ø ok") << "payroll" << "" << QString(200, QChar(u'ø')) << 0 << "";
        QTest::newRow("subject 201 too long")
            << "payroll" << "" << QString(201, QChar(u'ø')) << 0 << "subject:too_long";
        QTest::newRow("description too long")
            << "payroll" << "" << "s" << int(rules::kMaxDescriptionLength + 1)
            << "description:too_long";
        QTest::newRow("several") << "" << "" << "" << 0 << "product:required,subject:required";
    }

    void validateNewCase()
    {
        QFETCH(QString, product);
        QFETCH(QString, category);
        QFETCH(QString, subject);
        QFETCH(int, descriptionLength);
        QFETCH(QString, problems);

        Product payroll;
        payroll.id = "payroll";
        payroll.categories = {{"support", {}}, {"decisions", {}}};

        NewCase draft;
        draft.id = "0b0f6a1e-4c4e-4b8e-9d8f-2f3c1a7b9e10";
        draft.account = "acme";
        draft.product = product.toStdString();
        draft.category = category.toStdString();
        draft.subject = subject.toStdString();
        draft.description = std::string(static_cast<std::size_t>(descriptionLength), 'd');

        QStringList found;
        for (const auto& problem : rules::validateNewCase(draft, {payroll}))
            found << QString::fromStdString(problem.field + ":" + problem.code);
        QCOMPARE(found.join(','), problems);
    }

    void validateCaseUpdate_data()
    {
        QTest::addColumn<QString>("member"); // which CaseUpdate member is set
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("problems"); // "field:code" joined by ','

        QTest::newRow("nothing set") << "" << "" << "";
        QTest::newRow("subject") << "subject" << "New subject" << "";
        QTest::newRow("subject blank") << "subject" << " \t " << "subject:required";
        QTest::newRow("subject empty (null)") << "subject" << "" << "subject:required";
        QTest::newRow("subject 200 ø ok") << "subject" << QString(200, QChar(u'ø')) << "";
        QTest::newRow("subject 201 too long")
            << "subject" << QString(201, QChar(u'ø')) << "subject:too_long";
        QTest::newRow("description empty ok") << "description" << "" << "";
        QTest::newRow("description too long")
            << "description" << QString(int(rules::kMaxDescriptionLength + 1), QChar(u'd'))
            << "description:too_long";
        QTest::newRow("category of the product") << "category" << "decisions" << "";
        QTest::newRow("category cleared") << "category" << "" << "";
        QTest::newRow("category of no product") << "category" << "onboarding" << "category:unknown";
        QTest::newRow("object is the server's to check") << "object" << "anything" << "";
        QTest::newRow("status known") << "status" << "waiting_for_customer" << "";
        QTest::newRow("status closed") << "status" << "closed" << "";
        QTest::newRow("status unknown") << "status" << "archived" << "status:unknown";
        QTest::newRow("status empty (null)") << "status" << "" << "status:required";
        QTest::newRow("status case differs") << "status" << "Closed" << "status:unknown";
        QTest::newRow("answer") << "answer" << "Sent again." << "";
        QTest::newRow("answer cleared") << "answer" << "" << "";
        QTest::newRow("answer too long")
            << "answer" << QString(int(rules::kMaxAnswerLength + 1), QChar(u'a')) << "answer:too_long";
        QTest::newRow("assignee is the server's to check") << "assignee" << "nobody" << "";
    }

    void validateCaseUpdate()
    {
        QFETCH(QString, member);
        QFETCH(QString, value);
        QFETCH(QString, problems);

        Product payroll;
        payroll.id = "payroll";
        payroll.categories = {{"support", {}}, {"decisions", {}}};
        Product hr;
        hr.id = "hr";
        hr.categories = {{"onboarding", {}}};

        CaseUpdate update;
        update.baseVersion = 3;
        const std::string text = value.toStdString();
        const std::map<QString, std::optional<std::string>*> members{
            {"subject", &update.subject},   {"description", &update.description},
            {"category", &update.category}, {"object", &update.object},
            {"status", &update.status},     {"answer", &update.answer},
            {"assignee", &update.assignee}};
        if (!member.isEmpty())
            *members.at(member) = text;

        QStringList found;
        for (const auto& problem :
             rules::validateCaseUpdate(update, "payroll", {payroll, hr}, defaultStatuses()))
            found << QString::fromStdString(problem.field + ":" + problem.code);
        QCOMPARE(found.join(','), problems);
    }

    void validateCaseUpdateReportsEveryProblem()
    {
        CaseUpdate update;
        update.subject = "";
        update.category = "x";
        update.status = "x";
        QStringList found;
        for (const auto& problem : rules::validateCaseUpdate(update, "gone", {}, defaultStatuses()))
            found << QString::fromStdString(problem.field + ":" + problem.code);
        QCOMPARE(found.join(','), QStringLiteral("subject:required,category:unknown,status:unknown"));
    }

    void invalidIdIsReported()
    {
        NewCase draft;
        draft.id = "not-a-uuid";
        draft.account = "acme";
        draft.product = "payroll";
        draft.subject = "s";
        Product payroll;
        payroll.id = "payroll";
        const auto problems = rules::validateNewCase(draft, {payroll});
        QCOMPARE(problems.size(), std::size_t(1));
        QCOMPARE(problems.front().field, std::string("id"));
    }

    void validateAttachmentRefs_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<QByteArray>("name");
        QTest::addColumn<QString>("sha256");
        QTest::addColumn<qint64>("size");
        QTest::addColumn<QString>("mime");
        QTest::addColumn<bool>("valid");
        const QString id = "0b0f6a1e-4c4e-4b8e-9d8f-2f3c1a7b9e10";
        const QString sha(64, QChar(u'a'));
        QTest::newRow("valid") << id << QByteArray("Lønseddel.pdf") << sha << 10LL << "application/pdf" << true;
        QTest::newRow("no mime") << id << QByteArray("a.pdf") << sha << 10LL << "" << true;
        QTest::newRow("empty file") << id << QByteArray("a.txt") << sha << 0LL << "text/plain" << true;
        QTest::newRow("hostile name kept") << id << QByteArray("../../CON.pdf") << sha << 1LL << "" << true;
        QTest::newRow("id not a uuid") << "x" << QByteArray("a.pdf") << sha << 10LL << "" << false;
        QTest::newRow("empty name") << id << QByteArray("") << sha << 10LL << "" << false;
        QTest::newRow("nul in name") << id << QByteArray("a\0b", 3) << sha << 10LL << "" << false;
        QTest::newRow("name too long") << id << QByteArray(1025, 'a') << sha << 10LL << "" << false;
        QTest::newRow("upper-case hash") << id << QByteArray("a.pdf") << QString(64, QChar(u'A')) << 10LL << "" << false;
        QTest::newRow("short hash") << id << QByteArray("a.pdf") << QString(63, QChar(u'a')) << 10LL << "" << false;
        QTest::newRow("negative size") << id << QByteArray("a.pdf") << sha << -1LL << "" << false;
        QTest::newRow("mime with parameters") << id << QByteArray("a.txt") << sha << 1LL << "text/plain; charset=utf-8" << false;
        QTest::newRow("mime injection") << id << QByteArray("a.txt") << sha << 1LL << "text/plain\r\nX: y" << false;
    }

    void validateAttachmentRefs()
    {
        QFETCH(QString, id);
        QFETCH(QByteArray, name);
        QFETCH(QString, sha256);
        QFETCH(qint64, size);
        QFETCH(QString, mime);
        QFETCH(bool, valid);
        const AttachmentRef ref{id.toStdString(), name.toStdString(), sha256.toStdString(), size,
                                mime.toStdString()};
        const auto problems = rules::validateAttachmentRefs({ref});
        QCOMPARE(problems.empty(), valid);
        if (!valid)
            QCOMPARE(problems.front(), (rules::FieldProblem{"attachments", "invalid"}));
    }

    void attachmentIdsUniqueInTheList()
    {
        const AttachmentRef a{"0b0f6a1e-4c4e-4b8e-9d8f-2f3c1a7b9e10", "a.pdf", std::string(64, 'a'), 1, ""};
        AttachmentRef b = a;
        b.name = "b.pdf";
        QVERIFY(rules::validateAttachmentRefs({}).empty());
        QVERIFY(rules::validateAttachmentRefs({a}).empty());
        QCOMPARE(rules::validateAttachmentRefs({a, b}).size(), std::size_t(1));
        b.id = "0b0f6a1e-4c4e-4b8e-9d8f-2f3c1a7b9e11";
        QVERIFY(rules::validateAttachmentRefs({a, b}).empty());
    }
};

QTEST_APPLESS_MAIN(TestCaseRules)
#include "tst_case_rules.moc"
