#pragma once
// A library of reports: an SQLite database holding, for every report added, its metadata, its blocks
// (searched with FTS5's trigram tokenizer, Traditional and Simplified folded alike) and its figures with
// their role (result or target) and year, so that one figure can be followed across the years.
// No Qt: the window and the command line both use it.

#include "reportcore/document.h"
#include "reportcore/read.h"

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

struct sqlite3;

namespace reportcore {

/** Which report a document is, read from its title and text. */
struct ReportInfo {
    std::string title;    ///< its own title line; never a date, byline, salutation, page chrome or letterhead
    bool titleDerived = false; ///< no title line: `<issuer> <year>年<kind>` made from what is known
    std::string issuer;   ///< the body that issues it (国务院, 合肥市统计局, 广州市总工会), else the place; "" when unknown
    std::optional<int> year; ///< a work or union report's: the year it is delivered; a communiqué's: the year it
                             ///< covers; news: the year it is dated
    std::string kind;     ///< work-report, statistical-communique, union-report, news or other
};

/** The report's own title line as describeReport() finds it (never a date, a byline, page chrome …),
 *  or "" when it has none; nothing derived. Cheap: for places that only name the report (a chart's source). */
std::string reportTitle(const Document &doc);

/** The identity of a parsed report: title, issuer, kind and year. */
ReportInfo describeReport(const Document &doc);

/** One report of a file: a file compiling several (this year's communiqué and last year's, one after
 *  the other) holds one part for each; any other file is one part. */
struct ReportPart {
    ReportInfo info;
    std::size_t firstBlock = 0, endBlock = 0; ///< its blocks: [firstBlock, endBlock) of the document's
};

/** The reports a document holds, in order: a new part at each top-level section titled as a report
 *  with its year (2022 年度人力资源和社会保障事业发展统计公报) after the first; what stands before the
 *  first belongs to it. Each part's identity is read from its own blocks and figures. */
std::vector<ReportPart> reportParts(const Document &doc);

/** The role of a figure: what was achieved, or what is planned or aimed at. */
enum class FigureRole { Result, Target };
FigureRole roleOf(const Indicator &indicator);
const char *toString(FigureRole role);

/** The year a figure belongs to, as the library files it: the year the text gives it (Indicator::year);
 *  but in a work report, a result the text dates only by the report's own year is last year's (a work
 *  report reviews the year before and sets this year's targets), unless its sentence names that year. */
std::optional<int> figureYear(const Document &doc, const ReportInfo &info, const Indicator &indicator);

/** The sentence a figure stands in, as written. */
std::string sentenceOf(const Document &doc, const Indicator &indicator);

/** A report in the library. */
struct LibraryReport {
    std::int64_t id = 0;
    std::string path;     ///< as added (absolute)
    std::string name;     ///< the file name
    std::string hash;     ///< SHA-256 of the file's bytes, hex
    int part = 0;         ///< which report of the file (0, or 1, 2 … of a compiled file)
    ReportInfo info;
    int figures = 0;
    int blocks = 0;
    bool missing = false; ///< the file is no longer where it was added from
};

/** A search hit: a block of a report holding every word of the query. */
struct SearchHit {
    std::int64_t reportId = 0;
    std::string report;   ///< the report's file name
    std::string path;
    std::string title;
    std::optional<int> year;
    std::string section;
    int line = 0;
    int page = 0;         ///< 0 when the source has no pages
    std::string snippet;  ///< the text around the first match, as written
    double rank = 0;      ///< lower is better
};

/** A figure of a report in the library, with where it stands. */
struct LibraryFigure {
    std::int64_t reportId = 0;
    std::string report;   ///< file name
    std::string path;     ///< the report's file, as added
    std::string title;
    std::string issuer;   ///< the report's issuer: a series is one issuer's
    std::string kind;     ///< the report's kind: a series is of one kind (a communiqué's figures apart from a work report's)
    std::optional<int> reportYear;
    Indicator indicator;  ///< as parsed (text, value, unit, qualifier, label, year, line, page, …)
    FigureRole role = FigureRole::Result;
    std::string section;
    std::string sentence;
};

/** Which reports a listing or a search covers: every one by default. */
struct ReportFilter {
    std::optional<int> year; ///< the report's year
    std::string kind;        ///< work-report, statistical-communique, union-report, other; "" for any
    std::string issuer;      ///< words the issuer holds (国务院, 合肥, 统计局), Traditional or Simplified; "" for any
    bool any() const { return !year && kind.empty() && issuer.empty(); }
};

/** A page of search hits, and how many there are in all. */
struct SearchResults {
    std::vector<SearchHit> hits; ///< at most the limit asked for, from the offset asked for, best first
    int total = 0;               ///< hits in all, on every page
};

/** How an add went. */
enum class AddResult { Added, Unchanged, Updated, Failed };

class Library
{
public:
    /** Opens (or creates) the library at `path`. A file that is not a ReportLens library (an empty
     *  file, another SQLite database, a corrupt or foreign file) is refused with a message and never
     *  written. Several processes may hold one library: a writer waits for another (up to half a
     *  minute) rather than fail. */
    static std::unique_ptr<Library> open(const std::string &path, std::string &error);
    ~Library();
    Library(const Library &) = delete;
    Library &operator=(const Library &) = delete;

    /** Reads the file, parses it and stores it in one transaction: all of it or nothing; a file
     *  compiling several reports as one report per part. The same bytes added twice are one report
     *  (Unchanged); a file whose bytes changed is read again (Updated). `message` says why on Failed,
     *  and otherwise what the caller should know: the same file already in the library elsewhere, a
     *  report (or a part) whose year cannot be known. */
    AddResult add(const std::string &path, std::string &message, const ReadOptions &options = {});

    /** Every report (of the filter), by year then title. Files gone from their place are flagged
     *  `missing` (checked on each call), never dropped. */
    std::vector<LibraryReport> reports(const ReportFilter &filter = {}) const;
    std::optional<LibraryReport> report(std::int64_t id) const;
    /** The reports whose file changed since it was read (another size or time): to be added again. */
    std::vector<std::string> changed() const;
    bool remove(std::int64_t id);

    /** Blocks holding every word of `query` (words separated by spaces), Traditional or Simplified
     *  alike, in the reports of `filter`; best first, `limit` of them from `offset` on, with how many
     *  there are in all. Words of three characters or more use the full-text index. */
    SearchResults search(const std::string &query, int limit = 50, int offset = 0, const ReportFilter &filter = {}) const;

    /** Every figure of the library whose label is `label`'s measure (the same words, Traditional or
     *  Simplified, ignoring scope words before them), by year. */
    std::vector<LibraryFigure> series(const std::string &label) const;

    /** The figures of one report. */
    std::vector<LibraryFigure> figures(std::int64_t reportId) const;

    const std::string &path() const { return m_path; }

private:
    Library(sqlite3 *db, std::string path);
    sqlite3 *m_db = nullptr;
    std::string m_path;
};

/** The report files under `folder`, recursively, sorted: every format the core reads (.txt, .md, .pdf,
 *  .docx, .html, .htm; by name, as a folder of reports is chosen). */
std::vector<std::string> reportFilesIn(const std::string &folder);

/** Folds a text for search: Traditional characters to Simplified ones (one to one, so positions are
 *  kept), full-width ASCII to ASCII, ASCII letters to lower case. */
std::u32string foldForSearch(std::u32string_view text);
std::string foldForSearch(std::string_view utf8);

} // namespace reportcore
