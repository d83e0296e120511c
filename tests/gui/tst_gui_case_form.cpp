// The case form and the main window against the real caseportd: log in through the
// client library, show the MainWindow, file a case through the form's widgets (found by
// objectName) and wait until it shows in the case list with its CP- number. Also: live
// validation, and switching the language retranslates the open windows.

#include "AppResources.h"
#include "CaseFormDialog.h"
#include "CaseListPane.h"
#include "LanguageManager.h"
#include "MainWindow.h"

#include "caseport/client/CaseListModel.h"
#include "caseport/client/Workspace.h"
#include "caseport/testsupport/CaseportdProcess.h"
#include "caseport/testsupport/ClientHelpers.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

#include <memory>

using caseport::app::CaseFormDialog;
using caseport::app::LanguageManager;
using caseport::app::MainWindow;
using caseport::client::CaseListModel;
using caseport::client::Workspace;
using caseport::testsupport::CaseportdProcess;

class TestGuiCaseForm : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void submitButtonFollowsValidation();
    void fileCaseThroughForm();
    void languageSwitchRetranslatesMainWindow();

private:
    CaseFormDialog* openForm();
    // Rows of the list view (through the proxy) whose Number column starts with "CP-" and
    // whose Subject is `subject`.
    int rowsWithSubject(const QString& subject) const;

    CaseportdProcess m_server;
    QTemporaryDir m_cacheDir;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<LanguageManager> m_languages;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<MainWindow> m_window;
};

void TestGuiCaseForm::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear(); // test-mode settings only: start from a clean slate
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
    m_window = std::make_unique<MainWindow>(m_workspace.get(), m_languages.get());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    const auto ready = caseport::testsupport::waitForReady(*m_workspace);
    QVERIFY2(ready.ok, qPrintable(ready.error));
    // The window syncs on its own once the workspace is ready; wait for the catalog.
    QTRY_VERIFY_WITH_TIMEOUT(!m_workspace->catalog().products.empty(), 20000);
}

void TestGuiCaseForm::cleanupTestCase()
{
    m_window.reset();
    m_workspace.reset();
    m_server.stop();
}

CaseFormDialog* TestGuiCaseForm::openForm()
{
    auto* newCase = m_window->findChild<QAction*>(QStringLiteral("newCaseAction"));
    if (!newCase)
        return nullptr;
    const auto before = m_window->findChildren<CaseFormDialog*>(QStringLiteral("caseForm"));
    newCase->trigger();
    const auto after = m_window->findChildren<CaseFormDialog*>(QStringLiteral("caseForm"));
    for (CaseFormDialog* form : after) {
        if (!before.contains(form))
            return form;
    }
    return nullptr;
}

int TestGuiCaseForm::rowsWithSubject(const QString& subject) const
{
    auto* view = m_window->findChild<QTreeView*>(QStringLiteral("caseList"));
    if (!view || !view->model())
        return -1;
    const QAbstractItemModel* model = view->model();
    int found = 0;
    for (int row = 0; row < model->rowCount(); ++row) {
        const QString number = model->index(row, CaseListModel::Number).data().toString();
        if (model->index(row, CaseListModel::Subject).data().toString() == subject
            && number.startsWith(QLatin1String("CP-")))
            ++found;
    }
    return found;
}

void TestGuiCaseForm::submitButtonFollowsValidation()
{
    QPointer<CaseFormDialog> form = openForm();
    QVERIFY(form);
    QVERIFY(form->isVisible());
    auto* product = form->findChild<QComboBox*>(QStringLiteral("productCombo"));
    auto* subject = form->findChild<QLineEdit*>(QStringLiteral("subjectEdit"));
    auto* submit = form->findChild<QPushButton*>(QStringLiteral("submitButton"));
    auto* subjectError = form->findChild<QLabel*>(QStringLiteral("subjectError"));
    QVERIFY(product && subject && submit && subjectError);

    // Anna may file on payroll and HR in Acme, not on Time.
    QVERIFY(product->findData(QStringLiteral("payroll")) > 0);
    QVERIFY(product->findData(QStringLiteral("hr")) > 0);
    QCOMPARE(product->findData(QStringLiteral("time")), -1);

    QVERIFY(!submit->isEnabled());
    product->setCurrentIndex(product->findData(QStringLiteral("payroll")));
    QVERIFY(!submit->isEnabled()); // no subject yet
    QTest::keyClicks(subject, QStringLiteral("Payslip"));
    QVERIFY(submit->isEnabled());
    QVERIFY(subjectError->isHidden());

    QTest::keyClicks(subject, QString(200, QLatin1Char('x'))); // over 200 characters
    QVERIFY(!submit->isEnabled());
    QVERIFY(subjectError->isVisible());
    QVERIFY(!subjectError->text().isEmpty());

    subject->selectAll();
    QTest::keyClick(subject, Qt::Key_Backspace);
    QVERIFY(!submit->isEnabled());
    QVERIFY(subjectError->isVisible()); // now "required", the field was touched

    form->closeKeepingDraft();
    QTRY_VERIFY(!form);
}

void TestGuiCaseForm::fileCaseThroughForm()
{
    QPointer<CaseFormDialog> form = openForm();
    QVERIFY(form);
    auto* product = form->findChild<QComboBox*>(QStringLiteral("productCombo"));
    auto* category = form->findChild<QComboBox*>(QStringLiteral("categoryCombo"));
    auto* subject = form->findChild<QLineEdit*>(QStringLiteral("subjectEdit"));
    auto* description = form->findChild<QPlainTextEdit*>(QStringLiteral("descriptionEdit"));
    auto* isPrivate = form->findChild<QCheckBox*>(QStringLiteral("privateCheck"));
    auto* submit = form->findChild<QPushButton*>(QStringLiteral("submitButton"));
    QVERIFY(product && category && subject && description && isPrivate && submit);

    const QString subjectText = QStringLiteral("Feriepenge mangler på lønsedlen for marts");
    product->setCurrentIndex(product->findData(QStringLiteral("payroll")));
    QVERIFY(category->isEnabled());
    category->setCurrentIndex(category->findData(QStringLiteral("support")));
    QTest::keyClicks(subject, subjectText);
    description->setPlainText(QStringLiteral("Tre medarbejdere har ikke fået feriepenge med i marts."));
    QVERIFY(submit->isEnabled());

    QSignalSpy submitted(form.data(), &CaseFormDialog::submitted);
    QTest::mouseClick(submit, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(submitted.count(), 1, 20000);
    const QString number = submitted.at(0).at(1).toString();
    QVERIFY2(number.startsWith(QLatin1String("CP-")), qPrintable(number));

    QTRY_VERIFY(!form); // closed and deleted after success
    QTRY_COMPARE_WITH_TIMEOUT(rowsWithSubject(subjectText), 1, 20000);
    // The new case is selected and shown on the right.
    auto* shownNumber = m_window->findChild<QLabel*>(QStringLiteral("caseNumber"));
    QVERIFY(shownNumber);
    QTRY_COMPARE(shownNumber->text(), number);
}

void TestGuiCaseForm::languageSwitchRetranslatesMainWindow()
{
    auto* newCase = m_window->findChild<QAction*>(QStringLiteral("newCaseAction"));
    auto* view = m_window->findChild<QTreeView*>(QStringLiteral("caseList"));
    QVERIFY(newCase && view);
    QCOMPARE(newCase->text(), QStringLiteral("&New case"));
    QCOMPARE(view->model()->headerData(CaseListModel::Number, Qt::Horizontal).toString(),
             QStringLiteral("Number"));

    m_languages->setLanguage(QStringLiteral("da"));
    QTRY_COMPARE(newCase->text(), QStringLiteral("&Opret sag"));
    QCOMPARE(view->model()->headerData(CaseListModel::Number, Qt::Horizontal).toString(),
             QStringLiteral("Nummer"));
    QCOMPARE(QLocale().language(), QLocale::Danish);

    m_languages->setLanguage(QStringLiteral("sv"));
    QTRY_COMPARE(newCase->text(), QStringLiteral("&Skapa ärende"));

    m_languages->setLanguage(QStringLiteral("en"));
    QTRY_COMPARE(newCase->text(), QStringLiteral("&New case"));
}

QTEST_MAIN(TestGuiCaseForm)
#include "tst_gui_case_form.moc"
