// The case form's custom fields against the real caseportd and the sample config's
// payroll form: the conditional "Which payslip?" appears (with its red star) when the
// urgency says a payslip is wrong, and Decisions/Documents blocks Submit until a file
// is added. Also end to end: the server refuses a decisions case without a file (422,
// field "attachments") when a client skips the form's check.

#include "AppResources.h"
#include "AttachmentListWidget.h"
#include "CaseFormDialog.h"
#include "LanguageManager.h"

#include "caseport/client/ApiFailure.h"
#include "caseport/client/OutboxTypes.h"
#include "caseport/client/Workspace.h"
#include "caseport/testsupport/CaseportdProcess.h"
#include "caseport/testsupport/ClientHelpers.h"

#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <memory>

using caseport::app::AttachmentListWidget;
using caseport::app::CaseFormDialog;
using caseport::app::LanguageManager;
using caseport::client::Workspace;
using caseport::testsupport::CaseportdProcess;

class TestGuiCaseFormFields : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void conditionalFieldAppears();
    void decisionsNeedAFile();
    void serverRefusesDecisionsWithoutAFile();

private:
    std::unique_ptr<CaseFormDialog> openPayrollForm(const QString& subject);
    static void choose(QComboBox* combo, const QString& id);

    CaseportdProcess m_server;
    QTemporaryDir m_cacheDir;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<LanguageManager> m_languages;
    std::unique_ptr<Workspace> m_workspace;
};

void TestGuiCaseFormFields::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    caseport::app::initResources();
    QVERIFY2(CaseportdProcess::isAvailable(), "CASEPORTD_BIN does not name the caseportd binary");
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
    QVERIFY(m_cacheDir.isValid());
    m_languages = std::make_unique<LanguageManager>(/*persist=*/false);
    m_languages->setLanguage(QStringLiteral("en"));
    m_network = std::make_unique<QNetworkAccessManager>();
    const auto login = caseport::testsupport::loginAndWait(m_network.get(), m_server.baseUrl(),
                                                           QStringLiteral("anna@acme.example"),
                                                           QStringLiteral("demo"));
    QVERIFY2(login.ok, qPrintable(login.error));
    m_workspace = std::make_unique<Workspace>(m_network.get(), m_server.baseUrl(), login.session,
                                              m_cacheDir.path());
    const auto ready = caseport::testsupport::waitForReady(*m_workspace);
    QVERIFY2(ready.ok, qPrintable(ready.error));
    const auto synced = caseport::testsupport::syncAndWait(*m_workspace);
    QVERIFY2(synced.ok, qPrintable(synced.error));
    QVERIFY(!m_workspace->catalog().products.empty());
    if (m_workspace->currentAccount().isEmpty())
        m_workspace->setCurrentAccount(QStringLiteral("acme"));
}

void TestGuiCaseFormFields::cleanupTestCase()
{
    m_workspace.reset();
    m_server.stop();
}

void TestGuiCaseFormFields::choose(QComboBox* combo, const QString& id)
{
    const int index = combo->findData(id);
    QVERIFY2(index >= 0, qPrintable(id));
    combo->setCurrentIndex(index);
    emit combo->activated(index); // as a user's choice does
}

std::unique_ptr<CaseFormDialog> TestGuiCaseFormFields::openPayrollForm(const QString& subject)
{
    auto form = std::make_unique<CaseFormDialog>(m_workspace.get(), m_languages.get());
    form->show();
    auto* product = form->findChild<QComboBox*>(QStringLiteral("productCombo"));
    if (!product || product->findData(QStringLiteral("payroll")) < 0)
        return nullptr;
    choose(product, QStringLiteral("payroll"));
    auto* subjectEdit = form->findChild<QLineEdit*>(QStringLiteral("subjectEdit"));
    QTest::keyClicks(subjectEdit, subject);
    return form;
}

void TestGuiCaseFormFields::conditionalFieldAppears()
{
    const auto form = openPayrollForm(QStringLiteral("Wrong payslip"));
    QVERIFY(form);
    auto* submit = form->findChild<QPushButton*>(QStringLiteral("submitButton"));
    auto* urgency = form->findChild<QComboBox*>(QStringLiteral("field_urgency"));
    auto* payslip = form->findChild<QLineEdit*>(QStringLiteral("field_payslip"));
    auto* payslipLabel = form->findChild<QLabel*>(QStringLiteral("fieldLabel_payslip"));
    QVERIFY(submit && urgency && payslip && payslipLabel);
    QVERIFY(urgency->isVisibleTo(form.get()));
    QVERIFY(!payslip->isVisibleTo(form.get()));
    QVERIFY(submit->isEnabled());

    choose(urgency, QStringLiteral("payslip_wrong"));
    QVERIFY(payslip->isVisibleTo(form.get()));
    QVERIFY(payslipLabel->text().contains(QStringLiteral("color:#c4001a"))); // the red star
    QVERIFY(!submit->isEnabled()); // required now, and empty

    QTest::keyClicks(payslip, QStringLiteral("March, Bo Berg"));
    QVERIFY(submit->isEnabled());
    QCOMPARE(form->draft().fields.value("payslip", std::string()), std::string("March, Bo Berg"));
    {
        // A draft keeps the fields: reopened, the form shows them again.
        caseport::client::Draft saved;
        saved.content = form->draft();
        CaseFormDialog reopened(m_workspace.get(), m_languages.get(), nullptr, &saved);
        auto* again = reopened.findChild<QLineEdit*>(QStringLiteral("field_payslip"));
        QVERIFY(again);
        QCOMPARE(again->text(), QStringLiteral("March, Bo Berg"));
        QCOMPARE(reopened.findChild<QComboBox*>(QStringLiteral("field_urgency"))->currentData().toString(),
                 QStringLiteral("payslip_wrong"));
        QVERIFY(reopened.draft() == saved.content);
    }

    choose(urgency, QStringLiteral("normal"));
    QVERIFY(!payslip->isVisibleTo(form.get()));
    QVERIFY(!form->draft().fields.contains("payslip")); // a hidden field's value is not sent

    // A typo in a number shows next to the field as it is typed.
    auto* employees = form->findChild<QLineEdit*>(QStringLiteral("field_employees_affected"));
    auto* employeesError = form->findChild<QLabel*>(QStringLiteral("fieldError_employees_affected"));
    QVERIFY(employees && employeesError);
    QTest::keyClicks(employees, QStringLiteral("0"));
    QVERIFY(employeesError->isVisibleTo(form.get()));
    QVERIFY(!submit->isEnabled());
    QTest::keyClicks(employees, QStringLiteral("1")); // "01" = 1: within 1..100000
    QVERIFY(!employeesError->isVisibleTo(form.get()));
    QVERIFY(submit->isEnabled());
    form->closeKeepingDraft();
}

void TestGuiCaseFormFields::decisionsNeedAFile()
{
    const auto form = openPayrollForm(QStringLiteral("Signed decision"));
    QVERIFY(form);
    auto* submit = form->findChild<QPushButton*>(QStringLiteral("submitButton"));
    auto* category = form->findChild<QComboBox*>(QStringLiteral("categoryCombo"));
    auto* filesError = form->findChild<QLabel*>(QStringLiteral("attachmentsError"));
    auto* files = form->findChild<AttachmentListWidget*>();
    QVERIFY(submit && category && filesError && files);

    choose(category, QStringLiteral("support"));
    QVERIFY(submit->isEnabled());
    QVERIFY(!filesError->isVisibleTo(form.get()));

    choose(category, QStringLiteral("decisions"));
    QVERIFY(!submit->isEnabled());
    QVERIFY(filesError->isVisibleTo(form.get()));
    form->submit(); // refused locally: nothing is queued
    QVERIFY(!form->isSubmitting());

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("decision.pdf"));
    QFile pdf(path);
    QVERIFY(pdf.open(QIODevice::WriteOnly));
    pdf.write("%PDF-1.4\n% a signed decision\n");
    pdf.close();
    files->addFiles({path});
    QTRY_VERIFY(submit->isEnabled());
    QVERIFY(!filesError->isVisibleTo(form.get()));

    QSignalSpy submitted(form.get(), &CaseFormDialog::submitted);
    form->submit();
    QVERIFY(submitted.wait(30000)); // and the server agrees
    QVERIFY(submitted.at(0).at(1).toString().startsWith(QStringLiteral("CP-")));
}

void TestGuiCaseFormFields::serverRefusesDecisionsWithoutAFile()
{
    caseport::NewCase draft;
    draft.id = QUuid::createUuid().toString(QUuid::WithoutBraces).toStdString();
    draft.account = "acme";
    draft.product = "payroll";
    draft.category = "decisions";
    draft.subject = "No file attached";
    QSignalSpy failed(m_workspace.get(), &Workspace::submitFailed);
    const QString id = m_workspace->submitCase(draft);
    QTRY_VERIFY_WITH_TIMEOUT(!failed.isEmpty(), 30000);
    QCOMPARE(failed.at(0).at(0).toString(), id);
    const auto failure = failed.at(0).at(1).value<caseport::client::ApiFailure>();
    QCOMPARE(failure.httpStatus, 422);
    QCOMPARE(failure.errorCode, QStringLiteral("validation_failed"));
    QCOMPARE(failure.field, QStringLiteral("attachments"));
}

QTEST_MAIN(TestGuiCaseFormFields)
#include "tst_gui_case_form_fields.moc"
