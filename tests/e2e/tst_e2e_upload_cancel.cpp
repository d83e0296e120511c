// End to end: cancelling a file of the outbox while it is uploaded, with the real
// caseportd. The upload stops in flight, its outbox item waits as Paused (not failed,
// not lost) and its case waits behind it while a sync goes by; the server keeps what
// arrived. "Send now" resumes the upload from there and the case is filed with the file.

#include "caseport/Protocol.h"
#include "caseport/client/OutboxModel.h"
#include "caseport/client/Workspace.h"
#include "caseport/testsupport/CaseportdProcess.h"
#include "caseport/testsupport/ClientHelpers.h"

#include <QCryptographicHash>
#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace caseport;
using namespace caseport::client;
using namespace caseport::testsupport;

class TestE2eUploadCancel : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void cancelledUploadPausesAndResumes();
    void cancelOfNoRunningUploadChangesNothing();

private:
    // HEAD /api/v1/blobs/{sha256}: the Upload-Offset the server reports, -1 on 404.
    qint64 serverOffset(const SessionInfo& session, const QString& sha256);

    QNetworkAccessManager m_network;
    CaseportdProcess m_server;
    QTemporaryDir m_dir;
};

void TestE2eUploadCancel::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
}

void TestE2eUploadCancel::cleanupTestCase()
{
    QVERIFY2(m_server.stop(), qPrintable(m_server.errorString()));
}

qint64 TestE2eUploadCancel::serverOffset(const SessionInfo& session, const QString& sha256)
{
    QUrl url = m_server.baseUrl();
    url.setPath(QString::fromLatin1(protocol::kBlobsPath) + QLatin1Char('/') + sha256);
    QNetworkRequest request(url);
    request.setRawHeader("Authorization", "Bearer " + QByteArray::fromStdString(session.token));
    QNetworkReply* reply = m_network.head(request);
    QSignalSpy done(reply, &QNetworkReply::finished);
    if (!done.wait(10000))
        return -2;
    reply->deleteLater();
    if (reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() != 200)
        return -1;
    return reply->rawHeader(protocol::kUploadOffsetHeader).toLongLong();
}

void TestE2eUploadCancel::cancelledUploadPausesAndResumes()
{
    const LoginOutcome login = loginAndWait(&m_network, m_server.baseUrl(), QStringLiteral("anna@acme.example"),
                                            QStringLiteral("demo"));
    QVERIFY2(login.ok, qPrintable(login.error));
    Workspace anna(&m_network, m_server.baseUrl(), login.session, m_dir.filePath(QStringLiteral("anna")));
    QVERIFY(waitForReady(anna).ok);
    QVERIFY(syncAndWait(anna).ok);

    // Several 8 MiB chunks, so the cancel meets the upload between its first and last.
    QByteArray content(40 * 1024 * 1024 + 5, '\0');
    for (qsizetype i = 0; i < content.size(); ++i)
        content[i] = static_cast<char>((i * 131) % 253);
    const QString sha256 = QString::fromLatin1(QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex());
    const QString path = m_dir.filePath(QStringLiteral("ledger.pdf"));
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QCOMPARE(file.write(content), content.size());
    }

    // Cancel once the server has a whole chunk and more is on its way.
    qint64 cancelledSeq = 0;
    bool cancelAnswered = false;
    connect(&anna, &Workspace::outboxUploadProgress, this,
            [&](qint64 seq, const QString&, qint64 done, qint64 total) {
                if (cancelledSeq == 0 && done > 9 * 1024 * 1024 && done < total) {
                    cancelledSeq = seq;
                    cancelAnswered = anna.cancelUpload(seq);
                }
            });
    QSignalSpy ended(&anna, &Workspace::outboxUploadEnded);
    caseport::NewCase draft;
    draft.product = "payroll";
    draft.subject = "The ledger, cancelled halfway";
    const QString caseId = anna.submitCase(draft, {path});

    QTRY_VERIFY_WITH_TIMEOUT(cancelledSeq != 0, 60000);
    QVERIFY(cancelAnswered);
    QTRY_VERIFY_WITH_TIMEOUT(!anna.outboxItems().isEmpty()
                                 && anna.outboxItems().first().state == OutboxItem::State::Paused,
                             10000);
    QVERIFY(!ended.isEmpty());
    QCOMPARE(ended.last().at(0).toLongLong(), cancelledSeq);
    const OutboxItem paused = anna.outboxItems().first();
    QCOMPARE(paused.seq, cancelledSeq);
    QCOMPARE(paused.kind, OutboxItem::Kind::Upload);
    QCOMPARE(OutboxModel::stateText(paused), QStringLiteral("Paused — Send now to resume"));
    QCOMPARE(anna.outboxItems().size(), 2); // the case waits behind its file
    QCOMPARE(anna.outboxItems().at(1).state, OutboxItem::State::Pending);
    QVERIFY(QFile::exists(paused.filePath)); // the staged copy stays for the resume

    // The server kept what arrived; a sync goes by without touching the paused upload.
    const qint64 kept = serverOffset(login.session, sha256);
    QVERIFY2(kept >= 8 * 1024 * 1024 && kept < content.size(), qPrintable(QString::number(kept)));
    QVERIFY(syncAndWait(anna).ok);
    QCOMPARE(anna.outboxItems().size(), 2);
    QCOMPARE(anna.outboxItems().first().state, OutboxItem::State::Paused);

    // Send now: the upload goes on from where the server stands, then the case.
    QSignalSpy progress(&anna, &Workspace::outboxUploadProgress);
    QSignalSpy submitted(&anna, &Workspace::caseSubmitted);
    anna.retryOutbox();
    QTRY_COMPARE_WITH_TIMEOUT(submitted.count(), 1, 60000);
    QCOMPARE(QString::fromStdString(submitted.first().at(0).value<Case>().id), caseId);
    QVERIFY(!progress.isEmpty());
    QVERIFY2(progress.first().at(2).toLongLong() >= kept, "resumed, not started over");
    QTRY_COMPARE_WITH_TIMEOUT(anna.pendingCount(), 0, 5000);
    QCOMPARE(serverOffset(login.session, sha256), qint64(content.size()));
}

void TestE2eUploadCancel::cancelOfNoRunningUploadChangesNothing()
{
    const LoginOutcome login = loginAndWait(&m_network, m_server.baseUrl(), QStringLiteral("anna@acme.example"),
                                            QStringLiteral("demo"));
    QVERIFY2(login.ok, qPrintable(login.error));
    Workspace anna(&m_network, m_server.baseUrl(), login.session, m_dir.filePath(QStringLiteral("anna2")));
    QVERIFY(waitForReady(anna).ok);
    QVERIFY(!anna.cancelUpload(1));
    QVERIFY(!anna.cancelUpload(0));
}

QTEST_GUILESS_MAIN(TestE2eUploadCancel)
#include "tst_e2e_upload_cancel.moc"
