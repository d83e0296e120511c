// Case forms that must not lose what the user typed or take another form's answer,
// against the real caseportd: Quit with a typed form keeps it as a draft without asking,
// each of several waiting forms takes only the failure for its own draft id, and a form
// opened before the catalog is known picks up the account and the products later.

#include "AppResources.h"
#include "CaseFormDialog.h"
#include "LanguageManager.h"
#include "MainWindow.h"

#include "caseport/client/DraftListModel.h"
#include "caseport/client/Workspace.h"
#include "caseport/testsupport/CaseportdProcess.h"
#include "caseport/testsupport/ClientHelpers.h"

#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QPointer>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using caseport::app::CaseFormDialog;
using caseport::app::LanguageManager;
using caseport::app::MainWindow;
using caseport::client::ApiFailure;
using caseport::client::Workspace;
using caseport::testsupport::CaseportdProcess;

namespace {

void fill(CaseFormDialog* form, const QString& subject)
{
    auto* product = form->findChild<QComboBox*>(QStringLiteral("productCombo"));
    auto* subjectEdit = form->findChild<QLineEdit*>(QStringLiteral("subjectEdit"));
    QVERIFY(product && subjectEdit);
    product->setCurrentIndex(product->findData(QStringLiteral("payroll")));
    QTest::keyClicks(subjectEdit, subject);
}

} // namespace

class TestGuiUnsentCases : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void failureGoesOnlyToTheFormItIsFor();
    void formOpenedBeforeTheCatalogGetsTheAccount();
    void quitKeepsTypedFormsAsDrafts();

private:
    caseport::SessionInfo login();

    CaseportdProcess m_server;
    QTemporaryDir m_cacheDir;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<LanguageManager> m_languages;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<MainWindow> m_window;
};

caseport::SessionInfo TestGuiUnsentCases::login()
{
    const auto outcome = caseport::testsupport::loginAndWait(
        m_network.get(), m_server.baseUrl(), QStringLiteral("anna@acme.example"), QStringLiteral("demo"));
    if (!outcome.ok)
        qWarning("login failed: %s", qPrintable(outcome.error));
    return outcome.session;
}

void TestGuiUnsentCases::initTestCase()
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
    const caseport::SessionInfo session = login();
    QVERIFY(!session.token.empty());
    m_workspace = std::make_unique<Workspace>(m_network.get(), m_server.baseUrl(), session,
                                              m_cacheDir.filePath(QStringLiteral("main")));
    m_window = std::make_unique<MainWindow>(m_workspace.get(), m_languages.get());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QTRY_VERIFY_WITH_TIMEOUT(!m_workspace->catalog().products.empty(), 20000);
}

void TestGuiUnsentCases::cleanupTestCase()
{
    m_window.reset();
    m_workspace.reset();
    m_server.stop();
}

void TestGuiUnsentCases::failureGoesOnlyToTheFormItIsFor()
{
    QPointer<CaseFormDialog> first = m_window->openCaseForm();
    QPointer<CaseFormDialog> second = m_window->openCaseForm();
    fill(first, QStringLiteral("First of two forms"));
    fill(second, QStringLiteral("Second of two forms"));
    const QString firstId = QString::fromStdString(first->draft().id);
    const QString secondId = QString::fromStdString(second->draft().id);
    QVERIFY(!firstId.isEmpty() && firstId != secondId);
    QCOMPARE(QString::fromStdString(first->draft().id), firstId); // one id for the form's life

    QSignalSpy firstSubmitted(first.data(), &CaseFormDialog::submitted);
    first->submit();
    second->submit();
    QVERIFY(first->isSubmitting() && second->isSubmitting());

    // A failure for the second draft, before any real answer can arrive.
    ApiFailure failure;
    failure.kind = ApiFailure::Kind::ServerError;
    failure.httpStatus = 503;
    emit m_workspace->submitFailed(secondId, failure);

    auto* secondBanner = second->findChild<QLabel*>(QStringLiteral("formProblem"));
    auto* firstBanner = first->findChild<QLabel*>(QStringLiteral("formProblem"));
    QVERIFY(secondBanner && firstBanner);
    QVERIFY(!second->isSubmitting());
    QVERIFY(secondBanner->isVisible());
    QVERIFY(secondBanner->text().contains(QLatin1String("503")));
    QVERIFY(first->isSubmitting()); // still waiting for its own answer
    QVERIFY(firstBanner->isHidden());

    // The first form's real answer closes it; the second keeps its text.
    QTRY_COMPARE_WITH_TIMEOUT(firstSubmitted.count(), 1, 20000);
    QCOMPARE(firstSubmitted.first().at(0).toString(), firstId);
    QTRY_VERIFY(!first);
    QVERIFY(second);
    QVERIFY(second->hasUnsentInput());
    second->closeKeepingDraft();
    QTRY_VERIFY(!second);
}

void TestGuiUnsentCases::formOpenedBeforeTheCatalogGetsTheAccount()
{
    // A new workspace with an empty cache: no catalog, no account yet.
    Workspace fresh(m_network.get(), m_server.baseUrl(), login(), m_cacheDir.filePath(QStringLiteral("fresh")));
    QVERIFY(fresh.currentAccount().isEmpty());
    CaseFormDialog form(&fresh, m_languages.get());
    auto* product = form.findChild<QComboBox*>(QStringLiteral("productCombo"));
    QVERIFY(product);
    QCOMPARE(product->count(), 1); // "Choose a product…" only
    QVERIFY(form.draft().account.empty());

    const auto synced = caseport::testsupport::syncAndWait(fresh);
    QVERIFY2(synced.ok, qPrintable(synced.error));
    QVERIFY(!fresh.currentAccount().isEmpty());
    QCOMPARE(QString::fromStdString(form.draft().account), fresh.currentAccount());
    QVERIFY(product->findData(QStringLiteral("payroll")) > 0);
}

void TestGuiUnsentCases::quitKeepsTypedFormsAsDrafts()
{
    auto* quit = m_window->findChild<QAction*>(QStringLiteral("quitAction"));
    QVERIFY(quit);
    QPointer<CaseFormDialog> empty = m_window->openCaseForm(); // nothing typed: no draft
    QPointer<CaseFormDialog> typed = m_window->openCaseForm();
    fill(typed, QStringLiteral("Half-written question"));
    const QString typedId = typed->draftId();
    QVERIFY(!empty->hasUnsentInput());
    QVERIFY(typed->hasUnsentInput());

    // No question: nothing can be lost. The window closes at once (a modal box would
    // block trigger() and fail the test by timeout).
    quit->trigger();
    QVERIFY(!m_window->isVisible());
    QTRY_VERIFY(!typed);
    QTRY_VERIFY(!empty);
    const caseport::client::DraftListModel* drafts = m_workspace->draftListModel();
    QTRY_VERIFY_WITH_TIMEOUT(drafts->draft(typedId) != nullptr, 10000);
    QCOMPARE(drafts->draft(typedId)->content.subject, std::string("Half-written question"));
    QCOMPARE(drafts->draft(typedId)->content.product, std::string("payroll"));
    QCOMPARE(drafts->totalCount(), 1);
}

QTEST_MAIN(TestGuiUnsentCases)
#include "tst_gui_unsent_cases.moc"
