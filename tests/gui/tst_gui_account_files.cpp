// The Files page against the real caseportd: Anna (customer admin) adds one file to the
// whole account and one to the Odense object; the page lists both with size and type,
// the object filter narrows the list and decides where new files go; the empty state
// names the account; Bo (limited) sees the files but Add is disabled and says why;
// Cecilie (scoped to Aarhus) is offered only her object and sees neither file.

#include "AccountFilesPage.h"
#include "AppResources.h"
#include "LanguageManager.h"
#include "MainWindow.h"
#include "SidebarWidget.h"

#include "caseport/client/AccountFileListModel.h"
#include "caseport/client/Workspace.h"
#include "caseport/testsupport/CaseportdProcess.h"
#include "caseport/testsupport/ClientHelpers.h"

#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSettings>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

#include <memory>

using caseport::app::AccountFilesPage;
using caseport::app::MainWindow;
using caseport::app::SidebarWidget;
using caseport::client::AccountFileListModel;
using caseport::client::Workspace;
using caseport::testsupport::CaseportdProcess;

class TestGuiAccountFiles : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void cleanupTestCase();
    void emptyPageNamesTheAccount();
    void listsAddedFilesWithSizeAndType();
    void limitedMemberCannotAdd();
    void scopedMemberSeesOnlyTheirObject();

private:
    void openAs(const QString& user);
    AccountFilesPage* showFiles();
    QTreeView* list() const { return m_window->findChild<QTreeView*>(QStringLiteral("accountFilesList")); }
    QComboBox* filter() const { return m_window->findChild<QComboBox*>(QStringLiteral("fileObjectFilter")); }
    QPushButton* addButton() const
    {
        return m_window->findChild<QPushButton*>(QStringLiteral("addAccountFilesButton"));
    }
    QString cell(int row, int column) const
    {
        return list()->model()->index(row, column).data().toString();
    }
    QString writeFile(const QString& name, const QByteArray& content);

    CaseportdProcess m_server;
    QTemporaryDir m_dir;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<caseport::app::LanguageManager> m_languages;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<MainWindow> m_window;
};

void TestGuiAccountFiles::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    caseport::app::initResources();
    QVERIFY2(CaseportdProcess::isAvailable(), "CASEPORTD_BIN does not name the caseportd binary");
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
    QVERIFY(m_dir.isValid());
    m_network = std::make_unique<QNetworkAccessManager>();
    m_languages = std::make_unique<caseport::app::LanguageManager>(/*persist=*/false);
    m_languages->setLanguage(QStringLiteral("en"));
}

void TestGuiAccountFiles::cleanup()
{
    m_window.reset();
    m_workspace.reset();
}

void TestGuiAccountFiles::cleanupTestCase()
{
    m_server.stop();
}

void TestGuiAccountFiles::openAs(const QString& user)
{
    const auto login = caseport::testsupport::loginAndWait(m_network.get(), m_server.baseUrl(), user,
                                                           QStringLiteral("demo"));
    QVERIFY2(login.ok, qPrintable(login.error));
    m_workspace = std::make_unique<Workspace>(m_network.get(), m_server.baseUrl(), login.session,
                                              m_dir.filePath(QStringLiteral("cache-") + user));
    m_window = std::make_unique<MainWindow>(m_workspace.get(), m_languages.get());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QVERIFY(caseport::testsupport::waitForReady(*m_workspace).ok);
    QVERIFY(caseport::testsupport::syncAndWait(*m_workspace).ok);
    QTRY_VERIFY_WITH_TIMEOUT(!m_workspace->catalog().accounts.empty(), 20000);
}

AccountFilesPage* TestGuiAccountFiles::showFiles()
{
    m_window->findChild<SidebarWidget*>()->setCurrentView(SidebarWidget::View::Files);
    auto* page = m_window->findChild<AccountFilesPage*>(QStringLiteral("accountFilesPage"));
    auto* pages = m_window->findChild<QStackedWidget*>(QStringLiteral("mainPages"));
    if (!page || !pages || pages->currentWidget() != page || !page->isVisible())
        return nullptr;
    return page;
}

QString TestGuiAccountFiles::writeFile(const QString& name, const QByteArray& content)
{
    const QString path = m_dir.filePath(QStringLiteral("originals/") + name);
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
        qWarning() << "cannot write" << path;
    return path;
}

void TestGuiAccountFiles::emptyPageNamesTheAccount()
{
    openAs(QStringLiteral("erik@acme.example"));
    AccountFilesPage* page = showFiles();
    QVERIFY(page);
    auto* empty = m_window->findChild<QLabel*>(QStringLiteral("accountFilesEmpty"));
    QVERIFY(empty->isVisible());
    QCOMPARE(empty->text(), QStringLiteral("No files shared with Acme A/S yet."));
    QVERIFY(addButton()->isEnabled()); // full payroll access
}

void TestGuiAccountFiles::listsAddedFilesWithSizeAndType()
{
    openAs(QStringLiteral("anna@acme.example"));
    AccountFilesPage* page = showFiles();
    QVERIFY(page);
    QCOMPARE(filter()->count(), 4); // All files, Whole account, Aarhus office, Odense warehouse
    QCOMPARE(filter()->currentText(), QStringLiteral("All files"));
    QCOMPARE(page->targetObject(), QString());
    QCOMPARE(filter()->itemText(1), QStringLiteral("Whole account"));
    QVERIFY(addButton()->isEnabled());

    const QByteArray pdf("%PDF-1.4\n" + QByteArray(3000, 'x'));
    QVERIFY(page->addFiles({writeFile(QStringLiteral("Staff handbook.pdf"), pdf)})); // whole account
    filter()->setCurrentIndex(filter()->findText(QStringLiteral("Odense warehouse")));
    QCOMPARE(page->targetObject(), QStringLiteral("odense"));
    QVERIFY(page->addFiles({writeFile(QStringLiteral("Odense shifts.csv"), "day;shift\nmon;early\n")}));
    filter()->setCurrentIndex(0);
    // A folder is not a file: named on the page, nothing queued.
    QVERIFY(!page->addFiles({m_dir.path()}));
    auto* problem = m_window->findChild<QLabel*>(QStringLiteral("accountFileProblem"));
    QVERIFY(problem->isVisible());
    QVERIFY(problem->text().contains(QDir::toNativeSeparators(m_dir.path())));

    QTRY_COMPARE_WITH_TIMEOUT(m_workspace->catalog().files.size(), size_t(2), 30000);
    QTRY_COMPARE_WITH_TIMEOUT(list()->model()->rowCount(), 2, 10000);
    QVERIFY(list()->isVisible());
    QCOMPARE(cell(0, AccountFileListModel::Name), QStringLiteral("Odense shifts.csv"));
    QCOMPARE(cell(0, AccountFileListModel::Object), QStringLiteral("Odense warehouse"));
    QCOMPARE(cell(0, AccountFileListModel::Type), QStringLiteral("CSV file"));
    QCOMPARE(cell(0, AccountFileListModel::AddedBy), QStringLiteral("Anna Andersen"));
    QCOMPARE(cell(1, AccountFileListModel::Name), QStringLiteral("Staff handbook.pdf"));
    QCOMPARE(cell(1, AccountFileListModel::Object), QStringLiteral("Whole account"));
    QCOMPARE(cell(1, AccountFileListModel::Size), QLocale().formattedDataSize(pdf.size()));
    QCOMPARE(cell(1, AccountFileListModel::Type), QStringLiteral("PDF file"));

    filter()->setCurrentIndex(filter()->findText(QStringLiteral("Odense warehouse")));
    QCOMPARE(list()->model()->rowCount(), 1);
    QCOMPARE(cell(0, AccountFileListModel::Name), QStringLiteral("Odense shifts.csv"));
    filter()->setCurrentIndex(filter()->findText(QStringLiteral("Aarhus office")));
    QCOMPARE(list()->model()->rowCount(), 0);
    QCOMPARE(m_window->findChild<QLabel*>(QStringLiteral("accountFilesEmpty"))->text(),
             QStringLiteral("No files here yet."));

    // Open and Remove follow the selection; a file Anna added is hers to remove.
    filter()->setCurrentIndex(0);
    list()->setCurrentIndex(list()->model()->index(1, 0));
    QVERIFY(m_window->findChild<QPushButton*>(QStringLiteral("openAccountFileButton"))->isEnabled());
    QVERIFY(m_window->findChild<QPushButton*>(QStringLiteral("removeAccountFileButton"))->isEnabled());
}

void TestGuiAccountFiles::limitedMemberCannotAdd()
{
    openAs(QStringLiteral("bo@acme.example"));
    AccountFilesPage* page = showFiles();
    QVERIFY(page);
    QTRY_COMPARE_WITH_TIMEOUT(list()->model()->rowCount(), 2, 10000); // Anna's two files
    QVERIFY(!addButton()->isEnabled());
    QCOMPARE(addButton()->toolTip(), QStringLiteral("Your access lets you read these files, not add any"));
    // A page made when the catalog is there already starts with every file too.
    AccountFilesPage fresh(m_workspace.get());
    QCOMPARE(fresh.findChild<QComboBox*>(QStringLiteral("fileObjectFilter"))->currentText(), QStringLiteral("All files"));
    QVERIFY(!page->addFiles({writeFile(QStringLiteral("bo.txt"), "no")}));
    QCOMPARE(m_workspace->pendingCount(), 0);
    list()->setCurrentIndex(list()->model()->index(0, 0));
    QVERIFY(!m_window->findChild<QPushButton*>(QStringLiteral("removeAccountFileButton"))->isEnabled());
}

void TestGuiAccountFiles::scopedMemberSeesOnlyTheirObject()
{
    openAs(QStringLiteral("cecilie@acme.example"));
    AccountFilesPage* page = showFiles();
    QVERIFY(page);
    QCOMPARE(filter()->count(), 2); // All files, Aarhus office
    QCOMPARE(filter()->itemText(1), QStringLiteral("Aarhus office"));
    QCOMPARE(list()->model()->rowCount(), 0); // neither the account's nor Odense's file
    QVERIFY(!addButton()->isEnabled()); // "All files" adds to the whole account: not hers
    QCOMPARE(addButton()->toolTip(), QStringLiteral("Choose one of your objects under Show to add files to it"));
    filter()->setCurrentIndex(1);
    QVERIFY(addButton()->isEnabled());
}

QTEST_MAIN(TestGuiAccountFiles)
#include "tst_gui_account_files.moc"
