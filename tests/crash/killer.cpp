// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/crash/killer.h"

#include <fcntl.h>
#include <signal.h>
#include <sys/prctl.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <stdexcept>
#include <thread>

namespace banthuek::test {

pid_t startProcess(const std::string& program, const std::vector<std::string>& args,
                   const Environment& environment)
{
    // Orphans of the group (a shell's child when the shell is killed) become ours, so that
    // waitForGroup() can see them end: their lock on the notebook goes only when they do.
    prctl(PR_SET_CHILD_SUBREAPER, 1);
    std::vector<std::string> argv{program};
    argv.insert(argv.end(), args.begin(), args.end());
    const pid_t child = fork();
    if (child < 0) {
        throw std::runtime_error("fork failed");
    }
    if (child == 0) {
        setpgid(0, 0);
        const int devNull = open("/dev/null", O_RDWR);
        dup2(devNull, STDIN_FILENO);
        dup2(devNull, STDOUT_FILENO);
        dup2(devNull, STDERR_FILENO);
        for (const auto& [name, value] : environment) {
            setenv(name.c_str(), value.c_str(), 1);
        }
        std::vector<char*> pointers;
        pointers.reserve(argv.size() + 1);
        for (std::string& arg : argv) {
            pointers.push_back(arg.data());
        }
        pointers.push_back(nullptr);
        execv(program.c_str(), pointers.data());
        _exit(127);
    }
    setpgid(child, child); // also here: the kill may come before the child ran its first line
    return child;
}

bool killAfter(pid_t process, std::chrono::milliseconds delay)
{
    const auto deadline = std::chrono::steady_clock::now() + delay;
    while (std::chrono::steady_clock::now() < deadline) {
        int status = 0;
        if (waitpid(process, &status, WNOHANG) == process) {
            kill(-process, SIGKILL); // a shell's child still running, if any
            waitForGroup(process);
            return false;
        }
        std::this_thread::sleep_for(std::chrono::microseconds(500));
    }
    kill(-process, SIGKILL);
    waitForGroup(process);
    return true;
}

void waitForGroup(pid_t group)
{
    int status = 0;
    while (waitpid(-group, &status, 0) > 0 || errno == EINTR) {
    }
}

int waitForExit(pid_t process)
{
    int status = 0;
    while (waitpid(process, &status, 0) < 0) {
        if (errno != EINTR) {
            return -1;
        }
    }
    return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

double killBudgetSeconds(double fallback)
{
    const char* text = std::getenv("BANTHUEK_KILL_SECONDS");
    if (text == nullptr || *text == '\0') {
        return fallback;
    }
    return std::strtod(text, nullptr);
}

} // namespace banthuek::test
