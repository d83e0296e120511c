#pragma once

// Memory and CPU figures of a process from /proc and getrusage (Linux).

#include <string>
#include <sys/types.h>
#include <vector>

namespace caseport::bench {

struct ProcMemory {
    long rssKb = 0; // VmRSS: resident now
    long hwmKb = 0; // VmHWM: peak resident since the process started
    int threads = 0;
};

// /proc/<pid>/status; zeros when the process is gone.
[[nodiscard]] ProcMemory readProcMemory(pid_t pid);
// The calling process's peak resident set (getrusage ru_maxrss), KiB.
[[nodiscard]] long selfPeakRssKb();
// User + system CPU seconds of a process (/proc/<pid>/stat) or of the caller.
[[nodiscard]] double processCpuSeconds(pid_t pid);
[[nodiscard]] double selfCpuSeconds();
// Open file descriptors allowed: lifts the soft limit to the hard one; returns it.
long raiseOpenFileLimit();

// Percentile (0..100) of a sample by nearest rank; 0 for an empty sample.
[[nodiscard]] double percentile(std::vector<double> values, double p);

// "1.23 s" / "4.5 ms" / "870 µs".
[[nodiscard]] std::string formatSeconds(double seconds);
// "12.3 MiB" / "2.1 KiB" / "512 B".
[[nodiscard]] std::string formatBytes(double bytes);

} // namespace caseport::bench
