#include "app/HashPasswordCommand.h"

#include "auth/PasswordHasher.h"

#include <termios.h>
#include <unistd.h>

#include <iostream>
#include <string>

namespace caseport::server {
namespace {

// Turns terminal echo off for its lifetime when stdin is a TTY.
class NoEcho {
public:
    NoEcho()
        : m_active(isatty(STDIN_FILENO) == 1 && tcgetattr(STDIN_FILENO, &m_saved) == 0)
    {
        if (m_active) {
            termios quiet = m_saved;
            quiet.c_lflag &= ~static_cast<tcflag_t>(ECHO);
            tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet);
        }
    }
    ~NoEcho()
    {
        if (m_active)
            tcsetattr(STDIN_FILENO, TCSAFLUSH, &m_saved);
    }
    NoEcho(const NoEcho&) = delete;
    NoEcho& operator=(const NoEcho&) = delete;

    [[nodiscard]] bool active() const { return m_active; }

private:
    termios m_saved{};
    bool m_active;
};

} // namespace

int runHashPassword(std::istream& in, std::ostream& out, std::ostream& err)
{
    std::string password;
    {
        const bool interactive = &in == &std::cin && isatty(STDIN_FILENO) == 1;
        if (interactive)
            err << "Password: " << std::flush;
        NoEcho noEcho;
        std::getline(in, password);
        if (interactive)
            err << '\n';
    }
    if (!password.empty() && password.back() == '\r')
        password.pop_back();
    if (password.empty()) {
        err << "caseportd hash-password: empty password\n";
        return 2;
    }
    try {
        out << hashPassword(password) << '\n' << std::flush;
    } catch (const std::exception& e) {
        err << "caseportd hash-password: " << e.what() << '\n';
        return 1;
    }
    return 0;
}

} // namespace caseport::server
