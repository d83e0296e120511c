// The account picker through the whole application flow (AppController → login → main
// window) against the real caseportd. Erik belongs to Acme and Nordic: after his first
// login the picker asks; his choice is remembered, so the next login goes straight in;
// the toolbar's account button switches later, and the case list, the sidebar's switcher
// and the new-case form follow. Anna (one account) never sees the picker.

#include "AccountPickerDialog.h"
#include "AppController.h"
#include "AppResources.h"
#include "CaseFormDialog.h"
#include "LanguageManager.h"
#include "LoginDialog.h"
#include "MainWindow.h"

#include "caseport/client/CaseListModel.h"
#include "caseport/client/Workspace.h"
#include "caseport/testsupport/CaseportdProcess.h"
#include "caseport/testsupport/ClientHelpers.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QPointer>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>
#include <QTreeWidget>
#include <QUuid>

#include <memory>

using caseport::app::AccountPickerDialog;
using caseport::app::AppController;
using caseport::app::LoginDialog;
using caseport::app::MainWindow;
using caseport::client::CaseListModel;
using caseport::client::Workspace;
using caseport::testsupport::CaseportdProcess;

namespace {

template <typename T>
T* findVisible()
{
    for (QWidget* widget : QApplication::allWidgets()) {
        if (auto* found = qobject_cast<T*>(widget); found && found->isVisible())
            return found;
    }
    return nullptr;
}

} // namespace

class TestGuiAccountPicker : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void firstLoginAsksAndRemembers();
    void secondLoginGoesStraightIn();
    void toolbarSwitchesAccount();
    void singleAccountUserIsNeverAsked();

private:
    // Runs the application flow up to the main window, logged in as `user`.
    MainWindow* logIn(const QString& user);
    void logOut();
    void fileAs(const QString& user, const char* account, const QString& subject);
    QStringList shownSubjects() const;

    CaseportdProcess m_server;
    QTemporaryDir m_cacheDir;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<caseport::app::LanguageManager> m_languages;
    std::unique_ptr<AppController> m_controller;
    QPointer<MainWindow> m_window;
};

void TestGuiAccountPicker::initTestCase()
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
    fileAs(QStringLiteral("erik@acme.example"), "acme", QStringLiteral("Acme: payslip question"));
    fileAs(QStringLiteral("erik@acme.example"), "nordic", QStringLiteral("Nordic: salary run"));
    m_controller = std::make_unique<AppController>(
        m_network.get(), m_languages.get(),
        AppController::Options{m_server.baseUrl().toString(), {}, m_cacheDir.filePath(QStringLiteral("app"))});
    m_controller->start();
}

void TestGuiAccountPicker::cleanupTestCase()
{
    m_controller.reset();
    m_server.stop();
}

void TestGuiAccountPicker::fileAs(const QString& user, const char* account, const QString& subject)
{
    const auto login = caseport::testsupport::loginAndWait(m_network.get(), m_server.baseUrl(), user,
                                                           QStringLiteral("demo"));
    QVERIFY2(login.ok, qPrintable(login.error));
    Workspace workspace(m_network.get(), m_server.baseUrl(), login.session, m_cacheDir.filePath(QStringLiteral("setup")));
    QVERIFY(caseport::testsupport::waitForReady(workspace).ok);
    caseport::NewCase draft;
    draft.id = QUuid::createUuid().toString(QUuid::WithoutBraces).toStdString();
    draft.account = account;
    draft.product = "payroll";
    draft.subject = subject.toStdString();
    const auto submitted = caseport::testsupport::submitAndWait(workspace, draft);
    QVERIFY2(submitted.ok, qPrintable(submitted.error));
}

MainWindow* TestGuiAccountPicker::logIn(const QString& user)
{
    LoginDialog* login = nullptr;
    if (!QTest::qWaitFor([&] { return (login = findVisible<LoginDialog>()) != nullptr; }, 5000))
        return nullptr;
    login->findChild<QLineEdit*>(QStringLiteral("userEdit"))->setText(user);
    login->findChild<QLineEdit*>(QStringLiteral("passwordEdit"))->setText(QStringLiteral("demo"));
    QTest::mouseClick(login->findChild<QPushButton*>(QStringLiteral("loginButton")), Qt::LeftButton);
    MainWindow* window = nullptr;
    if (!QTest::qWaitFor([&] { return (window = findVisible<MainWindow>()) != nullptr; }, 20000))
        return nullptr;
    m_window = window;
    return window;
}

void TestGuiAccountPicker::logOut()
{
    QVERIFY(m_window);
    m_window->findChild<QAction*>(QStringLiteral("logoutAction"))->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(!m_window, 20000);
}

QStringList TestGuiAccountPicker::shownSubjects() const
{
    QStringList subjects;
    auto* view = m_window ? m_window->findChild<QTreeView*>(QStringLiteral("caseList")) : nullptr;
    if (!view || !view->model())
        return subjects;
    for (int row = 0; row < view->model()->rowCount(); ++row)
        subjects.append(view->model()->index(row, CaseListModel::Subject).data().toString());
    return subjects;
}

void TestGuiAccountPicker::firstLoginAsksAndRemembers()
{
    QVERIFY(logIn(QStringLiteral("erik@acme.example")));
    QTRY_VERIFY_WITH_TIMEOUT(findVisible<AccountPickerDialog>() != nullptr, 20000);
    QPointer<AccountPickerDialog> picker = findVisible<AccountPickerDialog>();
    QCOMPARE(picker->parentWidget(), m_window.data());
    QVERIFY(picker->isModal() || picker->windowModality() != Qt::NonModal);

    auto* list = picker->findChild<QTreeWidget*>(QStringLiteral("accountList"));
    QVERIFY(list);
    QCOMPARE(list->topLevelItemCount(), 2);
    QCOMPARE(list->topLevelItem(0)->text(0), QStringLiteral("Acme A/S"));
    QCOMPARE(list->topLevelItem(0)->text(1), QStringLiteral("DK12345678"));
    QCOMPARE(list->topLevelItem(1)->text(0), QStringLiteral("Nordic Foods AB"));
    QCOMPARE(list->topLevelItem(1)->text(1), QStringLiteral("SE556677-8899"));

    list->setCurrentItem(list->topLevelItem(1));
    QTest::mouseClick(picker->findChild<QPushButton*>(QStringLiteral("openAccountButton")), Qt::LeftButton);
    QTRY_VERIFY(!picker);

    QAction* select = m_window->findChild<QAction*>(QStringLiteral("selectAccountAction"));
    QVERIFY(select && select->isVisible());
    QTRY_COMPARE(select->iconText(), QStringLiteral("Nordic Foods AB"));
    auto* combo = m_window->findChild<QComboBox*>(QStringLiteral("accountCombo"));
    QVERIFY(combo && combo->isVisible());
    QCOMPARE(combo->currentData().toString(), QStringLiteral("nordic"));
    QTRY_COMPARE_WITH_TIMEOUT(shownSubjects(), QStringList({QStringLiteral("Nordic: salary run")}), 20000);
    logOut();
    // Without the local copy (which remembers an account too), only the settings know.
    QVERIFY(QDir(m_cacheDir.filePath(QStringLiteral("app"))).removeRecursively());
}

void TestGuiAccountPicker::secondLoginGoesStraightIn()
{
    QVERIFY(logIn(QStringLiteral("erik@acme.example")));
    // The catalog arrives with the first sync: the account is Nordic without asking.
    QTRY_COMPARE_WITH_TIMEOUT(shownSubjects(), QStringList({QStringLiteral("Nordic: salary run")}), 20000);
    auto* workspace = m_window->findChild<QAction*>(QStringLiteral("syncAction"));
    QVERIFY(workspace);
    QTRY_VERIFY_WITH_TIMEOUT(workspace->isEnabled(), 20000); // the start-up sync is over
    QVERIFY(!findVisible<AccountPickerDialog>());
    QCOMPARE(m_window->findChild<QAction*>(QStringLiteral("selectAccountAction"))->iconText(),
             QStringLiteral("Nordic Foods AB"));
}

void TestGuiAccountPicker::toolbarSwitchesAccount()
{
    QAction* select = m_window->findChild<QAction*>(QStringLiteral("selectAccountAction"));
    QVERIFY(select);
    select->trigger();
    QPointer<AccountPickerDialog> picker = findVisible<AccountPickerDialog>();
    QVERIFY(picker);
    auto* list = picker->findChild<QTreeWidget*>(QStringLiteral("accountList"));
    QCOMPARE(list->currentItem()->text(0), QStringLiteral("Nordic Foods AB")); // the current one
    list->setCurrentItem(list->topLevelItem(0));
    QTest::keyClick(list, Qt::Key_Return);
    QTRY_VERIFY(!picker);

    QTRY_COMPARE(select->iconText(), QStringLiteral("Acme A/S"));
    QCOMPARE(m_window->findChild<QComboBox*>(QStringLiteral("accountCombo"))->currentData().toString(),
             QStringLiteral("acme"));
    QTRY_COMPARE_WITH_TIMEOUT(shownSubjects(), QStringList({QStringLiteral("Acme: payslip question")}), 20000);
    // A new case form defaults to the chosen account.
    caseport::app::CaseFormDialog* form = m_window->openCaseForm();
    QVERIFY(form);
    QCOMPARE(form->draft().account, std::string("acme"));
    form->closeKeepingDraft();

    // The sidebar's switcher goes the other way, and the toolbar follows.
    auto* combo = m_window->findChild<QComboBox*>(QStringLiteral("accountCombo"));
    const int nordic = combo->findData(QStringLiteral("nordic"));
    combo->setCurrentIndex(nordic);
    emit combo->activated(nordic); // what a user's pick does
    QTRY_COMPARE(select->iconText(), QStringLiteral("Nordic Foods AB"));
    QTRY_COMPARE_WITH_TIMEOUT(shownSubjects(), QStringList({QStringLiteral("Nordic: salary run")}), 20000);
    logOut();
}

void TestGuiAccountPicker::singleAccountUserIsNeverAsked()
{
    QVERIFY(logIn(QStringLiteral("anna@acme.example")));
    // The cases arrive after the catalog, so once they show, the question was settled.
    QTRY_COMPARE_WITH_TIMEOUT(shownSubjects().size(), 1, 20000); // Erik's Acme case (full access)
    QVERIFY(!findVisible<AccountPickerDialog>());
    QVERIFY(!m_window->findChild<QAction*>(QStringLiteral("selectAccountAction"))->isVisible());
    QVERIFY(!m_window->findChild<QComboBox*>(QStringLiteral("accountCombo"))->isVisible());
    logOut();
}

QTEST_MAIN(TestGuiAccountPicker)
#include "tst_gui_account_picker.moc"
