// The conversation on a case in the real window against the real caseportd (offscreen):
// Share an update (text with a link and a file) goes through the outbox and shows in the
// thread, the file in Related files; staff's answer arrives with a sync and notifies,
// staff's internal note never shows for the customer. Plus linkified() as a table.

#include "AppResources.h"
#include "AttachmentListWidget.h"
#include "CaseListPane.h"
#include "LanguageManager.h"
#include "MainWindow.h"
#include "ThreadView.h"
#include "TrayNotifier.h"

#include "caseport/client/CaseListModel.h"
#include "caseport/client/Workspace.h"
#include "caseport/testsupport/CaseportdProcess.h"
#include "caseport/testsupport/ClientHelpers.h"

#include <QCoreApplication>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QMimeData>
#include <QNetworkAccessManager>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>
#include <QTreeWidget>
#include <QUrl>

#include <memory>

using caseport::app::ThreadView;
using caseport::client::Workspace;
using caseport::testsupport::CaseportdProcess;

class TestGuiConversation : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void linkified_data();
    void linkified();
    void sharedUpdateShowsInTheThreadWithItsFile();
    void staffAnswerArrivesAndNotifiesButNotTheInternalNote();
    void filesDroppedOnACaseRowGoToItsUpdate();
    void shownCaseFollowsAStatusChangeFromTheServer();

private:
    std::unique_ptr<Workspace> open(const QString& user, const QString& dir);

    CaseportdProcess m_server;
    QTemporaryDir m_dir;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<caseport::app::LanguageManager> m_languages;
    std::unique_ptr<Workspace> m_anna;
    std::unique_ptr<caseport::app::MainWindow> m_window;
    caseport::Case m_case;
};

std::unique_ptr<Workspace> TestGuiConversation::open(const QString& user, const QString& dir)
{
    const auto login = caseport::testsupport::loginAndWait(m_network.get(), m_server.baseUrl(), user,
                                                           QStringLiteral("demo"));
    if (!login.ok)
        return nullptr;
    return std::make_unique<Workspace>(m_network.get(), m_server.baseUrl(), login.session, m_dir.filePath(dir));
}

void TestGuiConversation::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    caseport::app::initResources();
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
    QVERIFY(m_dir.isValid());
    m_network = std::make_unique<QNetworkAccessManager>();
    m_languages = std::make_unique<caseport::app::LanguageManager>(/*persist=*/false);
    m_languages->setLanguage(QStringLiteral("en"));
    m_anna = open(QStringLiteral("anna@acme.example"), QStringLiteral("anna"));
    QVERIFY(m_anna);
    QVERIFY(caseport::testsupport::syncAndWait(*m_anna).ok);
    caseport::NewCase content;
    content.product = "payroll";
    content.subject = "Payslips for March";
    const auto filed = caseport::testsupport::submitAndWait(*m_anna, content);
    QVERIFY2(filed.ok, qPrintable(filed.error));
    m_case = filed.created;
    m_window = std::make_unique<caseport::app::MainWindow>(m_anna.get(), m_languages.get());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QTRY_VERIFY_WITH_TIMEOUT(!m_anna->isSyncing(), 20000);
    m_window->caseList()->selectCase(QString::fromStdString(m_case.id));
}

void TestGuiConversation::cleanupTestCase()
{
    m_window.reset();
    m_anna.reset();
    m_server.stop();
}

void TestGuiConversation::linkified_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("html");
    QTest::newRow("plain") << "No links here" << "No links here";
    QTest::newRow("escaped") << "a <b> & \"c\"" << "a &lt;b&gt; &amp; &quot;c&quot;";
    QTest::newRow("line breaks") << "one\ntwo" << "one<br>two";
    QTest::newRow("a link") << "see https://example.com/guide"
                            << "see <a href=\"https://example.com/guide\">https://example.com/guide</a>";
    QTest::newRow("trailing full stop stays text") << "at https://example.com."
                                                   << "at <a href=\"https://example.com\">https://example.com</a>.";
    QTest::newRow("mailto") << "write mailto:lon@provider.example"
                            << "write <a href=\"mailto:lon@provider.example\">mailto:lon@provider.example</a>";
    QTest::newRow("no javascript") << "javascript:alert(1)" << "javascript:alert(1)";
    QTest::newRow("quotes end a link") << "\"https://a.example/x\"<b>"
                                       << "&quot;<a href=\"https://a.example/x\">https://a.example/x</a>&quot;&lt;b&gt;";
}

void TestGuiConversation::linkified()
{
    QFETCH(QString, text);
    QFETCH(QString, html);
    QCOMPARE(ThreadView::linkified(text), html);
}

void TestGuiConversation::sharedUpdateShowsInTheThreadWithItsFile()
{
    auto* text = m_window->findChild<QPlainTextEdit*>(QStringLiteral("shareUpdateText"));
    auto* send = m_window->findChild<QPushButton*>(QStringLiteral("sendUpdateButton"));
    auto* thread = m_window->findChild<ThreadView*>();
    QVERIFY(text && send && thread);
    QTRY_VERIFY(text->isVisible());
    QVERIFY(!send->isEnabled()); // nothing to send yet
    const QString file = m_dir.filePath(QStringLiteral("march payslips.csv"));
    {
        QFile out(file);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write("employee;amount\n1042;31000\n");
    }
    QTest::keyClicks(text, QStringLiteral("The list is attached, see also https://example.com/guide"));
    m_window->findChild<QWidget*>(QStringLiteral("shareUpdateBox"))
        ->findChild<caseport::app::AttachmentListWidget*>()
        ->addFiles({file});
    QVERIFY(send->isEnabled());
    QSignalSpy delivered(m_anna.get(), &Workspace::postDelivered);
    QTest::keyClick(text, Qt::Key_Return, Qt::ControlModifier);
    QVERIFY(text->toPlainText().isEmpty()); // cleared at once: the outbox has it
    QTRY_COMPARE_WITH_TIMEOUT(delivered.count(), 1, 20000);
    // Shown at once as "Sending…" (from the outbox), then as delivered (from the cache).
    QTRY_VERIFY_WITH_TIMEOUT(thread->toPlainText().contains(QStringLiteral("The list is attached"))
                                 && !thread->toPlainText().contains(QStringLiteral("Sending")),
                             10000);
    QVERIFY(thread->toHtml().contains(QStringLiteral("href=\"https://example.com/guide\"")));

    auto* related = m_window->findChild<QTreeWidget*>(QStringLiteral("relatedFilesList"));
    QVERIFY(related);
    QTRY_COMPARE_WITH_TIMEOUT(related->topLevelItemCount(), 1, 10000);
    QCOMPARE(related->topLevelItem(0)->text(0), QStringLiteral("march payslips.csv"));
}

void TestGuiConversation::staffAnswerArrivesAndNotifiesButNotTheInternalNote()
{
    auto staff = open(QStringLiteral("staff@caseport.example"), QStringLiteral("staff"));
    QVERIFY(staff);
    QVERIFY(caseport::testsupport::syncAndWait(*staff).ok);
    QSignalSpy staffDelivered(staff.get(), &Workspace::postDelivered);
    caseport::NewPost note;
    note.text = "Internal: check the pension rate first";
    note.internal = true;
    staff->addPost(QString::fromStdString(m_case.id), note);
    caseport::NewPost answer;
    answer.text = "We have corrected the payslips.";
    staff->addPost(QString::fromStdString(m_case.id), answer);
    QTRY_COMPARE_WITH_TIMEOUT(staffDelivered.count(), 2, 20000);

    auto* notifier = m_window->findChild<caseport::app::TrayNotifier*>();
    QVERIFY(notifier);
    QSignalSpy notified(notifier, &caseport::app::TrayNotifier::notified);
    auto* thread = m_window->findChild<ThreadView*>();
    QVERIFY(caseport::testsupport::syncAndWait(*m_anna).ok);
    QTRY_VERIFY_WITH_TIMEOUT(thread->toPlainText().contains(QStringLiteral("We have corrected the payslips.")), 10000);
    QVERIFY(!thread->toPlainText().contains(QStringLiteral("pension rate")));
    QCOMPARE(notified.count(), 1);
    QCOMPARE(notified.first().at(0).toString(), QString::fromStdString(m_case.id));
    QCOMPARE(notified.first().at(2).toString(), QStringLiteral("We have corrected the payslips."));
}

void TestGuiConversation::filesDroppedOnACaseRowGoToItsUpdate()
{
    const QString file = m_dir.filePath(QStringLiteral("dropped.txt"));
    {
        QFile out(file);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write("dropped\n");
    }
    QTreeView* list = m_window->caseList()->view();
    const QModelIndexList rows = list->model()->match(list->model()->index(0, 0), caseport::client::CaseListModel::CaseIdRole,
                                                      QString::fromStdString(m_case.id), 1, Qt::MatchExactly);
    QCOMPARE(rows.size(), 1);
    const QPointF at = list->visualRect(rows.first()).center();
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(file)});
    QDragEnterEvent enter(at.toPoint(), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(list->viewport(), &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(list->viewport(), &drop);
    QVERIFY(drop.isAccepted());
    auto* files = m_window->findChild<QWidget*>(QStringLiteral("shareUpdateBox"))
                      ->findChild<caseport::app::AttachmentListWidget*>();
    QCOMPARE(files->files(), QStringList {QFileInfo(file).absoluteFilePath()});

    // A drag without files is refused.
    QMimeData text;
    text.setText(QStringLiteral("just text"));
    QDragEnterEvent refused(at.toPoint(), Qt::CopyAction, &text, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(list->viewport(), &refused);
    QVERIFY(!refused.isAccepted());
}

void TestGuiConversation::shownCaseFollowsAStatusChangeFromTheServer()
{
    m_window->caseList()->selectCase(QString::fromStdString(m_case.id));
    auto* status = m_window->findChild<QLabel*>(QStringLiteral("caseStatus"));
    QVERIFY(status);
    QTRY_VERIFY(!status->text().isEmpty());
    const QString before = status->text();

    auto staff = open(QStringLiteral("staff@caseport.example"), QStringLiteral("staff"));
    QVERIFY(staff);
    QVERIFY(caseport::testsupport::syncAndWait(*staff).ok);
    const caseport::client::CaseListModel* staffCases = staff->caseListModel();
    const caseport::Case* seen = staffCases->caseAt(staffCases->rowOf(QString::fromStdString(m_case.id)));
    QVERIFY(seen);
    QSignalSpy updated(staff.get(), &Workspace::caseUpdated);
    caseport::CaseUpdate move;
    move.baseVersion = seen->version;
    move.status = "in_progress";
    staff->updateCase(QString::fromStdString(m_case.id), move);
    QTRY_COMPARE_WITH_TIMEOUT(updated.count(), 1, 20000);

    // The case stays selected while Anna's sync brings the change: the view shows it.
    QVERIFY(caseport::testsupport::syncAndWait(*m_anna).ok);
    QTRY_VERIFY_WITH_TIMEOUT(status->text() != before, 10000);
}

QTEST_MAIN(TestGuiConversation)
#include "tst_gui_conversation.moc"
