#pragma once

// The byte-range headers of blob uploads and downloads (RFC 9110 §14), parsed strictly.
// Pure functions.

#include <cstdint>
#include <optional>
#include <string_view>

namespace caseport::server {

// "Content-Range: bytes FIRST-LAST/TOTAL" on an upload chunk (LAST inclusive), or
// "bytes */TOTAL" for no bytes (asks to finish an upload that has all TOTAL bytes).
struct ContentRange {
    std::int64_t first = 0;
    std::int64_t last = -1; // first - 1 for "bytes */TOTAL"
    std::int64_t total = 0;

    [[nodiscard]] std::int64_t length() const { return last - first + 1; }
    [[nodiscard]] bool empty() const { return length() == 0; }
};

// nullopt for anything malformed: another unit, LAST < FIRST, LAST >= TOTAL, an
// unknown total ("/*"), signs, spaces inside numbers, numbers beyond 2^63.
[[nodiscard]] std::optional<ContentRange> parseContentRange(std::string_view header);

// What "Range: bytes=…" asks of a representation of `size` bytes.
struct RangeRequest {
    enum class Kind {
        Whole, // no Range, or one we ignore (other unit, several ranges, malformed): 200
        Part, // a satisfiable single range: 206 with first..last
        Unsatisfiable, // 416 with "Content-Range: bytes */size"
    };
    Kind kind = Kind::Whole;
    std::int64_t first = 0;
    std::int64_t last = -1; // inclusive
};

// Supports "bytes=A-B", "bytes=A-" and "bytes=-N" (the last N bytes).
[[nodiscard]] RangeRequest parseRange(std::string_view header, std::int64_t size);

} // namespace caseport::server
