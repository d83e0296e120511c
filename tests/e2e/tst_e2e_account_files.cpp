// End to end: files of an account with the real caseportd and the client library.
// Anna (customer admin) adds a file to the Odense object while the server is down: it
// waits in the outbox (upload, then link) and is linked when the server is back; Bo
// (an unscoped member) gets it in the catalog after a sync and downloads it byte for
// byte; Cecilie (scoped to Aarhus) and Dag (another account) never see it and get 404
// on its blob. Bo (limited) may not add: his link is refused with the server's message.
// Anna removes the file and it is gone for Bo (the server pushes, his client syncs by
// itself); a second removal from a stale cache meets 404 and counts as done.

#include "caseport/client/AccountFileListModel.h"
#include "caseport/client/AttachmentFiles.h"
#include "caseport/client/OutboxModel.h"
#include "caseport/client/Workspace.h"
#include "caseport/testsupport/CaseportdProcess.h"
#include "caseport/testsupport/ClientHelpers.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <memory>

using namespace caseport;
using namespace caseport::client;
using namespace caseport::testsupport;

class TestE2eAccountFiles : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanupTestCase();
    void fileAddedOfflineReachesThoseWhoMaySeeIt();
    void limitedMemberMayNotAdd();
    void fileRemovedBeforeItIsSentNeverReachesTheServer();

private:
    SessionInfo login(const QString& user);
    std::unique_ptr<Workspace> openWorkspace(const SessionInfo& session, const QString& cacheDir);
    QString writeFile(const QString& name, const QByteArray& content);
    int blobStatus(const SessionInfo& session, const std::string& sha256);
    static const AccountFile* findFile(const Workspace& workspace, const QString& id);

    QNetworkAccessManager m_network;
    CaseportdProcess m_server;
    QTemporaryDir m_root;
};

void TestE2eAccountFiles::initTestCase()
{
    QVERIFY(m_root.isValid());
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
}

void TestE2eAccountFiles::init()
{
    if (!m_server.isRunning()) // a failed test may have left it stopped
        QVERIFY2(m_server.restart(), qPrintable(m_server.errorString()));
}

void TestE2eAccountFiles::cleanupTestCase()
{
    QVERIFY2(m_server.stop(), qPrintable(m_server.errorString()));
}

SessionInfo TestE2eAccountFiles::login(const QString& user)
{
    const LoginOutcome outcome = loginAndWait(&m_network, m_server.baseUrl(), user, QStringLiteral("demo"));
    if (!outcome.ok)
        qWarning() << "login failed:" << outcome.error;
    return outcome.session;
}

std::unique_ptr<Workspace> TestE2eAccountFiles::openWorkspace(const SessionInfo& session, const QString& cacheDir)
{
    auto workspace = std::make_unique<Workspace>(&m_network, m_server.baseUrl(), session, m_root.filePath(cacheDir));
    const WaitOutcome ready = waitForReady(*workspace);
    if (!ready.ok) {
        qWarning() << "workspace not ready:" << ready.error;
        return nullptr;
    }
    return workspace;
}

QString TestE2eAccountFiles::writeFile(const QString& name, const QByteArray& content)
{
    const QString path = m_root.filePath(QStringLiteral("originals/") + name);
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
        qWarning() << "cannot write" << path;
    return path;
}

int TestE2eAccountFiles::blobStatus(const SessionInfo& session, const std::string& sha256)
{
    QNetworkRequest request(m_server.baseUrl().resolved(
        QUrl(QStringLiteral("/api/v1/blobs/") + QString::fromStdString(sha256))));
    request.setRawHeader("Authorization", "Bearer " + QByteArray::fromStdString(session.token));
    QNetworkReply* reply = m_network.get(request);
    QSignalSpy done(reply, &QNetworkReply::finished);
    if (!done.wait(10000))
        return 0;
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    reply->deleteLater();
    return status;
}

const AccountFile* TestE2eAccountFiles::findFile(const Workspace& workspace, const QString& id)
{
    const auto& files = workspace.catalog().files;
    const auto found = std::find_if(files.begin(), files.end(),
                                    [&](const AccountFile& file) { return QString::fromStdString(file.id) == id; });
    return found == files.end() ? nullptr : &*found;
}

void TestE2eAccountFiles::fileAddedOfflineReachesThoseWhoMaySeeIt()
{
    const SessionInfo annaSession = login(QStringLiteral("anna@acme.example"));
    const SessionInfo boSession = login(QStringLiteral("bo@acme.example"));
    const SessionInfo cecilieSession = login(QStringLiteral("cecilie@acme.example"));
    const SessionInfo dagSession = login(QStringLiteral("dag@nordic.example"));
    auto anna = openWorkspace(annaSession, QStringLiteral("anna"));
    auto bo = openWorkspace(boSession, QStringLiteral("bo"));
    auto cecilie = openWorkspace(cecilieSession, QStringLiteral("cecilie"));
    QVERIFY(anna && bo && cecilie);
    for (Workspace* w : {anna.get(), bo.get(), cecilie.get()})
        QVERIFY2(syncAndWait(*w).ok, "first sync");
    QCOMPARE(anna->currentAccount(), QStringLiteral("acme"));

    QByteArray content(2 * 1024 * 1024 + 5, '\0');
    for (int i = 0; i < content.size(); ++i)
        content[i] = static_cast<char>((i * 7) % 253);
    const QString original = writeFile(QStringLiteral("Odense floor plan.pdf"), content);
    const std::string sha256 = QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex().toStdString();

    // Offline: the file waits in the outbox, shown in the list as waiting.
    QVERIFY2(m_server.stop(), qPrintable(m_server.errorString()));
    AccountFileListModel annasList;
    annasList.follow(anna.get());
    const QStringList ids = anna->addAccountFiles(QStringLiteral("acme"), QStringLiteral("odense"), {original});
    QCOMPARE(ids.size(), 1);
    const QString id = ids.first();
    QTRY_COMPARE_WITH_TIMEOUT(anna->pendingCount(), 2, 10000);
    QCOMPARE(anna->outboxItems().at(0).kind, OutboxItem::Kind::Upload);
    QCOMPARE(anna->outboxItems().at(1).kind, OutboxItem::Kind::LinkAccountFile);
    QCOMPARE(anna->outboxItems().at(1).caseId, id);
    QCOMPARE(anna->outboxItems().at(0).caseId, id);
    QTRY_VERIFY_WITH_TIMEOUT(annasList.rowCount() >= 1, 5000);
    QCOMPARE(annasList.data(annasList.index(0, 0), AccountFileListModel::FileIdRole).toString(), id);
    QVERIFY(annasList.isPending(0));
    QCOMPARE(annasList.data(annasList.index(0, AccountFileListModel::Object)).toString(),
             QStringLiteral("Odense warehouse"));

    // Back online: uploaded, linked, and the catalog (its ETag moved) has the server's record.
    QVERIFY2(m_server.restart(), qPrintable(m_server.errorString()));
    anna->retryOutbox();
    QTRY_COMPARE_WITH_TIMEOUT(anna->pendingCount(), 0, 30000);
    QTRY_VERIFY_WITH_TIMEOUT(findFile(*anna, id) != nullptr, 10000);
    QVERIFY(!annasList.isPending(0));
    const AccountFile linked = *findFile(*anna, id);
    QCOMPARE(linked.object, std::string("odense"));
    QCOMPARE(linked.sha256, sha256);
    QCOMPARE(linked.size, qint64(content.size()));
    QCOMPARE(linked.addedBy, std::string("anna@acme.example"));
    QCOMPARE(linked.name, std::string("Odense floor plan.pdf"));
    QVERIFY2(syncAndWait(*anna).ok, "sync after the link");
    QVERIFY2(findFile(*anna, id) != nullptr, "the refetched catalog has it too");

    // Bo sees it after a sync and downloads it byte for byte.
    QVERIFY2(syncAndWait(*bo).ok, "bo's sync");
    QVERIFY2(findFile(*bo, id) != nullptr, "bo's catalog has the file");
    AttachmentFiles bosFiles(bo.get());
    QSignalSpy fetched(&bosFiles, &AttachmentFiles::fetched);
    QSignalSpy failed(&bosFiles, &AttachmentFiles::failed);
    const AccountFile& seen = *findFile(*bo, id);
    Attachment asAttachment;
    asAttachment.id = seen.id;
    asAttachment.name = seen.name;
    asAttachment.sha256 = seen.sha256;
    asAttachment.size = seen.size;
    asAttachment.mime = seen.mime;
    bosFiles.fetch(asAttachment);
    QTRY_COMPARE_WITH_TIMEOUT(fetched.count() + failed.count(), 1, 20000);
    QCOMPARE(fetched.count(), 1);
    QFile downloaded(fetched.first().at(1).toString());
    QVERIFY(downloaded.open(QIODevice::ReadOnly));
    QCOMPARE(downloaded.readAll(), content);
    QCOMPARE(blobStatus(boSession, sha256), 200);

    // Cecilie (Aarhus only) and Dag (another account) neither list it nor fetch it.
    QVERIFY2(syncAndWait(*cecilie).ok, "cecilie's sync");
    QVERIFY(findFile(*cecilie, id) == nullptr);
    QCOMPARE(blobStatus(cecilieSession, sha256), 404);
    QCOMPARE(blobStatus(dagSession, sha256), 404);

    // A second cache of Anna's still lists the file when she removes it from the first.
    auto annaElsewhere = openWorkspace(annaSession, QStringLiteral("anna-laptop"));
    QVERIFY(annaElsewhere);
    QVERIFY2(syncAndWait(*annaElsewhere).ok, "second cache's sync");
    QVERIFY(findFile(*annaElsewhere, id) != nullptr);

    // Bo listens for pushes: the removal reaches him without anyone asking him to sync.
    bo->setLiveUpdates(true);
    QTRY_VERIFY_WITH_TIMEOUT(bo->isLive(), 10000);
    QVERIFY(anna->removeAccountFile(id));
    QTRY_VERIFY_WITH_TIMEOUT(findFile(*anna, id) == nullptr, 10000);
    QTRY_COMPARE_WITH_TIMEOUT(anna->pendingCount(), 0, 10000);
    QTRY_VERIFY_WITH_TIMEOUT(findFile(*bo, id) == nullptr, 15000);
    QCOMPARE(blobStatus(boSession, sha256), 404);

    // The stale cache removes it again: 404, which is what it wanted.
    QSignalSpy outboxChanges(annaElsewhere.get(), &Workspace::outboxChanged);
    QVERIFY(annaElsewhere->removeAccountFile(id));
    QTRY_VERIFY_WITH_TIMEOUT(outboxChanges.count() >= 2, 10000); // queued, then done (not failed)
    QTRY_COMPARE_WITH_TIMEOUT(annaElsewhere->pendingCount(), 0, 10000);
    QVERIFY(findFile(*annaElsewhere, id) == nullptr);
}

void TestE2eAccountFiles::limitedMemberMayNotAdd()
{
    auto bo = openWorkspace(login(QStringLiteral("bo@acme.example")), QStringLiteral("bo-adds"));
    QVERIFY(bo);
    QVERIFY2(syncAndWait(*bo).ok, "first sync");
    const QString path = writeFile(QStringLiteral("payslips.csv"), "name;amount\nBo;100\n");
    bo->addAccountFiles(QStringLiteral("acme"), {}, {path});
    QTRY_VERIFY_WITH_TIMEOUT(std::any_of(bo->outboxItems().cbegin(), bo->outboxItems().cend(),
                                         [](const OutboxItem& item) {
                                             return item.kind == OutboxItem::Kind::LinkAccountFile
                                                 && item.state == OutboxItem::State::Failed;
                                         }),
                             20000);
    const OutboxItem refused = bo->outboxItems().constLast();
    QCOMPARE(refused.kind, OutboxItem::Kind::LinkAccountFile);
    QCOMPARE(refused.errorCode, QStringLiteral("forbidden"));
    QCOMPARE(OutboxModel::stateText(refused), QStringLiteral("Refused: you are not allowed to do this"));
    // Removing the refused file drops it (and nothing was linked on the server).
    QVERIFY(bo->removeAccountFile(refused.caseId));
    QTRY_COMPARE_WITH_TIMEOUT(bo->pendingCount(), 0, 5000);
}

void TestE2eAccountFiles::fileRemovedBeforeItIsSentNeverReachesTheServer()
{
    auto anna = openWorkspace(login(QStringLiteral("anna@acme.example")), QStringLiteral("anna-regrets"));
    QVERIFY(anna);
    QVERIFY2(syncAndWait(*anna).ok, "first sync");
    const QString path = writeFile(QStringLiteral("wrong payroll list.csv"), "name;salary\nAnna;1\n");

    // Added offline, then removed before it went anywhere: nothing is left to send, and
    // no link-then-unlink shows the file to the account in between.
    QVERIFY2(m_server.stop(), qPrintable(m_server.errorString()));
    const QString id = anna->addAccountFiles(QStringLiteral("acme"), {}, {path}).value(0);
    QTRY_COMPARE_WITH_TIMEOUT(anna->pendingCount(), 2, 10000);
    QVERIFY(anna->removeAccountFile(id));
    QTRY_COMPARE_WITH_TIMEOUT(anna->pendingCount(), 0, 10000);
    QVERIFY(anna->outboxItems().isEmpty());

    QVERIFY2(m_server.restart(), qPrintable(m_server.errorString()));
    auto erik = openWorkspace(login(QStringLiteral("erik@acme.example")), QStringLiteral("erik-regrets"));
    QVERIFY(erik);
    QVERIFY2(syncAndWait(*anna).ok, "anna's sync");
    QVERIFY2(syncAndWait(*erik).ok, "erik's sync");
    QVERIFY(findFile(*anna, id) == nullptr);
    QVERIFY(findFile(*erik, id) == nullptr);
}

QTEST_GUILESS_MAIN(TestE2eAccountFiles)
#include "tst_e2e_account_files.moc"
