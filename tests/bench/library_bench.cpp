// The library at scale: N reports (default 1000, about 13 MB) written to a temporary folder from the
// real documents and the sample, each made distinct, then added one by one to a new library on one
// thread; then searches of several kinds, each run 20 times. Prints the figures; run on demand.
//
//   library_bench [--reports N] [--keep DIR]

#include <reportcore/library.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <unistd.h>
#include <vector>

namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;

namespace {

std::string readAll(const std::string &path)
{
    std::ifstream in(path, std::ios::binary);
    std::stringstream s;
    s << in.rdbuf();
    return s.str();
}

double ms(Clock::duration d) { return std::chrono::duration<double, std::milli>(d).count(); }

} // namespace

int main(int argc, char **argv)
{
    int count = 1000;
    std::string keep;
    for (int i = 1; i < argc; ++i) {
        if (!std::strcmp(argv[i], "--reports") && i + 1 < argc)
            count = std::max(1, std::atoi(argv[++i]));
        else if (!std::strcmp(argv[i], "--keep") && i + 1 < argc)
            keep = argv[++i];
        else {
            std::fprintf(stderr, "usage: library_bench [--reports N] [--keep DIR]\n");
            return 2;
        }
    }
    const std::string real = REPORTLENS_REAL_DIR;
    const std::vector<std::string> sources = {readAll(real + "/national_2024_zfgzbg_qqiw.txt"), readAll(real + "/hefei_2024_tjgb.txt"),
                                              readAll(REPORTLENS_SAMPLE), readAll(std::string(REPORTLENS_LIBRARY_DIR) + "/national_2023_excerpt.txt"),
                                              readAll(std::string(REPORTLENS_LIBRARY_DIR) + "/hant_profile.txt")};
    const fs::path dir = keep.empty() ? fs::temp_directory_path() / ("reportlens-library-bench-" + std::to_string(::getpid())) : fs::path(keep);
    fs::remove_all(dir);
    fs::create_directories(dir / "reports");
    std::size_t bytes = 0;
    std::vector<std::string> files;
    for (int k = 0; k < count; ++k) {
        // A report of one of the kinds, its year and one figure changed: distinct files, as a series is.
        std::string text = sources[static_cast<std::size_t>(k) % sources.size()];
        text += "\n本报告编号" + std::to_string(k) + "，全年新增职工" + std::to_string(1000 + k) + "人。\n";
        const std::string path = (dir / "reports" / ("report-" + std::to_string(k) + ".txt")).string();
        std::ofstream(path, std::ios::binary) << text;
        bytes += text.size();
        files.push_back(path);
    }
    std::printf("%d reports, %.1f MB, in %s\n", count, static_cast<double>(bytes) / 1e6, (dir / "reports").c_str());

    std::string error;
    const std::string db = (dir / "library.sqlite").string();
    std::unique_ptr<reportcore::Library> library = reportcore::Library::open(db, error);
    if (!library) {
        std::fprintf(stderr, "library_bench: %s\n", error.c_str());
        return 1;
    }
    const auto start = Clock::now();
    int failed = 0;
    for (const std::string &f : files) {
        std::string message;
        if (library->add(f, message) == reportcore::AddResult::Failed)
            ++failed;
    }
    const double addMs = ms(Clock::now() - start);
    std::printf("add all, one thread:            %8.0f ms  (%.1f MB/s, %.1f ms per report, %d failed)\n", addMs,
                static_cast<double>(bytes) / 1e3 / addMs, addMs / count, failed);
    std::printf("library file:                   %8.1f MB\n", static_cast<double>(fs::file_size(db)) / 1e6);

    const std::pair<const char *, const char *> queries[] = {
        {"three characters or more", "城镇新增就业"},  {"two characters", "工会"},
        {"Traditional", "勞動模範"},                   {"two words", "会员 驿站"},
        {"rare word", "龙门铣"},                       {"no hit", "没有这样的词语组合"}};
    for (const auto &[what, query] : queries) {
        std::vector<double> times;
        std::size_t hits = 0;
        for (int r = 0; r < 20; ++r) {
            const auto t = Clock::now();
            hits = library->search(query, 50).hits.size();
            times.push_back(ms(Clock::now() - t));
        }
        std::sort(times.begin(), times.end());
        std::printf("search %-26s %8.2f ms median, %6.2f ms max  (%zu hits, at most 50)\n", (std::string(what) + ":").c_str(),
                    times[times.size() / 2], times.back(), hits);
    }
    {
        std::vector<double> times;
        std::size_t points = 0;
        for (int r = 0; r < 20; ++r) {
            const auto t = Clock::now();
            points = library->series("城镇新增就业").size();
            times.push_back(ms(Clock::now() - t));
        }
        std::sort(times.begin(), times.end());
        std::printf("series 城镇新增就业:             %8.2f ms median (%zu points)\n", times[times.size() / 2], points);
    }
    library.reset();
    if (keep.empty())
        fs::remove_all(dir);
    return 0;
}
