// The case form shaped by the user's access, against the real caseportd: Bo (payroll
// limited, hr none) is offered payroll only; Cecilie (payroll full, scoped to the Aarhus
// office) is offered only her site and files a case about it; the private flag explains
// itself next to the check box and in its tooltip.

#include "AppResources.h"
#include "CaseFormDialog.h"
#include "LanguageManager.h"
#include "MainWindow.h"

#include "caseport/client/Workspace.h"
#include "caseport/testsupport/CaseportdProcess.h"
#include "caseport/testsupport/ClientHelpers.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QPointer>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using caseport::app::CaseFormDialog;
using caseport::app::MainWindow;
using caseport::client::Workspace;
using caseport::testsupport::CaseportdProcess;

namespace {

QStringList comboIds(const QComboBox* combo)
{
    QStringList ids;
    for (int i = 0; i < combo->count(); ++i)
        ids.append(combo->itemData(i).toString());
    return ids;
}

} // namespace

class TestGuiCaseFormAccess : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void cleanupTestCase();
    void limitedAndNoneLevels();
    void scopedMemberChoosesOneOfTheirSites();
    void privateFlagExplainsItself();

private:
    // Logs in as `user` and shows their main window; the form is opened from it.
    void openAs(const QString& user);
    CaseFormDialog* openForm();

    CaseportdProcess m_server;
    QTemporaryDir m_cacheDir;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<caseport::app::LanguageManager> m_languages;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<MainWindow> m_window;
};

void TestGuiCaseFormAccess::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    caseport::app::initResources();
    QVERIFY2(CaseportdProcess::isAvailable(), "CASEPORTD_BIN does not name the caseportd binary");
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
    QVERIFY(m_cacheDir.isValid());
    m_network = std::make_unique<QNetworkAccessManager>();
    m_languages = std::make_unique<caseport::app::LanguageManager>(/*persist=*/false);
    m_languages->setLanguage(QStringLiteral("en"));
}

void TestGuiCaseFormAccess::cleanup()
{
    if (m_window)
        m_window->discardAndClose();
    m_window.reset();
    m_workspace.reset();
}

void TestGuiCaseFormAccess::cleanupTestCase()
{
    m_server.stop();
}

void TestGuiCaseFormAccess::openAs(const QString& user)
{
    const auto login = caseport::testsupport::loginAndWait(m_network.get(), m_server.baseUrl(), user,
                                                           QStringLiteral("demo"));
    QVERIFY2(login.ok, qPrintable(login.error));
    m_workspace = std::make_unique<Workspace>(m_network.get(), m_server.baseUrl(), login.session,
                                              m_cacheDir.filePath(user));
    m_window = std::make_unique<MainWindow>(m_workspace.get(), m_languages.get());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QVERIFY(caseport::testsupport::waitForReady(*m_workspace).ok);
    QTRY_VERIFY_WITH_TIMEOUT(!m_workspace->catalog().products.empty(), 20000);
}

CaseFormDialog* TestGuiCaseFormAccess::openForm()
{
    auto* newCase = m_window->findChild<QAction*>(QStringLiteral("newCaseAction"));
    if (!newCase)
        return nullptr;
    newCase->trigger();
    const auto forms = m_window->findChildren<CaseFormDialog*>(QStringLiteral("caseForm"));
    return forms.isEmpty() ? nullptr : forms.last();
}

void TestGuiCaseFormAccess::limitedAndNoneLevels()
{
    openAs(QStringLiteral("bo@acme.example"));
    QPointer<CaseFormDialog> form = openForm();
    QVERIFY(form);
    auto* product = form->findChild<QComboBox*>(QStringLiteral("productCombo"));
    auto* object = form->findChild<QComboBox*>(QStringLiteral("objectCombo"));
    QVERIFY(product && object);
    // "Choose a product…", then payroll (limited); hr is none, time not set at all.
    QCOMPARE(comboIds(product), QStringList({QString(), QStringLiteral("payroll")}));
    QCOMPARE(product->currentData().toString(), QStringLiteral("payroll")); // the only one: chosen
    // Not scoped: every site of Acme, and the case may name none.
    QVERIFY(object->isVisible());
    QCOMPARE(comboIds(object), QStringList({QString(), QStringLiteral("aarhus"), QStringLiteral("odense")}));
}

void TestGuiCaseFormAccess::scopedMemberChoosesOneOfTheirSites()
{
    openAs(QStringLiteral("cecilie@acme.example"));
    QPointer<CaseFormDialog> form = openForm();
    QVERIFY(form);
    auto* product = form->findChild<QComboBox*>(QStringLiteral("productCombo"));
    auto* object = form->findChild<QComboBox*>(QStringLiteral("objectCombo"));
    auto* subject = form->findChild<QLineEdit*>(QStringLiteral("subjectEdit"));
    auto* submit = form->findChild<QPushButton*>(QStringLiteral("submitButton"));
    QVERIFY(product && object && subject && submit);

    QCOMPARE(comboIds(product), QStringList({QString(), QStringLiteral("payroll")}));
    // Only her own site, no "(none)": a scoped member must name it. One site: chosen.
    QVERIFY(object->isVisible());
    QCOMPARE(comboIds(object), QStringList({QStringLiteral("aarhus")}));
    QCOMPARE(object->currentText(), QStringLiteral("Aarhus office"));

    QTest::keyClicks(subject, QStringLiteral("Overtime in Aarhus"));
    QVERIFY(submit->isEnabled());
    QSignalSpy submitted(form.data(), &CaseFormDialog::submitted);
    QTest::mouseClick(submit, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(submitted.count(), 1, 20000);
    QTRY_VERIFY(!form);
}

void TestGuiCaseFormAccess::privateFlagExplainsItself()
{
    openAs(QStringLiteral("anna@acme.example"));
    QPointer<CaseFormDialog> form = openForm();
    QVERIFY(form);
    auto* check = form->findChild<QCheckBox*>(QStringLiteral("privateCheck"));
    auto* hint = form->findChild<QLabel*>(QStringLiteral("privateHint"));
    QVERIFY(check && hint);
    QVERIFY(hint->isVisible());
    QCOMPARE(hint->text(), QStringLiteral("Only you and staff can see this case"));
    QVERIFY(!check->toolTip().isEmpty());
    QCOMPARE(hint->toolTip(), check->toolTip());
    // Next to the check box, on the same line.
    const QPoint checkCentre = check->mapTo(form, check->rect().center());
    const QRect hintRect(hint->mapTo(form, QPoint(0, 0)), hint->size());
    QVERIFY(hintRect.top() <= checkCentre.y() && checkCentre.y() <= hintRect.bottom());
    QVERIFY(hintRect.left() > checkCentre.x());

    m_languages->setLanguage(QStringLiteral("da"));
    QTRY_VERIFY(hint->text() != QStringLiteral("Only you and staff can see this case"));
    m_languages->setLanguage(QStringLiteral("en"));
}

QTEST_MAIN(TestGuiCaseFormAccess)
#include "tst_gui_case_form_access.moc"
