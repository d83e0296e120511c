#include "blob/BlobStore.h"

#include "blob/Sha256.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <system_error>
#include <vector>

namespace caseport::server {
namespace fs = std::filesystem;

namespace {

constexpr std::size_t kHashBuffer = 1 << 20; // read size when re-hashing

BlobError ioError(const std::string& what, const fs::path& path, int error = errno)
{
    return BlobError(what + " " + path.string() + ": " + std::strerror(error));
}

// The size of a regular file, or nullopt when there is none.
std::optional<std::int64_t> regularFileSize(const fs::path& path)
{
    struct stat info {};
    if (::stat(path.c_str(), &info) != 0 || !S_ISREG(info.st_mode))
        return std::nullopt;
    return static_cast<std::int64_t>(info.st_size);
}

// Makes the directory's entries (a rename, a new file) durable.
void syncDirectory(const fs::path& dir)
{
    const int fd = ::open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0)
        throw ioError("cannot open directory", dir);
    const int result = ::fsync(fd);
    const int error = errno;
    ::close(fd);
    if (result != 0)
        throw ioError("cannot fsync directory", dir, error);
}

// Creates the directory if missing; true if it was created (its parent then needs a sync).
bool makeDirectory(const fs::path& dir)
{
    if (::mkdir(dir.c_str(), 0700) == 0)
        return true;
    if (errno == EEXIST)
        return false;
    throw ioError("cannot create directory", dir);
}

std::string hashFile(const fs::path& path)
{
    const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        throw ioError("cannot open", path);
    ::posix_fadvise(fd, 0, 0, POSIX_FADV_SEQUENTIAL);
    Sha256 hash;
    std::vector<char> buffer(kHashBuffer);
    while (true) {
        const ssize_t got = ::read(fd, buffer.data(), buffer.size());
        if (got < 0 && errno == EINTR)
            continue;
        if (got < 0) {
            const int error = errno;
            ::close(fd);
            throw ioError("cannot read", path, error);
        }
        if (got == 0)
            break;
        hash.update(buffer.data(), static_cast<std::size_t>(got));
    }
    ::close(fd);
    return hash.finishHex();
}

} // namespace

BlobStore::BlobStore(const std::string& dataDir)
    : m_root(fs::path(dataDir) / "blobs")
    , m_partialDir(m_root / "partial")
{
    std::error_code error;
    fs::create_directories(m_partialDir, error);
    if (error)
        throw BlobError("cannot create " + m_partialDir.string() + ": " + error.message());
}

BlobStore::~BlobStore() = default;

bool BlobStore::isName(std::string_view text)
{
    return text.size() == 64 && std::all_of(text.begin(), text.end(), [](char c) {
               return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f');
           });
}

std::string BlobStore::uploaderKey(const std::string& uploader)
{
    return Sha256::hex(uploader).substr(0, 16);
}

fs::path BlobStore::pathOf(const std::string& sha256) const
{
    return m_root / sha256.substr(0, 2) / sha256;
}

fs::path BlobStore::partialPathOf(const std::string& sha256, const std::string& uploader) const
{
    return m_partialDir / (sha256 + "." + uploaderKey(uploader) + ".part");
}

std::optional<std::int64_t> BlobStore::completeSize(const std::string& sha256) const
{
    if (!isName(sha256))
        return std::nullopt;
    return regularFileSize(pathOf(sha256));
}

std::optional<std::int64_t> BlobStore::partialSize(const std::string& sha256,
                                                   const std::string& uploader) const
{
    if (!isName(sha256))
        return std::nullopt;
    return regularFileSize(partialPathOf(sha256, uploader));
}

std::unique_ptr<BlobUpload> BlobStore::openUpload(const std::string& sha256,
                                                  const std::string& uploader)
{
    if (!isName(sha256))
        throw BlobError("not a blob name: " + sha256);
    const fs::path partial = partialPathOf(sha256, uploader);
    {
        std::lock_guard lock(m_mutex);
        if (!m_open.insert(partial.string()).second)
            return nullptr;
    }
    const int fd = ::open(partial.c_str(), O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0600);
    struct stat info {};
    if (fd < 0 || ::fstat(fd, &info) != 0) {
        const int error = errno;
        if (fd >= 0)
            ::close(fd);
        release(partial.string());
        throw ioError("cannot open", partial, error);
    }
    return std::make_unique<BlobUpload>(*this, sha256, partial, fd,
                                        static_cast<std::int64_t>(info.st_size));
}

void BlobStore::release(const std::string& partialPath)
{
    std::lock_guard lock(m_mutex);
    m_open.erase(partialPath);
}

BlobUpload::BlobUpload(BlobStore& store, std::string sha256, fs::path partial, int fd,
                       std::int64_t offset)
    : m_store(store)
    , m_sha256(std::move(sha256))
    , m_partial(std::move(partial))
    , m_fd(fd)
    , m_offset(offset)
{
}

BlobUpload::~BlobUpload()
{
    closeFile();
    m_store.release(m_partial.string());
}

void BlobUpload::closeFile()
{
    if (m_fd >= 0)
        ::close(m_fd);
    m_fd = -1;
}

void BlobUpload::restart()
{
    if (m_fd < 0)
        throw BlobError("upload already finished: " + m_partial.string());
    if (::ftruncate(m_fd, 0) != 0)
        throw ioError("cannot truncate", m_partial);
    m_offset = 0;
}

void BlobUpload::append(const char* data, std::size_t size)
{
    if (m_fd < 0)
        throw BlobError("upload already finished: " + m_partial.string());
    while (size > 0) {
        const ssize_t written = ::write(m_fd, data, size);
        if (written < 0 && errno == EINTR)
            continue;
        if (written < 0)
            throw ioError("cannot write", m_partial);
        data += written;
        size -= static_cast<std::size_t>(written);
        m_offset += written;
    }
}

void BlobUpload::sync()
{
    if (m_fd >= 0 && ::fdatasync(m_fd) != 0)
        throw ioError("cannot fsync", m_partial);
}

BlobUpload::Completion BlobUpload::complete()
{
    if (m_fd < 0)
        throw BlobError("upload already finished: " + m_partial.string());
    if (::fsync(m_fd) != 0)
        throw ioError("cannot fsync", m_partial);
    closeFile();
    if (hashFile(m_partial) != m_sha256) {
        discard();
        return Completion::Mismatch;
    }
    const fs::path target = m_store.pathOf(m_sha256);
    if (regularFileSize(target)) { // someone else's upload completed it first
        discard();
        return Completion::AlreadyStored;
    }
    const fs::path dir = target.parent_path();
    if (makeDirectory(dir))
        syncDirectory(m_store.m_root);
    if (::rename(m_partial.c_str(), target.c_str()) != 0)
        throw ioError("cannot move into place", target);
    syncDirectory(dir);
    syncDirectory(m_store.m_partialDir);
    return Completion::Stored;
}

void BlobUpload::discard()
{
    closeFile();
    if (::unlink(m_partial.c_str()) != 0 && errno != ENOENT)
        throw ioError("cannot remove", m_partial);
}

} // namespace caseport::server
