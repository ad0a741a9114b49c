// SPDX-License-Identifier: GPL-3.0-or-later
// Starts a program and kills it with SIGKILL at a chosen moment: the battery that dies, the
// laptop lid that is forced shut, the process the system's out-of-memory killer picks.
#pragma once

#include <sys/types.h>

#include <chrono>
#include <string>
#include <utility>
#include <vector>

namespace banthuek::test {

using Environment = std::vector<std::pair<std::string, std::string>>;

// Starts `program` (a path) with `args`, its output to /dev/null, in a process group of its
// own (so a shell's children die with it), with `environment` added to this one's.
pid_t startProcess(const std::string& program, const std::vector<std::string>& args,
                   const Environment& environment = {});

// Waits `delay`; if the process is still running then, kills its whole group with SIGKILL.
// True when the kill landed (the process had not finished); false when it had exited.
bool killAfter(pid_t process, std::chrono::milliseconds delay);

// Waits until every process of the group has ended (and so let go of its files and locks).
void waitForGroup(pid_t group);

// Waits for the process to end; its exit code, or -1 when a signal ended it.
int waitForExit(pid_t process);

// The seconds a kill loop may run: BANTHUEK_KILL_SECONDS, or `fallback`.
double killBudgetSeconds(double fallback);

} // namespace banthuek::test
