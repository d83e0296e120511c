#pragma once

// Runs the real caseportd for a benchmark: posix_spawn of the binary with
// --config/--listen 127.0.0.1:0/--data-dir, waits for its "caseportd listening on
// http://HOST:PORT" line on stdout; stderr (the server's log) goes to a file. No Qt, so
// both the Qt and the Poco benchmarks use it. Not thread-safe; the destructor stops the
// server (SIGTERM, then SIGKILL after a grace period) if the caller did not.

#include <string>
#include <sys/types.h>

namespace caseport::bench {

class ServerProcess {
public:
    ServerProcess() = default;
    ~ServerProcess();
    ServerProcess(const ServerProcess&) = delete;
    ServerProcess& operator=(const ServerProcess&) = delete;

    // False (see error()) when the binary cannot start or prints no listening line
    // within timeoutMs.
    [[nodiscard]] bool start(const std::string& binary, const std::string& config,
                             const std::string& dataDir, const std::string& logFile,
                             int timeoutMs = 60000);
    // SIGTERM and wait; true on a clean exit (code 0).
    bool stop(int timeoutMs = 20000);

    [[nodiscard]] pid_t pid() const { return m_pid; }
    [[nodiscard]] const std::string& host() const { return m_host; }
    [[nodiscard]] int port() const { return m_port; }
    [[nodiscard]] std::string baseUrl() const; // http://127.0.0.1:PORT
    [[nodiscard]] const std::string& error() const { return m_error; }

private:
    bool fail(const std::string& message);

    pid_t m_pid = -1;
    int m_stdout = -1; // read end of the server's stdout
    std::string m_host;
    int m_port = 0;
    std::string m_error;
};

} // namespace caseport::bench
