// A closed case in the case view, against the real caseportd: the question and the answer
// together at the top (AnswerPanel, selectable); within the reopen window the notice says
// an update reopens the case and "Share an update" stays; once the server's workflow no
// longer reopens (a config reload, reopen_days = 0) the box goes and "New case referring
// to this one…" asks for a form prefilled from the old case.

#include "AnswerPanel.h"
#include "AppResources.h"
#include "CaseView.h"
#include "ClosedCaseNotice.h"
#include "LanguageManager.h"
#include "ShareUpdateBox.h"

#include "caseport/client/CaseListModel.h"
#include "caseport/client/Workspace.h"
#include "caseport/testsupport/CaseportdProcess.h"
#include "caseport/testsupport/ClientHelpers.h"

#include <QLabel>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using caseport::client::Workspace;
using caseport::testsupport::CaseportdProcess;

class TestGuiClosedCase : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void closedCaseShowsQuestionAnswerAndReopens();
    void pastTheWindowOffersANewCase();

private:
    std::unique_ptr<Workspace> open(const QString& user);
    [[nodiscard]] const caseport::Case* annasCase() const;

    CaseportdProcess m_server;
    QTemporaryDir m_cacheDir;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<caseport::app::LanguageManager> m_languages;
    std::unique_ptr<Workspace> m_anna;
    std::unique_ptr<caseport::app::CaseView> m_view;
    QString m_caseId;
};

std::unique_ptr<Workspace> TestGuiClosedCase::open(const QString& user)
{
    const auto login = caseport::testsupport::loginAndWait(m_network.get(), m_server.baseUrl(), user,
                                                           QStringLiteral("demo"));
    if (!login.ok)
        return nullptr;
    auto workspace = std::make_unique<Workspace>(m_network.get(), m_server.baseUrl(), login.session,
                                                 m_cacheDir.filePath(user.section(QLatin1Char('@'), 0, 0)));
    if (!caseport::testsupport::waitForReady(*workspace).ok
        || !caseport::testsupport::syncAndWait(*workspace).ok)
        return nullptr;
    return workspace;
}

const caseport::Case* TestGuiClosedCase::annasCase() const
{
    const auto* model = m_anna->caseListModel();
    const int row = model->rowOf(m_caseId);
    return row < 0 ? nullptr : model->caseAt(row);
}

void TestGuiClosedCase::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    caseport::app::initResources();
    QVERIFY2(CaseportdProcess::isAvailable(), "CASEPORTD_BIN does not name the caseportd binary");
    QVERIFY2(m_server.start(CaseportdProcess::sampleConfigText()), qPrintable(m_server.errorString()));
    QVERIFY(m_cacheDir.isValid());
    m_network = std::make_unique<QNetworkAccessManager>();
    m_languages = std::make_unique<caseport::app::LanguageManager>(/*persist=*/false);
    m_languages->setLanguage(QStringLiteral("en"));

    m_anna = open(QStringLiteral("anna@acme.example"));
    QVERIFY(m_anna);
    caseport::NewCase draft;
    draft.account = "acme";
    draft.product = "payroll";
    draft.category = "support";
    draft.subject = "Pension missing";
    draft.description = "The pension line is missing on the March payslips.";
    const auto filed = caseport::testsupport::submitAndWait(*m_anna, draft);
    QVERIFY2(filed.ok, qPrintable(filed.error));
    m_caseId = QString::fromStdString(filed.created.id);

    auto staff = open(QStringLiteral("staff@caseport.example"));
    QVERIFY(staff);
    QSignalSpy updated(staff.get(), &Workspace::caseUpdated);
    caseport::CaseUpdate close;
    close.baseVersion = filed.created.version;
    close.status = "closed";
    close.answer = "Fixed in the April run; March is corrected by hand.";
    staff->updateCase(m_caseId, close);
    QTRY_COMPARE_WITH_TIMEOUT(updated.count(), 1, 20000);

    QVERIFY(caseport::testsupport::syncAndWait(*m_anna).ok);
    QVERIFY(annasCase());
    QCOMPARE(annasCase()->status, std::string("closed"));
    m_view = std::make_unique<caseport::app::CaseView>(m_anna.get(), m_languages.get());
    m_view->resize(700, 800);
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
}

void TestGuiClosedCase::cleanupTestCase()
{
    m_view.reset();
    m_anna.reset();
    QVERIFY(m_server.stop());
}

void TestGuiClosedCase::closedCaseShowsQuestionAnswerAndReopens()
{
    m_view->showCase(*annasCase());
    auto* panel = m_view->findChild<caseport::app::AnswerPanel*>(QStringLiteral("answerPanel"));
    QVERIFY(panel);
    QVERIFY(panel->isVisible());
    auto* question = panel->findChild<QLabel*>(QStringLiteral("answerPanelQuestion"));
    auto* answer = panel->findChild<QLabel*>(QStringLiteral("answerPanelAnswer"));
    QVERIFY(question && answer);
    QCOMPARE(question->text(), QStringLiteral("The pension line is missing on the March payslips."));
    QCOMPARE(answer->text(), QStringLiteral("Fixed in the April run; March is corrected by hand."));
    QVERIFY(answer->textInteractionFlags() & Qt::TextSelectableByMouse);

    auto* notice = m_view->findChild<caseport::app::ClosedCaseNotice*>(QStringLiteral("closedCaseNotice"));
    QVERIFY(notice);
    QVERIFY(notice->isVisible());
    QVERIFY(notice->findChild<QLabel*>(QStringLiteral("closedCaseNoticeText"))->text().contains(
        QStringLiteral("reopens")));
    QVERIFY(!notice->findChild<QPushButton*>(QStringLiteral("newCaseReferringButton"))->isVisible());
    QVERIFY(m_view->findChild<caseport::app::ShareUpdateBox*>()->isVisible());

    // An open case shows neither.
    caseport::Case open = *annasCase();
    open.status = "in_progress";
    open.closedAt.clear();
    m_view->showCase(open);
    QVERIFY(!panel->isVisible());
    QVERIFY(!notice->isVisible());
}

void TestGuiClosedCase::pastTheWindowOffersANewCase()
{
    QString config = CaseportdProcess::sampleConfigText() + QStringLiteral("\n[workflow]\nreopen_days = 0\n");
    QCOMPARE(m_server.reload(config), CaseportdProcess::Reload::Applied);
    QSignalSpy catalog(m_anna.get(), &Workspace::catalogChanged);
    QVERIFY(caseport::testsupport::syncAndWait(*m_anna).ok);
    QTRY_VERIFY_WITH_TIMEOUT(m_anna->catalog().workflow.reopenDays == 0, 20000);

    m_view->showCase(*annasCase());
    auto* notice = m_view->findChild<caseport::app::ClosedCaseNotice*>(QStringLiteral("closedCaseNotice"));
    QVERIFY(notice->isVisible());
    QVERIFY(!notice->takesUpdates());
    QVERIFY(!m_view->findChild<caseport::app::ShareUpdateBox*>()->isVisible());
    auto* button = notice->findChild<QPushButton*>(QStringLiteral("newCaseReferringButton"));
    QVERIFY(button->isVisible());

    QSignalSpy requested(m_view.get(), &caseport::app::CaseView::newCaseRequested);
    QTest::mouseClick(button, Qt::LeftButton);
    QCOMPARE(requested.count(), 1);
    const auto prefilled = requested.at(0).at(0).value<caseport::NewCase>();
    const caseport::Case& old = *annasCase();
    QCOMPARE(prefilled.account, old.account);
    QCOMPARE(prefilled.product, old.product);
    QCOMPARE(prefilled.category, old.category);
    QCOMPARE(prefilled.object, old.object);
    QCOMPARE(prefilled.subject, std::string("Re: Pension missing"));
    QVERIFY(QString::fromStdString(prefilled.description)
                .startsWith(QStringLiteral("This refers to my earlier case %1.").arg(QString::fromStdString(old.number))));
    QVERIFY(!prefilled.id.empty());
    QVERIFY(prefilled.id != old.id);
}

QTEST_MAIN(TestGuiClosedCase)
#include "tst_gui_closed_case.moc"
