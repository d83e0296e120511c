#pragma once

// Re-reads the configuration file on request (SIGHUP) and swaps it into the running
// server. A file with problems changes nothing: the old configuration keeps running
// and every problem is logged. The listen address and data directory cannot change
// without a restart; a reload that changes them keeps the running values and says so.

#include "config/ConfigLoader.h"

#include <string>

namespace Poco {
class Logger;
}

namespace caseport::server {

class ChangeListener;
class LiveConfig;

// Command-line values that win over the file's, at start and on every reload.
struct ConfigOverrides {
    std::string listen; // "HOST:PORT" or empty
    std::string dataDir; // empty = the file's
};

// Loads the file and applies the overrides; a malformed --listen is a problem too.
[[nodiscard]] ConfigLoadResult loadConfigWithOverrides(const std::string& path,
                                                       const ConfigOverrides& overrides);

class ConfigReloader {
public:
    // listener hears everythingChanged() after each reload that took effect.
    ConfigReloader(std::string path, ConfigOverrides overrides, LiveConfig& live,
                   ChangeListener& listener, Poco::Logger& log);

    // True when the new configuration is in effect.
    bool reload();

private:
    std::string m_path;
    ConfigOverrides m_overrides;
    LiveConfig& m_live;
    ChangeListener& m_listener;
    Poco::Logger& m_log;
};

} // namespace caseport::server
