// The library of reports and the comparison of two reports: pairing rules as cases that must and must
// not pair, the national work reports of two consecutive years end to end, the library's search in
// Simplified and Traditional characters, series by year, and its safety (a foreign or corrupt file is
// refused and left as it is; a process killed while adding loses nothing committed before).

#include <reportcore/compare.h>
#include <reportcore/library.h>
#include <reportcore/parse.h>

#include <catch2/catch.hpp>

#include <sqlite3.h>

#include <csignal>
#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <thread>
#include <sstream>
#include <string>
#include <sys/wait.h>
#include <unistd.h>
#include <vector>

using namespace reportcore;
namespace fs = std::filesystem;

namespace {

std::string real(const char *name) { return std::string(REPORTLENS_REAL_DIR) + "/" + name; }
std::string own(const char *name) { return std::string(REPORTLENS_LIBRARY_DIR) + "/" + name; }

Document parseReport(const std::string &path)
{
    DecodeError error = DecodeError::None;
    Document doc = parseFile(path, error, ReadOptions{});
    REQUIRE(error == DecodeError::None);
    return doc;
}

/** A fresh folder under the system's temporary one, removed at the end of the test. */
struct TempDir {
    fs::path path;
    TempDir()
    {
        path = fs::temp_directory_path() / ("reportlens-test-" + std::to_string(::getpid()) + "-" + std::to_string(counter()++));
        fs::remove_all(path);
        fs::create_directories(path);
    }
    ~TempDir()
    {
        std::error_code ec;
        fs::remove_all(path, ec);
    }
    static int &counter()
    {
        static int n = 0;
        return n;
    }
    std::string operator/(const char *name) const { return (path / name).string(); }
};

std::string readAll(const std::string &path)
{
    std::ifstream in(path, std::ios::binary);
    std::stringstream s;
    s << in.rdbuf();
    return s.str();
}

void writeAll(const std::string &path, const std::string &text)
{
    std::ofstream out(path, std::ios::binary);
    out << text;
}

/** The pairs of a comparison as "old text → new text (role)", for checks that read like the report. */
std::vector<std::string> pairs(const Document &older, const Document &newer)
{
    std::vector<std::string> out;
    for (const CompareRow &row : compareFigures(older.indicators, newer.indicators))
        if (row.older && row.newer)
            out.push_back(row.label + ": " + older.indicators[*row.older].text + " → " + newer.indicators[*row.newer].text + " ("
                          + toString(row.role) + ")");
    return out;
}

bool has(const std::vector<std::string> &list, const std::string &item)
{
    return std::find(list.begin(), list.end(), item) != list.end();
}

} // namespace

TEST_CASE("comparison: two years of the national work report pair each target with the same target", "[library][compare]")
{
    const Document older = parseReport(own("national_2023_excerpt.txt"));
    const Document newer = parseReport(real("national_2024_zfgzbg_qqiw.txt"));
    const std::vector<std::string> p = pairs(older, newer);
    INFO([&] {
        std::string all;
        for (const std::string &s : p)
            all += s + "\n";
        return all;
    }());
    // The targets, each with the same target of the other year.
    CHECK(has(p, "国内生产总值: 5%左右 → 5%左右 (target)"));
    CHECK(has(p, "城镇新增就业: 1200万人左右 → 1200万人以上 (target)"));
    CHECK(has(p, "城镇调查失业率: 5.5%左右 → 5.5%左右 (target)"));
    CHECK(has(p, "居民消费价格: 3%左右 → 3%左右 (target)"));
    CHECK(has(p, "粮食产量: 1.3万亿斤以上 → 1.3万亿斤以上 (target)"));
    // The fiscal plans.
    CHECK(has(p, "赤字率: 3% → 3% (target)"));
    CHECK(has(p, "赤字规模: 3.88万亿元 → 4.06万亿元 (target)"));
    CHECK(has(p, "一般公共预算支出规模: 27.5万亿元 → 28.5万亿元 (target)"));
    CHECK(has(p, "地方政府专项债券: 3.8万亿元 → 3.9万亿元 (target)"));
    CHECK(has(p, "中央预算内投资: 6800亿元 → 7000亿元 (target)"));
    // The results of each year with the results of the other.
    CHECK(has(p, "国内生产总值: 3% → 5.2% (result)"));
    CHECK(has(p, "国内生产总值: 121万亿元 → 超过126万亿元 (result)"));
    CHECK(has(p, "城镇新增就业: 1206万人 → 1244万人 (result)"));
    // Never a target with a result, a level with a growth rate.
    for (const CompareRow &row : compareFigures(older.indicators, newer.indicators)) {
        if (!row.older || !row.newer)
            continue;
        const Indicator &a = older.indicators[*row.older], &b = newer.indicators[*row.newer];
        INFO(a.text << " → " << b.text);
        CHECK(a.target == b.target);
        CHECK((a.change == Change::None) == (b.change == Change::None));
        CHECK(a.category == b.category);
        CHECK(row.similarity >= 0.5);
    }
    // The change, in points for rates, hedged as its figures are.
    for (const CompareRow &row : compareFigures(older.indicators, newer.indicators)) {
        if (!row.older || !row.newer)
            continue;
        const Indicator &a = older.indicators[*row.older], &b = newer.indicators[*row.newer];
        if (a.text == "5.5%" && b.text == "5.2%") {
            CHECK(row.points);
            CHECK(*row.change == Approx(-0.3));
            CHECK_FALSE(row.relative);
        }
        if (a.text == "121万亿元") {
            CHECK(*row.change == Approx(5e12));
            CHECK(row.changeQualifier == Qualifier::Over);
            CHECK(*row.relative == Approx(5.0 / 121));
        }
    }
}

TEST_CASE("comparison: pairs that must and must not be made", "[library][compare]")
{
    auto compare = [](const char *older, const char *newer) { return pairs(parse(older), parse(newer)); };
    SECTION("the same measure in another order: by label, never by position")
    {
        const auto p = compare("全年城镇新增就业1206万人，粮食产量1.37万亿斤。", "全年粮食产量1.39万亿斤，城镇新增就业1244万人。");
        CHECK(p.size() == 2);
        CHECK(has(p, "城镇新增就业: 1206万人 → 1244万人 (result)"));
        CHECK(has(p, "粮食产量: 1.37万亿斤 → 1.39万亿斤 (result)"));
    }
    SECTION("Traditional and Simplified characters alike")
    {
        const auto p = compare("全年新建职工书屋300个。", "全年新建職工書屋320個。");
        REQUIRE(p.size() == 1);
        CHECK(p.front() == "職工書屋: 300个 → 320個 (result)");
    }
    SECTION("a target never with a result")
    {
        const auto p = compare("城镇新增就业1206万人。", "今年发展主要预期目标是：城镇新增就业1200万人左右。");
        CHECK(p.empty());
    }
    SECTION("a level never with a change, a rate never with an amount")
    {
        CHECK(compare("国内生产总值121万亿元。", "国内生产总值增长5.2%。").empty());
        CHECK(compare("居民人均可支配收入增长5%。", "居民人均可支配收入39218元。").empty());
    }
    SECTION("persons never with person-times: the counted noun agrees")
    {
        CHECK(compare("全年培训农民工12万人次。", "全年培训农民工15万人。").empty());
        CHECK(compare("全年服务职工80万人次。", "全年服务职工95万人次。").size() == 1);
        CHECK(compare("全市工会会员210万人。", "全市工会会员220万名。").size() == 1);
    }
    SECTION("per head never with the total")
    {
        CHECK(compare("全市居民人均可支配收入52000元。", "全市居民可支配收入总额5200亿元。").empty());
    }
    SECTION("labels that name different things")
    {
        CHECK(compare("全年粮食产量1.37万亿斤。", "全年棉花产量1200万吨。").empty());
        CHECK(compare("新建职工驿站300个。", "新建职工书屋280个。").empty());
    }
    SECTION("each figure in one pair at most: the most alike pair")
    {
        const auto p = compare("一般公共预算收入2.1万亿元，一般公共预算支出2.6万亿元。", "一般公共预算支出2.8万亿元。");
        REQUIRE(p.size() == 1);
        CHECK(p.front() == "一般公共预算支出: 2.6万亿元 → 2.8万亿元 (result)");
    }
}

TEST_CASE("library: add, list, search in Simplified and Traditional, series by year", "[library]")
{
    TempDir dir;
    std::string error;
    const std::string db = dir / "library.sqlite";
    std::unique_ptr<Library> library = Library::open(db, error);
    REQUIRE(library);
    std::string message;
    CHECK(library->add(real("national_2024_zfgzbg_qqiw.txt"), message) == AddResult::Added);
    CHECK(library->add(own("national_2023_excerpt.txt"), message) == AddResult::Added);
    CHECK(library->add(own("hant_profile.txt"), message) == AddResult::Added);
    CHECK(message.find("year of the report cannot be known") != std::string::npos); // a profile names no year
    message.clear();
    CHECK(library->add(REPORTLENS_SAMPLE, message) == AddResult::Added);
    CHECK(message.empty());
    CHECK(library->add(real("hefei_2024_tjgb.txt"), message) == AddResult::Added);
    // The same file again is the same report.
    CHECK(library->add(real("national_2024_zfgzbg_qqiw.txt"), message) == AddResult::Unchanged);
    // A file that cannot be read is refused with a reason, and nothing is added.
    CHECK(library->add(dir / "no-such-file.txt", message) == AddResult::Failed);
    CHECK_FALSE(message.empty());

    const std::vector<LibraryReport> reports = library->reports();
    REQUIRE(reports.size() == 5);
    const auto national = std::find_if(reports.begin(), reports.end(), [](const LibraryReport &r) { return r.name == "national_2024_zfgzbg_qqiw.txt"; });
    REQUIRE(national != reports.end());
    CHECK(national->info.year == 2024);
    CHECK(national->info.kind == "work-report");
    CHECK(national->info.issuer == "国务院");
    CHECK(national->figures > 30);
    const auto hefei = std::find_if(reports.begin(), reports.end(), [](const LibraryReport &r) { return r.name == "hefei_2024_tjgb.txt"; });
    REQUIRE(hefei != reports.end());
    CHECK(hefei->info.kind == "statistical-communique");
    CHECK(hefei->info.issuer == "合肥市统计局");

    SECTION("search: a long word through the index, with the place and the text as written")
    {
        const std::vector<SearchHit> hits = library->search("城镇新增就业").hits;
        REQUIRE(hits.size() >= 3);
        bool inNational = false;
        for (const SearchHit &h : hits) {
            CHECK(h.snippet.find("城镇新增就业") != std::string::npos);
            CHECK(h.line > 0);
            inNational = inNational || (h.report == "national_2024_zfgzbg_qqiw.txt" && h.year == 2024 && !h.section.empty());
        }
        CHECK(inNational);
    }
    SECTION("search: Traditional finds Simplified and the other way round")
    {
        const std::vector<SearchHit> simplified = library->search("劳动模范").hits;
        REQUIRE(simplified.size() == 1);
        CHECK(simplified.front().report == "hant_profile.txt");
        CHECK(simplified.front().snippet.find("勞動模範") != std::string::npos); // as written
        const std::vector<SearchHit> traditional = library->search("經濟社會發展").hits;
        REQUIRE_FALSE(traditional.empty());
        CHECK(traditional.front().snippet.find("经济社会发展") != std::string::npos);
    }
    SECTION("search: a word of two characters, and every word of a query")
    {
        const std::vector<SearchHit> union_ = library->search("工會").hits;
        REQUIRE(union_.size() >= 3);
        const std::vector<SearchHit> both = library->search("工会 会员").hits;
        REQUIRE_FALSE(both.empty());
        for (const SearchHit &h : both)
            CHECK((h.snippet.find("工会") != std::string::npos || h.snippet.find("工會") != std::string::npos));
        CHECK(library->search("没有这样的词语组合").hits.empty());
        CHECK(library->search("没有这样的词语组合").total == 0);
        CHECK(library->search("   ").hits.empty());
    }
    SECTION("series: results and targets by year, each traceable to its sentence")
    {
        const std::vector<LibraryFigure> points = library->series("城镇新增就业");
        std::vector<std::string> seen;
        for (const LibraryFigure &f : points) {
            seen.push_back(std::to_string(f.indicator.year.value_or(0)) + " " + toString(f.role) + " " + f.indicator.text);
            CHECK(f.sentence.find(f.indicator.text) != std::string::npos);
            CHECK(f.indicator.line > 0);
            CHECK_FALSE(f.report.empty());
        }
        INFO([&] {
            std::string all;
            for (const std::string &s : seen)
                all += s + "\n";
            return all;
        }());
        CHECK(has(seen, "2022 result 1206万人"));
        CHECK(has(seen, "2023 target 1200万人左右"));
        CHECK(has(seen, "2023 result 1244万人"));
        CHECK(has(seen, "2024 target 1200万人以上"));
        // by year
        for (std::size_t k = 1; k < points.size(); ++k)
            CHECK(points[k - 1].indicator.year.value_or(0) <= points[k].indicator.year.value_or(0));
        // Traditional finds it too
        CHECK(library->series("城鎮新增就業").size() == points.size());
    }
    SECTION("a changed file is read again; a removed one is flagged, not lost")
    {
        const std::string copy = dir / "report.txt";
        writeAll(copy, "全市新增会员5万人。\n");
        CHECK(library->add(copy, message) == AddResult::Added);
        CHECK(library->changed().empty());
        writeAll(copy, "全市新增会员6万人，新建驿站30个。\n");
        REQUIRE(library->changed().size() == 1);
        CHECK(library->changed().front() == fs::absolute(copy).lexically_normal().string());
        CHECK(library->add(copy, message) == AddResult::Updated);
        CHECK(library->changed().empty());
        auto find = [&] {
            for (const LibraryReport &r : library->reports())
                if (r.path == fs::absolute(copy).lexically_normal().string())
                    return r;
            return LibraryReport{};
        };
        CHECK(find().figures == 2);
        CHECK_FALSE(find().missing);
        fs::remove(copy);
        CHECK(find().missing);
        CHECK(library->reports().size() == 6);
    }
}

TEST_CASE("library: a work report's results are last year's, its targets this year's", "[library]")
{
    const Document doc = parse("2025年政府工作报告\n\n一、过去一年工作回顾\n\n过去一年，城镇新增就业1256万人，国内生产总值增长5%。\n\n"
                               "二、今年经济社会发展总体要求\n\n今年发展主要预期目标是：国内生产总值增长5%左右；城镇新增就业1200万人以上。\n");
    const ReportInfo info = describeReport(doc);
    REQUIRE(info.year == 2025);
    REQUIRE(info.kind == "work-report");
    std::vector<std::string> seen;
    for (const Indicator &i : doc.indicators)
        seen.push_back(i.text + " " + toString(roleOf(i)) + " " + std::to_string(figureYear(doc, info, i).value_or(0)));
    CHECK(seen == std::vector<std::string>{"1256万人 result 2024", "5% result 2024", "5%左右 target 2025", "1200万人以上 target 2025"});
    // A statistical communiqué's results are its own year's.
    const Document communique = parse("2024年某市国民经济和社会发展统计公报\n\n全年城镇新增就业12万人。\n");
    CHECK(figureYear(communique, describeReport(communique), communique.indicators.at(0)) == 2024);
}

TEST_CASE("library: a file that is not a library is refused and left as it is", "[library]")
{
    TempDir dir;
    std::string error;
    SECTION("a text file")
    {
        const std::string path = dir / "notes.sqlite";
        writeAll(path, "这不是数据库。\n");
        CHECK_FALSE(Library::open(path, error));
        CHECK(error.find("not a ReportLens library") != std::string::npos);
        CHECK(readAll(path) == "这不是数据库。\n");
    }
    SECTION("another program's SQLite database")
    {
        const std::string path = dir / "other.sqlite";
        sqlite3 *db = nullptr;
        REQUIRE(sqlite3_open(path.c_str(), &db) == SQLITE_OK);
        REQUIRE(sqlite3_exec(db, "CREATE TABLE contacts(name TEXT); INSERT INTO contacts VALUES('x');", nullptr, nullptr, nullptr) == SQLITE_OK);
        sqlite3_close(db);
        const std::string before = readAll(path);
        CHECK_FALSE(Library::open(path, error));
        CHECK(error.find("another program") != std::string::npos);
        CHECK(readAll(path) == before);
    }
    SECTION("a damaged library")
    {
        const std::string path = dir / "damaged.sqlite";
        {
            std::unique_ptr<Library> library = Library::open(path, error);
            REQUIRE(library);
            std::string message;
            REQUIRE(library->add(REPORTLENS_SAMPLE, message) == AddResult::Added);
        }
        std::string bytes = readAll(path);
        REQUIRE(bytes.size() > 8192);
        for (std::size_t k = 4096; k < bytes.size(); k += 7)
            bytes[k] = static_cast<char>(bytes[k] ^ 0x5A); // every page after the first scrambled
        writeAll(path, bytes);
        std::remove((path + "-wal").c_str());
        CHECK_FALSE(Library::open(path, error));
        CHECK(readAll(path) == bytes);
    }
    SECTION("a folder")
    {
        CHECK_FALSE(Library::open(dir.path.string(), error));
    }
    SECTION("an empty file")
    {
        const std::string path = dir / "empty.sqlite";
        writeAll(path, "");
        CHECK_FALSE(Library::open(path, error));
        CHECK(error.find("empty file") != std::string::npos);
        CHECK(fs::file_size(path) == 0);
        CHECK_FALSE(fs::exists(path + "-wal"));
    }
}

TEST_CASE("library: a library of an earlier release gains the new columns and reads its reports again", "[library]")
{
    TempDir dir;
    const std::string db = dir / "earlier.sqlite";
    std::string error, message;
    {
        std::unique_ptr<Library> library = Library::open(db, error);
        REQUIRE(library);
        REQUIRE(library->add(real("hefei_2024_tjgb.txt"), message) == AddResult::Added);
    }
    {
        // As an earlier release left it: no title_derived, no identity, the title it read then.
        sqlite3 *raw = nullptr;
        REQUIRE(sqlite3_open(db.c_str(), &raw) == SQLITE_OK);
        const char *earlier = R"SQL(
            CREATE TABLE reports_earlier(
                id INTEGER PRIMARY KEY, path TEXT NOT NULL UNIQUE, name TEXT NOT NULL, hash TEXT NOT NULL, size INTEGER,
                mtime INTEGER, title TEXT, issuer TEXT, year INTEGER, kind TEXT, figures INTEGER, blocks INTEGER);
            INSERT INTO reports_earlier SELECT id, path, name, hash, size, mtime, '2024', issuer, year, kind, figures, blocks
                FROM reports;
            DROP TABLE reports;
            ALTER TABLE reports_earlier RENAME TO reports;
            CREATE INDEX reports_hash ON reports(hash);)SQL";
        REQUIRE(sqlite3_exec(raw, earlier, nullptr, nullptr, nullptr) == SQLITE_OK);
        sqlite3_close(raw);
    }
    std::unique_ptr<Library> library = Library::open(db, error);
    INFO(error);
    REQUIRE(library);
    REQUIRE(library->reports().size() == 1);
    CHECK(library->reports().front().info.title == "2024");
    CHECK(library->changed() == std::vector<std::string>{fs::absolute(real("hefei_2024_tjgb.txt")).lexically_normal().string()});
    CHECK(library->add(real("hefei_2024_tjgb.txt"), message) == AddResult::Updated);
    REQUIRE(library->reports().size() == 1);
    CHECK(library->reports().front().info.title != "2024");
    CHECK(library->reports().front().info.titleDerived);
    CHECK(library->changed().empty());
    CHECK(library->add(real("hefei_2024_tjgb.txt"), message) == AddResult::Unchanged);
}

TEST_CASE("library: a file compiling two years' reports is two reports, each with its own identity and figures",
          "[library][parts]")
{
    TempDir dir;
    std::string error, message;
    std::unique_ptr<Library> library = Library::open(dir / "parts.sqlite", error);
    REQUIRE(library);
    REQUIRE(library->add(real("mohrss_2022-2023_rsbz_tjgb.docx"), message) == AddResult::Added);
    REQUIRE(library->add(real("dongguan_2023-2024_tjgb_compiled.docx"), message) == AddResult::Added);
    REQUIRE(library->add(real("national_2024_zfgzbg_qqiw.txt"), message) == AddResult::Added);
    std::map<std::string, std::vector<LibraryReport>> byFile;
    for (const LibraryReport &r : library->reports())
        byFile[r.name].push_back(r);
    REQUIRE(byFile["mohrss_2022-2023_rsbz_tjgb.docx"].size() == 2);
    REQUIRE(byFile["dongguan_2023-2024_tjgb_compiled.docx"].size() == 2);
    CHECK(byFile["national_2024_zfgzbg_qqiw.txt"].size() == 1); // its sections are no parts
    for (const char *file : {"mohrss_2022-2023_rsbz_tjgb.docx", "dongguan_2023-2024_tjgb_compiled.docx"}) {
        std::set<int> years, parts;
        for (const LibraryReport &r : byFile[file]) {
            REQUIRE(r.info.year);
            years.insert(*r.info.year);
            parts.insert(r.part);
            CHECK(r.info.kind == "statistical-communique");
            CHECK(r.info.title.find(std::to_string(*r.info.year)) != std::string::npos);
            CHECK(r.figures > 100);
            // each part's figures are its own: none dated another part's year as a result
            for (const LibraryFigure &f : library->figures(r.id))
                if (f.indicator.year && f.role == FigureRole::Result)
                    CHECK(*f.indicator.year <= *r.info.year);
        }
        CHECK(years.size() == 2);
        CHECK(parts == std::set<int>{0, 1});
    }
    const std::vector<LibraryFigure> series = library->series("城镇新增就业");
    std::set<int> mohrssYears;
    for (const LibraryFigure &f : series)
        if (f.report == "mohrss_2022-2023_rsbz_tjgb.docx" && f.role == FigureRole::Result && f.indicator.year)
            mohrssYears.insert(*f.indicator.year);
    CHECK(mohrssYears == std::set<int>{2022, 2023});
    // The same file again is unchanged, every part of it.
    CHECK(library->add(real("mohrss_2022-2023_rsbz_tjgb.docx"), message) == AddResult::Unchanged);
    CHECK(library->reports().size() == 5);
}

TEST_CASE("library: writers at once all succeed, each file stored once", "[library][writers]")
{
    // Three connections (as three processes would hold) make one new library and add the same files
    // at the same moment: none fails, none is refused, and each report is there once.
    TempDir dir;
    const std::string db = dir / "shared.sqlite";
    const std::vector<std::string> files = {real("hefei_2024_tjgb.txt"), real("national_2024_zfgzbg_qqiw.txt"),
                                            own("national_2023_excerpt.txt"), own("hant_profile.txt"), REPORTLENS_SAMPLE};
    std::vector<std::string> failures(3);
    std::vector<std::thread> writers;
    for (std::size_t w = 0; w < 3; ++w)
        writers.emplace_back([&, w] {
            std::string error;
            std::unique_ptr<Library> library = Library::open(db, error);
            if (!library) {
                failures[w] = "open: " + error;
                return;
            }
            for (std::size_t k = 0; k < files.size(); ++k) {
                std::string message;
                if (library->add(files[(k + w) % files.size()], message) == AddResult::Failed)
                    failures[w] += files[k] + ": " + message + "; ";
            }
        });
    for (std::thread &t : writers)
        t.join();
    for (const std::string &f : failures)
        CHECK(f.empty());
    std::string error;
    std::unique_ptr<Library> library = Library::open(db, error);
    REQUIRE(library);
    const std::vector<LibraryReport> reports = library->reports();
    CHECK(reports.size() == files.size());
    std::set<std::string> names;
    for (const LibraryReport &r : reports)
        names.insert(r.name);
    CHECK(names.size() == files.size());
    for (const fs::directory_entry &e : fs::directory_iterator(dir.path))
        CHECK(e.path().filename().string().find(".new-") == std::string::npos); // no half-made library left
}

TEST_CASE("library: search pages with a total, listings and searches by year, kind and issuer", "[library][filter]")
{
    TempDir dir;
    std::string error;
    std::unique_ptr<Library> library = Library::open(dir / "library.sqlite", error);
    REQUIRE(library);
    std::string message;
    for (const std::string &f : {real("national_2024_zfgzbg_qqiw.txt"), own("national_2023_excerpt.txt"), real("hefei_2024_tjgb.txt"),
                                 std::string(REPORTLENS_SAMPLE)})
        REQUIRE(library->add(f, message) == AddResult::Added);

    SECTION("pages of one search add up to all its hits, each once, in the same order")
    {
        const SearchResults all = library->search("增长", 1000);
        REQUIRE(all.total > 20);
        CHECK(static_cast<int>(all.hits.size()) == all.total);
        std::vector<std::pair<std::string, int>> paged;
        for (int offset = 0; offset < all.total; offset += 7) {
            const SearchResults page = library->search("增长", 7, offset);
            CHECK(page.total == all.total);
            CHECK(static_cast<int>(page.hits.size()) == std::min(7, all.total - offset));
            for (const SearchHit &h : page.hits)
                paged.emplace_back(h.report, h.line);
        }
        REQUIRE(paged.size() == all.hits.size());
        for (std::size_t k = 0; k < paged.size(); ++k)
            CHECK(paged[k] == std::make_pair(all.hits[k].report, all.hits[k].line));
        const SearchResults beyond = library->search("增长", 10, all.total + 5);
        CHECK(beyond.hits.empty());
        CHECK(beyond.total == all.total);
        const SearchResults indexed = library->search("城镇新增就业", 1);
        CHECK(indexed.hits.size() == 1);
        CHECK(indexed.total >= 3);
    }
    SECTION("a filter limits the listing and the search alike")
    {
        ReportFilter workReports;
        workReports.kind = "work-report";
        const std::vector<LibraryReport> listed = library->reports(workReports);
        REQUIRE(listed.size() == 2);
        for (const LibraryReport &r : listed)
            CHECK(r.info.kind == "work-report");
        ReportFilter of2023 = workReports;
        of2023.year = 2023;
        REQUIRE(library->reports(of2023).size() == 1);
        CHECK(library->reports(of2023).front().name == "national_2023_excerpt.txt");
        ReportFilter byIssuer;
        byIssuer.issuer = "統計局"; // Traditional words find 合肥市统计局
        REQUIRE(library->reports(byIssuer).size() == 1);
        CHECK(library->reports(byIssuer).front().name == "hefei_2024_tjgb.txt");

        const SearchResults everywhere = library->search("增长");
        const SearchResults inHefei = library->search("增长", 50, 0, byIssuer);
        CHECK(inHefei.total > 0);
        CHECK(inHefei.total < everywhere.total);
        for (const SearchHit &h : inHefei.hits)
            CHECK(h.report == "hefei_2024_tjgb.txt");
        ReportFilter none;
        none.year = 1999;
        CHECK(library->reports(none).empty());
        CHECK(library->search("增长", 50, 0, none).total == 0);
    }
}

TEST_CASE("library: a process killed while adding loses nothing added before", "[library][kill]")
{
    TempDir dir;
    // Reports to add: many distinct files.
    const std::string national = readAll(real("national_2024_zfgzbg_qqiw.txt"));
    fs::create_directories(dir.path / "in");
    const int files = 120;
    // built in steps: GCC 12 warns falsely on "literal" + std::string (PR 105329)
    auto input = [&](int k) {
        std::string name = "r";
        name += std::to_string(k);
        name += ".txt";
        return (dir.path / "in" / name).string();
    };
    auto content = [&](int k, const std::string &again) {
        std::string text = national;
        text += "\n第";
        text += std::to_string(k);
        text += again;
        return text;
    };
    for (int k = 0; k < files; ++k)
        writeAll(input(k), content(k, "份。\n"));
    const std::string db = dir / "library.sqlite";
    {
        std::string error;
        REQUIRE(Library::open(db, error)); // created before the child starts
    }
    const pid_t child = ::fork();
    REQUIRE(child >= 0);
    if (child == 0) {
        std::string error;
        std::unique_ptr<Library> library = Library::open(db, error);
        if (!library)
            ::_exit(3);
        for (int k = 0;; k = (k + 1) % files) { // adds, and once all are in, reads them again as changed
            std::string message;
            library->add(input(k), message);
            if (k == files - 1)
                for (int j = 0; j < files; ++j)
                    writeAll(input(j), content(j, "份，又一次。" + std::to_string(::getpid()) + "\n"));
        }
    }
    // Let it add some, then kill it without warning, in the middle of whatever it is doing.
    ::usleep(1500 * 1000);
    REQUIRE(::kill(child, SIGKILL) == 0);
    int status = 0;
    ::waitpid(child, &status, 0);
    CHECK(WIFSIGNALED(status));

    std::string error;
    std::unique_ptr<Library> library = Library::open(db, error);
    INFO(error);
    REQUIRE(library); // opens, its check passes
    const std::vector<LibraryReport> reports = library->reports();
    CHECK(reports.size() >= 2);
    // Every report there is whole: its blocks and figures all stored, none half-written.
    sqlite3 *raw = nullptr;
    REQUIRE(sqlite3_open_v2(db.c_str(), &raw, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK);
    for (const LibraryReport &r : reports) {
        sqlite3_stmt *count = nullptr;
        REQUIRE(sqlite3_prepare_v2(raw, "SELECT (SELECT count(*) FROM figures WHERE report=?1), (SELECT count(*) FROM blocks WHERE report=?1)", -1, &count, nullptr) == SQLITE_OK);
        sqlite3_bind_int64(count, 1, r.id);
        REQUIRE(sqlite3_step(count) == SQLITE_ROW);
        CHECK(sqlite3_column_int(count, 0) == r.figures);
        CHECK(sqlite3_column_int(count, 1) == r.blocks);
        sqlite3_finalize(count);
        CHECK(static_cast<std::size_t>(r.figures) == library->figures(r.id).size());
    }
    sqlite3_close(raw);
    // And the library goes on: a new report can be added.
    std::string message;
    CHECK(library->add(REPORTLENS_SAMPLE, message) == AddResult::Added);
}
