// The blob routes (docs/api.md, "Files"): resumable uploads with Content-Range, upload
// progress with HEAD, downloads with Range. Bodies are streamed both ways in pieces;
// no handler ever holds a whole file in memory.

#include "blob/BlobStore.h"
#include "caseport/FileNames.h"
#include "caseport/Protocol.h"
#include "config/Config.h"
#include "http/ByteRanges.h"
#include "http/Exchange.h"
#include "http/HttpError.h"
#include "http/RouteHandler.h"
#include "http/Routes.h"
#include "service/Services.h"

#include <Poco/Exception.h>
#include <Poco/Net/HTTPServerRequest.h>
#include <Poco/Net/HTTPServerResponse.h>
#include <Poco/String.h>
#include <Poco/URI.h>

#include <fstream>
#include <vector>

namespace caseport::server::routes {
namespace {

using Http = Poco::Net::HTTPResponse;

constexpr std::size_t kDownloadBuffer = 256 * 1024;
constexpr const char* kOctetStream = "application/octet-stream";

void setHeader(Exchange& ex, const std::string& name, const std::string& value)
{
    ex.request().response().set(name, value);
}

void setOffset(Exchange& ex, std::int64_t offset)
{
    setHeader(ex, protocol::kUploadOffsetHeader, std::to_string(offset));
}

// The same answer for a blob that does not exist and one the caller may not have.
HttpError noSuchBlob()
{
    return HttpError(Http::HTTP_NOT_FOUND, error::kNotFound, "no such blob");
}

HttpError tooLarge(const FileSettings& settings)
{
    return HttpError(Http::HTTP_REQUESTENTITYTOOLARGE, error::kPayloadTooLarge,
                     "a file may have at most " + std::to_string(settings.maxFileBytes) + " bytes");
}

// 415 unless the type (Content-Type) and name (X-Filename) the upload declares, where
// it declares them, are allowed. application/octet-stream declares nothing: the
// authoritative check is when a case or post refers to the blob.
void checkDeclaredType(const FileSettings& settings, Exchange& ex)
{
    const Poco::Net::HTTPServerRequest& request = ex.request();
    const std::string type = Poco::toLower(request.getContentType());
    const std::string base = Poco::trim(type.substr(0, type.find(';')));
    if (!base.empty() && base != kOctetStream && !files::isAllowedMimeType(settings.allowedTypes, base))
        throw HttpError(Http::HTTP_UNSUPPORTED_MEDIA_TYPE, error::kUnsupportedMediaType,
                        "files of type " + base + " are not accepted");
    if (!request.has(protocol::kFileNameHeader))
        return;
    std::string name;
    try {
        Poco::URI::decode(request.get(protocol::kFileNameHeader), name);
    } catch (const Poco::Exception&) {
        throw HttpError(Http::HTTP_BAD_REQUEST, error::kBadRequest,
                        std::string(protocol::kFileNameHeader) + " is not valid percent-encoding");
    }
    if (!files::isAllowedFileName(settings.allowedTypes, name))
        throw HttpError(Http::HTTP_UNSUPPORTED_MEDIA_TYPE, error::kUnsupportedMediaType,
                        "files named like " + files::safeFileName(name) + " are not accepted");
}

// RFC 6266/8187: an ASCII fallback plus the exact name, both of safeFileName().
std::string contentDisposition(const std::string& name)
{
    const std::string safe = files::safeFileName(name);
    std::string fallback;
    std::string encoded;
    constexpr std::string_view kAttrChars = "!#$&+-.^_`|~";
    static constexpr char kHex[] = "0123456789ABCDEF";
    for (const char c : safe) {
        const auto u = static_cast<unsigned char>(c);
        if (u >= 0x80) {
            if (u >= 0xC0) // one '_' per code point
                fallback += '_';
        } else if (u >= 0x20 && u != 0x7F && c != '"' && c != '\\') {
            fallback += c;
        }
        const bool plain = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
            || kAttrChars.find(c) != std::string_view::npos;
        if (plain) {
            encoded += c;
        } else {
            encoded += '%';
            encoded += kHex[u >> 4];
            encoded += kHex[u & 0x0F];
        }
    }
    return "attachment; filename=\"" + fallback + "\"; filename*=UTF-8''" + encoded;
}

// Writes bytes first..last of the file to out; stops quietly when the client goes away.
void copyRange(const std::string& path, std::int64_t first, std::int64_t last, std::ostream& out)
{
    std::ifstream file(path, std::ios::binary);
    file.seekg(first);
    std::vector<char> buffer(kDownloadBuffer);
    std::int64_t left = last - first + 1;
    try {
        while (left > 0 && file && out) {
            const auto want = static_cast<std::streamsize>(
                std::min<std::int64_t>(left, static_cast<std::int64_t>(buffer.size())));
            file.read(buffer.data(), want);
            const std::streamsize got = file.gcount();
            if (got <= 0)
                break;
            out.write(buffer.data(), got);
            left -= got;
        }
        out.flush();
    } catch (const Poco::Exception&) { // the connection broke: nobody to answer
    }
}

} // namespace

Handler uploadBlob(Services& s, std::string sha256)
{
    return make(s, [sha256 = std::move(sha256)](Services& svc, Exchange& ex) {
        const Caller caller = requireCaller(svc, ex);
        if (!BlobStore::isName(sha256))
            throw HttpError(Http::HTTP_BAD_REQUEST, error::kInvalidField,
                            "a blob is named by the SHA-256 of its content, in lower-case hex",
                            "sha256");
        const FileSettings& settings = caller.config->files;
        checkDeclaredType(settings, ex);
        Poco::Net::HTTPServerRequest& request = ex.request();
        std::optional<ContentRange> range;
        if (request.has("Content-Range")) {
            range = parseContentRange(request.get("Content-Range"));
            if (!range)
                throw HttpError(Http::HTTP_BAD_REQUEST, error::kBadRequest,
                                "Content-Range must be \"bytes FIRST-LAST/TOTAL\" or "
                                "\"bytes */TOTAL\"");
        }
        const bool hasLength = request.hasContentLength() && !request.getChunkedTransferEncoding();
        const std::int64_t total = range ? range->total : hasLength ? request.getContentLength64() : 0;
        if (total > settings.maxFileBytes)
            throw tooLarge(settings);
        if (range && hasLength && request.getContentLength64() != range->length())
            throw HttpError(Http::HTTP_BAD_REQUEST, error::kBadRequest,
                            "Content-Length does not match Content-Range");

        BlobService& blobs = svc.blobs;
        if (const auto size = blobs.blobs().completeSize(sha256); size && blobs.holds(caller, sha256)) {
            // Nothing to store. A chunk-sized body is still read (and dropped): closing on
            // unread bytes makes the kernel reset the connection, which can swallow this
            // answer at the client. A bigger one is cut short (the connection then closes).
            constexpr std::int64_t kDiscardLimit = 16 * 1024 * 1024;
            (void)ex.streamBody([](const char*, std::size_t) {}, kDiscardLimit);
            setOffset(ex, *size);
            ex.sendEmpty(Http::HTTP_OK);
            return;
        }
        const auto upload = blobs.blobs().openUpload(sha256, caller.profile.id);
        if (!upload) {
            setOffset(ex, blobs.blobs().partialSize(sha256, caller.profile.id).value_or(0));
            throw HttpError(Http::HTTP_CONFLICT, error::kConflict,
                            "another upload of this blob is in progress; ask HEAD and resume");
        }
        if (!range) {
            upload->restart(); // the whole file in one request
        } else if (range->first != upload->offset()) {
            setOffset(ex, upload->offset());
            throw HttpError(Http::HTTP_CONFLICT, error::kConflict,
                            "the upload is at offset " + std::to_string(upload->offset())
                                + "; send the bytes from there");
        }

        const std::int64_t limit = range ? range->length() : settings.maxFileBytes;
        const auto body = ex.streamBody(
            [&upload](const char* data, std::size_t size) { upload->append(data, size); }, limit);
        if (body.overflow && !range) {
            upload->discard();
            throw tooLarge(settings);
        }
        if (!body.complete || body.overflow || (range && body.bytes != range->length())) {
            // A cut connection: what arrived stays for a resume (no one may hear this).
            upload->sync();
            setOffset(ex, upload->offset());
            throw HttpError(Http::HTTP_BAD_REQUEST, error::kBadRequest,
                            body.overflow ? "the body is longer than its Content-Range"
                                          : "the body ended early; ask HEAD and resume");
        }
        if (range && upload->offset() < range->total) {
            upload->sync();
            setOffset(ex, upload->offset());
            ex.sendEmpty(Http::HTTP_ACCEPTED);
            return;
        }
        const std::int64_t size = upload->offset();
        if (upload->complete() == BlobUpload::Completion::Mismatch)
            throw HttpError(Http::HTTP_UNPROCESSABLE_ENTITY, error::kValidationFailed,
                            "sha256: the content does not hash to the blob's name; the upload "
                            "was dropped",
                            "sha256");
        blobs.recordUpload(caller, sha256);
        setOffset(ex, size);
        setHeader(ex, "Location", std::string(protocol::kBlobsPath) + "/" + sha256);
        ex.sendEmpty(Http::HTTP_CREATED);
    });
}

Handler blobStatus(Services& s, std::string sha256)
{
    return make(s, [sha256 = std::move(sha256)](Services& svc, Exchange& ex) {
        const Caller caller = requireCaller(svc, ex);
        if (!BlobStore::isName(sha256))
            throw noSuchBlob();
        BlobService& blobs = svc.blobs;
        if (const auto size = blobs.blobs().completeSize(sha256); size && blobs.holds(caller, sha256)) {
            setOffset(ex, *size);
            setHeader(ex, protocol::kUploadCompleteHeader, "?1");
            static_cast<void>(ex.sendStream(Http::HTTP_OK, *size, kOctetStream));
            return;
        }
        if (const auto received = blobs.blobs().partialSize(sha256, caller.profile.id)) {
            setOffset(ex, *received);
            setHeader(ex, protocol::kUploadCompleteHeader, "?0");
            ex.sendEmpty(Http::HTTP_OK);
            return;
        }
        throw noSuchBlob();
    });
}

Handler downloadBlob(Services& s, std::string sha256)
{
    return make(s, [sha256 = std::move(sha256)](Services& svc, Exchange& ex) {
        const Caller caller = requireCaller(svc, ex);
        if (!BlobStore::isName(sha256))
            throw noSuchBlob();
        const auto use = svc.blobs.offerFor(caller, sha256);
        const auto size = use ? svc.blobs.blobs().completeSize(sha256) : std::nullopt;
        if (!use || !size)
            throw noSuchBlob();

        const std::string etag = "\"" + sha256 + "\"";
        setHeader(ex, "Accept-Ranges", "bytes");
        setHeader(ex, "ETag", etag);
        setHeader(ex, "Cache-Control", "private");
        setHeader(ex, "X-Content-Type-Options", "nosniff");
        setHeader(ex, "Content-Disposition", contentDisposition(use->name));
        const Poco::Net::HTTPServerRequest& request = ex.request();
        RangeRequest range;
        // If-Range with another validator asks for the whole (changed) file; a blob never
        // changes, so only its own ETag keeps the Range.
        if (request.has("Range") && (!request.has("If-Range") || request.get("If-Range") == etag))
            range = parseRange(request.get("Range"), *size);
        if (range.kind == RangeRequest::Kind::Unsatisfiable) {
            setHeader(ex, "Content-Range", "bytes */" + std::to_string(*size));
            throw HttpError(Http::HTTP_REQUESTED_RANGE_NOT_SATISFIABLE, error::kRangeNotSatisfiable,
                            "the blob has " + std::to_string(*size) + " bytes");
        }
        const std::string type = files::isMimeType(use->mime) ? use->mime : kOctetStream;
        std::int64_t first = 0;
        std::int64_t last = *size - 1;
        Http::HTTPStatus status = Http::HTTP_OK;
        if (range.kind == RangeRequest::Kind::Part) {
            first = range.first;
            last = range.last;
            status = Http::HTTP_PARTIAL_CONTENT;
            setHeader(ex, "Content-Range", "bytes " + std::to_string(first) + "-"
                                               + std::to_string(last) + "/" + std::to_string(*size));
        }
        std::ostream& out = ex.sendStream(status, last - first + 1, type);
        copyRange(svc.blobs.blobs().pathOf(sha256).string(), first, last, out);
    });
}

} // namespace caseport::server::routes
