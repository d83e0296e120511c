// End to end: the outbox with the real caseportd. A case written with the server down
// is committed to the outbox, survives closing the workspace, and is filed with a
// number once the server is back — by the retry timer alone, without anyone asking. A
// refused case is marked failed with the server's message, does not hold up other
// cases, and can go back to the drafts. Drafts survive a restart; submitting one drops
// it. The same create sent from three caches files one case.

#include "caseport/Codec.h"
#include "caseport/client/CaseListModel.h"
#include "caseport/client/CaseMerge.h"
#include "caseport/client/DraftListModel.h"
#include "caseport/client/OutboxModel.h"
#include "caseport/client/Workspace.h"
#include "caseport/testsupport/CaseportdProcess.h"
#include "caseport/testsupport/ClientHelpers.h"

#include <QNetworkAccessManager>
#include <QNetworkRequest>
#include <QNetworkReply>
#include <QFileInfo>
#include <QFile>
#include <QDir>
#include <QCryptographicHash>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <memory>

using namespace caseport;
using namespace caseport::client;
using namespace caseport::testsupport;

class TestE2eOutbox : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void caseWrittenOfflineIsFiledWhenTheServerIsBack();
    void retryTimerSendsWithoutBeingAsked();
    void refusedCaseDoesNotHoldUpOthersAndReturnsToDrafts();
    void draftsSurviveAndLeaveWhenSubmitted();
    void sameCreateFromThreeCachesFilesOneCase();
    void postAndEditGoThroughTheOutbox();
    void filesWrittenOfflineAreUploadedBeforeTheirCase();
    void refusedFileBlocksItsCaseAndGoesBackToTheDraft();
    void conflictingEditIsResolvedFieldByField();
    void conflictResolvedByTakingTheirsDropsTheEdit();

private:
    std::unique_ptr<Workspace> openWorkspace(const SessionInfo& session, const QString& cacheDir);
    SessionInfo login(const QString& user);
    static NewCase makeCase(const std::string& subject, const std::string& product = "payroll");
    // GET /api/v1/cases/{id} as the session's user.
    CaseDetail fetchDetail(const SessionInfo& session, const QString& caseId);
    QString writeFile(const QString& name, const QByteArray& content);
    // anna files a case and both anna and staff have it synced; returns anna's copy.
    Case fileSharedCase(Workspace& anna, Workspace& staff, const std::string& subject);

    QNetworkAccessManager m_network;
    CaseportdProcess m_server;
    QTemporaryDir m_cacheRoot;
};

void TestE2eOutbox::initTestCase()
{
    QVERIFY(m_cacheRoot.isValid());
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
}

void TestE2eOutbox::cleanupTestCase()
{
    QVERIFY2(m_server.stop(), qPrintable(m_server.errorString()));
}

SessionInfo TestE2eOutbox::login(const QString& user)
{
    const LoginOutcome outcome = loginAndWait(&m_network, m_server.baseUrl(), user, QStringLiteral("demo"));
    if (!outcome.ok)
        qWarning() << "login failed:" << outcome.error;
    return outcome.session;
}

std::unique_ptr<Workspace> TestE2eOutbox::openWorkspace(const SessionInfo& session, const QString& cacheDir)
{
    auto workspace = std::make_unique<Workspace>(&m_network, m_server.baseUrl(), session,
                                                 m_cacheRoot.filePath(cacheDir));
    const WaitOutcome ready = waitForReady(*workspace);
    if (!ready.ok) {
        qWarning() << "workspace not ready:" << ready.error;
        return nullptr;
    }
    return workspace;
}

NewCase TestE2eOutbox::makeCase(const std::string& subject, const std::string& product)
{
    NewCase draft;
    draft.product = product;
    draft.subject = subject;
    draft.description = "Written on the train.";
    return draft;
}

void TestE2eOutbox::caseWrittenOfflineIsFiledWhenTheServerIsBack()
{
    const SessionInfo session = login(QStringLiteral("anna@acme.example"));
    QVERIFY(!session.token.empty());
    auto anna = openWorkspace(session, QStringLiteral("train"));
    QVERIFY(anna);
    QVERIFY2(syncAndWait(*anna).ok, "first sync");

    QVERIFY2(m_server.stop(), qPrintable(m_server.errorString()));
    QSignalSpy queued(anna.get(), &Workspace::caseQueued);
    QSignalSpy finished(anna.get(), &Workspace::syncFinished);
    QStringList ids;
    for (const char* subject : {"Train case one", "Train case two", "Train case three"})
        ids << anna->submitCase(makeCase(subject));
    QTRY_COMPARE_WITH_TIMEOUT(queued.count(), 3, 10000);
    QTRY_VERIFY_WITH_TIMEOUT(!anna->isOnline(), 10000);
    QTRY_COMPARE_WITH_TIMEOUT(anna->pendingCount(), 3, 10000);
    QCOMPARE(anna->outboxModel()->rowCount(), 3);
    QCOMPARE(anna->outboxModel()->index(0, OutboxModel::Summary).data().toString(),
             QStringLiteral("Train case one"));

    anna.reset(); // the laptop is closed
    QVERIFY2(m_server.restart(), qPrintable(m_server.errorString()));

    anna = openWorkspace(session, QStringLiteral("train"));
    QVERIFY(anna);
    QTRY_COMPARE_WITH_TIMEOUT(anna->pendingCount(), 3, 10000); // still there after reopening
    QSignalSpy submitted(anna.get(), &Workspace::caseSubmitted);
    QVERIFY2(syncAndWait(*anna).ok, "sync after the server is back");
    QTRY_COMPARE_WITH_TIMEOUT(submitted.count(), 3, 20000);
    QStringList numbers;
    for (const QList<QVariant>& arguments : submitted) {
        const Case created = arguments.at(0).value<Case>();
        QVERIFY(ids.contains(QString::fromStdString(created.id)));
        QVERIFY(!created.number.empty());
        numbers << QString::fromStdString(created.number);
    }
    numbers.removeDuplicates();
    QCOMPARE(numbers.size(), 3);
    QTRY_COMPARE_WITH_TIMEOUT(anna->pendingCount(), 0, 10000);

    // Erik (full access to the same account) sees each exactly once.
    auto erik = openWorkspace(login(QStringLiteral("erik@acme.example")), QStringLiteral("erik-train"));
    QVERIFY(erik);
    QVERIFY2(syncAndWait(*erik).ok, "erik's sync");
    for (const QString& id : ids)
        QVERIFY2(erik->caseListModel()->rowOf(id) >= 0, qPrintable(id));
}

void TestE2eOutbox::retryTimerSendsWithoutBeingAsked()
{
    const SessionInfo session = login(QStringLiteral("anna@acme.example"));
    auto anna = openWorkspace(session, QStringLiteral("retry"));
    QVERIFY(anna);
    QVERIFY2(syncAndWait(*anna).ok, "first sync");

    QVERIFY2(m_server.stop(), qPrintable(m_server.errorString()));
    QSignalSpy submitted(anna.get(), &Workspace::caseSubmitted);
    const QString id = anna->submitCase(makeCase("Sent by the retry timer"));
    QTRY_VERIFY_WITH_TIMEOUT(!anna->isOnline(), 10000);
    QTRY_COMPARE_WITH_TIMEOUT(anna->pendingCount(), 1, 5000);

    QVERIFY2(m_server.restart(), qPrintable(m_server.errorString()));
    // No sync() here: the engine's backoff timer (1 s, doubling) sends it.
    QTRY_COMPARE_WITH_TIMEOUT(submitted.count(), 1, 30000);
    QCOMPARE(QString::fromStdString(submitted.first().at(0).value<Case>().id), id);
    QTRY_VERIFY_WITH_TIMEOUT(anna->isOnline(), 5000);
    QTRY_COMPARE_WITH_TIMEOUT(anna->pendingCount(), 0, 5000);
}

void TestE2eOutbox::refusedCaseDoesNotHoldUpOthersAndReturnsToDrafts()
{
    auto anna = openWorkspace(login(QStringLiteral("anna@acme.example")), QStringLiteral("refused"));
    QVERIFY(anna);
    QVERIFY2(syncAndWait(*anna).ok, "first sync");

    QSignalSpy submitted(anna.get(), &Workspace::caseSubmitted);
    QSignalSpy failed(anna.get(), &Workspace::submitFailed);
    const QString badId = anna->submitCase(makeCase("No such product", "no-such-product"));
    const QString goodId = anna->submitCase(makeCase("Filed after the refused one"));
    QTRY_COMPARE_WITH_TIMEOUT(submitted.count() + failed.count(), 2, 20000);
    QCOMPARE(failed.count(), 1);
    QCOMPARE(failed.first().at(0).toString(), badId);
    QCOMPARE(QString::fromStdString(submitted.first().at(0).value<Case>().id), goodId);

    QTRY_COMPARE_WITH_TIMEOUT(anna->pendingCount(), 1, 5000);
    const OutboxItem refused = anna->outboxItems().first();
    QCOMPARE(refused.state, OutboxItem::State::Failed);
    QCOMPARE(refused.caseId, badId);
    QVERIFY(!refused.errorCode.isEmpty());
    QVERIFY(!refused.errorMessage.isEmpty());
    QVERIFY(OutboxModel::stateText(refused).contains(refused.errorMessage));

    // A sync later leaves it alone: refused is refused until the user acts.
    QVERIFY2(syncAndWait(*anna).ok, "sync with a failed item");
    QCOMPARE(anna->pendingCount(), 1);

    QSignalSpy drafts(anna.get(), &Workspace::draftsChanged);
    anna->returnToDrafts(refused.seq);
    QTRY_COMPARE_WITH_TIMEOUT(anna->pendingCount(), 0, 5000);
    QTRY_VERIFY_WITH_TIMEOUT(anna->draftListModel()->draft(badId) != nullptr, 5000);
    QCOMPARE(anna->draftListModel()->draft(badId)->content.subject, std::string("No such product"));
}

void TestE2eOutbox::draftsSurviveAndLeaveWhenSubmitted()
{
    const SessionInfo session = login(QStringLiteral("anna@acme.example"));
    QString draftId;
    {
        auto anna = openWorkspace(session, QStringLiteral("drafts"));
        QVERIFY(anna);
        QVERIFY2(syncAndWait(*anna).ok, "first sync");
        Draft draft;
        draft.content = makeCase("Half written");
        draft.files = {QStringLiteral("/tmp/payslip march.pdf")};
        QSignalSpy changed(anna.get(), &Workspace::draftsChanged);
        draftId = anna->saveDraft(draft);
        QTRY_VERIFY_WITH_TIMEOUT(anna->draftListModel()->draft(draftId) != nullptr, 5000);
        draft.content.id = draftId.toStdString();
        draft.content.subject = "Half written, then more";
        anna->saveDraft(draft);
        QTRY_COMPARE_WITH_TIMEOUT(anna->draftListModel()->draft(draftId)->content.subject,
                                  std::string("Half written, then more"), 5000);
        QCOMPARE(anna->draftListModel()->rowCount(), 1);
    }
    auto anna = openWorkspace(session, QStringLiteral("drafts"));
    QVERIFY(anna);
    QTRY_VERIFY_WITH_TIMEOUT(anna->draftListModel()->draft(draftId) != nullptr, 5000);
    const Draft reopened = *anna->draftListModel()->draft(draftId);
    QCOMPARE(reopened.files, QStringList {QStringLiteral("/tmp/payslip march.pdf")});
    QCOMPARE(reopened.content.account, std::string("acme"));
    QVERIFY(reopened.updatedAt.isValid());

    // Submitting takes it out of the drafts in the same transaction that queues it.
    QSignalSpy submitted(anna.get(), &Workspace::caseSubmitted);
    QCOMPARE(anna->submitCase(reopened.content), draftId);
    QTRY_COMPARE_WITH_TIMEOUT(submitted.count(), 1, 20000);
    QTRY_VERIFY_WITH_TIMEOUT(anna->draftListModel()->draft(draftId) == nullptr, 5000);
    QCOMPARE(anna->draftListModel()->totalCount(), 0);
}

void TestE2eOutbox::sameCreateFromThreeCachesFilesOneCase()
{
    const SessionInfo session = login(QStringLiteral("anna@acme.example"));
    NewCase draft = makeCase("Sent three times");
    draft.id = QUuid::createUuid().toString(QUuid::WithoutBraces).toStdString();
    draft.account = "acme";
    QStringList numbers;
    for (int copy = 0; copy < 3; ++copy) {
        auto anna = openWorkspace(session, QStringLiteral("replay-%1").arg(copy));
        QVERIFY(anna);
        const WaitOutcome outcome = submitAndWait(*anna, draft);
        QVERIFY2(outcome.ok, qPrintable(outcome.error));
        QCOMPARE(outcome.created.id, draft.id);
        numbers << QString::fromStdString(outcome.created.number);
    }
    numbers.removeDuplicates();
    QCOMPARE(numbers.size(), 1);

    auto erik = openWorkspace(login(QStringLiteral("erik@acme.example")), QStringLiteral("erik-replay"));
    QVERIFY(erik);
    QVERIFY2(syncAndWait(*erik).ok, "erik's sync");
    int copies = 0;
    for (int row = 0; row < erik->caseListModel()->rowCount(); ++row)
        copies += erik->caseListModel()->caseAt(row)->subject == "Sent three times" ? 1 : 0;
    QCOMPARE(copies, 1);
}

CaseDetail TestE2eOutbox::fetchDetail(const SessionInfo& session, const QString& caseId)
{
    QNetworkRequest request(m_server.baseUrl().resolved(
        QUrl(QStringLiteral("/api/v1/cases/%1").arg(caseId))));
    request.setRawHeader("Authorization", "Bearer " + QByteArray::fromStdString(session.token));
    QNetworkReply* reply = m_network.get(request);
    QSignalSpy done(reply, &QNetworkReply::finished);
    if (!done.wait(10000))
        return {};
    const QByteArray body = reply->readAll();
    reply->deleteLater();
    try {
        return codec::decode<CaseDetail>(body.toStdString());
    } catch (const CodecError& error) {
        qWarning() << "case detail:" << error.what() << body;
        return {};
    }
}

QString TestE2eOutbox::writeFile(const QString& name, const QByteArray& content)
{
    const QString path = m_cacheRoot.filePath(QStringLiteral("originals/") + name);
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
        qWarning() << "cannot write" << path;
    return path;
}

void TestE2eOutbox::filesWrittenOfflineAreUploadedBeforeTheirCase()
{
    const SessionInfo session = login(QStringLiteral("anna@acme.example"));
    auto anna = openWorkspace(session, QStringLiteral("files"));
    QVERIFY(anna);
    QVERIFY2(syncAndWait(*anna).ok, "first sync");
    QByteArray big(3 * 1024 * 1024 + 17, '\0');
    for (int i = 0; i < big.size(); ++i)
        big[i] = static_cast<char>((i * 31) % 251);
    const QString text = writeFile(QStringLiteral("notes ü.txt"), "March payslips were not sent.\n");
    const QString binary = writeFile(QStringLiteral("scan.pdf"), big);

    QVERIFY2(m_server.stop(), qPrintable(m_server.errorString()));
    QSignalSpy queued(anna.get(), &Workspace::caseQueued);
    const QString id = anna->submitCase(makeCase("With two files"), {text, binary});
    QTRY_COMPARE_WITH_TIMEOUT(queued.count(), 1, 10000);
    QTRY_COMPARE_WITH_TIMEOUT(anna->pendingCount(), 3, 10000); // two uploads, then the case
    QCOMPARE(anna->outboxItems().at(0).kind, OutboxItem::Kind::Upload);
    QCOMPARE(anna->outboxItems().at(1).kind, OutboxItem::Kind::Upload);
    QCOMPARE(anna->outboxItems().at(2).kind, OutboxItem::Kind::CreateCase);
    // The originals may change or go now: the outbox has its own copies.
    QVERIFY(QFile::remove(text));
    const QString stagedCopy = anna->outboxItems().at(0).filePath;
    QVERIFY(QFile::exists(stagedCopy));

    QSignalSpy submitted(anna.get(), &Workspace::caseSubmitted);
    QSignalSpy progress(anna.get(), &Workspace::uploadProgress);
    QVERIFY2(m_server.restart(), qPrintable(m_server.errorString()));
    QTRY_COMPARE_WITH_TIMEOUT(submitted.count(), 1, 30000);
    QCOMPARE(QString::fromStdString(submitted.first().at(0).value<Case>().id), id);
    QVERIFY(!progress.isEmpty());
    QTRY_COMPARE_WITH_TIMEOUT(anna->pendingCount(), 0, 5000);
    QVERIFY(!QFile::exists(stagedCopy)); // sent: the copy is gone

    const CaseDetail detail = fetchDetail(session, id);
    QCOMPARE(detail.attachments.size(), 2u);
    QStringList names;
    for (const Attachment& attachment : detail.attachments)
        names << QString::fromStdString(attachment.name);
    names.sort();
    QCOMPARE(names, (QStringList {QStringLiteral("notes ü.txt"), QStringLiteral("scan.pdf")}));
    for (const Attachment& attachment : detail.attachments) {
        if (attachment.name == "scan.pdf") {
            QCOMPARE(attachment.size, qint64(big.size()));
            QCOMPARE(QString::fromStdString(attachment.sha256),
                     QString::fromLatin1(QCryptographicHash::hash(big, QCryptographicHash::Sha256).toHex()));
        }
    }
}

void TestE2eOutbox::refusedFileBlocksItsCaseAndGoesBackToTheDraft()
{
    auto anna = openWorkspace(login(QStringLiteral("anna@acme.example")), QStringLiteral("refused-file"));
    QVERIFY(anna);
    QVERIFY2(syncAndWait(*anna).ok, "first sync");
    // The sample config allows office documents, PDF, images, text …, not programs.
    const QString program = writeFile(QStringLiteral("tool.exe"), QByteArray("MZ\x90\x00 not really", 16));
    const QString id = anna->submitCase(makeCase("With a file the server refuses"), {program});
    QTRY_VERIFY_WITH_TIMEOUT(!anna->outboxItems().isEmpty()
                                 && anna->outboxItems().first().state == OutboxItem::State::Failed,
                             20000);
    const OutboxItem refused = anna->outboxItems().first();
    QCOMPARE(refused.kind, OutboxItem::Kind::Upload);
    QVERIFY2(refused.errorMessage.size() > 0, "the server's message is kept");
    QCOMPARE(refused.errorCode, QStringLiteral("unsupported_media_type"));
    QCOMPARE(OutboxModel::stateText(refused), QStringLiteral("Refused: the server does not accept this type of file"));
    QCOMPARE(anna->outboxItems().size(), 2); // the case waits behind its file
    QCOMPARE(anna->outboxItems().at(1).state, OutboxItem::State::Pending);

    anna->returnToDrafts(anna->outboxItems().at(1).seq);
    QTRY_VERIFY_WITH_TIMEOUT(anna->draftListModel()->draft(id) != nullptr, 5000);
    QCOMPARE(anna->pendingCount(), 0);
    const Draft draft = *anna->draftListModel()->draft(id);
    QCOMPARE(draft.files.size(), 1);
    QVERIFY(QFile::exists(draft.files.first()));
    QVERIFY(draft.content.attachments.empty());
}

Case TestE2eOutbox::fileSharedCase(Workspace& anna, Workspace& staff, const std::string& subject)
{
    const WaitOutcome filed = submitAndWait(anna, makeCase(subject));
    if (!filed.ok) {
        qWarning() << "filing failed:" << filed.error;
        return {};
    }
    if (!syncAndWait(staff).ok)
        qWarning() << "staff sync failed";
    return filed.created;
}

void TestE2eOutbox::postAndEditGoThroughTheOutbox()
{
    auto anna = openWorkspace(login(QStringLiteral("anna@acme.example")), QStringLiteral("anna-post"));
    QVERIFY(anna);
    QVERIFY2(syncAndWait(*anna).ok, "first sync");
    const WaitOutcome filed = submitAndWait(*anna, makeCase("Posts and edits"));
    QVERIFY2(filed.ok, qPrintable(filed.error));
    const QString caseId = QString::fromStdString(filed.created.id);

    QSignalSpy posted(anna.get(), &Workspace::postDelivered);
    NewPost post;
    post.text = "The March payslips are attached now.";
    const QString postId = anna->addPost(caseId, post);
    QTRY_COMPARE_WITH_TIMEOUT(posted.count(), 1, 20000);
    const Post delivered = posted.first().at(0).value<Post>();
    QCOMPARE(QString::fromStdString(delivered.id), postId);
    QCOMPARE(delivered.text, post.text);

    QSignalSpy updated(anna.get(), &Workspace::caseUpdated);
    CaseUpdate edit;
    edit.baseVersion = filed.created.version;
    edit.subject = "Posts and edits (March)";
    anna->updateCase(caseId, edit);
    QTRY_COMPARE_WITH_TIMEOUT(updated.count(), 1, 20000);
    const Case after = updated.first().at(0).value<Case>();
    QCOMPARE(after.subject, std::string("Posts and edits (March)"));
    QVERIFY(after.version > filed.created.version);
    QTRY_COMPARE_WITH_TIMEOUT(anna->pendingCount(), 0, 5000);
}

void TestE2eOutbox::conflictingEditIsResolvedFieldByField()
{
    auto anna = openWorkspace(login(QStringLiteral("anna@acme.example")), QStringLiteral("anna-conflict"));
    auto staff = openWorkspace(login(QStringLiteral("staff@caseport.example")), QStringLiteral("staff-conflict"));
    QVERIFY(anna && staff);
    QVERIFY2(syncAndWait(*anna).ok && syncAndWait(*staff).ok, "first syncs");
    const Case filed = fileSharedCase(*anna, *staff, "Conflict on purpose");
    QVERIFY(!filed.id.empty());
    const QString caseId = QString::fromStdString(filed.id);

    // Staff changes subject and description first.
    QSignalSpy staffUpdated(staff.get(), &Workspace::caseUpdated);
    CaseUpdate staffEdit;
    staffEdit.baseVersion = filed.version;
    staffEdit.subject = "Conflict on purpose (staff)";
    staffEdit.description = "Clarified by staff";
    staff->updateCase(caseId, staffEdit);
    QTRY_COMPARE_WITH_TIMEOUT(staffUpdated.count(), 1, 20000);

    // Anna edits from the version she saw: subject and status.
    QSignalSpy conflict(anna.get(), &Workspace::updateConflict);
    CaseUpdate annaEdit;
    annaEdit.baseVersion = filed.version;
    annaEdit.subject = "Conflict on purpose (anna)";
    annaEdit.status = "closed";
    anna->updateCase(caseId, annaEdit);
    QTRY_COMPARE_WITH_TIMEOUT(conflict.count(), 1, 20000);
    const qint64 seq = conflict.first().at(0).toLongLong();
    const OutboxItem item = anna->outboxItems().first();
    QCOMPARE(item.seq, seq);
    QCOMPARE(item.state, OutboxItem::State::Conflict);
    QVERIFY(item.current);
    QCOMPARE(item.current->subject, std::string("Conflict on purpose (staff)"));

    // Field by field: staff's subject stays, anna's status goes through.
    QSignalSpy updated(anna.get(), &Workspace::caseUpdated);
    anna->resolveConflict(seq, merge::rebase(annaEdit, *item.current, {"status"}));
    QTRY_COMPARE_WITH_TIMEOUT(updated.count(), 1, 20000);
    const Case merged = updated.first().at(0).value<Case>();
    QCOMPARE(merged.subject, std::string("Conflict on purpose (staff)"));
    QCOMPARE(merged.description, std::string("Clarified by staff"));
    QCOMPARE(merged.status, std::string("closed"));
    QTRY_COMPARE_WITH_TIMEOUT(anna->pendingCount(), 0, 5000);
}

void TestE2eOutbox::conflictResolvedByTakingTheirsDropsTheEdit()
{
    auto anna = openWorkspace(login(QStringLiteral("anna@acme.example")), QStringLiteral("anna-theirs"));
    auto staff = openWorkspace(login(QStringLiteral("staff@caseport.example")), QStringLiteral("staff-theirs"));
    QVERIFY(anna && staff);
    QVERIFY2(syncAndWait(*anna).ok && syncAndWait(*staff).ok, "first syncs");
    const Case filed = fileSharedCase(*anna, *staff, "Theirs wins");
    const QString caseId = QString::fromStdString(filed.id);

    QSignalSpy staffUpdated(staff.get(), &Workspace::caseUpdated);
    staff->updateCase(caseId, CaseUpdate {.baseVersion = filed.version, .description = std::string("Staff's words")});
    QTRY_COMPARE_WITH_TIMEOUT(staffUpdated.count(), 1, 20000);

    QSignalSpy conflict(anna.get(), &Workspace::updateConflict);
    anna->updateCase(caseId, CaseUpdate {.baseVersion = filed.version, .description = std::string("Anna's words")});
    QTRY_COMPARE_WITH_TIMEOUT(conflict.count(), 1, 20000);
    const OutboxItem item = anna->outboxItems().first();
    QVERIFY(item.current);
    QVERIFY(!merge::rebase(CaseUpdate {.description = std::string("Anna's words")}, *item.current, {}));
    anna->resolveConflict(item.seq, std::nullopt);
    QTRY_COMPARE_WITH_TIMEOUT(anna->pendingCount(), 0, 5000);
    QVERIFY2(syncAndWait(*anna).ok, "sync after resolving");
    const int row = anna->caseListModel()->rowOf(caseId);
    QVERIFY(row >= 0);
    QCOMPARE(anna->caseListModel()->caseAt(row)->description, std::string("Staff's words"));
}

QTEST_GUILESS_MAIN(TestE2eOutbox)
#include "tst_e2e_outbox.moc"
