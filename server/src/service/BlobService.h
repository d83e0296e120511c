#pragma once

// Attachments' content behind the HTTP routes: who holds a blob, which attachment a
// download is served as, and whether a new case or post may refer to blobs. Knows
// nothing about HTTP. Thread-safe; holds references to a Store and a BlobStore that
// must outlive it; the configuration comes with each Caller.
//
// A caller *holds* a blob when they uploaded all of it themselves (the server hashed
// their bytes) or can see an attachment or an account file that uses it. Only holders learn that a blob
// exists (HEAD, PUT 200) or may attach it: knowing a SHA-256 is not having the file.

#include "caseport/Case.h"
#include "caseport/Post.h"

#include <optional>
#include <string>
#include <vector>

namespace caseport::server {

class BlobStore;
struct Caller;
class Store;

struct AttachmentVerdict {
    enum class Kind {
        Ok,
        Invalid, // malformed, or no complete blob of that size the caller holds (422)
        UnsupportedType, // detail names the type (415)
        TooLarge, // over [files] max_file_bytes (413)
    };
    Kind kind = Kind::Ok;
    std::string detail;
};

// What a download of a blob is served as: the name (for Content-Disposition, through
// safeFileName) and the declared type.
struct BlobOffer {
    std::string name;
    std::string mime;
};

class BlobService {
public:
    BlobService(Store& store, BlobStore& blobs);

    [[nodiscard]] BlobStore& blobs() { return m_blobs; }

    [[nodiscard]] bool holds(const Caller& caller, const std::string& sha256);
    // Records that the caller uploaded the whole blob.
    void recordUpload(const Caller& caller, const std::string& sha256);
    // The oldest attachment using the blob that the caller may see (internal posts'
    // attachments for staff only); nullopt means "not found" for this caller.
    [[nodiscard]] std::optional<Attachment> visibleUse(const Caller& caller,
                                                       const std::string& sha256);
    // What the caller may download the blob as: the visible attachment using it
    // (visibleUse), else the newest account file using it that the caller may see
    // (access::canSeeAccountFile); nullopt means "not found" for this caller.
    [[nodiscard]] std::optional<BlobOffer> offerFor(const Caller& caller, const std::string& sha256);
    // Whether a new case or post may carry these attachments: well-formed (rules::
    // validateAttachmentRefs), of an allowed type, within the size limit, each a
    // complete blob of exactly that size that the caller holds.
    [[nodiscard]] AttachmentVerdict check(const Caller& caller,
                                          const std::vector<AttachmentRef>& refs);
    // The records to store for them (case, post and time are the store's to fill in).
    [[nodiscard]] static std::vector<Attachment> toAttachments(const std::vector<AttachmentRef>& refs);

private:
    Store& m_store;
    BlobStore& m_blobs;
};

} // namespace caseport::server
