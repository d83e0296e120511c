#include "ServerProcess.h"

#include <cerrno>
#include <chrono>
#include <csignal>
#include <cstring>
#include <fcntl.h>
#include <poll.h>
#include <regex>
#include <spawn.h>
#include <sys/wait.h>
#include <thread>
#include <unistd.h>
#include <vector>

extern char** environ;

namespace caseport::bench {
namespace {

using Clock = std::chrono::steady_clock;

// waitpid with a deadline; true when the child was reaped (status filled in).
bool reap(pid_t pid, int timeoutMs, int& status)
{
    const auto deadline = Clock::now() + std::chrono::milliseconds(timeoutMs);
    while (Clock::now() < deadline) {
        const pid_t done = waitpid(pid, &status, WNOHANG);
        if (done == pid)
            return true;
        if (done < 0 && errno != EINTR)
            return false;
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
    }
    return false;
}

} // namespace

ServerProcess::~ServerProcess()
{
    stop();
}

bool ServerProcess::fail(const std::string& message)
{
    m_error = message;
    return false;
}

std::string ServerProcess::baseUrl() const
{
    return "http://" + m_host + ":" + std::to_string(m_port);
}

bool ServerProcess::start(const std::string& binary, const std::string& config,
                          const std::string& dataDir, const std::string& logFile, int timeoutMs)
{
    if (m_pid > 0)
        return fail("caseportd is already running");
    int out[2];
    if (pipe2(out, O_CLOEXEC) != 0)
        return fail(std::string("pipe: ") + std::strerror(errno));

    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_adddup2(&actions, out[1], STDOUT_FILENO);
    posix_spawn_file_actions_addopen(&actions, STDERR_FILENO, logFile.c_str(),
                                     O_WRONLY | O_CREAT | O_APPEND, 0644);
    std::vector<std::string> args = {binary,     "--config", config, "--listen", "127.0.0.1:0",
                                     "--data-dir", dataDir};
    std::vector<char*> argv;
    for (auto& arg : args)
        argv.push_back(arg.data());
    argv.push_back(nullptr);
    const int rc = posix_spawn(&m_pid, binary.c_str(), &actions, nullptr, argv.data(), environ);
    posix_spawn_file_actions_destroy(&actions);
    close(out[1]);
    if (rc != 0) {
        close(out[0]);
        m_pid = -1;
        return fail("cannot start " + binary + ": " + std::strerror(rc));
    }
    m_stdout = out[0];

    static const std::regex listening(R"(caseportd listening on http://([^:\s]+):(\d+))");
    std::string text;
    const auto deadline = Clock::now() + std::chrono::milliseconds(timeoutMs);
    while (Clock::now() < deadline) {
        pollfd p{m_stdout, POLLIN, 0};
        const int left = static_cast<int>(
            std::chrono::duration_cast<std::chrono::milliseconds>(deadline - Clock::now()).count());
        if (poll(&p, 1, std::max(left, 1)) <= 0)
            continue;
        char buffer[512];
        const ssize_t n = read(m_stdout, buffer, sizeof buffer);
        if (n <= 0)
            break; // the server closed stdout: it exited
        text.append(buffer, static_cast<std::size_t>(n));
        std::smatch match;
        if (std::regex_search(text, match, listening)) {
            m_host = match[1];
            m_port = std::stoi(match[2]);
            return true;
        }
    }
    stop(2000);
    return fail("caseportd printed no listening line (see " + logFile + "); stdout: " + text);
}

bool ServerProcess::stop(int timeoutMs)
{
    if (m_pid <= 0)
        return true;
    int status = 0;
    kill(m_pid, SIGTERM);
    bool clean = reap(m_pid, timeoutMs, status);
    if (!clean) {
        kill(m_pid, SIGKILL);
        reap(m_pid, 5000, status);
        m_error = "caseportd did not stop on SIGTERM";
    } else if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) {
        clean = false;
        m_error = "caseportd exited with status " + std::to_string(status);
    }
    m_pid = -1;
    if (m_stdout >= 0)
        close(m_stdout);
    m_stdout = -1;
    return clean;
}

} // namespace caseport::bench
