#pragma once

// Content-addressed files (DESIGN §7): a complete blob lives at
// <data_dir>/blobs/<first 2 hex>/<sha256> and is stored once, however many attachments
// use it. An upload in progress is <data_dir>/blobs/partial/<sha256>.<uploader>.part
// (one per uploader, so nobody learns of or writes into somebody else's upload). Only
// content that was re-hashed against its name, fsync'ed and renamed into place (the
// directory fsync'ed too) is ever a complete blob; metadata may refer only to those.
//
// Thread-safe. Each upload is exclusive: one BlobUpload per blob and uploader at a time.

#include <cstdint>
#include <filesystem>
#include <memory>
#include <mutex>
#include <optional>
#include <set>
#include <stdexcept>
#include <string>
#include <string_view>

namespace caseport::server {

class BlobUpload;

// An I/O failure of the blob directory (disk full, permissions); answered as 500.
class BlobError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

class BlobStore {
public:
    // Creates <dataDir>/blobs and blobs/partial if missing; throws BlobError if it cannot.
    explicit BlobStore(const std::string& dataDir);
    ~BlobStore();
    BlobStore(const BlobStore&) = delete;
    BlobStore& operator=(const BlobStore&) = delete;

    // True for a blob name: 64 lower-case hex digits (a SHA-256).
    [[nodiscard]] static bool isName(std::string_view text);
    // A short, file-name-safe key for an uploader (e.g. a user's e-mail).
    [[nodiscard]] static std::string uploaderKey(const std::string& uploader);

    // The size of the complete blob, or nullopt when there is none.
    [[nodiscard]] std::optional<std::int64_t> completeSize(const std::string& sha256) const;
    // The bytes of `uploader`'s upload in progress on disk, or nullopt when there is none.
    [[nodiscard]] std::optional<std::int64_t> partialSize(const std::string& sha256,
                                                          const std::string& uploader) const;
    // Where the complete blob is (whether or not it exists).
    [[nodiscard]] std::filesystem::path pathOf(const std::string& sha256) const;

    // Starts or resumes `uploader`'s upload of the blob; nullptr while another
    // BlobUpload of the same blob and uploader is open (a second connection).
    [[nodiscard]] std::unique_ptr<BlobUpload> openUpload(const std::string& sha256,
                                                         const std::string& uploader);

private:
    friend class BlobUpload;
    [[nodiscard]] std::filesystem::path partialPathOf(const std::string& sha256,
                                                      const std::string& uploader) const;
    void release(const std::string& partialPath);

    std::filesystem::path m_root; // <data_dir>/blobs
    std::filesystem::path m_partialDir; // <data_dir>/blobs/partial
    std::mutex m_mutex;
    std::set<std::string> m_open; // partial files with a BlobUpload open
};

// One uploader's upload of one blob: appends to its partial file, then verifies and
// completes it. Made by BlobStore::openUpload; used by one thread; must not outlive
// the store. Closing it keeps the partial file for a later resume.
class BlobUpload {
public:
    enum class Completion {
        Stored, // the content matched its name and is now a complete blob
        AlreadyStored, // it matched, and the blob was complete already: the copy is dropped
        Mismatch, // the content does not hash to the name: the partial file is dropped
    };

    BlobUpload(BlobStore& store, std::string sha256, std::filesystem::path partial, int fd,
               std::int64_t offset);
    ~BlobUpload();
    BlobUpload(const BlobUpload&) = delete;
    BlobUpload& operator=(const BlobUpload&) = delete;

    // Bytes received so far (the partial file's length).
    [[nodiscard]] std::int64_t offset() const { return m_offset; }
    // Starts again from nothing.
    void restart();
    // Appends at offset(); throws BlobError (what was written stays).
    void append(const char* data, std::size_t size);
    // Makes offset() bytes durable (fdatasync).
    void sync();
    // fsync, re-hash the whole partial file (streaming SHA-256), compare with the name;
    // on a match rename it into place and fsync the directories. The upload is over
    // afterwards whatever the answer.
    [[nodiscard]] Completion complete();
    // Drops the partial file.
    void discard();

private:
    void closeFile();

    BlobStore& m_store;
    std::string m_sha256;
    std::filesystem::path m_partial;
    int m_fd = -1;
    std::int64_t m_offset = 0;
};

} // namespace caseport::server
