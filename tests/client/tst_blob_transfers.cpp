// File transfers of the client library against the real server in-process
// (HttpTestServer on loopback): hashing off the GUI thread, uploads in one piece and in
// chunks, resume after a cancel, a restart and a cut connection, the server's 413 and
// 415 messages, a file that changes while it uploads, downloads with resume and hash
// checks, and hostile names that never become paths.

#include "ContentDisposition.h"
#include "CuttingRelay.h"
#include "HttpTestServer.h"

#include "caseport/Protocol.h"
#include "caseport/client/ApiFailure.h"
#include "caseport/client/BlobDownload.h"
#include "caseport/client/BlobUpload.h"
#include "caseport/client/FileHasher.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QNetworkAccessManager>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <filesystem>

using namespace caseport;
using namespace caseport::client;
using Kind = ApiFailure::Kind;

namespace {

constexpr int kWaitMs = 30000;
constexpr qint64 kChunk = 64 * 1024;

QByteArray randomBytes(qint64 size)
{
    QByteArray out(size, Qt::Uninitialized);
    QRandomGenerator::global()->fillRange(reinterpret_cast<quint32*>(out.data()),
                                          static_cast<qsizetype>(size / 4));
    for (qint64 i = size / 4 * 4; i < size; ++i)
        out[i] = static_cast<char>(QRandomGenerator::global()->bounded(256));
    return out;
}

QString sha256Of(const QByteArray& data)
{
    return QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex());
}

bool writeFile(const QString& path, const QByteArray& data)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(data) == data.size();
}

QByteArray readFile(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// Overwrites one byte in place (same size, other content).
bool flipByte(const QString& path, qint64 at)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadWrite) || !file.seek(at))
        return false;
    char c = 0;
    file.getChar(&c);
    file.seek(at);
    return file.putChar(static_cast<char>(c ^ 0x5A));
}

// The outcome of a BlobUpload or BlobDownload run.
struct Outcome {
    bool done = false; // an outcome arrived in time
    bool ok = false;
    QString value; // the sha256 (upload) or the file path (download)
    ApiFailure failure;
};

template <class Transfer, class Starter>
Outcome runTransfer(Transfer& transfer, Starter start)
{
    QSignalSpy finished(&transfer, &Transfer::finished);
    QSignalSpy failed(&transfer, &Transfer::failed);
    Outcome outcome;
    if (!start())
        return outcome;
    outcome.done = QTest::qWaitFor([&] { return !finished.isEmpty() || !failed.isEmpty(); }, kWaitMs);
    if (!finished.isEmpty()) {
        outcome.ok = true;
        outcome.value = finished.first().first().toString();
    } else if (!failed.isEmpty()) {
        outcome.failure = failed.first().first().value<ApiFailure>();
    }
    return outcome;
}

} // namespace

class TestBlobTransfers : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void cleanup();

    void hashInBlocksWithProgress();
    void hashCancelAndMissingFile();
    void uploadSmallFile();
    void uploadInChunks();
    void resumeAfterCancelAndRestart();
    void resumeAfterCutConnection();
    void tooLargeShowsServerMessage();
    void refusedTypeShowsServerMessage();
    void fileChangedOnceStartsOver();
    void fileChangingAgainFails();
    void downloadWhole();
    void downloadResumesFromPart();
    void downloadCancelKeepsPart();
    void badPartIsFetchedAgain();
    void damagedBlobFails();
    void downloadDeniedLooksMissing();
    void contentDispositionNames_data();
    void contentDispositionNames();
    void hostileNameNeverAPath();

private:
    [[nodiscard]] QUrl serverUrl()
    {
        return QUrl(QStringLiteral("http://%1:%2")
                        .arg(QString::fromStdString(m_server.client().host()))
                        .arg(m_server.client().port()));
    }
    [[nodiscard]] QString token(const std::string& raw) const { return QString::fromStdString(raw); }
    // A new file of `size` random bytes in the temp dir.
    QString makeFile(const QString& name, qint64 size)
    {
        const QString path = m_dir.filePath(name);
        return writeFile(path, randomBytes(size)) ? path : QString();
    }
    // HEAD: the Upload-Offset the server reports to anna, -1 for 404.
    qint64 serverOffset(const QString& sha)
    {
        HttpCall call;
        call.method = "HEAD";
        call.path = std::string(protocol::kBlobsPath) + "/" + sha.toStdString();
        call.token = m_server.anna;
        const HttpReply reply = m_server.client().send(call);
        return reply.status == 200 ? std::stoll(reply.header("upload-offset")) : -1;
    }
    // Uploads `path` as anna through the client library; its sha256 or "".
    QString uploadAsAnna(const QString& path)
    {
        BlobUpload upload(&m_network, serverUrl(), token(m_server.anna));
        const Outcome o = runTransfer(upload, [&] { return upload.start(path); });
        return o.ok ? o.value : QString();
    }
    // A case of anna's with one attachment of blob `sha` named `name`; false on failure.
    bool attach(const QString& sha, qint64 size, const std::string& name)
    {
        const std::string id = QUuid::createUuid().toString(QUuid::WithoutBraces).toStdString();
        const std::string attachment = codec::dump(codec::Json{
            {"id", QUuid::createUuid().toString(QUuid::WithoutBraces).toStdString()},
            {"name", name},
            {"sha256", sha.toStdString()},
            {"size", size},
            {"mime", "application/pdf"}});
        const HttpReply reply = m_server.client().post(
            "/api/v1/cases", newCaseJson(id, "acme", "payroll", ",\"attachments\":[" + attachment + "]"),
            m_server.anna);
        if (reply.status != 201)
            qWarning("create case: %d %s", reply.status, reply.body.c_str());
        return reply.status == 201;
    }
    // An uploaded, attached blob of `size` bytes; its content.
    QByteArray attachedBlob(qint64 size, QString* sha)
    {
        const QString path = makeFile(QStringLiteral("attached-%1").arg(++m_files), size);
        *sha = uploadAsAnna(path);
        return !sha->isEmpty() && attach(*sha, size, "report.pdf") ? readFile(path) : QByteArray();
    }

    HttpTestServer m_server;
    QNetworkAccessManager m_network;
    QTemporaryDir m_dir;
    caseport::server::FileSettings m_defaultFiles;
    int m_files = 0;
};

void TestBlobTransfers::initTestCase()
{
    qRegisterMetaType<ApiFailure>();
    QVERIFY(m_dir.isValid());
    QVERIFY(m_server.start());
    m_defaultFiles = m_server.config().files;
}

void TestBlobTransfers::cleanupTestCase()
{
    m_server.stop();
}

void TestBlobTransfers::cleanup()
{
    m_server.reconfigure([this](caseport::server::Config& c) { c.files = m_defaultFiles; });
}

void TestBlobTransfers::hashInBlocksWithProgress()
{
    const QByteArray data = randomBytes(40 * 1024 * 1024 + 123); // several progress steps
    const QString path = m_dir.filePath(QStringLiteral("hash.bin"));
    QVERIFY(writeFile(path, data));
    FileHasher hasher;
    QSignalSpy progress(&hasher, &FileHasher::progress);
    QSignalSpy finished(&hasher, &FileHasher::finished);
    QVERIFY(hasher.start(path));
    QVERIFY(!hasher.start(path)); // one at a time
    QVERIFY(finished.wait(kWaitMs));
    QCOMPARE(finished.first().at(0).toString(), sha256Of(data));
    QCOMPARE(finished.first().at(1).toLongLong(), data.size());
    QVERIFY(progress.size() >= 3);
    QCOMPARE(progress.last().at(0).toLongLong(), data.size());
    QVERIFY(!hasher.isRunning());
}

void TestBlobTransfers::hashCancelAndMissingFile()
{
    const QString path = makeFile(QStringLiteral("cancel.bin"), 8 * 1024 * 1024);
    FileHasher hasher;
    QSignalSpy finished(&hasher, &FileHasher::finished);
    QSignalSpy failed(&hasher, &FileHasher::failed);
    QVERIFY(hasher.start(path));
    hasher.cancel();
    QCOMPARE(failed.size(), 1);
    QCOMPARE(failed.first().at(1).toBool(), true);
    QVERIFY(!hasher.isRunning());

    QVERIFY(hasher.start(m_dir.filePath(QStringLiteral("no-such-file"))));
    QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 2, kWaitMs);
    QCOMPARE(failed.last().at(1).toBool(), false);
    QVERIFY(failed.last().at(0).toString().contains(QStringLiteral("no-such-file")));
    QVERIFY(finished.isEmpty()); // the cancelled run's result never arrives
}

void TestBlobTransfers::uploadSmallFile()
{
    const QString path = makeFile(QStringLiteral("small.pdf"), 100'000);
    const QString sha = sha256Of(readFile(path));
    BlobUpload upload(&m_network, serverUrl(), token(m_server.anna));
    QSignalSpy hashing(&upload, &BlobUpload::hashProgress);
    const Outcome o = runTransfer(upload, [&] {
        return upload.start(path, {}, QStringLiteral("application/pdf"), QStringLiteral("small.pdf"));
    });
    QVERIFY(o.done);
    QVERIFY2(o.ok, qPrintable(o.failure.message));
    QCOMPARE(o.value, sha);
    QCOMPARE(upload.size(), 100'000);
    QVERIFY(!hashing.isEmpty());
    QCOMPARE(serverOffset(sha), 100'000);

    // Again: HEAD says the server has it, nothing is sent.
    BlobUpload again(&m_network, serverUrl(), token(m_server.anna));
    const Outcome second = runTransfer(again, [&] { return again.start(path, sha); });
    QVERIFY(second.ok);
    QCOMPARE(again.bytesSent(), 0);
}

void TestBlobTransfers::uploadInChunks()
{
    const qint64 size = 10 * kChunk + 1000;
    const QString path = makeFile(QStringLiteral("chunks.bin"), size);
    BlobUpload upload(&m_network, serverUrl(), token(m_server.anna));
    upload.setChunkSize(kChunk);
    QSignalSpy progress(&upload, &BlobUpload::progress);
    const Outcome o = runTransfer(upload, [&] { return upload.start(path); });
    QVERIFY2(o.ok, qPrintable(o.failure.message));
    QCOMPARE(upload.bytesSent(), size); // every byte once
    QCOMPARE(serverOffset(o.value), size);
    QVERIFY(progress.size() >= 11);
    QCOMPARE(progress.last().at(0).toLongLong(), size);
    QCOMPARE(progress.last().at(1).toLongLong(), size);
}

void TestBlobTransfers::resumeAfterCancelAndRestart()
{
    const qint64 size = 40 * kChunk;
    const QString path = makeFile(QStringLiteral("resume.bin"), size);
    const QString sha = sha256Of(readFile(path));
    auto first = std::make_unique<BlobUpload>(&m_network, serverUrl(), token(m_server.anna));
    first->setChunkSize(kChunk);
    connect(first.get(), &BlobUpload::progress, first.get(), [&first, size](qint64 done, qint64) {
        if (done >= size / 2)
            first->cancel();
    });
    const Outcome cancelled = runTransfer(*first, [&] { return first->start(path, sha); });
    QVERIFY(cancelled.done);
    QCOMPARE(cancelled.failure.kind, Kind::Cancelled);
    const qint64 sentBefore = first->bytesSent();
    first.reset(); // "the program ends"

    // The server kept what arrived (a cut chunk too, once its request has ended).
    QTRY_VERIFY_WITH_TIMEOUT(serverOffset(sha) >= size / 2 - kChunk, kWaitMs);
    const qint64 held = serverOffset(sha);
    QVERIFY(held < size);

    BlobUpload second(&m_network, serverUrl(), token(m_server.anna));
    second.setChunkSize(kChunk);
    const Outcome o = runTransfer(second, [&] { return second.start(path, sha); });
    QVERIFY2(o.ok, qPrintable(o.failure.message));
    QCOMPARE(o.value, sha);
    QVERIFY(second.resumedFrom() >= held);
    QCOMPARE(second.bytesSent(), size - second.resumedFrom()); // only the rest
    // Nothing beyond the chunk in flight at the cancel was sent twice.
    QVERIFY(sentBefore + second.bytesSent() - size <= kChunk);
    QCOMPARE(serverOffset(sha), size);
}

void TestBlobTransfers::resumeAfterCutConnection()
{
    const qint64 size = 20 * kChunk;
    const QString path = makeFile(QStringLiteral("cut.bin"), size);
    CuttingRelay relay(QString::fromStdString(m_server.client().host()), m_server.client().port());
    QVERIFY(relay.listen());
    relay.cutAfter(size / 2); // counted with headers: in the middle of the file
    BlobUpload upload(&m_network, relay.url(), token(m_server.anna));
    upload.setChunkSize(4 * kChunk);
    const Outcome o = runTransfer(upload, [&] { return upload.start(path); });
    QVERIFY(relay.hasCut());
    QVERIFY2(o.ok, qPrintable(o.failure.message));
    QCOMPARE(serverOffset(o.value), size);
    // Only (part of) the chunk in flight went twice; the server told where to go on
    // (HEAD, or the 409 to a resent chunk). Bytes counted on the wire, headers included.
    QVERIFY(relay.bytesUp() < size + 4 * kChunk + 16 * 1024);
}

void TestBlobTransfers::tooLargeShowsServerMessage()
{
    m_server.reconfigure([](caseport::server::Config& c) { c.files.maxFileBytes = 1000; });
    const QString path = makeFile(QStringLiteral("big.pdf"), 5000);
    BlobUpload upload(&m_network, serverUrl(), token(m_server.anna));
    const Outcome o = runTransfer(upload, [&] { return upload.start(path); });
    QVERIFY(o.done && !o.ok);
    QCOMPARE(o.failure.kind, Kind::Rejected);
    QCOMPARE(o.failure.httpStatus, 413);
    QCOMPARE(o.failure.errorCode, QStringLiteral("payload_too_large"));
    QVERIFY2(o.failure.message.contains(QStringLiteral("1000")), qPrintable(o.failure.message));
    QCOMPARE(serverOffset(upload.sha256()), -1); // nothing kept
}

void TestBlobTransfers::refusedTypeShowsServerMessage()
{
    const QString path = makeFile(QStringLiteral("setup.bin"), 3000);
    BlobUpload byType(&m_network, serverUrl(), token(m_server.anna));
    const Outcome o = runTransfer(byType, [&] {
        return byType.start(path, {}, QStringLiteral("application/x-msdownload"));
    });
    QCOMPARE(o.failure.httpStatus, 415);
    QCOMPARE(o.failure.errorCode, QStringLiteral("unsupported_media_type"));
    QVERIFY2(o.failure.message.contains(QStringLiteral("application/x-msdownload")),
             qPrintable(o.failure.message));

    BlobUpload byName(&m_network, serverUrl(), token(m_server.anna));
    const Outcome named = runTransfer(byName, [&] {
        return byName.start(path, {}, {}, QStringLiteral("Løn setup.exe"));
    });
    QCOMPARE(named.failure.httpStatus, 415);
    QVERIFY2(named.failure.message.contains(QStringLiteral("Løn setup.exe")), qPrintable(named.failure.message));
    QCOMPARE(serverOffset(byName.sha256()), -1);
}

void TestBlobTransfers::fileChangedOnceStartsOver()
{
    const qint64 size = 8 * kChunk;
    const QString path = makeFile(QStringLiteral("changing.bin"), size);
    const QString before = sha256Of(readFile(path));
    BlobUpload upload(&m_network, serverUrl(), token(m_server.anna));
    upload.setChunkSize(kChunk);
    bool changed = false;
    connect(&upload, &BlobUpload::progress, this, [&](qint64 done, qint64) {
        if (!changed && done >= 2 * kChunk)
            changed = flipByte(path, size - 10); // a part not sent yet
    });
    const Outcome o = runTransfer(upload, [&] { return upload.start(path); });
    QVERIFY(changed);
    QVERIFY2(o.ok, qPrintable(o.failure.message));
    const QString after = sha256Of(readFile(path));
    QVERIFY(after != before);
    QCOMPARE(o.value, after); // the file as it is now, under its new name
    QCOMPARE(serverOffset(after), size);
    QCOMPARE(serverOffset(before), -1); // the mismatching upload was dropped
}

void TestBlobTransfers::fileChangingAgainFails()
{
    const qint64 size = 8 * kChunk;
    const QString path = makeFile(QStringLiteral("restless.bin"), size);
    BlobUpload upload(&m_network, serverUrl(), token(m_server.anna));
    upload.setChunkSize(kChunk);
    int changes = 0;
    bool armed = true; // once per attempt: progress goes back to 0 on the restart
    connect(&upload, &BlobUpload::progress, this, [&](qint64 done, qint64) {
        if (done == 0)
            armed = true;
        else if (armed && done >= 2 * kChunk && flipByte(path, size - 10 - changes)) {
            armed = false;
            ++changes;
        }
    });
    const Outcome o = runTransfer(upload, [&] { return upload.start(path); });
    QVERIFY(o.done && !o.ok);
    QCOMPARE(changes, 2);
    QCOMPARE(o.failure.kind, Kind::Rejected);
    QCOMPARE(o.failure.httpStatus, 422);
    QCOMPARE(o.failure.field, QStringLiteral("sha256"));
    QVERIFY(o.failure.message.contains(QStringLiteral("changed")));
}

void TestBlobTransfers::downloadWhole()
{
    QString sha;
    const QByteArray data = attachedBlob(300'000, &sha);
    QVERIFY(!data.isEmpty());
    const QString folder = m_dir.filePath(QStringLiteral("dl-whole"));
    BlobDownload download(&m_network, serverUrl(), token(m_server.anna));
    QSignalSpy progress(&download, &BlobDownload::progress);
    const Outcome o = runTransfer(download, [&] { return download.start(sha, folder); });
    QVERIFY2(o.ok, qPrintable(o.failure.message));
    QCOMPARE(o.value, QDir(folder).filePath(sha)); // named by its hash when no name is given
    QVERIFY(readFile(o.value) == data);
    QVERIFY(!QFile::exists(download.partPath()));
    QCOMPARE(download.bytesReceived(), data.size());
    QCOMPARE(download.suggestedFileName(), QStringLiteral("report.pdf"));
    QVERIFY(!progress.isEmpty());
    QCOMPARE(progress.last().at(0).toLongLong(), data.size());
}

void TestBlobTransfers::downloadResumesFromPart()
{
    QString sha;
    const QByteArray data = attachedBlob(500'000, &sha);
    QVERIFY(!data.isEmpty());
    const QString folder = m_dir.filePath(QStringLiteral("dl-resume"));
    QVERIFY(QDir().mkpath(folder));
    const qint64 half = 200'000;
    QVERIFY(writeFile(QDir(folder).filePath(QStringLiteral("report.pdf.part")), data.left(half)));
    BlobDownload download(&m_network, serverUrl(), token(m_server.anna));
    const Outcome o = runTransfer(download, [&] {
        return download.start(sha, folder, QStringLiteral("report.pdf"));
    });
    QVERIFY2(o.ok, qPrintable(o.failure.message));
    QCOMPARE(download.resumedFrom(), half);
    QCOMPARE(download.bytesReceived(), data.size() - half); // only the rest came
    QVERIFY(readFile(QDir(folder).filePath(QStringLiteral("report.pdf"))) == data);
}

void TestBlobTransfers::downloadCancelKeepsPart()
{
    QString sha;
    const QByteArray data = attachedBlob(8 * 1024 * 1024, &sha);
    QVERIFY(!data.isEmpty());
    const QString folder = m_dir.filePath(QStringLiteral("dl-cancel"));
    BlobDownload download(&m_network, serverUrl(), token(m_server.anna));
    connect(&download, &BlobDownload::progress, &download, [&download](qint64 done, qint64) {
        if (done > 0)
            download.cancel();
    });
    const Outcome cancelled = runTransfer(download, [&] { return download.start(sha, folder); });
    QCOMPARE(cancelled.failure.kind, Kind::Cancelled);
    const qint64 kept = QFileInfo(download.partPath()).size();
    QVERIFY(kept > 0 && kept < data.size());
    QVERIFY(!QFile::exists(download.filePath()));

    BlobDownload again(&m_network, serverUrl(), token(m_server.anna));
    const Outcome o = runTransfer(again, [&] { return again.start(sha, folder); });
    QVERIFY2(o.ok, qPrintable(o.failure.message));
    QCOMPARE(again.resumedFrom(), kept);
    QCOMPARE(again.bytesReceived(), data.size() - kept);
    QVERIFY(readFile(o.value) == data);
}

void TestBlobTransfers::badPartIsFetchedAgain()
{
    QString sha;
    const QByteArray data = attachedBlob(300'000, &sha);
    QVERIFY(!data.isEmpty());
    const QString folder = m_dir.filePath(QStringLiteral("dl-bad-part"));
    QVERIFY(QDir().mkpath(folder));
    const qint64 half = 150'000;
    QVERIFY(writeFile(QDir(folder).filePath(sha + QStringLiteral(".part")), randomBytes(half)));
    BlobDownload download(&m_network, serverUrl(), token(m_server.anna));
    const Outcome o = runTransfer(download, [&] { return download.start(sha, folder); });
    QVERIFY2(o.ok, qPrintable(o.failure.message));
    QCOMPARE(download.bytesReceived(), data.size() - half + data.size()); // the rest, then all
    QVERIFY(readFile(o.value) == data);
}

void TestBlobTransfers::damagedBlobFails()
{
    QString sha;
    const QByteArray data = attachedBlob(100'000, &sha);
    QVERIFY(!data.isEmpty());
    // Bit rot on the server's disk: the content no longer hashes to its name.
    const std::string stored = m_server.dataDir() + "/blobs/" + sha.left(2).toStdString() + "/" + sha.toStdString();
    std::filesystem::permissions(stored, std::filesystem::perms::owner_write, std::filesystem::perm_options::add);
    QVERIFY(flipByte(QString::fromStdString(stored), 5000));
    const QString folder = m_dir.filePath(QStringLiteral("dl-damaged"));
    BlobDownload download(&m_network, serverUrl(), token(m_server.anna));
    const Outcome o = runTransfer(download, [&] { return download.start(sha, folder); });
    QVERIFY(o.done && !o.ok);
    QCOMPARE(o.failure.kind, Kind::Protocol);
    QVERIFY(o.failure.message.contains(sha));
    QVERIFY(!QFile::exists(download.filePath()));
    QVERIFY(!QFile::exists(download.partPath()));
}

void TestBlobTransfers::downloadDeniedLooksMissing()
{
    QString sha;
    QVERIFY(!attachedBlob(2000, &sha).isEmpty());
    BlobDownload download(&m_network, serverUrl(), token(m_server.dag)); // nordic, not acme
    const Outcome o = runTransfer(download, [&] {
        return download.start(sha, m_dir.filePath(QStringLiteral("dl-denied")));
    });
    QVERIFY(o.done && !o.ok);
    QCOMPARE(o.failure.httpStatus, 404);
    QCOMPARE(o.failure.errorCode, QStringLiteral("not_found"));
    QVERIFY(!QFile::exists(download.filePath()));
}

void TestBlobTransfers::contentDispositionNames_data()
{
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<QString>("name");
    QTest::newRow("plain") << QByteArray("attachment; filename=\"a.pdf\"") << QStringLiteral("a.pdf");
    QTest::newRow("utf8 wins") << QByteArray("attachment; filename=\"L_n.pdf\"; filename*=UTF-8''L%C3%B8n.pdf")
                               << QStringLiteral("Løn.pdf");
    QTest::newRow("token") << QByteArray("attachment; filename=plain.txt") << QStringLiteral("plain.txt");
    QTest::newRow("traversal") << QByteArray("attachment; filename=\"../../etc/passwd\"")
                               << QStringLiteral("passwd");
    QTest::newRow("encoded traversal") << QByteArray("attachment; filename*=UTF-8''..%2F..%2F.bashrc")
                                       << QStringLiteral(".bashrc");
    QTest::newRow("backslashes") << QByteArray("attachment; filename=\"..\\\\..\\\\win.ini\"")
                                 << QStringLiteral("win.ini");
    QTest::newRow("device") << QByteArray("attachment; filename=\"CON.txt\"") << QStringLiteral("_CON.txt");
    QTest::newRow("control") << QByteArray("attachment; filename*=UTF-8''a%0Ab%00c.pdf")
                             << QStringLiteral("abc.pdf");
    QTest::newRow("dots") << QByteArray("attachment; filename=\"..\"") << QStringLiteral("file");
    QTest::newRow("none") << QByteArray("inline") << QString();
}

void TestBlobTransfers::contentDispositionNames()
{
    QFETCH(QByteArray, header);
    QFETCH(QString, name);
    QCOMPARE(fileNameFromContentDisposition(header), name);
}

void TestBlobTransfers::hostileNameNeverAPath()
{
    const QString path = makeFile(QStringLiteral("hostile.pdf"), 4000);
    const QString sha = uploadAsAnna(path);
    QVERIFY(!sha.isEmpty());
    const std::string hostile = "../../escape\u202Efdp.exe.pdf";
    QVERIFY(attach(sha, 4000, hostile));
    const QString root = m_dir.filePath(QStringLiteral("dl-hostile"));
    const QString folder = QDir(root).filePath(QStringLiteral("a/b"));

    // The name the attachment carries, as a caller might pass it: stays in the folder.
    BlobDownload named(&m_network, serverUrl(), token(m_server.anna));
    const Outcome o = runTransfer(named, [&] {
        return named.start(sha, folder, QString::fromStdString(hostile));
    });
    QVERIFY2(o.ok, qPrintable(o.failure.message));
    QCOMPARE(QFileInfo(o.value).absolutePath(), QDir(folder).absolutePath());
    QVERIFY(!QFileInfo(o.value).fileName().contains(QChar(0x202E)));
    QVERIFY(!QDir(root).exists(QStringLiteral("escape")));
    QVERIFY(!named.suggestedFileName().contains(QLatin1Char('/')));
    QVERIFY(!named.suggestedFileName().contains(QChar(0x202E)));
    QVERIFY(named.suggestedFileName().startsWith(QStringLiteral("escape")));

    // Without a name: the hash, whatever the server suggests.
    BlobDownload plain(&m_network, serverUrl(), token(m_server.anna));
    const Outcome p = runTransfer(plain, [&] { return plain.start(sha, folder); });
    QVERIFY(p.ok);
    QCOMPARE(p.value, QDir(folder).filePath(sha));
    QCOMPARE(QDir(root).entryList(QDir::NoDotAndDotDot | QDir::AllEntries), QStringList{QStringLiteral("a")});
}

QTEST_GUILESS_MAIN(TestBlobTransfers)
#include "tst_blob_transfers.moc"
