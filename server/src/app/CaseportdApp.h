#pragma once

// The caseportd daemon (DESIGN §7): options, config, store, HTTP server, and a
// clean shutdown on SIGTERM/SIGINT. main.cpp only runs it.

#include <Poco/Util/ServerApplication.h>

#include <string>

namespace caseport::server {

class CaseportdApp final : public Poco::Util::ServerApplication {
protected:
    void initialize(Poco::Util::Application& self) override;
    void defineOptions(Poco::Util::OptionSet& options) override;
    int main(const std::vector<std::string>& args) override;

private:
    void handleHelp(const std::string& name, const std::string& value);
    int checkConfig();

    bool m_helpRequested = false;
    bool m_checkOnly = false;
    std::string m_configPath;
    std::string m_listen;
    std::string m_dataDir;
};

} // namespace caseport::server
