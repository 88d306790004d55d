// Benchmark, run on demand: time and memory of every case of the bad-input corpus (tests/core/corpus.cpp).
//   robustness_bench
// Each case runs in a child process of its own, so that its memory is its own: the peak resident
// memory above what the process held before the parse (Linux: VmHWM reset via /proc/self/clear_refs).
// Prints one line per case and the worst time and memory.

#include "../core/corpus.h"

#include <reportcore/parse.h>

#include <malloc.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <fstream>
#include <string>

namespace {

long statusKiB(const char *field)
{
    std::ifstream in("/proc/self/status");
    std::string line;
    const std::string key = std::string(field) + ":";
    while (std::getline(in, line))
        if (line.rfind(key, 0) == 0)
            return std::stol(line.substr(key.size()));
    return -1;
}

struct Measure {
    double ms = 0;
    long peakKiB = 0;
    int error = 0;
    std::size_t figures = 0;
};

/** In the child: builds the corpus, keeps case `index`, parses it and measures. */
Measure runCase(std::size_t index)
{
    std::string bytes;
    {
        std::vector<CorpusCase> corpus = badInputCorpus(true);
        bytes = std::move(corpus[index].bytes);
    }
    malloc_trim(0);
    std::ofstream("/proc/self/clear_refs") << "5"; // resets the peak to what is resident now
    const long before = statusKiB("VmRSS");
    const auto start = std::chrono::steady_clock::now();
    reportcore::DecodeError error = reportcore::DecodeError::None;
    const reportcore::Document doc = reportcore::parseBytes(bytes, "case.txt", error);
    Measure m;
    m.ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
    m.peakKiB = statusKiB("VmHWM") - before;
    m.error = static_cast<int>(error);
    m.figures = doc.indicators.size();
    return m;
}

} // namespace

int main()
{
    const std::vector<CorpusCase> corpus = badInputCorpus(true);
    std::printf("%-32s %10s %9s %12s %8s  %s\n", "case", "input", "time", "peak memory", "figures", "result");
    double worstMs = 0, worstRatio = 0;
    long worstKiB = 0;
    std::string worstTimeCase, worstMemoryCase;
    for (std::size_t i = 0; i < corpus.size(); ++i) {
        int fds[2];
        if (pipe(fds) != 0)
            return 2;
        const pid_t child = fork();
        if (child == 0) {
            close(fds[0]);
            alarm(120); // a hang is a finding: the child dies, the line says so
            const Measure m = runCase(i);
            const ssize_t written = write(fds[1], &m, sizeof m);
            _exit(written == static_cast<ssize_t>(sizeof m) ? 0 : 1);
        }
        close(fds[1]);
        Measure m;
        const bool got = read(fds[0], &m, sizeof m) == static_cast<ssize_t>(sizeof m);
        close(fds[0]);
        int status = 0;
        waitpid(child, &status, 0);
        const CorpusCase &c = corpus[i];
        if (!got) {
            std::printf("%-32s %10zu  FAILED (status %d)\n", c.name.c_str(), c.bytes.size(), status);
            continue;
        }
        const double mb = static_cast<double>(c.bytes.size()) / 1e6;
        const bool asExpected = m.error == static_cast<int>(c.expected);
        std::printf("%-32s %8.2f MB %7.1f ms %8.1f MiB %8zu  %s%s\n", c.name.c_str(), mb, m.ms, m.peakKiB / 1024.0,
                    m.figures, m.error == 0 ? "model" : "refused", asExpected ? "" : " (UNEXPECTED)");
        if (m.ms > worstMs) {
            worstMs = m.ms;
            worstTimeCase = c.name;
        }
        if (m.peakKiB > worstKiB) {
            worstKiB = m.peakKiB;
            worstMemoryCase = c.name;
            worstRatio = c.bytes.empty() ? 0 : m.peakKiB * 1024.0 / static_cast<double>(c.bytes.size());
        }
    }
    std::printf("worst time: %.0f ms (%s)\n", worstMs, worstTimeCase.c_str());
    std::printf("worst memory: %.0f MiB above the input held (%s, %.1fx its size)\n", worstKiB / 1024.0,
                worstMemoryCase.c_str(), worstRatio);
    return 0;
}
