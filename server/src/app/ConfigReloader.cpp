#include "app/ConfigReloader.h"

#include "service/ChangeNotifier.h"
#include "service/LiveConfig.h"

#include <Poco/Logger.h>

#include <filesystem>

namespace caseport::server {

ConfigLoadResult loadConfigWithOverrides(const std::string& path, const ConfigOverrides& overrides)
{
    ConfigLoadResult loaded = loadConfigFile(path);
    if (!overrides.listen.empty() && !parseListenAddress(overrides.listen, loaded.config.server.listen))
        loaded.problems.push_back(
            {"--listen", 0, "expected HOST:PORT, got '" + overrides.listen + "'"});
    if (!overrides.dataDir.empty())
        loaded.config.server.dataDir =
            std::filesystem::absolute(overrides.dataDir).lexically_normal().string();
    return loaded;
}

ConfigReloader::ConfigReloader(std::string path, ConfigOverrides overrides, LiveConfig& live,
                               ChangeListener& listener, Poco::Logger& log)
    : m_path(std::move(path))
    , m_overrides(std::move(overrides))
    , m_live(live)
    , m_listener(listener)
    , m_log(log)
{
}

bool ConfigReloader::reload()
{
    m_log.information("reloading the configuration from %s", m_path);
    ConfigLoadResult loaded = loadConfigWithOverrides(m_path, m_overrides);
    if (!loaded.ok()) {
        for (const auto& problem : loaded.problems)
            m_log.warning("%s", problem.toString());
        m_log.warning("reload refused: %z problem(s); the running configuration stays in effect",
                      loaded.problems.size());
        return false;
    }
    const auto running = m_live.current();
    Config next = std::move(loaded.config);
    if (next.server.listen.toString() != running->server.listen.toString()) {
        m_log.warning("listen changed to %s: that takes a restart; still on %s",
                      next.server.listen.toString(), running->server.listen.toString());
        next.server.listen = running->server.listen;
    }
    if (next.server.dataDir != running->server.dataDir) {
        m_log.warning("data_dir changed to %s: that takes a restart; still using %s",
                      next.server.dataDir, running->server.dataDir);
        next.server.dataDir = running->server.dataDir;
    }
    m_live.replace(std::move(next));
    m_listener.everythingChanged(); // clients resync; a changed access answers reset
    m_log.information("configuration reloaded (generation %Lu)",
                      static_cast<Poco::UInt64>(m_live.generation()));
    return true;
}

} // namespace caseport::server
