// Drafts and the Outbox in the real window against the real caseportd (offscreen):
// typing autosaves a draft, closing keeps it (Drafts view with its count), Open brings
// it back and Submit files it; Discard asks, then deletes; a case the server refuses
// shows in the Outbox with the server's message and Fix… reopens it in a form; with the
// server stopped a submitted form closes at once and the status bar counts the waiting
// change until the server is back; an edit that meets a newer version opens the
// side-by-side dialog, and the choices made there are what reaches the server.

#include "AppResources.h"
#include "AttachmentListWidget.h"
#include "CaseEditDialog.h"
#include "CaseFormDialog.h"
#include "ConflictDialog.h"
#include "LanguageManager.h"
#include "MainWindow.h"
#include "SidebarWidget.h"

#include "caseport/client/DraftListModel.h"
#include "caseport/client/OutboxModel.h"
#include "caseport/client/Workspace.h"
#include "caseport/testsupport/CaseportdProcess.h"
#include "caseport/testsupport/ClientHelpers.h"

#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeView>

#include <memory>

using caseport::app::CaseFormDialog;
using caseport::app::LanguageManager;
using caseport::app::MainWindow;
using caseport::client::DraftListModel;
using caseport::client::OutboxItem;
using caseport::client::OutboxModel;
using caseport::client::Workspace;
using caseport::testsupport::CaseportdProcess;

namespace {

// Clicks the button named buttonName in the next modal message box (its exec() blocks
// the caller, so a timer polls while the box's own event loop runs; no sleeps).
class ModalAnswerer : public QObject {
public:
    explicit ModalAnswerer(QString buttonName)
        : m_buttonName(std::move(buttonName))
    {
        connect(&m_timer, &QTimer::timeout, this, [this] {
            auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
            auto* button = box ? box->findChild<QPushButton*>(m_buttonName) : nullptr;
            if (!button)
                return;
            m_timer.stop();
            answered = true;
            button->click();
        });
        m_timer.start(10);
    }
    bool answered = false;

private:
    QString m_buttonName;
    QTimer m_timer;
};

QString viewText(MainWindow* window, const char* objectName)
{
    auto* list = window->findChild<QListWidget*>(QStringLiteral("viewList"));
    for (int row = 0; list && row < list->count(); ++row) {
        if (list->item(row)->data(Qt::UserRole + 1).toString() == QLatin1String(objectName))
            return list->item(row)->text();
    }
    return {};
}

} // namespace

class TestGuiDraftsOutbox : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void typingSavesADraftThatReopensAndFiles();
    void discardAsksThenDeletesTheDraft();
    void refusedCaseShowsInTheOutboxAndFixReopensIt();
    void offlineSubmitClosesTheFormAndCountsTheWaitingCase();
    void editMeetsAConflictAndTheDialogMergesIt();

private:
    CaseFormDialog* typeCase(const QString& subject);

    CaseportdProcess m_server;
    QTemporaryDir m_cacheDir;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<LanguageManager> m_languages;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<MainWindow> m_window;
};

void TestGuiDraftsOutbox::initTestCase()
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
    const auto login = caseport::testsupport::loginAndWait(
        m_network.get(), m_server.baseUrl(), QStringLiteral("anna@acme.example"), QStringLiteral("demo"));
    QVERIFY2(login.ok, qPrintable(login.error));
    m_workspace = std::make_unique<Workspace>(m_network.get(), m_server.baseUrl(), login.session,
                                              m_cacheDir.filePath(QStringLiteral("anna")));
    m_window = std::make_unique<MainWindow>(m_workspace.get(), m_languages.get());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QTRY_VERIFY_WITH_TIMEOUT(!m_workspace->catalog().products.empty(), 20000);
    QTRY_VERIFY_WITH_TIMEOUT(!m_workspace->isSyncing(), 20000);
}

void TestGuiDraftsOutbox::cleanupTestCase()
{
    m_window.reset();
    m_workspace.reset();
    m_server.stop();
}

CaseFormDialog* TestGuiDraftsOutbox::typeCase(const QString& subject)
{
    CaseFormDialog* form = m_window->openCaseForm();
    auto* product = form->findChild<QComboBox*>(QStringLiteral("productCombo"));
    auto* subjectEdit = form->findChild<QLineEdit*>(QStringLiteral("subjectEdit"));
    if (!product || !subjectEdit)
        return nullptr;
    product->setCurrentIndex(product->findData(QStringLiteral("payroll")));
    QTest::keyClicks(subjectEdit, subject);
    return form;
}

void TestGuiDraftsOutbox::typingSavesADraftThatReopensAndFiles()
{
    DraftListModel* drafts = m_workspace->draftListModel();
    QPointer<CaseFormDialog> form = typeCase(QStringLiteral("Autosaved while typing"));
    QVERIFY(form);
    const QString id = form->draftId();
    // Saved after a pause in typing, with the form still open.
    QTRY_VERIFY_WITH_TIMEOUT(drafts->draft(id) != nullptr, 10000);
    QCOMPARE(drafts->draft(id)->content.subject, std::string("Autosaved while typing"));
    QCOMPARE(viewText(m_window.get(), "draftsView"), QStringLiteral("Drafts (1)"));
    // A chosen file is part of the draft too.
    const QString file = m_cacheDir.filePath(QStringLiteral("payslip.txt"));
    {
        QFile out(file);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write("March\n");
    }
    form->findChild<caseport::app::AttachmentListWidget*>()->addFiles({file});
    QTRY_COMPARE_WITH_TIMEOUT(drafts->draft(id)->files, QStringList {file}, 10000);

    QSignalSpy kept(form.data(), &CaseFormDialog::keptAsDraft);
    form->findChild<QPushButton*>(QStringLiteral("cancelButton"))->click(); // no question
    QCOMPARE(kept.count(), 1);
    QTRY_VERIFY(!form);

    m_window->findChild<caseport::app::SidebarWidget*>()->setCurrentView(
        caseport::app::SidebarWidget::View::Drafts);
    auto* list = m_window->findChild<QTreeView*>(QStringLiteral("draftsPageList"));
    QVERIFY(list && list->isVisible());
    QCOMPARE(list->model()->rowCount(), 1);
    QCOMPARE(list->model()->index(0, DraftListModel::Subject).data().toString(),
             QStringLiteral("Autosaved while typing"));
    list->setCurrentIndex(list->model()->index(0, 0));
    m_window->findChild<QPushButton*>(QStringLiteral("openDraftButton"))->click();
    QPointer<CaseFormDialog> reopened;
    QTRY_VERIFY((reopened = m_window->findChild<CaseFormDialog*>()) != nullptr);
    QCOMPARE(reopened->draftId(), id);
    QCOMPARE(reopened->findChild<QLineEdit*>(QStringLiteral("subjectEdit"))->text(),
             QStringLiteral("Autosaved while typing"));
    QCOMPARE(reopened->files(), QStringList {file});

    QSignalSpy submitted(reopened.data(), &CaseFormDialog::submitted);
    reopened->submit();
    QTRY_COMPARE_WITH_TIMEOUT(submitted.count(), 1, 20000);
    QCOMPARE(submitted.first().at(0).toString(), id);
    QTRY_VERIFY_WITH_TIMEOUT(drafts->draft(id) == nullptr, 10000);
    QCOMPARE(viewText(m_window.get(), "draftsView"), QStringLiteral("Drafts"));
}

void TestGuiDraftsOutbox::discardAsksThenDeletesTheDraft()
{
    DraftListModel* drafts = m_workspace->draftListModel();
    QPointer<CaseFormDialog> form = typeCase(QStringLiteral("Never mind"));
    QVERIFY(form);
    const QString id = form->draftId();
    QTRY_VERIFY_WITH_TIMEOUT(drafts->draft(id) != nullptr, 10000);
    {
        ModalAnswerer keep(QStringLiteral("keepWritingButton"));
        form->findChild<QPushButton*>(QStringLiteral("discardButton"))->click();
        QVERIFY(keep.answered);
    }
    QVERIFY(form && form->isVisible());
    QVERIFY(drafts->draft(id) != nullptr);
    {
        ModalAnswerer discard(QStringLiteral("confirmDiscardButton"));
        form->findChild<QPushButton*>(QStringLiteral("discardButton"))->click();
        QVERIFY(discard.answered);
    }
    QTRY_VERIFY(!form);
    QTRY_VERIFY_WITH_TIMEOUT(drafts->draft(id) == nullptr, 10000);
}

void TestGuiDraftsOutbox::refusedCaseShowsInTheOutboxAndFixReopensIt()
{
    caseport::NewCase bad; // the form would not allow it; a stale catalog might
    bad.product = "no-such-product";
    bad.subject = "Filed on a product that is gone";
    QSignalSpy failed(m_workspace.get(), &Workspace::submitFailed);
    const QString id = m_workspace->submitCase(bad);
    QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, 20000);
    QTRY_COMPARE_WITH_TIMEOUT(viewText(m_window.get(), "outboxView"), QStringLiteral("Outbox (1)"), 5000);

    m_window->findChild<caseport::app::SidebarWidget*>()->setCurrentView(
        caseport::app::SidebarWidget::View::Outbox);
    auto* list = m_window->findChild<QTreeView*>(QStringLiteral("outboxPageList"));
    QVERIFY(list && list->isVisible());
    QCOMPARE(list->model()->rowCount(), 1);
    QTRY_VERIFY_WITH_TIMEOUT(
        list->model()->index(0, OutboxModel::State).data().toString().startsWith(QStringLiteral("Refused")), 5000);
    list->setCurrentIndex(list->model()->index(0, 0));
    auto* fix = m_window->findChild<QPushButton*>(QStringLiteral("fixButton"));
    QVERIFY(fix->isEnabled());
    auto* detail = m_window->findChild<QLabel*>(QStringLiteral("outboxPageDetail"));
    QVERIFY(detail->isVisible());
    QVERIFY(detail->text().contains(QStringLiteral("Fix")));
    fix->click();
    QPointer<CaseFormDialog> form;
    QTRY_VERIFY_WITH_TIMEOUT((form = m_window->findChild<CaseFormDialog*>()) != nullptr, 10000);
    QCOMPARE(form->draftId(), id);
    QCOMPARE(form->findChild<QLineEdit*>(QStringLiteral("subjectEdit"))->text(),
             QStringLiteral("Filed on a product that is gone"));
    QTRY_COMPARE_WITH_TIMEOUT(m_workspace->pendingCount(), 0, 5000);
    form->closeKeepingDraft();
    QTRY_VERIFY(!form);
    m_workspace->discardDraft(id);
}

void TestGuiDraftsOutbox::offlineSubmitClosesTheFormAndCountsTheWaitingCase()
{
    QVERIFY2(m_server.stop(), qPrintable(m_server.errorString()));
    m_workspace->sync(); // coalesced behind a sync that may still run
    QTRY_VERIFY_WITH_TIMEOUT(!m_workspace->isOnline(), 10000);

    QPointer<CaseFormDialog> form = typeCase(QStringLiteral("Written on the train"));
    QVERIFY(form);
    QSignalSpy queued(form.data(), &CaseFormDialog::queuedOffline);
    form->submit();
    QTRY_COMPARE_WITH_TIMEOUT(queued.count(), 1, 10000);
    QTRY_VERIFY(!form);
    auto* pending = m_window->findChild<QLabel*>(QStringLiteral("pendingLabel"));
    QVERIFY(pending);
    QTRY_VERIFY(pending->isVisible());
    QCOMPARE(pending->text(), QStringLiteral("1 waiting to be sent"));

    QSignalSpy submitted(m_workspace.get(), &Workspace::caseSubmitted);
    QVERIFY2(m_server.restart(), qPrintable(m_server.errorString()));
    QTRY_COMPARE_WITH_TIMEOUT(submitted.count(), 1, 30000); // the retry timer sends it
    QTRY_VERIFY(!pending->isVisible());
}

void TestGuiDraftsOutbox::editMeetsAConflictAndTheDialogMergesIt()
{
    // A case anna filed; staff (another client) changes its subject first.
    caseport::NewCase content;
    content.product = "payroll";
    content.subject = "Edited from two places";
    content.description = "Original";
    const auto filed = caseport::testsupport::submitAndWait(*m_workspace, content);
    QVERIFY2(filed.ok, qPrintable(filed.error));
    const auto staffLogin = caseport::testsupport::loginAndWait(
        m_network.get(), m_server.baseUrl(), QStringLiteral("staff@caseport.example"), QStringLiteral("demo"));
    QVERIFY2(staffLogin.ok, qPrintable(staffLogin.error));
    Workspace staff(m_network.get(), m_server.baseUrl(), staffLogin.session, m_cacheDir.filePath(QStringLiteral("staff")));
    QVERIFY(caseport::testsupport::syncAndWait(staff).ok);
    QSignalSpy staffUpdated(&staff, &Workspace::caseUpdated);
    staff.updateCase(QString::fromStdString(filed.created.id),
                     caseport::CaseUpdate {.baseVersion = filed.created.version,
                                           .subject = std::string("Edited from two places (staff)")});
    QTRY_COMPARE_WITH_TIMEOUT(staffUpdated.count(), 1, 20000);

    // Anna edits what she saw, in the edit dialog: subject and description.
    m_window->findChild<caseport::app::SidebarWidget*>()->setCurrentView(caseport::app::SidebarWidget::View::All);
    caseport::app::CaseEditDialog edit(m_workspace.get(), m_languages.get(), filed.created, m_window.get());
    edit.findChild<QLineEdit*>(QStringLiteral("editSubject"))->setText(QStringLiteral("Edited from two places (anna)"));
    edit.findChild<QPlainTextEdit*>(QStringLiteral("editDescription"))->setPlainText(QStringLiteral("Anna's details"));
    const caseport::CaseUpdate annaEdit = edit.update();
    QCOMPARE(annaEdit.baseVersion, filed.created.version);
    QVERIFY(annaEdit.subject && annaEdit.description && !annaEdit.status);
    edit.findChild<QPushButton*>(QStringLiteral("saveEditButton"))->click();

    // The 409 opens the side-by-side dialog by itself.
    QPointer<caseport::app::ConflictDialog> dialog;
    QTRY_VERIFY_WITH_TIMEOUT((dialog = m_window->findChild<caseport::app::ConflictDialog*>()) != nullptr, 20000);
    QTRY_VERIFY(dialog->isVisible());
    auto* theirSubject = dialog->findChild<QRadioButton*>(QStringLiteral("takeTheirs_subject"));
    auto* mySubject = dialog->findChild<QRadioButton*>(QStringLiteral("keepMine_subject"));
    QVERIFY(theirSubject && mySubject);
    QCOMPARE(theirSubject->text(), QStringLiteral("Edited from two places (staff)"));
    QCOMPARE(mySubject->text(), QStringLiteral("Edited from two places (anna)"));
    QVERIFY(dialog->findChild<QRadioButton*>(QStringLiteral("keepMine_description")));
    theirSubject->click(); // staff's subject, anna's description

    QSignalSpy updated(m_workspace.get(), &Workspace::caseUpdated);
    dialog->findChild<QPushButton*>(QStringLiteral("applyChoicesButton"))->click();
    QTRY_COMPARE_WITH_TIMEOUT(updated.count(), 1, 20000);
    const caseport::Case merged = updated.first().at(0).value<caseport::Case>();
    QCOMPARE(merged.subject, std::string("Edited from two places (staff)"));
    QCOMPARE(merged.description, std::string("Anna's details"));
    QTRY_COMPARE_WITH_TIMEOUT(m_workspace->pendingCount(), 0, 5000);
}

QTEST_MAIN(TestGuiDraftsOutbox)
#include "tst_gui_drafts_outbox.moc"
