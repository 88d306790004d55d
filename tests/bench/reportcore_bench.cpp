// Benchmark of the core, run on demand (never by ctest):
//   reportcore_bench [--mb N] [--runs N] [--write PATH] [REPORT]
// Builds a corpus of about N MB (default 10) by repeating REPORT (default: the embedded sample),
// then prints MB/s for decoding alone and for decode + parse + extract, and the peak memory.

#include <reportcore/decode.h>
#include <reportcore/json.h>
#include <reportcore/parse.h>

#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <string>
#include <vector>

namespace {

double seconds(std::chrono::steady_clock::time_point since)
{
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - since).count();
}

long peakKiB()
{
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss;
}

} // namespace

int main(int argc, char **argv)
{
    double mb = 10;
    int runs = 5;
    std::string report = REPORTLENS_SAMPLE;
    std::string writePath;
    for (int i = 1; i < argc; ++i) {
        if (!std::strcmp(argv[i], "--mb") && i + 1 < argc)
            mb = std::atof(argv[++i]);
        else if (!std::strcmp(argv[i], "--runs") && i + 1 < argc)
            runs = std::max(1, std::atoi(argv[++i]));
        else if (!std::strcmp(argv[i], "--write") && i + 1 < argc)
            writePath = argv[++i];
        else if (!std::strcmp(argv[i], "--help")) {
            std::puts("usage: reportcore_bench [--mb N] [--runs N] [--write PATH] [REPORT]");
            return 0;
        } else
            report = argv[i];
    }
    std::ifstream in(report, std::ios::binary);
    const std::string one((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    if (one.empty()) {
        std::fprintf(stderr, "cannot read %s\n", report.c_str());
        return 2;
    }
    std::string corpus;
    const auto target = static_cast<std::size_t>(mb * 1e6);
    corpus.reserve(target + one.size());
    while (corpus.size() < target)
        corpus += one + "\n";
    if (!writePath.empty()) {
        std::ofstream(writePath, std::ios::binary) << corpus;
        std::printf("wrote %s (%zu bytes)\n", writePath.c_str(), corpus.size());
    }
    const double size = static_cast<double>(corpus.size()) / 1e6;
    const long baseline = peakKiB();
    std::printf("corpus: %.2f MB (%zu copies of %s), best of %d runs\n", size, corpus.size() / one.size(),
                report.c_str(), runs);

    double bestDecode = 1e9, bestParse = 1e9, bestJson = 1e9;
    std::size_t indicators = 0;
    for (int r = 0; r < runs; ++r) {
        auto t0 = std::chrono::steady_clock::now();
        const reportcore::DecodeResult decoded = reportcore::decode(corpus);
        bestDecode = std::min(bestDecode, seconds(t0));

        t0 = std::chrono::steady_clock::now();
        reportcore::DecodeError error = reportcore::DecodeError::None;
        const reportcore::Document doc = reportcore::parseBytes(corpus, "corpus", error);
        bestParse = std::min(bestParse, seconds(t0));
        indicators = doc.indicators.size();

        t0 = std::chrono::steady_clock::now();
        const std::string json = reportcore::toJson(doc);
        bestJson = std::min(bestJson, seconds(t0));
        if (json.empty() || decoded.text.empty())
            return 1;
    }
    std::printf("decode only:                   %8.1f MB/s\n", size / bestDecode);
    std::printf("decode + parse + extract:      %8.1f MB/s  (%zu indicators)\n", size / bestParse, indicators);
    std::printf("  + JSON:                      %8.1f MB/s\n", size / (bestParse + bestJson));
    (void)baseline;

    // Peak memory of the pipeline alone, as `reportlens --json FILE` runs it: a child process reads
    // the corpus from a file, parses it and streams the JSON to /dev/null.
    const std::string path = writePath.empty() ? "/tmp/reportcore_bench_corpus.txt" : writePath;
    if (writePath.empty())
        std::ofstream(path, std::ios::binary) << corpus;
    corpus.clear();
    corpus.shrink_to_fit();
    const pid_t child = fork();
    if (child == 0) {
        reportcore::DecodeError error = reportcore::DecodeError::None;
        const reportcore::Document doc = reportcore::parseFile(path, error);
        std::FILE *null = std::fopen("/dev/null", "w");
        reportcore::writeJson(doc, [null](std::string_view chunk) { std::fwrite(chunk.data(), 1, chunk.size(), null); });
        std::fclose(null);
        _exit(error == reportcore::DecodeError::None ? 0 : 1);
    }
    int status = 0;
    waitpid(child, &status, 0);
    rusage usage {};
    getrusage(RUSAGE_CHILDREN, &usage);
    if (writePath.empty())
        std::remove(path.c_str());
    std::printf("peak memory (file -> JSON, one process): %.1f MiB = %.1f x input\n", usage.ru_maxrss / 1024.0,
                usage.ru_maxrss / 1024.0 / (size * 1e6 / 1048576.0));
    return WIFEXITED(status) && WEXITSTATUS(status) == 0 ? 0 : 1;
}
