// The staff desk in the main window against the real caseportd (sample config): the Queue
// views list every account's cases with Account and Assignee columns; the filter bar
// narrows them (account, assignee, age); "Assign to me" moves a case from Unassigned to
// Mine through the outbox; closing from the Status menu asks for the answer and sends
// status and answer as one edit. A customer gets none of it (no Queue, no columns, no
// staff bar, no phone-call action).

#include "AppResources.h"
#include "CaseFormDialog.h"
#include "CaseListPane.h"
#include "CaseView.h"
#include "LanguageManager.h"
#include "MainWindow.h"
#include "SidebarWidget.h"

#include "caseport/Status.h"
#include "caseport/client/CaseListModel.h"
#include "caseport/client/Workspace.h"
#include "caseport/testsupport/CaseportdProcess.h"
#include "caseport/testsupport/ClientHelpers.h"

#include <QAction>
#include <QComboBox>
#include <QDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QNetworkAccessManager>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QTreeView>
#include <QUuid>

#include <memory>

using caseport::app::MainWindow;
using caseport::app::SidebarWidget;
using caseport::client::CaseListModel;
using caseport::client::Workspace;
using caseport::testsupport::CaseportdProcess;

namespace {

caseport::NewCase draftFor(const char* account, const QString& subject)
{
    caseport::NewCase draft;
    draft.id = QUuid::createUuid().toString(QUuid::WithoutBraces).toStdString();
    draft.account = account;
    draft.product = "payroll";
    draft.subject = subject.toStdString();
    return draft;
}

} // namespace

class TestGuiStaffDesk : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void queueListsEveryAccount();
    void filterBarNarrowsTheQueue();
    void assignToMeMovesTheCaseToMine();
    void closingAsksForTheAnswer();
    void customersGetNoDesk();
    void phoneCallFormFilesForTheCaller();

private:
    void fileAs(const QString& user, const caseport::NewCase& draft);
    void clickView(QWidget* window, const char* objectName);
    [[nodiscard]] QStringList shownSubjects() const;
    [[nodiscard]] const caseport::Case* cached(const QString& subject) const;
    void chooseInCombo(const char* objectName, const QVariant& data);
    void selectSubject(const QString& subject);

    CaseportdProcess m_server;
    QTemporaryDir m_cacheDir;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<caseport::app::LanguageManager> m_languages;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<MainWindow> m_window;
};

void TestGuiStaffDesk::initTestCase()
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

    fileAs(QStringLiteral("anna@acme.example"), draftFor("acme", QStringLiteral("Holiday pay missing")));
    fileAs(QStringLiteral("dag@nordic.example"), draftFor("nordic", QStringLiteral("Payslip in Swedish")));

    const auto login = caseport::testsupport::loginAndWait(m_network.get(), m_server.baseUrl(),
                                                           QStringLiteral("staff@caseport.example"),
                                                           QStringLiteral("demo"));
    QVERIFY2(login.ok, qPrintable(login.error));
    m_workspace = std::make_unique<Workspace>(m_network.get(), m_server.baseUrl(), login.session,
                                              m_cacheDir.filePath(QStringLiteral("staff")));
    m_window = std::make_unique<MainWindow>(m_workspace.get(), m_languages.get());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QVERIFY(caseport::testsupport::waitForReady(*m_workspace).ok);
    QTRY_VERIFY_WITH_TIMEOUT(!m_workspace->catalog().staff.empty(), 20000);
}

void TestGuiStaffDesk::cleanupTestCase()
{
    m_window.reset();
    m_workspace.reset();
    m_server.stop();
}

void TestGuiStaffDesk::fileAs(const QString& user, const caseport::NewCase& draft)
{
    const auto login = caseport::testsupport::loginAndWait(m_network.get(), m_server.baseUrl(), user,
                                                           QStringLiteral("demo"));
    QVERIFY2(login.ok, qPrintable(login.error));
    Workspace workspace(m_network.get(), m_server.baseUrl(), login.session,
                        m_cacheDir.filePath(user.section(QLatin1Char('@'), 0, 0)));
    QVERIFY(caseport::testsupport::waitForReady(workspace).ok);
    const auto submitted = caseport::testsupport::submitAndWait(workspace, draft);
    QVERIFY2(submitted.ok, qPrintable(submitted.error));
}

void TestGuiStaffDesk::clickView(QWidget* window, const char* objectName)
{
    auto* list = window->findChild<QListWidget*>(QStringLiteral("viewList"));
    QVERIFY(list);
    for (int row = 0; row < list->count(); ++row) {
        QListWidgetItem* item = list->item(row);
        if (item->data(Qt::UserRole + 1).toString() == QLatin1String(objectName)) {
            QVERIFY(!item->isHidden());
            QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualItemRect(item).center());
            QCOMPARE(list->currentItem(), item);
            return;
        }
    }
    QFAIL(objectName);
}

QStringList TestGuiStaffDesk::shownSubjects() const
{
    QStringList subjects;
    auto* view = m_window->findChild<QTreeView*>(QStringLiteral("caseList"));
    for (int row = 0; view && row < view->model()->rowCount(); ++row)
        subjects.append(view->model()->index(row, CaseListModel::Subject).data().toString());
    subjects.sort();
    return subjects;
}

const caseport::Case* TestGuiStaffDesk::cached(const QString& subject) const
{
    const CaseListModel* model = m_workspace->caseListModel();
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->caseAt(row)->subject == subject.toStdString())
            return model->caseAt(row);
    }
    return nullptr;
}

void TestGuiStaffDesk::chooseInCombo(const char* objectName, const QVariant& data)
{
    auto* box = m_window->findChild<QComboBox*>(QLatin1String(objectName));
    QVERIFY(box);
    QVERIFY(box->isVisible());
    const int index = box->findData(data);
    QVERIFY2(index >= 0, objectName);
    box->setCurrentIndex(index);
    emit box->activated(index); // as a user's choice does
}

void TestGuiStaffDesk::selectSubject(const QString& subject)
{
    const caseport::Case* c = cached(subject);
    QVERIFY(c);
    m_window->caseList()->selectCase(QString::fromStdString(c->id));
    QTRY_COMPARE(m_window->findChild<QLabel*>(QStringLiteral("caseSubject"))->text(), subject);
}

void TestGuiStaffDesk::queueListsEveryAccount()
{
    auto* view = m_window->findChild<QTreeView*>(QStringLiteral("caseList"));
    QVERIFY(view);
    QVERIFY(!m_window->findChild<QWidget*>(QStringLiteral("queueFilterBar"))->isVisible());
    clickView(m_window.get(), "queueUnassignedView");
    QVERIFY(m_workspace->listsEveryAccount());
    QVERIFY(m_window->findChild<QWidget*>(QStringLiteral("queueFilterBar"))->isVisible());
    // Both accounts' cases, though the staff's current account is only one of them.
    QTRY_COMPARE_WITH_TIMEOUT(shownSubjects(), QStringList({QStringLiteral("Holiday pay missing"),
                                                           QStringLiteral("Payslip in Swedish")}),
                              20000);
    QVERIFY(!view->isColumnHidden(CaseListModel::Account));
    QVERIFY(!view->isColumnHidden(CaseListModel::Assignee));
    QStringList accounts;
    for (int row = 0; row < view->model()->rowCount(); ++row)
        accounts.append(view->model()->index(row, CaseListModel::Account).data().toString());
    accounts.sort();
    QCOMPARE(accounts, QStringList({QStringLiteral("Acme A/S"), QStringLiteral("Nordic Foods AB")}));
}

void TestGuiStaffDesk::filterBarNarrowsTheQueue()
{
    clickView(m_window.get(), "queueOpenView");
    QTRY_COMPARE(shownSubjects().size(), 2);
    chooseInCombo("queueAccountFilter", QStringLiteral("nordic"));
    QCOMPARE(shownSubjects(), QStringList({QStringLiteral("Payslip in Swedish")}));
    // Both were filed a moment ago: none is older than a day.
    chooseInCombo("queueAgeFilter", 1);
    QVERIFY(shownSubjects().isEmpty());
    auto* hint = m_window->findChild<QLabel*>(QStringLiteral("caseListEmptyHint"));
    QVERIFY(hint->isVisible());
    QCOMPARE(hint->text(), QStringLiteral("No cases match these filters."));
    QTest::mouseClick(m_window->findChild<QToolButton*>(QStringLiteral("queueResetFilter")), Qt::LeftButton);
    QCOMPARE(shownSubjects().size(), 2);
    // Offline too: the filter works on the cache alone.
    m_server.stop();
    chooseInCombo("queueAccountFilter", QStringLiteral("acme"));
    QCOMPARE(shownSubjects(), QStringList({QStringLiteral("Holiday pay missing")}));
    QVERIFY2(m_server.restart(), qPrintable(m_server.errorString()));
    chooseInCombo("queueAccountFilter", QString());
}

void TestGuiStaffDesk::assignToMeMovesTheCaseToMine()
{
    clickView(m_window.get(), "queueUnassignedView");
    QTRY_COMPARE(shownSubjects().size(), 2);
    selectSubject(QStringLiteral("Holiday pay missing"));
    auto* bar = m_window->findChild<QWidget*>(QStringLiteral("staffCaseBar"));
    QVERIFY(bar && bar->isVisible());
    QCOMPARE(m_window->findChild<QLabel*>(QStringLiteral("caseAssignee"))->text(), QStringLiteral("Unassigned"));
    auto* assign = m_window->findChild<QPushButton*>(QStringLiteral("assignToMeButton"));
    QVERIFY(assign->isEnabled());
    QTest::mouseClick(assign, Qt::LeftButton);
    // Through the outbox and the server, back into the cache and the list.
    QTRY_VERIFY_WITH_TIMEOUT(cached(QStringLiteral("Holiday pay missing"))
                                 && cached(QStringLiteral("Holiday pay missing"))->assignee == "staff@caseport.example",
                             20000);
    QTRY_COMPARE(shownSubjects(), QStringList({QStringLiteral("Payslip in Swedish")}));
    clickView(m_window.get(), "queueMineView");
    QCOMPARE(shownSubjects(), QStringList({QStringLiteral("Holiday pay missing")}));
    auto* view = m_window->findChild<QTreeView*>(QStringLiteral("caseList"));
    QCOMPARE(view->model()->index(0, CaseListModel::Assignee).data().toString(), QStringLiteral("Sam Staff"));
    selectSubject(QStringLiteral("Holiday pay missing"));
    QCOMPARE(m_window->findChild<QLabel*>(QStringLiteral("caseAssignee"))->text(), QStringLiteral("Assigned to you"));
    QVERIFY(!assign->isEnabled());
}

void TestGuiStaffDesk::closingAsksForTheAnswer()
{
    clickView(m_window.get(), "queueMineView");
    selectSubject(QStringLiteral("Holiday pay missing"));
    auto* menu = m_window->findChild<QMenu*>(QStringLiteral("statusMenu"));
    QVERIFY(menu);
    emit menu->aboutToShow(); // fills it as opening it does
    QAction* close = menu->findChild<QAction*>(QStringLiteral("status:closed"));
    QVERIFY(close);
    QVERIFY(menu->findChild<QAction*>(QStringLiteral("status:in_progress")));
    close->trigger();
    QDialog* dialog = nullptr;
    QTRY_VERIFY((dialog = m_window->findChild<QDialog*>(QStringLiteral("closeAnswerDialog"))) != nullptr);
    auto* answer = dialog->findChild<QPlainTextEdit*>(QStringLiteral("closeAnswerEdit"));
    QVERIFY(answer->toPlainText().isEmpty()); // prefilled with the (empty) answer so far
    answer->setPlainText(QStringLiteral("Paid with the April salary."));
    QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("closeAnswerAccept")), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(cached(QStringLiteral("Holiday pay missing"))
                                 && cached(QStringLiteral("Holiday pay missing"))->status == caseport::status::kClosed,
                             20000);
    // One edit carried both.
    QCOMPARE(cached(QStringLiteral("Holiday pay missing"))->answer, std::string("Paid with the April salary."));
    QCOMPARE(cached(QStringLiteral("Holiday pay missing"))->version, 3);
    // Mine shows open cases only: the closed one left it.
    QTRY_VERIFY(shownSubjects().isEmpty());
}

void TestGuiStaffDesk::customersGetNoDesk()
{
    const auto login = caseport::testsupport::loginAndWait(m_network.get(), m_server.baseUrl(),
                                                           QStringLiteral("anna@acme.example"),
                                                           QStringLiteral("demo"));
    QVERIFY2(login.ok, qPrintable(login.error));
    Workspace anna(m_network.get(), m_server.baseUrl(), login.session, m_cacheDir.filePath(QStringLiteral("anna2")));
    MainWindow window(&anna, m_languages.get());
    window.show();
    QVERIFY(caseport::testsupport::waitForReady(anna).ok);
    QTRY_VERIFY_WITH_TIMEOUT(anna.caseListModel()->rowCount() >= 1, 20000);
    QVERIFY(anna.catalog().staff.empty());
    auto* list = window.findChild<QListWidget*>(QStringLiteral("viewList"));
    for (int row = 0; row < list->count(); ++row) {
        if (list->item(row)->data(Qt::UserRole + 1).toString().startsWith(QLatin1String("queue")))
            QVERIFY(list->item(row)->isHidden());
    }
    auto* view = window.findChild<QTreeView*>(QStringLiteral("caseList"));
    QVERIFY(view->isColumnHidden(CaseListModel::Account));
    QVERIFY(view->isColumnHidden(CaseListModel::Assignee));
    window.caseList()->selectCase(QString::fromStdString(anna.caseListModel()->caseAt(0)->id));
    QVERIFY(!window.findChild<QWidget*>(QStringLiteral("staffCaseBar"))->isVisible());
    QVERIFY(!window.findChild<QAction*>(QStringLiteral("phoneCallAction"))->isVisible());
}

void TestGuiStaffDesk::phoneCallFormFilesForTheCaller()
{
    auto* action = m_window->findChild<QAction*>(QStringLiteral("phoneCallAction"));
    QVERIFY(action && action->isVisible());
    QCOMPARE(action->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    caseport::app::CaseFormDialog* form = m_window->openPhoneCallForm();
    QVERIFY(form && form->isPhoneMode());
    auto* account = form->findChild<QComboBox*>(QStringLiteral("phoneAccountCombo"));
    auto* caller = form->findChild<QComboBox*>(QStringLiteral("phoneCallerCombo"));
    auto* product = form->findChild<QComboBox*>(QStringLiteral("productCombo"));
    auto* submit = form->findChild<QPushButton*>(QStringLiteral("submitButton"));
    QVERIFY(account && caller && product && submit);
    account->setCurrentIndex(account->findData(QStringLiteral("acme")));
    // The account's users come from the server; staff are not among them.
    QTRY_VERIFY_WITH_TIMEOUT(caller->findData(QStringLiteral("anna@acme.example")) > 0, 20000);
    QCOMPARE(caller->findData(QStringLiteral("staff@caseport.example")), -1);
    QVERIFY(!submit->isEnabled()); // nobody chosen yet
    caller->setCurrentIndex(caller->findData(QStringLiteral("bo@acme.example")));
    // What Bo could file himself: payroll, no HR.
    QCOMPARE(product->findData(QStringLiteral("hr")), -1);
    caller->setCurrentIndex(caller->findData(QStringLiteral("anna@acme.example")));
    QVERIFY(product->findData(QStringLiteral("hr")) > 0);
    product->setCurrentIndex(product->findData(QStringLiteral("payroll")));
    QTest::keyClicks(form->findChild<QLineEdit*>(QStringLiteral("subjectEdit")), QStringLiteral("Called about the pension rate"));
    QVERIFY(submit->isEnabled());
    QCOMPARE(form->draft().creator, std::string("anna@acme.example"));
    QCOMPARE(form->draft().channel, std::string("phone"));
    QSignalSpy submitted(form, &caseport::app::CaseFormDialog::submitted);
    QTest::mouseClick(submit, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(submitted.count(), 1, 20000);

    // Anna's own client gets it as her case, marked as a phone call.
    const auto login = caseport::testsupport::loginAndWait(m_network.get(), m_server.baseUrl(),
                                                           QStringLiteral("anna@acme.example"),
                                                           QStringLiteral("demo"));
    QVERIFY2(login.ok, qPrintable(login.error));
    Workspace anna(m_network.get(), m_server.baseUrl(), login.session, m_cacheDir.filePath(QStringLiteral("anna3")));
    MainWindow window(&anna, m_languages.get());
    window.show();
    QVERIFY(caseport::testsupport::waitForReady(anna).ok);
    const QString id = submitted.first().at(0).toString();
    QTRY_VERIFY_WITH_TIMEOUT(anna.caseListModel()->rowOf(id) >= 0, 20000);
    const caseport::Case* call = anna.caseListModel()->caseAt(anna.caseListModel()->rowOf(id));
    QCOMPARE(call->channel, std::string("phone"));
    QCOMPARE(call->creator, std::string("anna@acme.example"));
    window.caseList()->selectCase(id);
    QCOMPARE(window.findChild<QLabel*>(QStringLiteral("caseCreator"))->text(),
             QStringLiteral("Anna Andersen (you) — phone call, registered by Sam Staff"));
}

QTEST_MAIN(TestGuiStaffDesk)
#include "tst_gui_staff_desk.moc"
