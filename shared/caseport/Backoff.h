#pragma once

// Exponential backoff with jitter, shared by everything that retries: the client's push
// channel and outbox, the server's mail sender. Pure; the caller supplies the random unit.

#include <algorithm>
#include <chrono>
#include <cstdint>

namespace caseport {

// The wait before retry number `retry` (0 for the first retry): base · 2^retry, at most
// cap (or base, when base is longer), times a factor between 0.8 and 1.2 picked by
// `unit` in [0, 1], so that clients failing together do not retry together.
[[nodiscard]] inline std::chrono::milliseconds backoffDelay(std::int64_t retry,
                                                           std::chrono::milliseconds base,
                                                           std::chrono::milliseconds cap,
                                                           double unit)
{
    cap = std::max(cap, base);
    std::chrono::milliseconds delay = base;
    for (std::int64_t i = 0; i < retry && delay < cap; ++i)
        delay *= 2;
    delay = std::min(delay, cap);
    const double factor = 0.8 + 0.4 * std::clamp(unit, 0.0, 1.0);
    return std::chrono::milliseconds(
        static_cast<std::int64_t>(static_cast<double>(delay.count()) * factor));
}

} // namespace caseport
