// The format readers on real documents: time and peak memory of reading each file (text plus
// layout repair), best of several runs, to set beside `pdftotext` on the same PDF (the same
// library underneath). With --dump, prints the text a reader produced with each line's hint
// (page, heading, table, join) — what the structure pass receives.
//
//   read_bench FILE…            time to read each file (best of 5) and of read + parse
//   read_bench --dump FILE      the reader's lines with their hints

#include <reportcore/parse.h>
#include <reportcore/read.h>

#include <sys/resource.h>

#include <chrono>
#include <cstdio>
#include <cstring>
#include <string>

namespace {

double seconds(const std::chrono::steady_clock::time_point &since)
{
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - since).count();
}

void dump(const char *path)
{
    const reportcore::SourceText source = reportcore::readDocumentFile(path);
    if (source.error != reportcore::DecodeError::None) {
        std::printf("error: %s\n", reportcore::readErrorMessage(source, {}).c_str());
        return;
    }
    std::size_t line = 0, start = 0;
    for (std::size_t i = 0; i <= source.text.size(); ++i) {
        if (i < source.text.size() && source.text[i] != '\n')
            continue;
        if (i == source.text.size() && start == i)
            break;
        const std::string text = source.text.substr(start, i - start);
        if (line < source.hints.size()) {
            const reportcore::LineHint &h = source.hints[line];
            std::printf("%4zu p%-2d h%d t%-2d%s%s%s | %s\n", line + 1, h.page, h.heading, h.table,
                        h.tableHeader ? "H" : " ", h.joinNext ? "+" : " ", h.item ? "*" : " ", text.c_str());
        } else {
            std::printf("%4zu | %s\n", line + 1, text.c_str());
        }
        ++line;
        start = i + 1;
    }
}

} // namespace

int main(int argc, char **argv)
{
    if (argc >= 3 && std::strcmp(argv[1], "--dump") == 0) {
        dump(argv[2]);
        return 0;
    }
    if (argc < 2) {
        std::fprintf(stderr, "usage: read_bench FILE… | read_bench --dump FILE\n");
        return 2;
    }
    std::printf("%-45s %10s %10s %10s %8s\n", "file", "read ms", "parse ms", "figures", "lines");
    for (int a = 1; a < argc; ++a) {
        double bestRead = 1e9, bestAll = 1e9;
        std::size_t figures = 0, lines = 0;
        for (int run = 0; run < 5; ++run) {
            auto t0 = std::chrono::steady_clock::now();
            reportcore::SourceText source = reportcore::readDocumentFile(argv[a]);
            bestRead = std::min(bestRead, seconds(t0));
            lines = source.hints.size();
            reportcore::DecodeError error = reportcore::DecodeError::None;
            const std::string name = argv[a];
            t0 = std::chrono::steady_clock::now();
            const reportcore::Document doc = reportcore::parseSource(std::move(source), name, error);
            bestAll = std::min(bestAll, seconds(t0));
            figures = doc.indicators.size();
        }
        const char *slash = std::strrchr(argv[a], '/');
        std::printf("%-45s %10.1f %10.1f %10zu %8zu\n", slash ? slash + 1 : argv[a], bestRead * 1000, bestAll * 1000,
                    figures, lines);
    }
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    std::printf("peak memory: %.1f MiB\n", static_cast<double>(usage.ru_maxrss) / 1024.0);
    return 0;
}
