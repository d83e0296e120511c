#pragma once

// File names and types of attachments, shared by the server (Content-Disposition,
// allowed types) and the client (saving a download, checking a file before upload).
// Pure functions, no I/O.

#include <string>
#include <string_view>
#include <vector>

namespace caseport::files {

// Longest name safeFileName returns, in bytes of UTF-8 (NAME_MAX on Linux; fewer
// UTF-16 units than Windows' 255).
inline constexpr std::size_t kMaxFileNameBytes = 255;

// A name that is safe to create in any folder on Windows, macOS and Linux, made from
// whatever a sender called the file:
// - only the last path component is kept ('/' and '\' both separate);
// - control characters (C0, DEL, C1), bidirectional overrides and isolates (which can
//   make "gpj.exe" look like "exe.jpg") and <>:"|?* are removed; bytes that are not
//   UTF-8 become '_';
// - trailing dots and spaces are trimmed (Windows drops them silently);
// - reserved Windows device names (CON, PRN, AUX, NUL, COM1-9, LPT1-9, also with an
//   extension such as "nul.txt") get a '_' prefix;
// - at most kMaxFileNameBytes bytes, cut between code points, keeping the extension;
// - never empty, "." or ".." ("file" instead).
[[nodiscard]] std::string safeFileName(std::string_view name);

// True for a MIME type "type/subtype" made of RFC 7230 token characters, without
// parameters (what an attachment may declare; it is sent back as Content-Type).
[[nodiscard]] bool isMimeType(std::string_view text);

// Whether a file may be attached under an allow-list whose entries are MIME patterns
// ("application/pdf", "image/*", "*/*" for every type) or name endings (".pdf",
// ".tar.gz"), compared without regard to ASCII case: the list must have at least one
// entry, and both isAllowedMimeType and isAllowedFileName must hold.
[[nodiscard]] bool isAllowedFileType(const std::vector<std::string>& allowed,
                                     std::string_view name, std::string_view mime);
// True when the list has no MIME patterns or `mime` (parameters ignored; empty counts
// as "application/octet-stream") matches one.
[[nodiscard]] bool isAllowedMimeType(const std::vector<std::string>& allowed, std::string_view mime);
// True when the list has no name endings or safeFileName(name) ends with one.
[[nodiscard]] bool isAllowedFileName(const std::vector<std::string>& allowed, std::string_view name);

// True when the entry is a MIME pattern or a name ending isAllowedFileType understands.
[[nodiscard]] bool isFileTypePattern(std::string_view entry);

} // namespace caseport::files
