#pragma once

// The running configuration, replaceable while requests are served (SIGHUP reload).
// A request takes one snapshot and uses it to the end, so it never sees half of an
// old and half of a new configuration. Thread-safe.

#include "config/Config.h"

#include <cstdint>
#include <memory>
#include <mutex>

namespace caseport::server {

class LiveConfig {
public:
    explicit LiveConfig(Config initial);

    [[nodiscard]] std::shared_ptr<const Config> current() const;
    // Takes effect for requests that start after it returns.
    void replace(Config next);
    // 1 for the initial configuration, +1 per replace().
    [[nodiscard]] std::uint64_t generation() const;

private:
    mutable std::mutex m_mutex;
    std::shared_ptr<const Config> m_current;
    std::uint64_t m_generation = 1;
};

} // namespace caseport::server
