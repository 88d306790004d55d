// Start-up benchmark, run on demand: the time from starting a process to its window's first paint,
// for `reportlens --exit-after-first-paint` (the embedded report) and for a bare QMainWindow.
//   startup_bench REPORTLENS BARE_WINDOW [RUNS]      (needs a display: run it under xvfb-run)

#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <vector>

namespace {

/** Milliseconds from fork to the child's "first-paint" line; -1 on failure. */
double timeToFirstPaint(const std::vector<std::string> &argv)
{
    int pipeFds[2];
    if (pipe(pipeFds) != 0)
        return -1;
    const auto start = std::chrono::steady_clock::now();
    const pid_t child = fork();
    if (child == 0) {
        dup2(pipeFds[1], STDOUT_FILENO);
        close(pipeFds[0]);
        std::vector<char *> args;
        for (const std::string &a : argv)
            args.push_back(const_cast<char *>(a.c_str()));
        args.push_back(nullptr);
        execv(args[0], args.data());
        _exit(127);
    }
    close(pipeFds[1]);
    std::string out;
    char buffer[256];
    double ms = -1;
    for (ssize_t n; (n = read(pipeFds[0], buffer, sizeof buffer)) > 0;) {
        out.append(buffer, static_cast<std::size_t>(n));
        if (out.find("first-paint") != std::string::npos) {
            ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
            break;
        }
    }
    close(pipeFds[0]);
    int status = 0;
    waitpid(child, &status, 0);
    return ms;
}

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v.empty() ? -1 : v[v.size() / 2];
}

} // namespace

int main(int argc, char **argv)
{
    if (argc < 3) {
        std::fprintf(stderr, "usage: startup_bench REPORTLENS BARE_WINDOW [RUNS]\n");
        return 2;
    }
    const int runs = argc > 3 ? std::max(1, std::atoi(argv[3])) : 10;
    std::vector<double> app, bare;
    for (int i = 0; i < runs; ++i) {
        bare.push_back(timeToFirstPaint({argv[2]}));
        app.push_back(timeToFirstPaint({argv[1], "--exit-after-first-paint"}));
    }
    if (std::count(app.begin(), app.end(), -1.0) || std::count(bare.begin(), bare.end(), -1.0)) {
        std::fprintf(stderr, "a run failed (no display? run under xvfb-run)\n");
        return 1;
    }
    const double a = median(app), b = median(bare);
    std::printf("start to first paint, median of %d runs:\n", runs);
    std::printf("  bare QMainWindow:            %7.1f ms\n", b);
    std::printf("  reportlens (embedded report): %7.1f ms  (%.2f x the bare window)\n", a, a / b);
    return 0;
}
