// The Members page end to end against the real caseportd. Anna, Acme's customer admin,
// finds "Members" in the sidebar; Bo's Payroll and HR levels are set in the config file
// (read-only, padlock, tooltip), his Time level is hers to change: she sets it to Limited
// through the cell's editor, saves (one PATCH), sees it in the History, and Bo's own
// Settings then show Limited for Time. Bo and Erik-in-Nordic get no Members entry.
// Errors are plain words; with the server gone, saving says "offline" and keeps the edit.

#include "AppResources.h"
#include "FailureText.h"
#include "LanguageManager.h"
#include "MainWindow.h"
#include "MembersPage.h"
#include "SettingsDialog.h"
#include "SidebarWidget.h"

#include "caseport/client/AccessAuditModel.h"
#include "caseport/client/MemberTableModel.h"
#include "caseport/client/Workspace.h"
#include "caseport/testsupport/CaseportdProcess.h"
#include "caseport/testsupport/ClientHelpers.h"

#include <QAbstractItemView>
#include <QComboBox>
#include <QLabel>
#include <QListWidget>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSettings>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

#include <memory>

using caseport::app::FailureText;
using caseport::app::MainWindow;
using caseport::app::SidebarWidget;
using caseport::client::AccessAuditModel;
using caseport::client::ApiFailure;
using caseport::client::MemberTableModel;
using caseport::client::Workspace;
using caseport::testsupport::CaseportdProcess;

class TestGuiMembers : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void onlyAdminsSeeTheEntry();
    void configManagedCellsAreLocked();
    void adminSetsALevel();
    void theMemberSeesTheNewLevel();
    void pageMadeAfterTheCatalogHasItsColumns();
    void refusalsInPlainWords();
    void offlineSaveKeepsTheEdit();

private:
    struct Session {
        std::unique_ptr<Workspace> workspace;
        std::unique_ptr<MainWindow> window;
    };
    Session openAs(const QString& user);
    QListWidgetItem* membersEntry(MainWindow* window) const;
    QModelIndex cell(const QString& user, const QString& product) const;
    QString historyRow(int row) const;

    CaseportdProcess m_server;
    QTemporaryDir m_cacheDir;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<caseport::app::LanguageManager> m_languages;
    Session m_anna;
    QTableView* m_table = nullptr;
};

void TestGuiMembers::initTestCase()
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

void TestGuiMembers::cleanupTestCase()
{
    m_anna = {};
    m_server.stop();
}

TestGuiMembers::Session TestGuiMembers::openAs(const QString& user)
{
    Session session;
    const auto login = caseport::testsupport::loginAndWait(m_network.get(), m_server.baseUrl(), user,
                                                           QStringLiteral("demo"));
    if (!login.ok) {
        qWarning("%s", qPrintable(login.error));
        return session;
    }
    session.workspace = std::make_unique<Workspace>(m_network.get(), m_server.baseUrl(), login.session,
                                                    m_cacheDir.filePath(user));
    session.window = std::make_unique<MainWindow>(session.workspace.get(), m_languages.get());
    session.window->show();
    if (!caseport::testsupport::waitForReady(*session.workspace).ok
        || !QTest::qWaitFor([&] { return !session.workspace->catalog().accounts.empty(); }, 20000))
        session.window.reset();
    return session;
}

QListWidgetItem* TestGuiMembers::membersEntry(MainWindow* window) const
{
    auto* list = window->findChild<QListWidget*>(QStringLiteral("viewList"));
    for (int row = 0; list && row < list->count(); ++row) {
        if (list->item(row)->data(Qt::UserRole + 1).toString() == QLatin1String("membersView"))
            return list->item(row);
    }
    return nullptr;
}

QModelIndex TestGuiMembers::cell(const QString& user, const QString& product) const
{
    auto* model = qobject_cast<MemberTableModel*>(m_table->model());
    return model ? model->index(model->rowOf(user), model->columnOf(product)) : QModelIndex();
}

QString TestGuiMembers::historyRow(int row) const
{
    auto* history = m_anna.window->findChild<QTreeView*>(QStringLiteral("accessHistory"));
    const QAbstractItemModel* model = history->model();
    QStringList cells;
    for (int column = AccessAuditModel::Actor; column < AccessAuditModel::ColumnCount; ++column)
        cells.append(model->index(row, column).data().toString());
    return cells.join(QStringLiteral(" | "));
}

void TestGuiMembers::onlyAdminsSeeTheEntry()
{
    Session bo = openAs(QStringLiteral("bo@acme.example"));
    QVERIFY(bo.window);
    QVERIFY(membersEntry(bo.window.get()));
    QVERIFY(membersEntry(bo.window.get())->isHidden());

    Session erik = openAs(QStringLiteral("erik@acme.example"));
    QVERIFY(erik.window);
    QVERIFY(membersEntry(erik.window.get())->isHidden());

    m_anna = openAs(QStringLiteral("anna@acme.example"));
    QVERIFY(m_anna.window);
    QListWidgetItem* entry = membersEntry(m_anna.window.get());
    QVERIFY(entry && !entry->isHidden());
    QCOMPARE(entry->text(), QStringLiteral("Members"));
    auto* list = m_anna.window->findChild<QListWidget*>(QStringLiteral("viewList"));
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualItemRect(entry).center());
    auto* page = m_anna.window->findChild<caseport::app::MembersPage*>(QStringLiteral("membersPage"));
    QVERIFY(page && page->isVisible());
    QCOMPARE(m_anna.window->findChild<QStackedWidget*>(QStringLiteral("mainPages"))->currentWidget(), page);
    QCOMPARE(page->findChild<QLabel*>(QStringLiteral("membersTitle"))->text(), QStringLiteral("Members — Acme A/S"));
    m_table = page->findChild<QTableView*>(QStringLiteral("membersTable"));
    QVERIFY(m_table);
    QTRY_VERIFY_WITH_TIMEOUT(cell(QStringLiteral("bo@acme.example"), QStringLiteral("time")).isValid(), 20000);
    QVERIFY(page->findChild<QLabel*>(QStringLiteral("membersProblem"))->isHidden());
}

void TestGuiMembers::configManagedCellsAreLocked()
{
    QVERIFY(m_table);
    for (const char* product : {"payroll", "hr"}) {
        const QModelIndex locked = cell(QStringLiteral("bo@acme.example"), QLatin1String(product));
        QVERIFY(!(locked.flags() & Qt::ItemIsEditable));
        QCOMPARE(locked.data(Qt::ToolTipRole).toString(), QStringLiteral("Set in the server configuration"));
        // The view refuses to open an editor on it.
        m_table->setCurrentIndex(locked);
        QTest::keyClick(m_table, Qt::Key_F2);
        QVERIFY(!m_table->findChild<QComboBox*>(QStringLiteral("levelEditor")));
    }
    QCOMPARE(cell(QStringLiteral("bo@acme.example"), QStringLiteral("payroll")).data().toString(),
             QStringLiteral("Limited"));
    QCOMPARE(cell(QStringLiteral("bo@acme.example"), QStringLiteral("hr")).data().toString(), QStringLiteral("None"));
    const QModelIndex time = cell(QStringLiteral("bo@acme.example"), QStringLiteral("time"));
    QVERIFY(time.flags() & Qt::ItemIsEditable);
    QCOMPARE(time.data().toString(), QStringLiteral("None"));
}

void TestGuiMembers::adminSetsALevel()
{
    auto* page = m_anna.window->findChild<caseport::app::MembersPage*>(QStringLiteral("membersPage"));
    auto* save = page->findChild<QPushButton*>(QStringLiteral("saveMembersButton"));
    QVERIFY(save && !save->isEnabled());

    // F2 on Bo's Time cell opens the level editor; picking "Limited" commits at once.
    const QModelIndex time = cell(QStringLiteral("bo@acme.example"), QStringLiteral("time"));
    m_table->setCurrentIndex(time);
    QTest::keyClick(m_table, Qt::Key_F2);
    auto* editor = m_table->findChild<QComboBox*>(QStringLiteral("levelEditor"));
    QVERIFY(editor);
    const int limited = editor->findText(QStringLiteral("Limited"));
    QVERIFY(limited >= 0);
    editor->setCurrentIndex(limited);
    emit editor->activated(limited); // what picking it from the list does
    QTRY_VERIFY(!m_table->findChild<QComboBox*>(QStringLiteral("levelEditor")));
    QCOMPARE(time.data().toString(), QStringLiteral("Limited"));
    QVERIFY(time.data(MemberTableModel::ChangedRole).toBool());
    QVERIFY(page->hasUnsavedChanges());
    QVERIFY(save->isEnabled());

    QTest::mouseClick(save, Qt::LeftButton);
    auto* status = page->findChild<QLabel*>(QStringLiteral("membersStatus"));
    QTRY_COMPARE_WITH_TIMEOUT(status->text(), QStringLiteral("Saved: 1 member updated."), 20000);
    QVERIFY(!page->hasUnsavedChanges());
    QVERIFY(!time.data(MemberTableModel::ChangedRole).toBool());
    QCOMPARE(time.data().toString(), QStringLiteral("Limited"));
    QVERIFY(page->findChild<QLabel*>(QStringLiteral("membersProblem"))->isHidden());

    // The History: newest first, who, whom, what, before → after, and when in locale format.
    auto* history = page->findChild<QTreeView*>(QStringLiteral("accessHistory"));
    QTRY_VERIFY_WITH_TIMEOUT(history->model()->rowCount() >= 1, 20000);
    QCOMPARE(historyRow(0), QStringLiteral("Anna Andersen | Bo Berg | Time | None → Limited"));
    const QDateTime at = history->model()->index(0, AccessAuditModel::When).data(AccessAuditModel::TimeRole).toDateTime();
    QVERIFY(at.isValid());
    QCOMPARE(history->model()->index(0, AccessAuditModel::When).data().toString(),
             QLocale().toString(at.toLocalTime(), QLocale::ShortFormat));
    QVERIFY(qAbs(at.secsTo(QDateTime::currentDateTimeUtc())) < 600);

    // In Danish the same history reads in Danish.
    m_languages->setLanguage(QStringLiteral("da"));
    QTRY_COMPARE(historyRow(0), QStringLiteral("Anna Andersen | Bo Berg | Tidsregistrering | Ingen → Begrænset"));
    m_languages->setLanguage(QStringLiteral("en"));
}

void TestGuiMembers::theMemberSeesTheNewLevel()
{
    Session bo = openAs(QStringLiteral("bo@acme.example"));
    QVERIFY(bo.window);
    QTRY_VERIFY_WITH_TIMEOUT(!bo.workspace->isSyncing() && bo.workspace->lastSync().isValid(), 20000);
    bo.window->openSettings();
    auto* dialog = bo.window->findChild<caseport::app::SettingsDialog*>(QStringLiteral("settingsDialog"));
    QVERIFY(dialog);
    dialog->setCurrentTab(caseport::app::SettingsDialog::Tab::Access);
    auto* level = dialog->findChild<QLabel*>(QStringLiteral("level_acme_time"));
    QVERIFY(level);
    QCOMPARE(level->text(), QStringLiteral("Limited"));
    QCOMPARE(dialog->findChild<QLabel*>(QStringLiteral("level_acme_payroll"))->text(), QStringLiteral("Limited"));
    QCOMPARE(dialog->findChild<QLabel*>(QStringLiteral("level_acme_hr"))->text(), QStringLiteral("None"));
}

void TestGuiMembers::pageMadeAfterTheCatalogHasItsColumns()
{
    // A window opened on a workspace that already has its catalog (no catalogChanged to come).
    MainWindow window(m_anna.workspace.get(), m_languages.get());
    window.show();
    window.findChild<SidebarWidget*>()->setCurrentView(SidebarWidget::View::Members);
    auto* table = window.findChild<QTableView*>(QStringLiteral("membersTable"));
    QVERIFY(table && table->isVisible());
    auto* model = qobject_cast<MemberTableModel*>(table->model());
    QTRY_VERIFY_WITH_TIMEOUT(model->rowOf(QStringLiteral("cecilie@acme.example")) >= 0, 20000);
    QCOMPARE(model->columnCount(), int(MemberTableModel::FirstProduct) + 3);
    QCOMPARE(model->index(model->rowOf(QStringLiteral("cecilie@acme.example")), MemberTableModel::Sites).data().toString(),
             QStringLiteral("Aarhus office"));
}

void TestGuiMembers::refusalsInPlainWords()
{
    const auto rejected = [](int status, const char* code, const char* field) {
        ApiFailure failure;
        failure.kind = ApiFailure::Kind::Rejected;
        failure.httpStatus = status;
        failure.errorCode = QLatin1String(code);
        failure.field = QLatin1String(field);
        return failure;
    };
    const QString bo = QStringLiteral("Bo Berg");
    QCOMPARE(FailureText::memberSave(rejected(403, "config_managed", "products.payroll"), bo, QStringLiteral("Payroll")),
             QStringLiteral("Bo Berg: the level for Payroll is set in the server configuration and cannot be changed here."));
    QCOMPARE(FailureText::memberSave(rejected(403, "forbidden", ""), bo, {}),
             QStringLiteral("Bo Berg: you are not allowed to change this member's access."));
    QCOMPARE(FailureText::memberSave(rejected(404, "not_found", ""), bo, {}),
             QStringLiteral("Bo Berg is no longer a member of this account. Choose Reload to see the current members."));
    QCOMPARE(FailureText::memberSave(rejected(422, "validation_failed", "products.nope"), bo, QStringLiteral("nope")),
             QStringLiteral("Bo Berg: the server does not know the product nope."));
    QCOMPARE(FailureText::memberLoad(rejected(403, "forbidden", "")),
             QStringLiteral("Only the account's customer admin can see and change its members."));
    QCOMPARE(FailureText::memberLoad(rejected(404, "not_found", "")),
             QStringLiteral("This account was not found, or you are no longer a member of it."));
    m_languages->setLanguage(QStringLiteral("sv"));
    QVERIFY(FailureText::memberSave(rejected(403, "config_managed", "products.payroll"), bo, QStringLiteral("Lön"))
                .contains(QStringLiteral("Lön")));
    QVERIFY(!FailureText::memberSave(rejected(403, "config_managed", "products.payroll"), bo, QStringLiteral("Lön"))
                 .contains(QLatin1String("server configuration")));
    m_languages->setLanguage(QStringLiteral("en"));
}

void TestGuiMembers::offlineSaveKeepsTheEdit()
{
    auto* page = m_anna.window->findChild<caseport::app::MembersPage*>(QStringLiteral("membersPage"));
    QVERIFY(page);
    const QModelIndex cecilieHr = cell(QStringLiteral("cecilie@acme.example"), QStringLiteral("hr"));
    QVERIFY(cecilieHr.flags() & Qt::ItemIsEditable);
    QVERIFY(m_table->model()->setData(cecilieHr, static_cast<int>(caseport::AccessLevel::Limited)));
    QVERIFY(m_server.stop());

    QTest::mouseClick(page->findChild<QPushButton*>(QStringLiteral("saveMembersButton")), Qt::LeftButton);
    auto* problem = page->findChild<QLabel*>(QStringLiteral("membersProblem"));
    QTRY_VERIFY_WITH_TIMEOUT(problem->isVisible(), 20000);
    QVERIFY2(problem->text().startsWith(QLatin1String("Cecilie Christensen: not saved, you are offline.")),
             qPrintable(problem->text()));
    QVERIFY(page->hasUnsavedChanges()); // nothing lost
    QCOMPARE(cecilieHr.data().toString(), QStringLiteral("Limited"));
    QVERIFY(!m_anna.workspace->isOnline());
}

QTEST_MAIN(TestGuiMembers)
#include "tst_gui_members.moc"
