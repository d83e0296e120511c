// The blob store on a temp dir (partial files, resume, verification, completion,
// one upload per blob and uploader), SHA-256 against known vectors, and the byte-range
// headers of uploads and downloads.

#include "blob/BlobStore.h"
#include "blob/Sha256.h"
#include "http/ByteRanges.h"

#include <QCryptographicHash>
#include <QDir>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <filesystem>
#include <fstream>
#include <memory>

using namespace caseport::server;
namespace fs = std::filesystem;

namespace {

std::string randomBytes(std::size_t size)
{
    std::string out(size, '\0');
    for (char& c : out)
        c = static_cast<char>(QRandomGenerator::global()->bounded(256));
    return out;
}

std::string sha256Of(const std::string& data)
{
    return QCryptographicHash::hash(QByteArray::fromStdString(data), QCryptographicHash::Sha256)
        .toHex()
        .toStdString();
}

std::string readFile(const fs::path& path)
{
    std::ifstream in(path, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

std::size_t filesUnder(const fs::path& dir)
{
    std::size_t count = 0;
    for (const auto& entry : fs::recursive_directory_iterator(dir))
        count += entry.is_regular_file() ? 1 : 0;
    return count;
}

} // namespace

class TestBlobStore : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void sha256KnownVectors();
    void names();
    void uploadInOnePiece();
    void resumeAcrossUploads();
    void restartDropsWhatArrived();
    void mismatchDropsTheContent();
    void storedOnceForEveryUploader();
    void oneUploadPerBlobAndUploader();
    void partialsAreSeparatePerUploader();
    void emptyBlob();
    void contentRange_data();
    void contentRange();
    void range_data();
    void range();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<BlobStore> m_blobs;
    fs::path m_root;
};

void TestBlobStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_blobs = std::make_unique<BlobStore>(m_dir->path().toStdString());
    m_root = fs::path(m_dir->path().toStdString()) / "blobs";
    QVERIFY(fs::is_directory(m_root / "partial"));
}

void TestBlobStore::cleanup()
{
    m_blobs.reset();
    m_dir.reset();
}

void TestBlobStore::sha256KnownVectors()
{
    QCOMPARE(Sha256::hex(""),
             std::string("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"));
    QCOMPARE(Sha256::hex("abc"),
             std::string("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"));
    const std::string data = randomBytes(100'000);
    Sha256 pieces;
    pieces.update(data.data(), 1);
    pieces.update(data.data() + 1, 65'536);
    pieces.update(data.data() + 65'537, data.size() - 65'537);
    QCOMPARE(pieces.finishHex(), sha256Of(data));
}

void TestBlobStore::names()
{
    QVERIFY(BlobStore::isName(std::string(64, 'a')));
    QVERIFY(BlobStore::isName(sha256Of("x")));
    QVERIFY(!BlobStore::isName(std::string(64, 'A'))); // lower case only
    QVERIFY(!BlobStore::isName(std::string(63, 'a')));
    QVERIFY(!BlobStore::isName(std::string(65, 'a')));
    QVERIFY(!BlobStore::isName("../" + std::string(61, 'a')));
    QVERIFY(!BlobStore::isName(std::string(64, 'g')));
    QCOMPARE(BlobStore::uploaderKey("anna@acme.example").size(), std::size_t(16));
    QVERIFY(BlobStore::uploaderKey("anna@acme.example") != BlobStore::uploaderKey("bo@acme.example"));
}

void TestBlobStore::uploadInOnePiece()
{
    const std::string data = randomBytes(300'000);
    const std::string sha = sha256Of(data);
    QVERIFY(!m_blobs->completeSize(sha));
    QVERIFY(!m_blobs->partialSize(sha, "anna"));
    {
        auto upload = m_blobs->openUpload(sha, "anna");
        QVERIFY(upload);
        QCOMPARE(upload->offset(), std::int64_t(0));
        upload->append(data.data(), data.size());
        QCOMPARE(upload->offset(), std::int64_t(data.size()));
        QCOMPARE(m_blobs->partialSize(sha, "anna"), std::optional<std::int64_t>(data.size()));
        QVERIFY(!m_blobs->completeSize(sha)); // nothing refers to a partial file
        QCOMPARE(upload->complete(), BlobUpload::Completion::Stored);
    }
    QCOMPARE(m_blobs->completeSize(sha), std::optional<std::int64_t>(data.size()));
    QVERIFY(!m_blobs->partialSize(sha, "anna"));
    const fs::path path = m_blobs->pathOf(sha);
    QCOMPARE(path, m_root / sha.substr(0, 2) / sha);
    QCOMPARE(readFile(path), data);
    QCOMPARE(filesUnder(m_root / "partial"), std::size_t(0));
}

void TestBlobStore::resumeAcrossUploads()
{
    const std::string data = randomBytes(200'000);
    const std::string sha = sha256Of(data);
    {
        auto first = m_blobs->openUpload(sha, "anna");
        first->append(data.data(), 70'000);
        first->sync();
    } // the connection went away: what arrived stays
    QCOMPARE(m_blobs->partialSize(sha, "anna"), std::optional<std::int64_t>(70'000));
    auto second = m_blobs->openUpload(sha, "anna");
    QVERIFY(second);
    QCOMPARE(second->offset(), std::int64_t(70'000));
    second->append(data.data() + 70'000, data.size() - 70'000);
    QCOMPARE(second->complete(), BlobUpload::Completion::Stored);
    QCOMPARE(readFile(m_blobs->pathOf(sha)), data);
}

void TestBlobStore::restartDropsWhatArrived()
{
    const std::string data = randomBytes(1000);
    const std::string sha = sha256Of(data);
    {
        auto upload = m_blobs->openUpload(sha, "anna");
        upload->append("garbage", 7);
    }
    auto upload = m_blobs->openUpload(sha, "anna");
    QCOMPARE(upload->offset(), std::int64_t(7));
    upload->restart();
    QCOMPARE(upload->offset(), std::int64_t(0));
    upload->append(data.data(), data.size());
    QCOMPARE(upload->complete(), BlobUpload::Completion::Stored);
    QCOMPARE(readFile(m_blobs->pathOf(sha)), data);
}

void TestBlobStore::mismatchDropsTheContent()
{
    const std::string data = randomBytes(5000);
    const std::string claimed = sha256Of("something else");
    auto upload = m_blobs->openUpload(claimed, "anna");
    upload->append(data.data(), data.size());
    QCOMPARE(upload->complete(), BlobUpload::Completion::Mismatch);
    upload.reset();
    QVERIFY(!m_blobs->completeSize(claimed));
    QVERIFY(!m_blobs->partialSize(claimed, "anna"));
    QCOMPARE(filesUnder(m_root), std::size_t(0));
}

void TestBlobStore::storedOnceForEveryUploader()
{
    const std::string data = randomBytes(4096);
    const std::string sha = sha256Of(data);
    for (const std::string uploader : {"anna", "bo", "staff"}) {
        auto upload = m_blobs->openUpload(sha, uploader);
        upload->append(data.data(), data.size());
        const auto expected = uploader == "anna" ? BlobUpload::Completion::Stored
                                                 : BlobUpload::Completion::AlreadyStored;
        QCOMPARE(upload->complete(), expected);
    }
    QCOMPARE(filesUnder(m_root), std::size_t(1));
    QCOMPARE(readFile(m_blobs->pathOf(sha)), data);
}

void TestBlobStore::oneUploadPerBlobAndUploader()
{
    const std::string sha = sha256Of("x");
    auto first = m_blobs->openUpload(sha, "anna");
    QVERIFY(first);
    QVERIFY(!m_blobs->openUpload(sha, "anna")); // a second connection must wait
    QVERIFY(m_blobs->openUpload(sha, "bo")); // someone else has their own
    QVERIFY(m_blobs->openUpload(sha256Of("y"), "anna")); // and another blob is another upload
    first.reset();
    QVERIFY(m_blobs->openUpload(sha, "anna"));
}

void TestBlobStore::partialsAreSeparatePerUploader()
{
    const std::string data = randomBytes(1000);
    const std::string sha = sha256Of(data);
    {
        auto anna = m_blobs->openUpload(sha, "anna");
        anna->append(data.data(), 600);
    }
    QCOMPARE(m_blobs->partialSize(sha, "anna"), std::optional<std::int64_t>(600));
    QVERIFY(!m_blobs->partialSize(sha, "bo"));
    auto bo = m_blobs->openUpload(sha, "bo");
    QCOMPARE(bo->offset(), std::int64_t(0));
}

void TestBlobStore::emptyBlob()
{
    const std::string sha = sha256Of("");
    auto upload = m_blobs->openUpload(sha, "anna");
    QCOMPARE(upload->complete(), BlobUpload::Completion::Stored);
    QCOMPARE(m_blobs->completeSize(sha), std::optional<std::int64_t>(0));
}

void TestBlobStore::contentRange_data()
{
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<qint64>("first");
    QTest::addColumn<qint64>("last");
    QTest::addColumn<qint64>("total");
    QTest::newRow("first chunk") << QByteArray("bytes 0-99/300") << true << 0LL << 99LL << 300LL;
    QTest::newRow("last chunk") << QByteArray("bytes 200-299/300") << true << 200LL << 299LL << 300LL;
    QTest::newRow("one byte") << QByteArray("bytes 5-5/6") << true << 5LL << 5LL << 6LL;
    QTest::newRow("finish") << QByteArray("bytes */300") << true << 300LL << 299LL << 300LL;
    QTest::newRow("finish empty") << QByteArray("bytes */0") << true << 0LL << -1LL << 0LL;
    QTest::newRow("big") << QByteArray("bytes 0-1/9223372036854775807") << true << 0LL << 1LL
                         << 9223372036854775807LL;
    QTest::newRow("surrounding spaces") << QByteArray(" bytes 0-9/10 ") << true << 0LL << 9LL << 10LL;
    QTest::newRow("last beyond total") << QByteArray("bytes 0-300/300") << false << 0LL << 0LL << 0LL;
    QTest::newRow("reversed") << QByteArray("bytes 9-5/300") << false << 0LL << 0LL << 0LL;
    QTest::newRow("unknown total") << QByteArray("bytes 0-9/*") << false << 0LL << 0LL << 0LL;
    QTest::newRow("other unit") << QByteArray("items 0-9/10") << false << 0LL << 0LL << 0LL;
    QTest::newRow("range syntax") << QByteArray("bytes=0-9") << false << 0LL << 0LL << 0LL;
    QTest::newRow("negative") << QByteArray("bytes -1-9/10") << false << 0LL << 0LL << 0LL;
    QTest::newRow("plus") << QByteArray("bytes +0-9/10") << false << 0LL << 0LL << 0LL;
    QTest::newRow("overflow") << QByteArray("bytes 0-9/99999999999999999999") << false << 0LL << 0LL << 0LL;
    QTest::newRow("garbage") << QByteArray("bytes x-y/z") << false << 0LL << 0LL << 0LL;
    QTest::newRow("empty") << QByteArray("") << false << 0LL << 0LL << 0LL;
}

void TestBlobStore::contentRange()
{
    QFETCH(QByteArray, header);
    QFETCH(bool, valid);
    const auto parsed = parseContentRange(header.toStdString());
    QCOMPARE(parsed.has_value(), valid);
    if (!valid)
        return;
    QTEST(static_cast<qint64>(parsed->first), "first");
    QTEST(static_cast<qint64>(parsed->last), "last");
    QTEST(static_cast<qint64>(parsed->total), "total");
}

void TestBlobStore::range_data()
{
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<qint64>("size");
    QTest::addColumn<int>("kind"); // 0 whole, 1 part, 2 unsatisfiable
    QTest::addColumn<qint64>("first");
    QTest::addColumn<qint64>("last");
    QTest::newRow("none") << QByteArray("") << 100LL << 0 << 0LL << 0LL;
    QTest::newRow("span") << QByteArray("bytes=10-19") << 100LL << 1 << 10LL << 19LL;
    QTest::newRow("open end") << QByteArray("bytes=90-") << 100LL << 1 << 90LL << 99LL;
    QTest::newRow("end clamped") << QByteArray("bytes=90-500") << 100LL << 1 << 90LL << 99LL;
    QTest::newRow("suffix") << QByteArray("bytes=-10") << 100LL << 1 << 90LL << 99LL;
    QTest::newRow("suffix longer than file") << QByteArray("bytes=-500") << 100LL << 1 << 0LL << 99LL;
    QTest::newRow("start beyond end") << QByteArray("bytes=100-") << 100LL << 2 << 0LL << 0LL;
    QTest::newRow("zero suffix") << QByteArray("bytes=-0") << 100LL << 2 << 0LL << 0LL;
    QTest::newRow("empty file") << QByteArray("bytes=0-") << 0LL << 2 << 0LL << 0LL;
    QTest::newRow("several ranges") << QByteArray("bytes=0-1,5-6") << 100LL << 0 << 0LL << 0LL;
    QTest::newRow("reversed ignored") << QByteArray("bytes=20-10") << 100LL << 0 << 0LL << 0LL;
    QTest::newRow("other unit") << QByteArray("items=0-1") << 100LL << 0 << 0LL << 0LL;
    QTest::newRow("garbage") << QByteArray("bytes=a-b") << 100LL << 0 << 0LL << 0LL;
}

void TestBlobStore::range()
{
    QFETCH(QByteArray, header);
    QFETCH(qint64, size);
    QFETCH(int, kind);
    const RangeRequest parsed = parseRange(header.toStdString(), size);
    QCOMPARE(static_cast<int>(parsed.kind), kind);
    if (parsed.kind != RangeRequest::Kind::Part)
        return;
    QTEST(static_cast<qint64>(parsed.first), "first");
    QTEST(static_cast<qint64>(parsed.last), "last");
}

QTEST_GUILESS_MAIN(TestBlobStore)
#include "tst_blob_store.moc"
