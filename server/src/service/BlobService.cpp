#include "service/BlobService.h"

#include "auth/Authenticator.h"
#include "blob/BlobStore.h"
#include "caseport/AccessPolicy.h"
#include "caseport/AccountFileRules.h"
#include "caseport/CaseRules.h"
#include "caseport/FileNames.h"
#include "config/Config.h"
#include "store/Store.h"
#include "util/Time.h"

namespace caseport::server {
namespace {

bool maySee(const Caller& caller, const BlobUse& use)
{
    return access::canSeeCase(caller.viewer, access::factsOf(use.parent))
        && (!use.attachment.internal || access::canSeeInternalPosts(caller.viewer));
}

} // namespace

BlobService::BlobService(Store& store, BlobStore& blobs)
    : m_store(store)
    , m_blobs(blobs)
{
}

bool BlobService::holds(const Caller& caller, const std::string& sha256)
{
    return m_store.isBlobHolder(sha256, caller.profile.id) || offerFor(caller, sha256);
}

void BlobService::recordUpload(const Caller& caller, const std::string& sha256)
{
    m_store.recordBlobHolder(sha256, caller.profile.id, toRfc3339(nowUnixSeconds()));
}

std::optional<Attachment> BlobService::visibleUse(const Caller& caller, const std::string& sha256)
{
    for (BlobUse& use : m_store.usesOfBlob(sha256)) {
        if (maySee(caller, use))
            return std::move(use.attachment.value);
    }
    return std::nullopt;
}

std::optional<BlobOffer> BlobService::offerFor(const Caller& caller, const std::string& sha256)
{
    if (auto attachment = visibleUse(caller, sha256))
        return BlobOffer{std::move(attachment->name), std::move(attachment->mime)};
    for (AccountFile& file : m_store.accountFilesUsingBlob(sha256)) {
        if (access::canSeeAccountFile(caller.viewer, access::factsOf(file)))
            return BlobOffer{std::move(file.name), std::move(file.mime)};
    }
    return std::nullopt;
}

AttachmentVerdict BlobService::check(const Caller& caller, const std::vector<AttachmentRef>& refs)
{
    using Kind = AttachmentVerdict::Kind;
    if (!rules::validateAttachmentRefs(refs).empty())
        return {Kind::Invalid, "invalid"};
    const FileSettings& settings = caller.config->files;
    for (const AttachmentRef& ref : refs) {
        if (!files::isAllowedFileType(settings.allowedTypes, ref.name, ref.mime))
            return {Kind::UnsupportedType,
                    (ref.mime.empty() ? std::string("a file without a type") : ref.mime) + " ("
                        + files::safeFileName(ref.name) + ")"};
        if (ref.size > settings.maxFileBytes)
            return {Kind::TooLarge, std::to_string(ref.size) + " bytes"};
    }
    for (const AttachmentRef& ref : refs) {
        // A blob the caller does not hold answers like a missing one.
        if (m_blobs.completeSize(ref.sha256) != ref.size || !holds(caller, ref.sha256))
            return {Kind::Invalid, "unknown"};
    }
    return {};
}

std::vector<Attachment> BlobService::toAttachments(const std::vector<AttachmentRef>& refs)
{
    std::vector<Attachment> out;
    out.reserve(refs.size());
    for (const AttachmentRef& ref : refs) {
        Attachment a;
        a.id = ref.id;
        a.name = ref.name;
        a.size = ref.size;
        a.sha256 = ref.sha256;
        a.mime = ref.mime;
        out.push_back(std::move(a));
    }
    return out;
}

} // namespace caseport::server
