// Files over real HTTP: resumable blob uploads (one piece, chunks with HEAD between, a
// cut connection resumed, wrong offsets, hash mismatches, size and type limits),
// downloads with and without Range for the callers who may see an attachment using the
// blob and 404 for everyone else, and attachments on cases and posts — in the changes
// feed and the case detail, internal notes' files for staff only.

#include "HttpTestServer.h"

#include "caseport/Codec.h"
#include "caseport/Protocol.h"

#include <QCryptographicHash>
#include <QDeadlineTimer>
#include <QRandomGenerator>
#include <QTest>

#include <algorithm>
#include <filesystem>
#include <fstream>

using namespace caseport;
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

std::string uuid(int n)
{
    char text[40];
    std::snprintf(text, sizeof text, "dddddddd-0000-4000-8000-%012d", n);
    return text;
}

std::string blobPath(const std::string& sha)
{
    return std::string(protocol::kBlobsPath) + "/" + sha;
}

std::string range(std::int64_t first, std::int64_t last, std::int64_t total)
{
    return "bytes " + std::to_string(first) + "-" + std::to_string(last) + "/"
        + std::to_string(total);
}

// One entry of "attachments": [...]
std::string attachmentJson(const std::string& id, const std::string& name, const std::string& sha,
                           std::int64_t size, const std::string& mime = "application/pdf")
{
    return codec::dump(codec::Json{{"id", id}, {"name", name}, {"sha256", sha}, {"size", size},
                                   {"mime", mime}});
}

std::string withAttachments(const std::vector<std::string>& entries)
{
    std::string out = ",\"attachments\":[";
    for (std::size_t i = 0; i < entries.size(); ++i)
        out += (i ? "," : "") + entries[i];
    return out + "]";
}

bool hasAttachment(const std::vector<Attachment>& list, const std::string& id)
{
    return std::any_of(list.begin(), list.end(), [&](const Attachment& a) { return a.id == id; });
}

} // namespace

class TestHttpBlobs : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void cleanup();
    void uploadInOnePiece();
    void uploadInThreeChunksWithHeadBetween();
    void resumeAfterCutConnection();
    void wrongOffsetIsConflict();
    void finishWithoutBytes();
    void hashMismatchStoresNothing();
    void tooLarge();
    void refusedTypes();
    void emptyFile();
    void badRequests();
    void storedOnceHoweverManyUploaders();
    void caseWithAttachments();
    void downloadWithAndWithoutRange();
    void downloadDeniedLooksMissing();
    void attachmentRules();
    void seeingAFileIsHoldingIt();
    void postWithAttachments();
    void internalNoteFilesForStaffOnly();
    void newFollowerReceivesTheFiles();

private:
    HttpReply put(const std::string& token, const std::string& sha, const std::string& body,
                  std::map<std::string, std::string> headers = {},
                  const std::string& type = "application/octet-stream", bool chunked = false)
    {
        HttpCall call;
        call.method = "PUT";
        call.path = blobPath(sha);
        call.body = body;
        call.token = token;
        call.contentType = type;
        call.headers = std::move(headers);
        call.chunked = chunked;
        if (body.empty() && !chunked)
            call.headers["Content-Length"] = "0";
        return m_client->send(call);
    }
    HttpReply putChunk(const std::string& token, const std::string& data, std::int64_t first,
                       std::int64_t last, bool chunked = false)
    {
        return put(token, sha256Of(data),
                   data.substr(static_cast<std::size_t>(first), static_cast<std::size_t>(last - first + 1)),
                   {{"Content-Range", range(first, last, static_cast<std::int64_t>(data.size()))}},
                   "application/octet-stream", chunked);
    }
    HttpReply head(const std::string& token, const std::string& sha)
    {
        HttpCall call;
        call.method = "HEAD";
        call.path = blobPath(sha);
        call.token = token;
        return m_client->send(call);
    }
    HttpReply download(const std::string& token, const std::string& sha,
                       const std::string& rangeHeader = {})
    {
        HttpCall call;
        call.path = blobPath(sha);
        call.token = token;
        if (!rangeHeader.empty())
            call.headers["Range"] = rangeHeader;
        return m_client->send(call);
    }
    // Uploads data in one piece; returns its SHA-256 (the test fails on a bad status).
    std::string upload(const std::string& token, const std::string& data)
    {
        const HttpReply reply = put(token, sha256Of(data), data);
        if (reply.status != 201 && reply.status != 200)
            qWarning("upload: %d %s", reply.status, reply.body.c_str());
        return reply.status == 201 || reply.status == 200 ? sha256Of(data) : std::string();
    }
    HttpReply createCase(const std::string& token, const std::string& id, const std::string& extra)
    {
        return m_client->post("/api/v1/cases", newCaseJson(id, "acme", "payroll", extra), token);
    }
    HttpReply createPost(const std::string& token, const std::string& caseId, const std::string& id,
                         const std::string& extra)
    {
        return m_client->post("/api/v1/cases/" + caseId + "/posts",
                              R"({"id":")" + id + R"(","text":"see the file")" + extra + "}",
                              token);
    }
    ChangeSet changes(const std::string& token, const std::string& since = {})
    {
        const HttpReply reply = m_client->get("/api/v1/changes?since=" + since, token);
        return reply.status == 200 ? codec::decode<ChangeSet>(reply.body) : ChangeSet{};
    }
    CaseDetail detail(const std::string& token, const std::string& caseId)
    {
        const HttpReply reply = m_client->get("/api/v1/cases/" + caseId, token);
        return reply.status == 200 ? codec::decode<CaseDetail>(reply.body) : CaseDetail{};
    }
    [[nodiscard]] bool storedOnDisk(const std::string& sha) const
    {
        return fs::is_regular_file(fs::path(m_server.dataDir()) / "blobs" / sha.substr(0, 2) / sha);
    }
    [[nodiscard]] std::size_t partialFilesOf(const std::string& sha) const
    {
        std::size_t count = 0;
        for (const auto& entry : fs::directory_iterator(fs::path(m_server.dataDir()) / "blobs" / "partial"))
            count += entry.path().filename().string().rfind(sha, 0) == 0 ? 1 : 0;
        return count;
    }

    HttpTestServer m_server;
    HttpTestClient* m_client = nullptr;
    server::FileSettings m_defaultFiles;
};

void TestHttpBlobs::initTestCase()
{
    QVERIFY(m_server.start());
    m_client = &m_server.client();
}

void TestHttpBlobs::cleanupTestCase()
{
    m_server.stop();
}

void TestHttpBlobs::cleanup()
{
    m_server.reconfigure([this](server::Config& c) { c.files = m_defaultFiles; });
}

void TestHttpBlobs::uploadInOnePiece()
{
    const std::string data = randomBytes(300'000); // more than one 256 KiB read
    const std::string sha = sha256Of(data);
    QCOMPARE(head(m_server.anna, sha).status, 404);

    const HttpReply created = put(m_server.anna, sha, data, {}, "application/pdf");
    QCOMPARE(created.status, 201);
    QCOMPARE(created.header("upload-offset"), std::to_string(data.size()));
    QCOMPARE(created.header("location"), blobPath(sha));
    QVERIFY(storedOnDisk(sha));
    QCOMPARE(partialFilesOf(sha), std::size_t(0));

    const HttpReply status = head(m_server.anna, sha);
    QCOMPARE(status.status, 200);
    QCOMPARE(status.header("upload-complete"), std::string("?1"));
    QCOMPARE(status.header("upload-offset"), std::to_string(data.size()));
    QCOMPARE(status.header("content-length"), std::to_string(data.size()));
    QVERIFY(status.body.empty());

    // Idempotent: the same upload again is 200 and stores nothing.
    const HttpReply again = put(m_server.anna, sha, data);
    QCOMPARE(again.status, 200);
    QCOMPARE(again.header("upload-offset"), std::to_string(data.size()));

    // Nobody else learns that the blob exists.
    QCOMPARE(head(m_server.bo, sha).status, 404);
}

void TestHttpBlobs::uploadInThreeChunksWithHeadBetween()
{
    const std::string data = randomBytes(700'000);
    const std::string sha = sha256Of(data);
    const auto total = static_cast<std::int64_t>(data.size());
    QCOMPARE(head(m_server.anna, sha).status, 404);

    const HttpReply first = putChunk(m_server.anna, data, 0, 249'999);
    QCOMPARE(first.status, 202);
    QCOMPARE(first.header("upload-offset"), std::string("250000"));
    HttpReply status = head(m_server.anna, sha);
    QCOMPARE(status.status, 200);
    QCOMPARE(status.header("upload-complete"), std::string("?0"));
    QCOMPARE(status.header("upload-offset"), std::string("250000"));
    QVERIFY(!storedOnDisk(sha));

    const HttpReply second = putChunk(m_server.anna, data, 250'000, 499'999, true); // chunked
    QCOMPARE(second.status, 202);
    status = head(m_server.anna, sha);
    QCOMPARE(status.header("upload-offset"), std::string("500000"));

    const HttpReply third = putChunk(m_server.anna, data, 500'000, total - 1);
    QCOMPARE(third.status, 201);
    QCOMPARE(third.header("upload-offset"), std::to_string(total));
    status = head(m_server.anna, sha);
    QCOMPARE(status.header("upload-complete"), std::string("?1"));
    QVERIFY(storedOnDisk(sha));
}

void TestHttpBlobs::resumeAfterCutConnection()
{
    const std::string data = randomBytes(400'000);
    const std::string sha = sha256Of(data);
    const std::size_t half = 150'000;
    // The request announces the whole file but the client goes away after 150,000 bytes.
    const std::string request = "PUT " + blobPath(sha) + " HTTP/1.1\r\nHost: localhost\r\n"
        + "Authorization: Bearer " + m_server.anna + "\r\n"
        + "Content-Type: application/octet-stream\r\n"
        + "Content-Range: " + range(0, static_cast<std::int64_t>(data.size()) - 1,
                                    static_cast<std::int64_t>(data.size()))
        + "\r\nContent-Length: " + std::to_string(data.size()) + "\r\n\r\n" + data.substr(0, half);
    m_client->sendAndClose(request);

    // What arrived is kept, durably, and HEAD says how much.
    QTRY_COMPARE_WITH_TIMEOUT(head(m_server.anna, sha).header("upload-offset"),
                              std::to_string(half), 10000);
    QCOMPARE(head(m_server.anna, sha).header("upload-complete"), std::string("?0"));

    // The rest completes it (the cut request may still be finishing: then 409, retry).
    HttpReply rest;
    for (const QDeadlineTimer deadline(10000); !deadline.hasExpired(); QTest::qWait(50)) {
        rest = putChunk(m_server.anna, data, static_cast<std::int64_t>(half),
                        static_cast<std::int64_t>(data.size()) - 1);
        if (rest.status != 409)
            break;
    }
    QCOMPARE(rest.status, 201);
    QVERIFY(storedOnDisk(sha));
    std::ifstream stored(fs::path(m_server.dataDir()) / "blobs" / sha.substr(0, 2) / sha,
                         std::ios::binary);
    const std::string content{std::istreambuf_iterator<char>(stored), std::istreambuf_iterator<char>()};
    QVERIFY(content == data);
}

void TestHttpBlobs::wrongOffsetIsConflict()
{
    const std::string data = randomBytes(3000);
    const std::string sha = sha256Of(data);
    QCOMPARE(putChunk(m_server.anna, data, 0, 999).status, 202);

    const HttpReply ahead = putChunk(m_server.anna, data, 2000, 2999);
    VERIFY_ERROR(ahead, 409, error::kConflict, "");
    QCOMPARE(ahead.header("upload-offset"), std::string("1000"));
    QVERIFY(codec::parse(ahead.body).at("message").get<std::string>().find("1000") != std::string::npos);
    const HttpReply repeated = putChunk(m_server.anna, data, 0, 999); // a retry of a chunk that arrived
    VERIFY_ERROR(repeated, 409, error::kConflict, "");
    QCOMPARE(repeated.header("upload-offset"), std::string("1000"));
    QCOMPARE(head(m_server.anna, sha).header("upload-offset"), std::string("1000"));

    QCOMPARE(putChunk(m_server.anna, data, 1000, 2999).status, 201);
    // Once complete, any chunk of it is answered 200: nothing to do.
    QCOMPARE(putChunk(m_server.anna, data, 0, 999).status, 200);
}

void TestHttpBlobs::finishWithoutBytes()
{
    // All bytes arrived but the answer was lost before the blob was complete (e.g. a
    // restart): "bytes */TOTAL" with no body finishes it; before that it reports 409.
    const std::string data = randomBytes(2000);
    const std::string sha = sha256Of(data);
    QCOMPARE(putChunk(m_server.anna, data, 0, 999).status, 202);
    const HttpReply early = put(m_server.anna, sha, {}, {{"Content-Range", "bytes */2000"}});
    VERIFY_ERROR(early, 409, error::kConflict, "");
    QCOMPARE(early.header("upload-offset"), std::string("1000"));
    QCOMPARE(putChunk(m_server.anna, data, 1000, 1999).status, 201);
    QCOMPARE(put(m_server.anna, sha, {}, {{"Content-Range", "bytes */2000"}}).status, 200);
}

void TestHttpBlobs::hashMismatchStoresNothing()
{
    const std::string data = randomBytes(100'000);
    const std::string claimed = sha256Of("not this content");
    VERIFY_ERROR(put(m_server.anna, claimed, data), 422, error::kValidationFailed, "sha256");
    QCOMPARE(head(m_server.anna, claimed).status, 404);
    QVERIFY(!storedOnDisk(claimed));
    QCOMPARE(partialFilesOf(claimed), std::size_t(0));

    // In chunks: the last one finds out, and the whole upload is dropped.
    const std::string other = sha256Of("also not this");
    QCOMPARE(put(m_server.anna, other, data.substr(0, 50'000), {{"Content-Range", range(0, 49'999, 100'000)}}).status,
             202);
    VERIFY_ERROR(put(m_server.anna, other, data.substr(50'000), {{"Content-Range", range(50'000, 99'999, 100'000)}}),
                 422, error::kValidationFailed, "sha256");
    QCOMPARE(head(m_server.anna, other).status, 404);
    QCOMPARE(partialFilesOf(other), std::size_t(0));
}

void TestHttpBlobs::tooLarge()
{
    const std::string big = randomBytes(1500);
    const std::string bigSha = upload(m_server.anna, big); // before the limit is lowered
    QVERIFY(!bigSha.empty());
    m_server.reconfigure([](server::Config& c) { c.files.maxFileBytes = 1000; });

    const std::string data = randomBytes(1001);
    const std::string sha = sha256Of(data);
    VERIFY_ERROR(put(m_server.anna, sha, data), 413, error::kPayloadTooLarge, "");
    VERIFY_ERROR(put(m_server.anna, sha, data.substr(0, 10), {{"Content-Range", range(0, 9, 5000)}}), 413,
                 error::kPayloadTooLarge, "");
    // Chunked, so only the bytes tell: refused once over the limit, nothing kept.
    VERIFY_ERROR(put(m_server.anna, sha, data, {}, "application/octet-stream", true), 413,
                 error::kPayloadTooLarge, "");
    QCOMPARE(head(m_server.anna, sha).status, 404);
    QCOMPARE(partialFilesOf(sha), std::size_t(0));
    // Exactly the limit is fine.
    QCOMPARE(put(m_server.anna, sha256Of(data.substr(0, 1000)), data.substr(0, 1000)).status, 201);
    // A blob over the (lowered) limit cannot be attached either.
    VERIFY_ERROR(createCase(m_server.anna, uuid(1),
                            withAttachments({attachmentJson(uuid(101), "big.pdf", bigSha, 1500)})),
                 413, error::kPayloadTooLarge, "attachments");
}

void TestHttpBlobs::refusedTypes()
{
    const std::string data = randomBytes(500);
    const std::string sha = sha256Of(data);
    const HttpReply exe = put(m_server.anna, sha, data, {}, "application/x-msdownload");
    VERIFY_ERROR(exe, 415, error::kUnsupportedMediaType, "");
    QVERIFY(exe.body.find("application/x-msdownload") != std::string::npos);
    const HttpReply named = put(m_server.anna, sha, data, {{"X-Filename", "setup.exe"}}, "application/pdf");
    VERIFY_ERROR(named, 415, error::kUnsupportedMediaType, "");
    QVERIFY(named.body.find("setup.exe") != std::string::npos);
    QCOMPARE(head(m_server.anna, sha).status, 404);

    // An allowed type and a percent-encoded UTF-8 name pass; octet-stream declares nothing.
    QCOMPARE(put(m_server.anna, sha, data, {{"X-Filename", "L%C3%B8nseddel.pdf"}}, "application/pdf").status, 201);
    const std::string other = randomBytes(600);
    QCOMPARE(put(m_server.anna, sha256Of(other), other).status, 201);

    // Checked for real when a case or post refers to the blob: the declared mime type and
    // the name's ending.
    const HttpReply byMime = createCase(m_server.anna, uuid(2),
        withAttachments({attachmentJson(uuid(102), "tool.pdf", sha, 500, "application/x-msdownload")}));
    VERIFY_ERROR(byMime, 415, error::kUnsupportedMediaType, "attachments");
    QVERIFY(byMime.body.find("application/x-msdownload") != std::string::npos);
    VERIFY_ERROR(createCase(m_server.anna, uuid(2),
                            withAttachments({attachmentJson(uuid(102), "tool.pdf.exe.", sha, 500)})),
                 415, error::kUnsupportedMediaType, "attachments");
    QCOMPARE(m_client->get("/api/v1/cases/" + uuid(2), m_server.anna).status, 404); // nothing stored

    // An admin may allow everything.
    m_server.reconfigure([](server::Config& c) { c.files.allowedTypes = {"*/*"}; });
    QCOMPARE(createCase(m_server.anna, uuid(2),
                        withAttachments({attachmentJson(uuid(102), "tool.exe", sha, 500,
                                                        "application/x-msdownload")}))
                 .status,
             201);
}

void TestHttpBlobs::emptyFile()
{
    const std::string sha = sha256Of({});
    const HttpReply created = put(m_server.anna, sha, {});
    QCOMPARE(created.status, 201);
    QCOMPARE(created.header("upload-offset"), std::string("0"));
    const HttpReply status = head(m_server.anna, sha);
    QCOMPARE(status.status, 200);
    QCOMPARE(status.header("upload-complete"), std::string("?1"));
}

void TestHttpBlobs::badRequests()
{
    const std::string sha = sha256Of("x");
    VERIFY_ERROR(put({}, sha, "x"), 401, error::kUnauthorized, "");
    QCOMPARE(head(m_server.expired, sha).status, 401); // HEAD: headers only
    VERIFY_ERROR(download(m_server.revoked, sha), 401, error::kUnauthorized, "");
    VERIFY_ERROR(put(m_server.anna, std::string(64, 'A'), "x"), 400, error::kInvalidField, "sha256");
    VERIFY_ERROR(put(m_server.anna, "..%2F..%2Fetc%2Fpasswd", "x"), 400, error::kInvalidField, "sha256");
    VERIFY_ERROR(download(m_server.anna, "not-a-hash"), 404, error::kNotFound, "");
    VERIFY_ERROR(put(m_server.anna, sha, "x", {{"Content-Range", "bytes 0-5/1"}}), 400,
                 error::kBadRequest, "");
    VERIFY_ERROR(put(m_server.anna, sha, "x", {{"Content-Range", "bytes 0-1/2"}}), 400,
                 error::kBadRequest, ""); // Content-Length 1 for a 2-byte range
    VERIFY_ERROR(put(m_server.anna, sha, "x", {{"X-Filename", "%zz.pdf"}}), 400, error::kBadRequest, "");
    HttpCall remove;
    remove.method = "DELETE";
    remove.path = blobPath(sha);
    remove.token = m_server.anna;
    const HttpReply denied = m_client->send(remove);
    VERIFY_ERROR(denied, 405, error::kMethodNotAllowed, "");
    QCOMPARE(denied.header("allow"), std::string("GET, HEAD, PUT"));
}

void TestHttpBlobs::storedOnceHoweverManyUploaders()
{
    const std::string data = randomBytes(10'000);
    const std::string sha = sha256Of(data);
    QCOMPARE(put(m_server.anna, sha, data).status, 201);
    // bo does not hold it: to him it is new, and he proves he has it by sending it all.
    QCOMPARE(head(m_server.bo, sha).status, 404);
    QCOMPARE(put(m_server.bo, sha, data).status, 201);
    QCOMPARE(head(m_server.bo, sha).header("upload-complete"), std::string("?1"));
    QCOMPARE(put(m_server.bo, sha, data).status, 200);
    std::size_t copies = 0;
    for (const auto& entry : fs::recursive_directory_iterator(fs::path(m_server.dataDir()) / "blobs"))
        copies += entry.path().filename() == sha ? 1 : 0;
    QCOMPARE(copies, std::size_t(1));
    QCOMPARE(partialFilesOf(sha), std::size_t(0));
}

void TestHttpBlobs::caseWithAttachments()
{
    const std::string data = randomBytes(20'000);
    const std::string sha = upload(m_server.anna, data);
    const std::string id = uuid(10);
    const std::string name = "..\\..\\Lønseddel marts<2026>.pdf";
    const std::string body = withAttachments({attachmentJson(uuid(110), name, sha, 20'000)});
    const ChangeSet before = changes(m_server.anna);

    const HttpReply created = createCase(m_server.anna, id, body);
    QCOMPARE(created.status, 201);

    const CaseDetail shown = detail(m_server.anna, id);
    QCOMPARE(shown.attachments.size(), std::size_t(1));
    const Attachment& a = shown.attachments.front();
    QCOMPARE(a.id, uuid(110));
    QCOMPARE(a.caseId, id);
    QVERIFY(a.postId.empty());
    QCOMPARE(a.name, name); // stored as sent; only the download offers a safe name
    QCOMPARE(a.sha256, sha);
    QCOMPARE(a.size, std::int64_t(20'000));
    QCOMPARE(a.mime, std::string("application/pdf"));
    QVERIFY(!a.createdAt.empty());

    const ChangeSet after = changes(m_server.anna, before.cursor);
    QVERIFY(hasAttachment(after.attachments, uuid(110)));
    QVERIFY(std::any_of(after.cases.begin(), after.cases.end(), [&](const Case& c) { return c.id == id; }));
    QCOMPARE(codec::decode<ChangeSet>(codec::encode(after)), after);

    // A replay is the same case, with no second copy of its files.
    QCOMPARE(createCase(m_server.anna, id, body).status, 200);
    QCOMPARE(detail(m_server.anna, id).attachments.size(), std::size_t(1));
    QVERIFY(changes(m_server.anna, after.cursor).attachments.empty());
}

void TestHttpBlobs::downloadWithAndWithoutRange()
{
    const std::string data = randomBytes(300'000);
    const std::string sha = upload(m_server.anna, data);
    QCOMPARE(createCase(m_server.anna, uuid(20),
                        withAttachments({attachmentJson(uuid(120), "../Lønseddel <marts>.pdf", sha,
                                                        300'000)}))
                 .status,
             201);

    const HttpReply whole = download(m_server.anna, sha);
    QCOMPARE(whole.status, 200);
    QVERIFY(whole.body == data);
    QCOMPARE(whole.header("content-type"), std::string("application/pdf"));
    QCOMPARE(whole.header("content-length"), std::to_string(data.size()));
    QCOMPARE(whole.header("accept-ranges"), std::string("bytes"));
    QCOMPARE(whole.header("etag"), "\"" + sha + "\"");
    QCOMPARE(whole.header("x-content-type-options"), std::string("nosniff"));
    QCOMPARE(whole.header("content-disposition"),
             std::string("attachment; filename=\"L_nseddel marts.pdf\"; "
                         "filename*=UTF-8''L%C3%B8nseddel%20marts.pdf"));

    const HttpReply part = download(m_server.anna, sha, "bytes=10-19");
    QCOMPARE(part.status, 206);
    QCOMPARE(part.header("content-range"), "bytes 10-19/" + std::to_string(data.size()));
    QVERIFY(part.body == data.substr(10, 10));
    const HttpReply tail = download(m_server.anna, sha, "bytes=-5");
    QCOMPARE(tail.status, 206);
    QVERIFY(tail.body == data.substr(data.size() - 5));
    const HttpReply from = download(m_server.anna, sha, "bytes=299990-");
    QCOMPARE(from.status, 206);
    QVERIFY(from.body == data.substr(299'990));
    const HttpReply beyond = download(m_server.anna, sha, "bytes=300000-");
    VERIFY_ERROR(beyond, 416, error::kRangeNotSatisfiable, "");
    QCOMPARE(beyond.header("content-range"), "bytes */" + std::to_string(data.size()));
    const HttpReply several = download(m_server.anna, sha, "bytes=0-1,5-6");
    QCOMPARE(several.status, 200); // several ranges: the whole file
    QCOMPARE(several.body.size(), data.size());

    QCOMPARE(download(m_server.staff, sha).status, 200);
}

void TestHttpBlobs::downloadDeniedLooksMissing()
{
    const std::string data = randomBytes(5000);
    const std::string sha = upload(m_server.anna, data);
    // Uploaded but not attached: nobody downloads it, not even the uploader.
    const HttpReply unattached = download(m_server.anna, sha);
    VERIFY_ERROR(unattached, 404, error::kNotFound, "");
    QCOMPARE(createCase(m_server.anna, uuid(30),
                        withAttachments({attachmentJson(uuid(130), "a.pdf", sha, 5000)}))
                 .status,
             201);
    QCOMPARE(download(m_server.anna, sha).status, 200);

    const HttpReply missing = download(m_server.dag, sha256Of("never uploaded"));
    VERIFY_ERROR(missing, 404, error::kNotFound, "");
    for (const std::string& token : {m_server.dag, m_server.bo}) {
        const HttpReply denied = download(token, sha);
        QCOMPARE(denied.status, missing.status);
        QCOMPARE(denied.body, missing.body);
        QCOMPARE(denied.header("content-type"), missing.header("content-type"));
        const HttpReply range = download(token, sha, "bytes=0-1");
        QCOMPARE(range.body, missing.body);
        QCOMPARE(head(token, sha).status, 404);
    }
    QCOMPARE(unattached.body, missing.body);
}

void TestHttpBlobs::attachmentRules()
{
    const std::string data = randomBytes(4000);
    const std::string sha = upload(m_server.anna, data);
    const std::string id = uuid(40);
    const auto attempt = [&](const std::string& entries) { return createCase(m_server.anna, id, entries); };

    const HttpReply unknown =
        attempt(withAttachments({attachmentJson(uuid(140), "a.pdf", sha256Of("nothing"), 4000)}));
    VERIFY_ERROR(unknown, 422, error::kValidationFailed, "attachments");
    VERIFY_ERROR(attempt(withAttachments({attachmentJson(uuid(140), "a.pdf", sha, 3999)})), 422,
                 error::kValidationFailed, "attachments");
    // Uploaded by someone else and not visible to anna: exactly like a missing blob.
    const std::string bos = upload(m_server.bo, randomBytes(4000));
    const HttpReply notHers = attempt(withAttachments({attachmentJson(uuid(140), "a.pdf", bos, 4000)}));
    QCOMPARE(notHers.status, unknown.status);
    QCOMPARE(notHers.body, unknown.body);
    // Malformed references.
    const std::string nul = codec::dump(codec::Json{{"id", uuid(140)}, {"name", std::string("a\0b.pdf", 7)},
                                                    {"sha256", sha}, {"size", 4000}, {"mime", "application/pdf"}});
    for (const std::string& entry :
         {attachmentJson("not-a-uuid", "a.pdf", sha, 4000), attachmentJson(uuid(140), "", sha, 4000),
          nul, attachmentJson(uuid(140), "a.pdf", std::string(64, 'A'), 4000),
          attachmentJson(uuid(140), "a.pdf", sha, -1),
          attachmentJson(uuid(140), "a.pdf", sha, 4000, "text/html\r\nX-Evil: 1"),
          attachmentJson(uuid(140), std::string(1025, 'a') + ".pdf", sha, 4000)})
        VERIFY_ERROR(attempt(withAttachments({entry})), 422, error::kValidationFailed, "attachments");
    VERIFY_ERROR(attempt(withAttachments({attachmentJson(uuid(140), "a.pdf", sha, 4000),
                                          attachmentJson(uuid(140), "b.pdf", sha, 4000)})),
                 422, error::kValidationFailed, "attachments");
    QCOMPARE(m_client->get("/api/v1/cases/" + id, m_server.anna).status, 404); // nothing stored

    // A good one; then its id again on another case is a conflict.
    QCOMPARE(attempt(withAttachments({attachmentJson(uuid(140), "a.pdf", sha, 4000)})).status, 201);
    VERIFY_ERROR(createCase(m_server.anna, uuid(41),
                            withAttachments({attachmentJson(uuid(140), "a.pdf", sha, 4000)})),
                 409, error::kConflict, "attachments");
    QCOMPARE(m_client->get("/api/v1/cases/" + uuid(41), m_server.anna).status, 404);
    // The same blob under another id is fine: one blob, two attachments.
    QCOMPARE(createCase(m_server.anna, uuid(42),
                        withAttachments({attachmentJson(uuid(142), "copy.pdf", sha, 4000)}))
                 .status,
             201);
}

void TestHttpBlobs::seeingAFileIsHoldingIt()
{
    // Staff attach a file to anna's case; anna never uploaded it but sees it, so she
    // holds it: HEAD says complete and she may attach it elsewhere without sending it.
    QCOMPARE(createCase(m_server.anna, uuid(50), {}).status, 201);
    const std::string data = randomBytes(3000);
    const std::string sha = upload(m_server.staff, data);
    QCOMPARE(createPost(m_server.staff, uuid(50), uuid(250),
                        withAttachments({attachmentJson(uuid(150), "svar.pdf", sha, 3000)}))
                 .status,
             201);
    QCOMPARE(head(m_server.anna, sha).header("upload-complete"), std::string("?1"));
    QCOMPARE(put(m_server.anna, sha, data).status, 200);
    QCOMPARE(createCase(m_server.anna, uuid(51),
                        withAttachments({attachmentJson(uuid(151), "svar.pdf", sha, 3000)}))
                 .status,
             201);
    // bo sees neither case: to him the blob does not exist.
    QCOMPARE(head(m_server.bo, sha).status, 404);
}

void TestHttpBlobs::postWithAttachments()
{
    QCOMPARE(createCase(m_server.anna, uuid(60), {}).status, 201);
    const ChangeSet before = changes(m_server.anna);
    const std::string data = randomBytes(8000);
    const std::string sha = upload(m_server.anna, data);
    const HttpReply created = createPost(m_server.anna, uuid(60), uuid(260),
                                         withAttachments({attachmentJson(uuid(160), "scan.png", sha, 8000, "image/png")}));
    QCOMPARE(created.status, 201);
    const Post post = codec::decode<Post>(created.body);
    QCOMPARE(post.attachments, std::vector<std::string>{uuid(160)});

    const ChangeSet after = changes(m_server.anna, before.cursor);
    QVERIFY(hasAttachment(after.attachments, uuid(160)));
    const auto attachment = std::find_if(after.attachments.begin(), after.attachments.end(),
                                         [](const Attachment& a) { return a.id == uuid(160); });
    QCOMPARE(attachment->postId, uuid(260));
    QCOMPARE(attachment->caseId, uuid(60));
    QVERIFY(std::any_of(after.posts.begin(), after.posts.end(), [](const Post& p) { return p.id == uuid(260); }));
    QVERIFY(hasAttachment(detail(m_server.anna, uuid(60)).attachments, uuid(160)));

    // A post may be only a file.
    const std::string more = randomBytes(100);
    const std::string moreSha = upload(m_server.anna, more);
    QCOMPARE(m_client->post("/api/v1/cases/" + uuid(60) + "/posts",
                            R"({"id":")" + uuid(261) + "\""
                                + withAttachments({attachmentJson(uuid(161), "b.png", moreSha, 100, "image/png")})
                                + "}",
                            m_server.anna)
                 .status,
             201);
    QCOMPARE(download(m_server.anna, sha, "bytes=0-0").status, 206);
}

void TestHttpBlobs::internalNoteFilesForStaffOnly()
{
    QCOMPARE(createCase(m_server.anna, uuid(70), {}).status, 201);
    const ChangeSet before = changes(m_server.anna);
    const std::string data = randomBytes(6000);
    const std::string sha = upload(m_server.staff, data);
    QCOMPARE(createPost(m_server.staff, uuid(70), uuid(270),
                        R"(,"internal":true)"
                            + withAttachments({attachmentJson(uuid(170), "notat.pdf", sha, 6000)}))
                 .status,
             201);

    const ChangeSet anna = changes(m_server.anna, before.cursor);
    QVERIFY(!hasAttachment(anna.attachments, uuid(170)));
    QVERIFY(!hasAttachment(detail(m_server.anna, uuid(70)).attachments, uuid(170)));
    const HttpReply missing = download(m_server.anna, sha256Of("no such thing"));
    const HttpReply hidden = download(m_server.anna, sha);
    QCOMPARE(hidden.status, 404);
    QCOMPARE(hidden.body, missing.body);
    QCOMPARE(head(m_server.anna, sha).status, 404);
    VERIFY_ERROR(createCase(m_server.anna, uuid(71),
                            withAttachments({attachmentJson(uuid(171), "notat.pdf", sha, 6000)})),
                 422, error::kValidationFailed, "attachments");

    QVERIFY(hasAttachment(changes(m_server.staff).attachments, uuid(170)));
    QVERIFY(hasAttachment(detail(m_server.staff, uuid(70)).attachments, uuid(170)));
    const HttpReply staff = download(m_server.staff, sha);
    QCOMPARE(staff.status, 200);
    QVERIFY(staff.body == data);
}

void TestHttpBlobs::newFollowerReceivesTheFiles()
{
    const std::string data = randomBytes(7000);
    const std::string sha = upload(m_server.anna, data);
    QCOMPARE(createCase(m_server.anna, uuid(80),
                        withAttachments({attachmentJson(uuid(180), "bilag.pdf", sha, 7000)}))
                 .status,
             201);
    const ChangeSet initial = changes(m_server.bo);
    QVERIFY(!hasAttachment(initial.attachments, uuid(180)));
    VERIFY_ERROR(download(m_server.bo, sha), 404, error::kNotFound, "");

    const CaseDetail current = detail(m_server.anna, uuid(80));
    HttpCall patch;
    patch.method = "PATCH";
    patch.path = "/api/v1/cases/" + uuid(80);
    patch.token = m_server.anna;
    patch.body = R"({"baseVersion":)" + std::to_string(current.value.version)
        + R"(,"followers":["bo@acme.example"]})";
    QCOMPARE(m_client->send(patch).status, 200);

    const ChangeSet next = changes(m_server.bo, initial.cursor);
    QVERIFY(hasAttachment(next.attachments, uuid(180)));
    const HttpReply got = download(m_server.bo, sha);
    QCOMPARE(got.status, 200);
    QVERIFY(got.body == data);
}

QTEST_GUILESS_MAIN(TestHttpBlobs)
#include "tst_http_blobs.moc"
