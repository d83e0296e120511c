// caseport-screenshots: renders the documentation screenshots against the real demo
// server. Starts caseportd (resources/caseportd.toml, free port, temp data dir), logs in
// as anna@acme.example, files a few realistic cases, then grabs the main window in each
// language plus the login dialog and the case form, and the access screens in each
// language: the Products page and the Members page (Anna, Acme's customer admin, after
// she raised Bo's Time level), Bo's Settings → Your access, Erik's account picker:
//   docs/screenshots/main-window-{da,en,sv}.png, login-dialog.png, case-form.png,
//   products-{lang}.png, members-{lang}.png, settings-access-{lang}.png,
//   account-picker-{lang}.png, and the staff desk (Sam Staff): staff-queue-{lang}.png,
//   phone-call.png, account-files-{lang}.png (the Files page with two shared files)
// Usage: caseport-screenshots [OUTPUT_DIR]   (env: CASEPORTD_BIN, CASEPORT_SOURCE_DIR)
// Run it through `cmake --build <dir> --target screenshots` (under xvfb-run).

#include "AccountPickerDialog.h"
#include "AppResources.h"
#include "CaseFormDialog.h"
#include "CaseListPane.h"
#include "ConflictDialog.h"
#include "LanguageManager.h"
#include "LoginDialog.h"
#include "MainWindow.h"
#include "SettingsDialog.h"
#include "SidebarWidget.h"

#include "caseport/Codec.h"
#include "caseport/client/AccountMembers.h"
#include "caseport/client/CaseListModel.h"
#include "caseport/client/DraftListModel.h"
#include "caseport/client/OutboxModel.h"
#include "caseport/client/Workspace.h"
#include "caseport/testsupport/CaseportdProcess.h"
#include "caseport/testsupport/ClientHelpers.h"

#include <QAbstractItemView>
#include <QColor>
#include <QImage>
#include <QPainter>
#include <QApplication>
#include <QComboBox>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <cstdio>
#include <memory>
#include <utility>

namespace {

using caseport::testsupport::CaseportdProcess;

int fail(const QString& message)
{
    std::fprintf(stderr, "caseport-screenshots: %s\n", qPrintable(message));
    return 1;
}

// Lets posted events (LanguageChange, layout, model updates) run and paint settle.
void settle()
{
    for (int i = 0; i < 5; ++i)
        QTest::qWait(60);
}

bool save(QWidget* widget, const QDir& dir, const QString& name)
{
    settle();
    const QString path = dir.filePath(name);
    if (!widget->grab().save(path)) {
        std::fprintf(stderr, "caseport-screenshots: cannot write %s\n", qPrintable(path));
        return false;
    }
    std::printf("wrote %s\n", qPrintable(path));
    return true;
}

caseport::NewCase makeCase(const char* product, const char* category, const QString& subject,
                           const QString& description, bool isPrivate)
{
    caseport::NewCase draft;
    draft.id = QUuid::createUuid().toString(QUuid::WithoutBraces).toStdString();
    draft.account = "acme";
    draft.product = product;
    draft.category = category;
    draft.subject = subject.toStdString();
    draft.description = description.toStdString();
    draft.isPrivate = isPrivate;
    return draft;
}

const QStringList kLanguages{QStringLiteral("da"), QStringLiteral("en"), QStringLiteral("sv")};

// A logged-in, synced workspace of `user` (the caller keeps it alive).
std::unique_ptr<caseport::client::Workspace> workspaceFor(QNetworkAccessManager* network, const QUrl& server,
                                                          const QString& user, const QString& cacheDir,
                                                          QString* error)
{
    const auto login = caseport::testsupport::loginAndWait(network, server, user, QStringLiteral("demo"));
    if (!login.ok) {
        *error = login.error;
        return nullptr;
    }
    auto workspace = std::make_unique<caseport::client::Workspace>(network, server, login.session, cacheDir);
    if (const auto ready = caseport::testsupport::waitForReady(*workspace); !ready.ok) {
        *error = ready.error;
        return nullptr;
    }
    if (const auto synced = caseport::testsupport::syncAndWait(*workspace); !synced.ok) {
        *error = synced.error;
        return nullptr;
    }
    return workspace;
}

// Grabs `widget` once per language as <name>-<lang>.png.
bool saveInEveryLanguage(QWidget* widget, caseport::app::LanguageManager& languages, const QDir& dir,
                         const QString& name)
{
    bool ok = true;
    for (const QString& language : kLanguages) {
        languages.setLanguage(language);
        ok = save(widget, dir, QStringLiteral("%1-%2.png").arg(name, language)) && ok;
    }
    languages.setLanguage(QStringLiteral("en"));
    return ok;
}

} // namespace

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Caseport"));
    QApplication::setApplicationName(QStringLiteral("Caseport"));
    QApplication::setApplicationVersion(QStringLiteral("0.1.0"));
    QStandardPaths::setTestModeEnabled(true); // never touch the user's settings or cache
    QSettings().clear(); // the test-mode settings: window layout from an earlier run
    caseport::app::initResources();
    QApplication::setWindowIcon(caseport::app::appIcon());

    const QString outPath = argc > 1 ? QString::fromLocal8Bit(argv[1])
                                     : QDir(qEnvironmentVariable("CASEPORT_SOURCE_DIR")).filePath(QStringLiteral("docs/screenshots"));
    QDir outDir;
    if (!outDir.mkpath(outPath))
        return fail(QStringLiteral("cannot create %1").arg(outPath));
    outDir.setPath(outPath);

    CaseportdProcess server;
    if (!server.start())
        return fail(server.errorString());

    caseport::app::LanguageManager languages(/*persist=*/false);
    languages.setLanguage(QStringLiteral("en"));
    QNetworkAccessManager network;
    const auto login = caseport::testsupport::loginAndWait(&network, server.baseUrl(),
                                                           QStringLiteral("anna@acme.example"),
                                                           QStringLiteral("demo"));
    if (!login.ok)
        return fail(login.error);

    QTemporaryDir cacheDir;
    caseport::client::Workspace workspace(&network, server.baseUrl(), login.session, cacheDir.path());
    if (const auto ready = caseport::testsupport::waitForReady(workspace); !ready.ok)
        return fail(ready.error);
    if (const auto synced = caseport::testsupport::syncAndWait(workspace); !synced.ok)
        return fail(synced.error);

    const std::vector<caseport::NewCase> cases{
        makeCase("payroll", "support", QStringLiteral("Feriepenge mangler på lønsedlen for marts"),
                 QStringLiteral("Hej\n\nTre medarbejdere i Aarhus har ikke fået feriepenge med på "
                                "lønsedlen for marts (medarbejdernr. 1042, 1057 og 1113). Ferien er "
                                "registreret i februar.\n\nKan I se, hvad der er gået galt, og om det "
                                "kan rettes i næste lønkørsel?\n\nVenlig hilsen\nAnna Andersen"),
                 false),
        makeCase("hr", "support", QStringLiteral("New employee cannot log in to the HR portal"),
                 QStringLiteral("Our new hire Jonas Holm (start date 1 April) gets \"unknown user\" "
                                "when he logs in. His employment contract is registered."),
                 false),
        makeCase("payroll", "decisions",
                 QStringLiteral("Lønindeholdelse for en medarbejder – afgørelse fra Skattestyrelsen"),
                 QStringLiteral("Vi har modtaget en afgørelse om lønindeholdelse for en medarbejder. "
                                "Afgørelsen følger som bilag. Hvornår kan den træde i kraft?"),
                 true),
        makeCase("payroll", "support", QStringLiteral("Pension contribution rate for 2026"),
                 QStringLiteral("From January the employer pension contribution changes from 8 % to "
                                "9 %. Please confirm that the rate is updated before the January "
                                "payroll run."),
                 false),
    };
    QString firstId;
    // Decisions/Documents needs its document (the sample config's form says so).
    const QString decisionPdf = QDir(cacheDir.path()).filePath(QStringLiteral("afgoerelse.pdf"));
    {
        QFile pdf(decisionPdf);
        if (!pdf.open(QIODevice::WriteOnly) || pdf.write("%PDF-1.4\n% afgoerelse\n") < 0)
            return fail(QStringLiteral("cannot write %1").arg(decisionPdf));
    }
    for (const caseport::NewCase& draft : cases) {
        const QStringList files = draft.category == "decisions" ? QStringList{decisionPdf} : QStringList{};
        const auto submitted = caseport::testsupport::submitAndWait(workspace, draft,
                                                                    caseport::testsupport::kDefaultWaitMs, files);
        if (!submitted.ok)
            return fail(submitted.error);
        if (firstId.isEmpty())
            firstId = QString::fromStdString(submitted.created.id);
    }

    // A conversation on the first case: Anna's update with a screenshot, staff's answer.
    {
        QImage shot(480, 200, QImage::Format_RGB32);
        shot.fill(QColor(0xf3, 0xf5, 0xf8));
        QPainter painter(&shot);
        painter.setPen(QColor(0x0b, 0x4a, 0x8b));
        painter.drawRect(10, 10, 459, 179);
        painter.drawText(QRect(20, 20, 440, 160), Qt::AlignLeft | Qt::TextWordWrap,
                         QStringLiteral("Lønseddel marts 2026\nMedarbejder 1042\nFeriepenge: 0,00 kr.\nI alt: 31.000,00 kr."));
        painter.end();
        const QString shotPath = QDir(cacheDir.path()).filePath(QStringLiteral("lonseddel-1042.png"));
        shot.save(shotPath, "PNG");
        QSignalSpy delivered(&workspace, &caseport::client::Workspace::postDelivered);
        caseport::NewPost update;
        update.text = "Her er lønsedlen for medarbejder 1042. Vejledningen siger, at feriepenge skal med: "
                      "https://docs.provider.example/payroll/holiday-pay";
        workspace.addPost(firstId, update, {shotPath});
        if (!delivered.wait(20000))
            return fail(QStringLiteral("Anna's update was not delivered"));
        QString staffError;
        auto staffDesk = workspaceFor(&network, server.baseUrl(), QStringLiteral("staff@caseport.example"),
                                      QDir(cacheDir.path()).filePath(QStringLiteral("staff-desk")), &staffError);
        if (!staffDesk)
            return fail(staffError);
        QSignalSpy answered(staffDesk.get(), &caseport::client::Workspace::postDelivered);
        caseport::NewPost answer;
        answer.text = "Tak, Anna. Feriepengene var ikke overført fra februar. Vi retter det i næste lønkørsel den 28. marts.";
        staffDesk->addPost(firstId, answer);
        if (!answered.wait(20000))
            return fail(QStringLiteral("staff's answer was not delivered"));
    }

    caseport::app::MainWindow window(&workspace, &languages);
    window.resize(1240, 720);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window))
        return fail(QStringLiteral("the main window was never exposed"));
    if (const auto synced = caseport::testsupport::syncAndWait(workspace); !synced.ok)
        return fail(synced.error);
    // Wait for the window's own start-up sync to finish too.
    for (QDeadlineTimer deadline(20000); workspace.isSyncing() && !deadline.hasExpired();)
        QTest::qWait(50);
    window.caseList()->selectCase(firstId);

    bool ok = true;
    for (const QString& language : {QStringLiteral("da"), QStringLiteral("en"), QStringLiteral("sv")}) {
        languages.setLanguage(language);
        ok = save(&window, outDir, QStringLiteral("main-window-%1.png").arg(language)) && ok;
    }

    languages.setLanguage(QStringLiteral("en"));
    caseport::app::CaseFormDialog* form = window.openCaseForm();
    if (auto* product = form->findChild<QComboBox*>(QStringLiteral("productCombo")))
        product->setCurrentIndex(product->findData(QStringLiteral("payroll")));
    if (auto* category = form->findChild<QComboBox*>(QStringLiteral("categoryCombo")))
        category->setCurrentIndex(category->findData(QStringLiteral("support")));
    if (auto* site = form->findChild<QComboBox*>(QStringLiteral("objectCombo")))
        site->setCurrentIndex(site->findData(QStringLiteral("odense")));
    if (auto* subject = form->findChild<QLineEdit*>(QStringLiteral("subjectEdit")))
        QTest::keyClicks(subject, QStringLiteral("Overtime not paid for week 12"));
    if (auto* description = form->findChild<QPlainTextEdit*>(QStringLiteral("descriptionEdit")))
        description->setPlainText(QStringLiteral("Two warehouse employees in Odense worked overtime in "
                                                 "week 12, but it is missing from their payslips."));
    (void)QTest::qWaitForWindowExposed(form);
    ok = save(form, outDir, QStringLiteral("case-form.png")) && ok;
    form->closeKeepingDraft();

    // The payroll form's "Decisions/Documents" category: its fields, and the file it needs.
    caseport::app::CaseFormDialog* decision = window.openCaseForm();
    if (auto* product = decision->findChild<QComboBox*>(QStringLiteral("productCombo")))
        product->setCurrentIndex(product->findData(QStringLiteral("payroll")));
    if (auto* category = decision->findChild<QComboBox*>(QStringLiteral("categoryCombo")))
        category->setCurrentIndex(category->findData(QStringLiteral("decisions")));
    if (auto* subject = decision->findChild<QLineEdit*>(QStringLiteral("subjectEdit")))
        QTest::keyClicks(subject, QStringLiteral("Board decision on the 2027 bonus scheme"));
    decision->resize(decision->sizeHint().expandedTo(QSize(640, 0)));
    (void)QTest::qWaitForWindowExposed(decision);
    ok = saveInEveryLanguage(decision, languages, outDir, QStringLiteral("case-form-decisions")) && ok;
    decision->closeKeepingDraft();

    caseport::app::LoginDialog loginDialog(&network, &languages);
    loginDialog.prefill(QStringLiteral("http://127.0.0.1:8080"), QStringLiteral("anna@acme.example"));
    loginDialog.show();
    (void)QTest::qWaitForWindowExposed(&loginDialog);
    ok = save(&loginDialog, outDir, QStringLiteral("login-dialog.png")) && ok;
    loginDialog.hide();

    // Products: Anna's (payroll and HR in Acme).
    auto* sidebar = window.findChild<caseport::app::SidebarWidget*>();
    sidebar->setCurrentView(caseport::app::SidebarWidget::View::Products);
    ok = saveInEveryLanguage(&window, languages, outDir, QStringLiteral("products")) && ok;

    // Notices: the demo's payroll notice, also in the banner above.
    sidebar->setCurrentView(caseport::app::SidebarWidget::View::Notices);
    ok = saveInEveryLanguage(&window, languages, outDir, QStringLiteral("notices")) && ok;

    // Files of the account: one for everyone in Acme, one for the Aarhus office.
    {
        const QDir files(cacheDir.path());
        const QString handbook = files.filePath(QStringLiteral("Personalehåndbog 2026.pdf"));
        const QString rota = files.filePath(QStringLiteral("Vagtplan Aarhus uge 14.xlsx"));
        for (const auto& [path, bytes] : {std::pair{handbook, 184 * 1024}, std::pair{rota, 23 * 1024}}) {
            QFile file(path);
            if (!file.open(QIODevice::WriteOnly) || file.write(QByteArray(bytes, 'x')) < 0)
                return fail(QStringLiteral("cannot write %1").arg(path));
        }
        workspace.addAccountFiles(QStringLiteral("acme"), {}, {handbook});
        workspace.addAccountFiles(QStringLiteral("acme"), QStringLiteral("aarhus"), {rota});
        for (QDeadlineTimer deadline(20000); workspace.catalog().files.size() < 2 && !deadline.hasExpired();)
            QTest::qWait(50);
        if (workspace.catalog().files.size() < 2)
            return fail(QStringLiteral("the account files were not linked"));
    }
    sidebar->setCurrentView(caseport::app::SidebarWidget::View::Files);
    ok = saveInEveryLanguage(&window, languages, outDir, QStringLiteral("account-files")) && ok;

    QString error0;
    // Drafts: the form above was closed and waits as a draft.
    sidebar->setCurrentView(caseport::app::SidebarWidget::View::Drafts);
    for (QDeadlineTimer deadline(10000); workspace.draftListModel()->rowCount() == 0 && !deadline.hasExpired();)
        QTest::qWait(50);
    ok = saveInEveryLanguage(&window, languages, outDir, QStringLiteral("drafts")) && ok;

    // Outbox: a case on a product the server no longer offers, refused with its message.
    {
        caseport::NewCase stale = makeCase("payroll", "", QStringLiteral("Holiday allowance for 2027"),
                                           QStringLiteral("Written against an old product list."), false);
        stale.product = "pensions";
        QSignalSpy refused(&workspace, &caseport::client::Workspace::submitFailed);
        workspace.submitCase(stale);
        if (!refused.wait(20000))
            return fail(QStringLiteral("the stale case was not refused"));
        for (QDeadlineTimer deadline(10000); workspace.outboxModel()->rowCount() == 0 && !deadline.hasExpired();)
            QTest::qWait(50);
    }
    sidebar->setCurrentView(caseport::app::SidebarWidget::View::Outbox);
    if (auto* outboxList = window.findChild<QAbstractItemView*>(QStringLiteral("outboxPageList")))
        outboxList->setCurrentIndex(outboxList->model()->index(0, 0));
    ok = saveInEveryLanguage(&window, languages, outDir, QStringLiteral("outbox")) && ok;

    // A conflict: staff changed the case's subject while Anna edited it from an older version.
    {
        auto staff = workspaceFor(&network, server.baseUrl(), QStringLiteral("staff@caseport.example"),
                                  QDir(cacheDir.path()).filePath(QStringLiteral("staff")), &error0);
        if (!staff)
            return fail(error0);
        const int row = workspace.caseListModel()->rowOf(firstId);
        const caseport::Case shown = *workspace.caseListModel()->caseAt(row);
        QSignalSpy staffUpdated(staff.get(), &caseport::client::Workspace::caseUpdated);
        staff->updateCase(firstId, caseport::CaseUpdate {.baseVersion = shown.version,
                                                         .subject = std::string("Feriepenge mangler for marts (3 medarbejdere)"),
                                                         .status = std::string("in_progress")});
        if (!staffUpdated.wait(20000))
            return fail(QStringLiteral("staff's edit did not land"));
        QSignalSpy conflict(&workspace, &caseport::client::Workspace::updateConflict);
        workspace.updateCase(firstId, caseport::CaseUpdate {.baseVersion = shown.version,
                                                            .subject = std::string("Feriepenge mangler på lønsedlen for marts og april"),
                                                            .description = shown.description + "\n\nApril er også berørt."});
        if (!conflict.wait(20000))
            return fail(QStringLiteral("no conflict"));
        for (QDeadlineTimer deadline(10000); !window.findChild<caseport::app::ConflictDialog*>() && !deadline.hasExpired();)
            QTest::qWait(50);
        delete window.findChild<caseport::app::ConflictDialog*>(); // opened by the window; shot below per language
        const caseport::client::OutboxItem item = workspace.outboxItems().last();
        for (const QString& language : {QStringLiteral("da"), QStringLiteral("en"), QStringLiteral("sv")}) {
            languages.setLanguage(language);
            caseport::app::ConflictDialog dialog(&workspace, &languages, item.seq,
                                                 caseport::codec::decode<caseport::CaseUpdate>(item.payload.toStdString()),
                                                 *item.current, &window);
            dialog.show();
            (void)QTest::qWaitForWindowExposed(&dialog);
            ok = save(&dialog, outDir, QStringLiteral("conflict-%1.png").arg(language)) && ok;
        }
        languages.setLanguage(QStringLiteral("en"));
    }

    // Members: Anna raised Bo's Time level (not set in the config file) from None to Limited.
    {
        caseport::client::AccountMembers admin(&workspace);
        QSignalSpy saved(&admin, &caseport::client::AccountMembers::saveFinished);
        admin.save(QStringLiteral("acme"),
                   {{QStringLiteral("bo@acme.example"), caseport::MemberUpdate{{{"time", caseport::AccessLevel::Limited}}}}});
        if (!saved.wait(20000) || saved.first().at(2).toInt() != 0)
            return fail(QStringLiteral("could not raise Bo's Time level"));
    }
    sidebar->setCurrentView(caseport::app::SidebarWidget::View::Members);
    auto* membersTable = window.findChild<QWidget*>(QStringLiteral("membersTable"));
    auto* history = window.findChild<QAbstractItemView*>(QStringLiteral("accessHistory"));
    for (QDeadlineTimer deadline(20000); history && history->model()->rowCount() == 0 && !deadline.hasExpired();)
        QTest::qWait(50);
    if (auto* table = qobject_cast<QAbstractItemView*>(membersTable))
        table->setCurrentIndex(table->model()->index(1, table->model()->columnCount() - 1)); // Bo's Time
    ok = saveInEveryLanguage(&window, languages, outDir, QStringLiteral("members")) && ok;
    sidebar->setCurrentView(caseport::app::SidebarWidget::View::All);

    // Settings → Your access, as Bo (payroll limited, HR none, Time now limited).
    QString error;
    auto bo = workspaceFor(&network, server.baseUrl(), QStringLiteral("bo@acme.example"),
                           QDir(cacheDir.path()).filePath(QStringLiteral("bo")), &error);
    if (!bo)
        return fail(error);
    caseport::app::SettingsDialog settings(bo.get(), &languages);
    settings.setCurrentTab(caseport::app::SettingsDialog::Tab::Access);
    settings.resize(560, 400);
    settings.show();
    (void)QTest::qWaitForWindowExposed(&settings);
    ok = saveInEveryLanguage(&settings, languages, outDir, QStringLiteral("settings-access")) && ok;
    settings.hide();

    // The account picker, as Erik (Acme and Nordic).
    auto erik = workspaceFor(&network, server.baseUrl(), QStringLiteral("erik@acme.example"),
                             QDir(cacheDir.path()).filePath(QStringLiteral("erik")), &error);
    if (!erik)
        return fail(error);
    caseport::app::AccountPickerDialog picker(erik->catalog().accounts, QStringLiteral("acme"));
    picker.show();
    (void)QTest::qWaitForWindowExposed(&picker);
    ok = saveInEveryLanguage(&picker, languages, outDir, QStringLiteral("account-picker")) && ok;
    picker.hide();

    // The staff desk: a Nordic case from Dag, one case assigned to Sam, a phone call from
    // Anna registered by Sam; the queue (All open, every account) and the phone-call form.
    {
        auto dag = workspaceFor(&network, server.baseUrl(), QStringLiteral("dag@nordic.example"),
                                QDir(cacheDir.path()).filePath(QStringLiteral("dag")), &error);
        if (!dag)
            return fail(error);
        caseport::NewCase nordic = makeCase("payroll", "support", QStringLiteral("Lönebesked saknas för april"),
                                            QStringLiteral("Två anställda har inte fått sina lönebesked."), false);
        nordic.account = "nordic";
        if (const auto filed = caseport::testsupport::submitAndWait(*dag, nordic); !filed.ok)
            return fail(filed.error);

        auto staff = workspaceFor(&network, server.baseUrl(), QStringLiteral("staff@caseport.example"),
                                  QDir(cacheDir.path()).filePath(QStringLiteral("staff-queue")), &error);
        if (!staff)
            return fail(error);
        caseport::NewCase call = makeCase("payroll", "support", QStringLiteral("Pension rate for part-time staff"),
                                          QStringLiteral("Anna called at 09:40: does the new 9 % rate also apply "
                                                         "to part-time employees?"),
                                          false);
        call.creator = "anna@acme.example";
        call.channel = caseport::channel::kPhone;
        const auto filed = caseport::testsupport::submitAndWait(*staff, call);
        if (!filed.ok)
            return fail(filed.error);
        QSignalSpy assigned(staff.get(), &caseport::client::Workspace::caseUpdated);
        const int row = staff->caseListModel()->rowOf(firstId);
        caseport::CaseUpdate mine;
        mine.baseVersion = row < 0 ? 1 : staff->caseListModel()->caseAt(row)->version;
        mine.assignee = "staff@caseport.example";
        staff->updateCase(firstId, mine);
        if (!assigned.wait(20000))
            return fail(QStringLiteral("the assignment was not delivered"));

        caseport::app::MainWindow desk(staff.get(), &languages);
        desk.resize(1240, 720);
        desk.show();
        (void)QTest::qWaitForWindowExposed(&desk);
        desk.findChild<caseport::app::SidebarWidget*>()->setCurrentView(caseport::app::SidebarWidget::View::QueueOpen);
        for (QDeadlineTimer deadline(20000); staff->caseListModel()->rowCount() < 6 && !deadline.hasExpired();)
            QTest::qWait(50);
        desk.caseList()->selectCase(QString::fromStdString(filed.created.id));
        ok = saveInEveryLanguage(&desk, languages, outDir, QStringLiteral("staff-queue")) && ok;

        caseport::app::CaseFormDialog* phone = desk.openPhoneCallForm();
        auto* caller = phone->findChild<QComboBox*>(QStringLiteral("phoneCallerCombo"));
        for (QDeadlineTimer deadline(20000); caller && caller->count() < 2 && !deadline.hasExpired();)
            QTest::qWait(50);
        if (caller)
            caller->setCurrentIndex(caller->findData(QStringLiteral("bo@acme.example")));
        if (auto* product = phone->findChild<QComboBox*>(QStringLiteral("productCombo")))
            product->setCurrentIndex(product->findData(QStringLiteral("payroll")));
        if (auto* subject = phone->findChild<QLineEdit*>(QStringLiteral("subjectEdit")))
            QTest::keyClicks(subject, QStringLiteral("Overtime rate for Sunday work"));
        if (auto* description = phone->findChild<QPlainTextEdit*>(QStringLiteral("descriptionEdit")))
            description->setPlainText(QStringLiteral("Bo called: which overtime rate applies to the Sunday "
                                                     "shifts in week 14?"));
        (void)QTest::qWaitForWindowExposed(phone);
        ok = save(phone, outDir, QStringLiteral("phone-call.png")) && ok;
        phone->closeKeepingDraft();
        desk.close();

        // Sam closes Anna's first case with the answer; her window shows question and answer.
        QSignalSpy closed(staff.get(), &caseport::client::Workspace::caseUpdated);
        const int at = staff->caseListModel()->rowOf(firstId);
        caseport::CaseUpdate close;
        close.baseVersion = at < 0 ? 1 : staff->caseListModel()->caseAt(at)->version;
        close.status = "closed";
        close.answer = "Feriepengene for februar er nu overført og kommer med på lønsedlen den 28. marts. "
                       "Medarbejder 1042 får en rettet lønseddel for marts.";
        staff->updateCase(firstId, close);
        if (!closed.wait(20000))
            return fail(QStringLiteral("closing the case was not delivered"));
        if (const auto synced = caseport::testsupport::syncAndWait(workspace); !synced.ok)
            return fail(synced.error);
        sidebar->setCurrentView(caseport::app::SidebarWidget::View::All);
        window.caseList()->selectCase(firstId);
        ok = saveInEveryLanguage(&window, languages, outDir, QStringLiteral("closed-case")) && ok;
    }

    window.close();
    server.stop();
    return ok ? 0 : 1;
}
