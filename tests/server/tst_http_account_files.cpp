// Account files over real HTTP with the real SQLite store and blob store: linking an
// uploaded blob to acme or one of its objects (POST /api/v1/accounts/{a}/files), listing
// (GET) and removing (DELETE) for every kind of caller; the attachments' checks and
// limits; hostile names; downloads of a file's blob; the catalog's files and its ETag in
// changes pages; the push channel; and a server restart.

#include "HttpTestServer.h"

#include "caseport/Codec.h"
#include "caseport/FileNames.h"
#include "caseport/Protocol.h"

#include <Poco/Net/HTTPClientSession.h>
#include <Poco/Net/HTTPRequest.h>
#include <Poco/Net/HTTPResponse.h>
#include <Poco/Net/WebSocket.h>

#include <QCryptographicHash>
#include <QRandomGenerator>
#include <QTest>

#include <algorithm>
#include <memory>

using namespace caseport;

namespace {

constexpr const char* kFiles = "/api/v1/accounts/acme/files";

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
    std::snprintf(text, sizeof text, "eeeeeeee-0000-4000-8000-%012d", n);
    return text;
}

// A POST body; object "" is sent as null (the whole account).
std::string linkJson(const std::string& id, const std::string& object, const std::string& name,
                     const std::string& sha, std::int64_t size,
                     const std::string& mime = "application/pdf")
{
    NewAccountFile f{id, object, name, sha, size, mime};
    return codec::encode(f);
}

std::vector<std::string> idsOf(const std::vector<AccountFile>& files)
{
    std::vector<std::string> out;
    for (const AccountFile& f : files)
        out.push_back(f.id);
    return out;
}

// One subscriber on the push channel (as in tst_http_events).
class Subscription {
public:
    Subscription(const HttpTestClient& client, const std::string& token)
        : m_session(client.host(), client.port())
    {
        Poco::Net::HTTPRequest request(Poco::Net::HTTPRequest::HTTP_GET, "/api/v1/events",
                                       Poco::Net::HTTPMessage::HTTP_1_1);
        request.set("Authorization", "Bearer " + token);
        Poco::Net::HTTPResponse response;
        m_socket = std::make_unique<Poco::Net::WebSocket>(m_session, request, response);
        m_socket->setReceiveTimeout(Poco::Timespan(20, 0));
    }

    // The type of the next text message ("" on timeout or close).
    std::string next()
    {
        char buffer[512];
        int flags = 0;
        try {
            for (;;) {
                const int n = m_socket->receiveFrame(buffer, sizeof buffer, flags);
                const int opcode = flags & Poco::Net::WebSocket::FRAME_OP_BITMASK;
                if (n <= 0 || opcode == Poco::Net::WebSocket::FRAME_OP_CLOSE)
                    return {};
                if (opcode == Poco::Net::WebSocket::FRAME_OP_TEXT)
                    return codec::parse(std::string_view(buffer, static_cast<std::size_t>(n)))
                        .at("type")
                        .get<std::string>();
            }
        } catch (const Poco::Exception&) {
            return {};
        }
    }

private:
    Poco::Net::HTTPClientSession m_session;
    std::unique_ptr<Poco::Net::WebSocket> m_socket;
};

} // namespace

class TestHttpAccountFiles : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void cleanup();
    void needsAToken();
    void linkListAndReplay();
    void whoMayAdd();
    void scopedMemberSeesOwnObjectsFiles();
    void malformedBodies();
    void invalidFields();
    void blobMustBeCompleteAndOfThatSize();
    void limitsOfFilesApply();
    void hostileNamesOfferedBackSafely();
    void removeRules();
    void blobDownloadThroughAFile();
    void catalogListsVisibleFilesAndEtagMoves();
    void linkAndRemovalArePushed();
    void filesSurviveARestart();

private:
    HttpTestClient& client() { return m_server.client(); }
    std::string tok(const std::string& name) { return m_server.token(name); }
    HttpReply link(const std::string& who, const std::string& body, const std::string& path = kFiles)
    {
        return client().post(path, body, tok(who));
    }
    HttpReply remove(const std::string& who, const std::string& id, const std::string& path = kFiles)
    {
        HttpCall call;
        call.method = "DELETE";
        call.path = path + "/" + id;
        call.token = tok(who);
        return client().send(call);
    }
    // GET .../files as `who`; the ids, or {"<status>"} when it was not 200.
    std::vector<std::string> listed(const std::string& who, const std::string& path = kFiles)
    {
        const HttpReply reply = client().get(path, tok(who));
        if (reply.status != 200)
            return {std::to_string(reply.status)};
        return idsOf(codec::decode<AccountFileList>(reply.body).files);
    }
    // Uploads data as `who`; returns its SHA-256 (empty on failure).
    std::string upload(const std::string& who, const std::string& data)
    {
        HttpCall call;
        call.method = "PUT";
        call.path = std::string(protocol::kBlobsPath) + "/" + sha256Of(data);
        call.body = data;
        call.token = tok(who);
        call.contentType = "application/octet-stream";
        const HttpReply reply = client().send(call);
        return reply.status == 201 || reply.status == 200 ? sha256Of(data) : std::string();
    }
    HttpReply download(const std::string& who, const std::string& sha, const std::string& method = "GET")
    {
        HttpCall call;
        call.method = method;
        call.path = std::string(protocol::kBlobsPath) + "/" + sha;
        call.token = tok(who);
        return client().send(call);
    }
    Catalog catalog(const std::string& who)
    {
        const HttpReply reply = client().get("/api/v1/catalog", tok(who));
        return reply.status == 200 ? codec::decode<Catalog>(reply.body) : Catalog{};
    }
    std::string catalogEtagInChanges(const std::string& who)
    {
        const HttpReply reply = client().get("/api/v1/changes?since=", tok(who));
        return reply.status == 200 ? codec::decode<ChangeSet>(reply.body).catalogEtag : std::string();
    }
    // Uploads fresh content as `who` and links it; the reply of the link.
    HttpReply linkNew(const std::string& who, const std::string& id, const std::string& object,
                      const std::string& name = "contract.pdf")
    {
        const std::string data = randomBytes(700);
        const std::string sha = upload(who, data);
        return link(who, linkJson(id, object, name, sha, 700));
    }

    HttpTestServer m_server;
    server::FileSettings m_defaultFiles;
    int m_next = 0; // ids for files no test refers to again
};

void TestHttpAccountFiles::initTestCase()
{
    QVERIFY(m_server.start());
}

void TestHttpAccountFiles::cleanupTestCase()
{
    m_server.stop();
}

void TestHttpAccountFiles::cleanup()
{
    m_server.reconfigure([this](server::Config& c) { c.files = m_defaultFiles; });
}

void TestHttpAccountFiles::needsAToken()
{
    VERIFY_ERROR(client().get(kFiles), 401, error::kUnauthorized, "");
    VERIFY_ERROR(client().post(kFiles, "{}"), 401, error::kUnauthorized, "");
    HttpCall del;
    del.method = "DELETE";
    del.path = std::string(kFiles) + "/" + uuid(1);
    VERIFY_ERROR(client().send(del), 401, error::kUnauthorized, "");
    HttpCall put;
    put.method = "PUT";
    put.path = kFiles;
    put.token = tok("anna");
    VERIFY_ERROR(client().send(put), 405, error::kMethodNotAllowed, "");
}

void TestHttpAccountFiles::linkListAndReplay()
{
    const std::string data = randomBytes(1000);
    const std::string sha = upload("anna", data);
    QVERIFY(!sha.empty());
    const std::string body = linkJson(uuid(1), "", "Kontrakt 2026.pdf", sha, 1000);

    const HttpReply created = link("anna", body);
    QCOMPARE(created.status, 201);
    const auto stored = codec::decode<AccountFile>(created.body);
    QCOMPARE(stored.id, uuid(1));
    QCOMPARE(stored.account, std::string("acme"));
    QCOMPARE(stored.object, std::string());
    QCOMPARE(stored.name, std::string("Kontrakt 2026.pdf"));
    QCOMPARE(stored.size, std::int64_t(1000));
    QCOMPARE(stored.sha256, sha);
    QCOMPARE(stored.mime, std::string("application/pdf"));
    QCOMPARE(stored.addedBy, std::string("anna@acme.example"));
    QVERIFY(!stored.createdAt.empty());

    // A replay answers the stored record, and adds nothing.
    const HttpReply replay = link("anna", body);
    QCOMPARE(replay.status, 200);
    QCOMPARE(codec::decode<AccountFile>(replay.body), stored);
    QCOMPARE(listed("anna"), std::vector<std::string>{uuid(1)});
    // The same id with other content, or from someone else, is a conflict.
    VERIFY_ERROR(link("anna", linkJson(uuid(1), "", "Other.pdf", sha, 1000)), 409, error::kConflict, "id");
    VERIFY_ERROR(link("staff", body), 409, error::kConflict, "id");

    // Who lists it: every member with some access, staff; a stranger learns nothing.
    for (const char* who : {"erik", "bo", "nils", "staff", "sten"})
        QCOMPARE(listed(who), std::vector<std::string>{uuid(1)});
    QCOMPARE(listed("dag"), std::vector<std::string>{"404"});
    VERIFY_ERROR(client().get(kFiles, tok("dag")), 404, error::kNotFound, "");
    VERIFY_ERROR(client().get("/api/v1/accounts/nowhere/files", tok("staff")), 404, error::kNotFound, "");
    QCOMPARE(listed("dag", "/api/v1/accounts/nordic/files"), std::vector<std::string>{});
}

void TestHttpAccountFiles::whoMayAdd()
{
    // Limited members read only; strangers and unknown accounts are "not found" — even
    // before their body is read.
    VERIFY_ERROR(linkNew("bo", uuid(10), ""), 403, error::kForbidden, "");
    VERIFY_ERROR(linkNew("nils", uuid(10), "aarhus"), 403, error::kForbidden, "");
    VERIFY_ERROR(linkNew("dag", uuid(10), ""), 404, error::kNotFound, "");
    VERIFY_ERROR(link("dag", "not json"), 404, error::kNotFound, "");
    VERIFY_ERROR(link("staff", "{}", "/api/v1/accounts/nowhere/files"), 404, error::kNotFound, "");
    // Full members, customer admins and staff add, account-wide or to an object.
    QCOMPARE(linkNew("erik", uuid(11), "odense").status, 201);
    QCOMPARE(linkNew("staff", uuid(12), "").status, 201);
    QCOMPARE(linkNew("dag", uuid(13), "", "nordic.pdf").status, 404); // acme is not dag's
    const std::string data = randomBytes(640);
    const std::string sha = upload("dag", data);
    QCOMPARE(link("dag", linkJson(uuid(13), "", "nordic.pdf", sha, 640), "/api/v1/accounts/nordic/files").status, 201);
    QCOMPARE(listed("dag", "/api/v1/accounts/nordic/files"), std::vector<std::string>{uuid(13)});
    QVERIFY(!containsId(listed("erik"), uuid(13)));
}

void TestHttpAccountFiles::scopedMemberSeesOwnObjectsFiles()
{
    // cecilie: payroll full, objects ["aarhus"].
    QCOMPARE(linkNew("cecilie", uuid(20), "aarhus").status, 201);
    VERIFY_ERROR(linkNew("cecilie", uuid(21), "odense"), 403, error::kForbidden, "");
    VERIFY_ERROR(linkNew("cecilie", uuid(21), ""), 403, error::kForbidden, "");
    QCOMPARE(linkNew("anna", uuid(22), "odense").status, 201);

    const std::vector<std::string> hers = listed("cecilie");
    QCOMPARE(hers, std::vector<std::string>{uuid(20)}); // not odense's, not account-wide ones
    const std::vector<std::string> annas = listed("anna");
    QVERIFY(containsId(annas, uuid(20)) && containsId(annas, uuid(22)));
    // Newest first.
    QVERIFY(std::find(annas.begin(), annas.end(), uuid(22)) < std::find(annas.begin(), annas.end(), uuid(20)));
}

void TestHttpAccountFiles::malformedBodies()
{
    VERIFY_ERROR(link("anna", "{\"id\":"), 400, error::kMalformedJson, "");
    VERIFY_ERROR(link("anna", "[]"), 400, error::kInvalidField, "");
    const std::string sha(64, 'a');
    std::string extra = linkJson(uuid(30), "", "a.pdf", sha, 1);
    extra.insert(extra.size() - 1, ",\"account\":\"nordic\"");
    VERIFY_ERROR(link("anna", extra), 400, error::kUnknownField, "account");
    VERIFY_ERROR(link("anna", R"({"id":")" + uuid(30) + R"(","name":"a.pdf","size":1})"), 400, error::kInvalidField, "sha256");
    HttpCall wrongType;
    wrongType.method = "POST";
    wrongType.path = kFiles;
    wrongType.body = linkJson(uuid(30), "", "a.pdf", sha, 1);
    wrongType.contentType = "text/plain";
    wrongType.token = tok("anna");
    QCOMPARE(client().send(wrongType).status / 100, 4);
    QVERIFY(!containsId(listed("anna"), uuid(30)));
}

void TestHttpAccountFiles::invalidFields()
{
    const std::string data = randomBytes(500);
    const std::string sha = upload("anna", data);
    VERIFY_ERROR(link("anna", linkJson("../etc", "", "a.pdf", sha, 500)), 422, error::kValidationFailed, "id");
    VERIFY_ERROR(link("anna", linkJson(uuid(31), "", "", sha, 500)), 422, error::kValidationFailed, "name");
    VERIFY_ERROR(link("anna", linkJson(uuid(31), "", std::string("a\0b.pdf", 7), sha, 500)), 422,
                 error::kValidationFailed, "name");
    VERIFY_ERROR(link("anna", linkJson(uuid(31), "", "a.pdf", "ABC", 500)), 422, error::kValidationFailed, "sha256");
    VERIFY_ERROR(link("anna", linkJson(uuid(31), "", "a.pdf", sha, -1)), 422, error::kValidationFailed, "size");
    VERIFY_ERROR(link("anna", linkJson(uuid(31), "", "a.pdf", sha, 500, "pdf; x")), 422,
                 error::kValidationFailed, "mime");
    // An object acme does not have (nordic's or nobody's).
    VERIFY_ERROR(link("anna", linkJson(uuid(31), "copenhagen", "a.pdf", sha, 500)), 422,
                 error::kValidationFailed, "object");
    VERIFY_ERROR(link("staff", linkJson(uuid(31), "copenhagen", "a.pdf", sha, 500)), 422,
                 error::kValidationFailed, "object");
    QVERIFY(!containsId(listed("anna"), uuid(31)));
}

void TestHttpAccountFiles::blobMustBeCompleteAndOfThatSize()
{
    // Never uploaded.
    const std::string missing = randomBytes(300);
    VERIFY_ERROR(link("anna", linkJson(uuid(40), "", "a.pdf", sha256Of(missing), 300)), 422,
                 error::kValidationFailed, "sha256");
    // Half uploaded.
    const std::string half = randomBytes(400);
    HttpCall chunk;
    chunk.method = "PUT";
    chunk.path = std::string(protocol::kBlobsPath) + "/" + sha256Of(half);
    chunk.body = half.substr(0, 200);
    chunk.contentType = "application/octet-stream";
    chunk.headers["Content-Range"] = "bytes 0-199/400";
    chunk.token = tok("anna");
    QCOMPARE(client().send(chunk).status, 202);
    VERIFY_ERROR(link("anna", linkJson(uuid(40), "", "a.pdf", sha256Of(half), 400)), 422,
                 error::kValidationFailed, "sha256");
    // Complete, but another size.
    const std::string whole = randomBytes(500);
    const std::string sha = upload("anna", whole);
    VERIFY_ERROR(link("anna", linkJson(uuid(40), "", "a.pdf", sha, 499)), 422, error::kValidationFailed, "sha256");
    // Complete, but someone else's upload that erik cannot see used anywhere.
    VERIFY_ERROR(link("erik", linkJson(uuid(40), "", "a.pdf", sha, 500)), 422, error::kValidationFailed, "sha256");
    QVERIFY(!containsId(listed("anna"), uuid(40)));
    QCOMPARE(link("anna", linkJson(uuid(40), "", "a.pdf", sha, 500)).status, 201);
}

void TestHttpAccountFiles::limitsOfFilesApply()
{
    const std::string big = randomBytes(1500);
    const std::string bigSha = upload("anna", big); // before the limit is lowered
    m_server.reconfigure([](server::Config& c) { c.files.maxFileBytes = 1000; });
    const HttpReply tooLarge = link("anna", linkJson(uuid(50), "", "big.pdf", bigSha, 1500));
    VERIFY_ERROR(tooLarge, 413, error::kPayloadTooLarge, "");
    QVERIFY(tooLarge.body.find("1000") != std::string::npos);
    m_server.reconfigure([this](server::Config& c) { c.files = m_defaultFiles; });

    const HttpReply byMime = link("anna", linkJson(uuid(50), "", "tool.pdf", bigSha, 1500, "application/x-msdownload"));
    VERIFY_ERROR(byMime, 415, error::kUnsupportedMediaType, "");
    QVERIFY(byMime.body.find("application/x-msdownload") != std::string::npos);
    VERIFY_ERROR(link("anna", linkJson(uuid(50), "", "setup.exe", bigSha, 1500)), 415, error::kUnsupportedMediaType, "");
    QVERIFY(!containsId(listed("anna"), uuid(50)));
    QCOMPARE(link("anna", linkJson(uuid(50), "", "big.pdf", bigSha, 1500)).status, 201);
}

void TestHttpAccountFiles::hostileNamesOfferedBackSafely()
{
    struct Hostile {
        std::string name;
        std::string mime;
    };
    const std::vector<Hostile> hostile = {
        {"../../etc/passwd.pdf", "application/pdf"},
        {"re\x01port\x7f\x1b[31m.pdf", "application/pdf"},
        {"CON.txt", "text/plain"},
        {std::string(300, 'x') + ".pdf", "application/pdf"},
        {"..\\..\\windows\\win.ini .txt.", "text/plain"},
    };
    int n = 60;
    for (const Hostile& c : hostile) {
        const std::string data = randomBytes(100 + static_cast<std::size_t>(n));
        const std::string sha = upload("anna", data);
        const std::string id = uuid(n++);
        const HttpReply created = link("anna", linkJson(id, "", c.name, sha, static_cast<std::int64_t>(data.size()), c.mime));
        QVERIFY2(created.status == 201, created.body.c_str());
        // Stored as sent, like an attachment's name: the record is the sender's ...
        QCOMPARE(codec::decode<AccountFile>(created.body).name, c.name);
        // ... and whoever saves it, the server included, offers it only as safeFileName.
        const std::string safe = files::safeFileName(c.name);
        QVERIFY(safe.size() <= files::kMaxFileNameBytes);
        QVERIFY(safe.find('/') == std::string::npos && safe.find('\\') == std::string::npos);
        QVERIFY(std::none_of(safe.begin(), safe.end(), [](char ch) { return static_cast<unsigned char>(ch) < 0x20 || ch == 0x7f; }));
        const HttpReply got = download("erik", sha);
        QCOMPARE(got.status, 200);
        const std::string disposition = got.header("content-disposition");
        QVERIFY2(disposition.find("filename=\"" + safe + "\"") != std::string::npos, disposition.c_str());
        QVERIFY(disposition.find("..") == std::string::npos);
        QVERIFY(disposition.find('/') == std::string::npos);
    }
    QCOMPARE(files::safeFileName("CON.txt"), std::string("_CON.txt"));
    QCOMPARE(files::safeFileName("../../etc/passwd.pdf"), std::string("passwd.pdf"));
}

void TestHttpAccountFiles::removeRules()
{
    const std::string data = randomBytes(800);
    const std::string sha = upload("anna", data);
    const std::string annasLink = linkJson(uuid(80), "", "contract.pdf", sha, 800);
    QCOMPARE(link("anna", annasLink).status, 201); // the customer admin's
    QCOMPARE(linkNew("erik", uuid(81), "aarhus").status, 201); // erik's, on aarhus
    QCOMPARE(linkNew("erik", uuid(82), "").status, 201);
    QCOMPARE(linkNew("erik", uuid(83), "").status, 201);

    // Who sees but did not add it and is no customer admin: 403; who cannot see it: 404.
    VERIFY_ERROR(remove("erik", uuid(80)), 403, error::kForbidden, "");
    VERIFY_ERROR(remove("bo", uuid(82)), 403, error::kForbidden, "");
    VERIFY_ERROR(remove("cecilie", uuid(82)), 404, error::kNotFound, ""); // account-wide: not hers to see
    VERIFY_ERROR(remove("cecilie", uuid(81)), 403, error::kForbidden, ""); // aarhus: she sees it
    VERIFY_ERROR(remove("dag", uuid(82)), 404, error::kNotFound, "");
    VERIFY_ERROR(remove("staff", uuid(82), "/api/v1/accounts/nordic/files"), 404, error::kNotFound, "");
    VERIFY_ERROR(remove("anna", uuid(999)), 404, error::kNotFound, "");

    // The adder, the customer admin and staff remove.
    QCOMPARE(remove("erik", uuid(82)).status, 204);
    QCOMPARE(remove("anna", uuid(81)).status, 204); // someone else's, as customer admin
    QCOMPARE(remove("staff", uuid(80)).status, 204);
    VERIFY_ERROR(remove("erik", uuid(82)), 404, error::kNotFound, ""); // twice: gone
    const std::vector<std::string> left = listed("anna");
    QVERIFY(containsId(left, uuid(83)));
    for (int gone : {80, 81, 82})
        QVERIFY(!containsId(left, uuid(gone)));
    // A late replay of a removed link does not bring it back.
    VERIFY_ERROR(link("anna", annasLink), 409, error::kConflict, "id");
    QVERIFY(!containsId(listed("anna"), uuid(80)));
}

void TestHttpAccountFiles::blobDownloadThroughAFile()
{
    const std::string wide = randomBytes(900);
    const std::string wideSha = upload("anna", wide);
    QCOMPARE(link("anna", linkJson(uuid(90), "", "Lønliste.pdf", wideSha, 900)).status, 201);
    const std::string site = randomBytes(901);
    const std::string siteSha = upload("anna", site);
    QCOMPARE(link("anna", linkJson(uuid(91), "aarhus", "plan.png", siteSha, 901, "image/png")).status, 201);

    // erik never uploaded it: seeing the file is enough.
    const HttpReply got = download("erik", wideSha);
    QCOMPARE(got.status, 200);
    QCOMPARE(got.body, wide);
    QCOMPARE(got.header("content-type"), std::string("application/pdf"));
    QVERIFY(got.header("content-disposition").find("filename*=UTF-8''L%C3%B8nliste.pdf") != std::string::npos);
    const HttpReply status = download("erik", wideSha, "HEAD");
    QCOMPARE(status.status, 200);
    QCOMPARE(status.header("upload-complete"), std::string("?1"));
    QCOMPARE(download("bo", wideSha).status, 200);
    QCOMPARE(download("staff", wideSha).status, 200);

    // Another account's member, and a scoped member for an account-wide file: as if missing.
    VERIFY_ERROR(download("dag", wideSha), 404, error::kNotFound, "");
    QCOMPARE(download("dag", wideSha, "HEAD").status, 404);
    VERIFY_ERROR(download("cecilie", wideSha), 404, error::kNotFound, "");
    QCOMPARE(download("cecilie", siteSha).status, 200);
    QCOMPARE(download("cecilie", siteSha).header("content-type"), std::string("image/png"));

    // Removed: no longer a way to the blob.
    QCOMPARE(remove("anna", uuid(90)).status, 204);
    VERIFY_ERROR(download("erik", wideSha), 404, error::kNotFound, "");

    // Seeing a file is holding its blob: erik may attach it to a case without uploading
    // it; dag, who cannot see the file, may not.
    auto attaching = [&](int attachment) {
        return ",\"attachments\":["
            + codec::dump(codec::Json{{"id", uuid(attachment)}, {"name", "plan.png"}, {"sha256", siteSha},
                                      {"size", 901}, {"mime", "image/png"}})
            + "]";
    };
    QCOMPARE(client().post("/api/v1/cases", newCaseJson(uuid(95), "acme", "payroll", attaching(96)), tok("erik")).status,
             201);
    VERIFY_ERROR(client().post("/api/v1/cases", newCaseJson(uuid(97), "nordic", "payroll", attaching(98)), tok("dag")),
                 422, error::kValidationFailed, "attachments");
}

void TestHttpAccountFiles::catalogListsVisibleFilesAndEtagMoves()
{
    const std::string erikBefore = catalogEtagInChanges("erik");
    const std::string dagBefore = catalogEtagInChanges("dag");
    const std::string cecilieBefore = catalogEtagInChanges("cecilie");
    QVERIFY(!erikBefore.empty() && !dagBefore.empty());

    QCOMPARE(linkNew("anna", uuid(100), "odense").status, 201);
    const std::string erikAfter = catalogEtagInChanges("erik");
    QVERIFY(erikAfter != erikBefore);
    QCOMPARE(catalogEtagInChanges("dag"), dagBefore); // another account's file
    QCOMPARE(catalogEtagInChanges("cecilie"), cecilieBefore); // another object's file
    // The catalog's ETag is the one in the changes page.
    QCOMPARE(client().get("/api/v1/catalog", tok("erik")).header("etag"), erikAfter);

    // Exactly what the files route lists, in the same order, for each caller.
    for (const char* who : {"anna", "erik", "bo", "cecilie", "nils"})
        QCOMPARE(idsOf(catalog(who).files), listed(who));
    const Catalog staffs = catalog("staff");
    QVERIFY(containsId(idsOf(staffs.files), uuid(100)));
    QVERIFY(containsId(idsOf(staffs.files), uuid(13))); // nordic's too
    QCOMPARE(idsOf(catalog("dag").files), listed("dag", "/api/v1/accounts/nordic/files"));
    QCOMPARE(catalog("erik").files.front().id, uuid(100)); // newest first

    QCOMPARE(remove("anna", uuid(100)).status, 204);
    QVERIFY(catalogEtagInChanges("erik") != erikAfter);
    QVERIFY(!containsId(idsOf(catalog("erik").files), uuid(100)));
}

void TestHttpAccountFiles::linkAndRemovalArePushed()
{
    Subscription erik(client(), tok("erik"));
    QCOMPARE(erik.next(), std::string("ready"));
    QCOMPARE(linkNew("anna", uuid(110), "").status, 201);
    QCOMPARE(erik.next(), std::string("changed"));
    QCOMPARE(remove("anna", uuid(110)).status, 204);
    QCOMPARE(erik.next(), std::string("changed"));
    // A scoped member hears of her object's file (that she is not told of the other
    // object's is the audience rule's table test, tst_events_audience).
    Subscription cecilie(client(), tok("cecilie"));
    QCOMPARE(cecilie.next(), std::string("ready"));
    QCOMPARE(linkNew("anna", uuid(111), "odense").status, 201);
    QCOMPARE(linkNew("anna", uuid(112), "aarhus").status, 201);
    QCOMPARE(cecilie.next(), std::string("changed"));
    QCOMPARE(erik.next(), std::string("changed"));
}

void TestHttpAccountFiles::filesSurviveARestart()
{
    const std::vector<std::string> before = listed("anna");
    const std::vector<std::string> cecilies = listed("cecilie");
    const std::string data = randomBytes(777);
    const std::string sha = upload("anna", data);
    QCOMPARE(link("anna", linkJson(uuid(120), "", "kept.pdf", sha, 777)).status, 201);

    m_server.stop();
    QVERIFY(m_server.start()); // the same data dir, a new store connection and new sessions

    std::vector<std::string> expected{uuid(120)};
    expected.insert(expected.end(), before.begin(), before.end());
    QCOMPARE(listed("anna"), expected);
    QCOMPARE(listed("cecilie"), cecilies);
    QCOMPARE(idsOf(catalog("anna").files), expected);
    const HttpReply got = download("erik", sha);
    QCOMPARE(got.status, 200);
    QCOMPARE(got.body, data);
    // Replay after the restart: still the same record.
    QCOMPARE(link("anna", linkJson(uuid(120), "", "kept.pdf", sha, 777)).status, 200);
}

QTEST_GUILESS_MAIN(TestHttpAccountFiles)
#include "tst_http_account_files.moc"
