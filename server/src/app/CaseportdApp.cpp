#include "app/CaseportdApp.h"

#include "Version.h"
#include "app/ConfigReloader.h"
#include "config/ConfigLoader.h"
#include "http/HttpServer.h"
#include "mail/Mailer.h"
#include "service/Services.h"
#include "store/SqliteStore.h"

#include <Poco/AutoPtr.h>
#include <Poco/ConsoleChannel.h>
#include <Poco/FormattingChannel.h>
#include <Poco/Logger.h>
#include <Poco/PatternFormatter.h>
#include <Poco/Util/HelpFormatter.h>
#include <Poco/Util/Option.h>
#include <Poco/Util/OptionSet.h>

#include <pthread.h>
#include <sys/resource.h>

#include <csignal>
#include <filesystem>
#include <iostream>

namespace caseport::server {
namespace {

// Every push-channel client holds a socket: lift the soft limit on open files (often
// 1024) to the hard one the administrator allows.
void raiseOpenFileLimit(Poco::Logger& log)
{
    rlimit limit{};
    if (getrlimit(RLIMIT_NOFILE, &limit) != 0 || limit.rlim_cur >= limit.rlim_max)
        return;
    const rlim_t before = limit.rlim_cur;
    limit.rlim_cur = limit.rlim_max;
    if (setrlimit(RLIMIT_NOFILE, &limit) == 0)
        log.information("open files: %Lu (was %Lu)", static_cast<Poco::UInt64>(limit.rlim_cur),
                        static_cast<Poco::UInt64>(before));
}

} // namespace

using Poco::Util::Option;
using Poco::Util::OptionCallback;

void CaseportdApp::initialize(Poco::Util::Application& self)
{
    // Logs go to stderr; stdout carries only the "listening" line.
    Poco::AutoPtr<Poco::PatternFormatter> format(
        new Poco::PatternFormatter("%Y-%m-%d %H:%M:%S.%i %p %s: %t"));
    Poco::AutoPtr<Poco::ConsoleChannel> console(new Poco::ConsoleChannel(std::clog));
    Poco::AutoPtr<Poco::FormattingChannel> channel(new Poco::FormattingChannel(format, console));
    Poco::Logger::root().setChannel(channel);
    Poco::Logger::root().setLevel(Poco::Message::PRIO_INFORMATION);
    Poco::Logger::setChannel("", channel);
    Poco::Logger::setLevel("", Poco::Message::PRIO_INFORMATION);
    ServerApplication::initialize(self);
}

void CaseportdApp::defineOptions(Poco::Util::OptionSet& options)
{
    ServerApplication::defineOptions(options);
    options.addOption(Option("help", "h", "show this help and exit")
                          .required(false)
                          .repeatable(false)
                          .callback(OptionCallback<CaseportdApp>(this, &CaseportdApp::handleHelp)));
    options.addOption(Option("config", "c", "the configuration file (TOML)")
                          .required(false)
                          .repeatable(false)
                          .argument("FILE")
                          .binding("caseportd.config"));
    options.addOption(Option("listen", "l", "listen address, overrides [server] listen")
                          .required(false)
                          .repeatable(false)
                          .argument("HOST:PORT")
                          .binding("caseportd.listen"));
    options.addOption(Option("data-dir", "d", "data directory, overrides [server] data_dir")
                          .required(false)
                          .repeatable(false)
                          .argument("DIR")
                          .binding("caseportd.dataDir"));
    options.addOption(Option("check-config", "k", "validate the configuration and exit")
                          .required(false)
                          .repeatable(false)
                          .binding("caseportd.checkOnly"));
}

void CaseportdApp::handleHelp(const std::string&, const std::string&)
{
    m_helpRequested = true;
    Poco::Util::HelpFormatter help(options());
    help.setCommand(commandName());
    help.setUsage("--config FILE [--listen HOST:PORT] [--data-dir DIR] [--check-config]\n"
                  "       caseportd hash-password < password.txt");
    help.setHeader(std::string("caseportd ") + kServerVersion
                   + " - the Caseport sync server. Options:");
    help.format(std::cout);
    std::cout << std::endl;
    stopOptionsProcessing();
}

int CaseportdApp::checkConfig()
{
    const ConfigLoadResult loaded = loadConfigFile(m_configPath);
    for (const auto& problem : loaded.problems)
        std::cerr << problem.toString() << '\n';
    if (!loaded.ok()) {
        std::cerr << loaded.problems.size() << " problem(s) in " << m_configPath << '\n';
        return EXIT_CONFIG;
    }
    std::cout << "config OK\n";
    return EXIT_OK;
}

int CaseportdApp::main(const std::vector<std::string>& args)
{
    if (m_helpRequested)
        return EXIT_OK;
    if (!args.empty()) {
        std::cerr << "caseportd: unexpected argument '" << args.front() << "' (see --help)\n";
        return EXIT_USAGE;
    }
    m_configPath = config().getString("caseportd.config", "");
    m_listen = config().getString("caseportd.listen", "");
    m_dataDir = config().getString("caseportd.dataDir", "");
    m_checkOnly = config().hasProperty("caseportd.checkOnly");
    if (m_configPath.empty()) {
        std::cerr << "caseportd: --config FILE is required (see --help)\n";
        return EXIT_USAGE;
    }
    if (m_checkOnly)
        return checkConfig();
    if (ListenAddress parsed; !m_listen.empty() && !parseListenAddress(m_listen, parsed)) {
        std::cerr << "caseportd: --listen expects HOST:PORT, got '" << m_listen << "'\n";
        return EXIT_USAGE;
    }

    // Block the termination signals and SIGHUP before any thread starts, so every thread
    // inherits the mask and only the sigwait() below receives them: an early SIGTERM
    // waits for it instead of killing the process mid-start, SIGHUP means "reload".
    sigset_t signals;
    sigemptyset(&signals);
    sigaddset(&signals, SIGINT);
    sigaddset(&signals, SIGQUIT);
    sigaddset(&signals, SIGTERM);
    sigaddset(&signals, SIGHUP);
    pthread_sigmask(SIG_BLOCK, &signals, nullptr);

    Poco::Logger& log = Poco::Logger::get("caseportd");
    raiseOpenFileLimit(log);
    const ConfigOverrides overrides{m_listen, m_dataDir};
    ConfigLoadResult loaded = loadConfigWithOverrides(m_configPath, overrides);
    if (!loaded.ok()) {
        for (const auto& problem : loaded.problems)
            std::cerr << problem.toString() << '\n';
        std::cerr << "caseportd: not starting: the configuration has problems\n";
        return EXIT_CONFIG;
    }
    Config cfg = std::move(loaded.config);

    try {
        std::filesystem::create_directories(cfg.server.dataDir);
        SqliteStore store(SqliteStore::fileIn(cfg.server.dataDir));
        const ListenAddress listen = cfg.server.listen;
        const std::string dataDir = cfg.server.dataDir;
        Services services(std::move(cfg), store);
        mail::Mailer mailer(services); // stops after the HTTP server, before the store closes
        mailer.start();
        HttpServer server(services, listen);
        server.start();
        log.information("data in %s, store epoch %s", dataDir, store.epoch());
        std::cout << "caseportd listening on http://" << server.boundAddress().toString()
                  << std::endl;
        ConfigReloader reloader(m_configPath, overrides, services.config, services.notifier, log);
        for (int signal = 0; sigwait(&signals, &signal) == 0 && signal == SIGHUP;) {
            reloader.reload();
            mailer.wake(); // [mail] may have changed
        }
        log.information("stopping: draining requests");
        server.stop();
        log.information("stopping mail (unsent mail stays in the outbox)");
        mailer.stop();
        log.information("stopped");
    } catch (const Poco::Exception& e) {
        std::cerr << "caseportd: " << e.displayText() << '\n';
        return EXIT_SOFTWARE;
    } catch (const std::exception& e) {
        std::cerr << "caseportd: " << e.what() << '\n';
        return EXIT_SOFTWARE;
    }
    return EXIT_OK;
}

} // namespace caseport::server
