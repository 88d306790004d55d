#include "reportcore/library.h"
#include "reportcore/classify.h"

#include "library/describe.h"
#include "library/statement.h"
#include "read/fileio.h"
#include "text/lexicon.h"
#include "reportcore/parse.h"
#include "reportcore/read.h"
#include "text/text.h"

#include <sqlite3.h>

#include <algorithm>
#include <atomic>
#include <cctype>
#include <array>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <map>
#include <set>
#include <sstream>
#include <thread>

#include <unistd.h>
#include <cerrno>
#include <chrono>

namespace reportcore {

using library::Statement;
using library::exec;

using text::u32;
using text::u32v;

std::vector<std::string> reportFilesIn(const std::string &folder)
{
    static const std::set<std::string> suffixes = {".txt", ".md", ".pdf", ".docx", ".html", ".htm", // and scans, read by OCR
                                                   ".png", ".jpg", ".jpeg", ".tif", ".tiff"};
    std::vector<std::string> files;
    std::error_code ec;
    for (auto it = std::filesystem::recursive_directory_iterator(folder, std::filesystem::directory_options::skip_permission_denied, ec);
         !ec && it != std::filesystem::recursive_directory_iterator(); it.increment(ec)) {
        if (!it->is_regular_file(ec))
            continue;
        std::string suffix = it->path().extension().string();
        std::transform(suffix.begin(), suffix.end(), suffix.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
        if (suffixes.count(suffix))
            files.push_back(it->path().string());
    }
    std::sort(files.begin(), files.end());
    return files;
}

// ---------------------------------------------------------------------------------------------
// The database

namespace {

constexpr const char *kApplication = "reportlens-library";
constexpr int kSchema = 1;
/** The rules a report's identity (title, issuer, kind, year) was read by: a report described by older
 *  rules is read again (Library::changed() lists it, add() reads it though its bytes are the same). */
constexpr int kIdentity = 3;

/** A library of an earlier release: its reports table rebuilt with the columns added since (whether
 *  a title was derived, the identity rules it was read by, the part of a compiled file), one row per
 *  (file, part). Its reports are then read again (their identity is 0). */
constexpr const char *kUpgrade = R"SQL(
CREATE TABLE reports_upgraded(
    id INTEGER PRIMARY KEY, path TEXT NOT NULL, name TEXT NOT NULL, hash TEXT NOT NULL, size INTEGER,
    mtime INTEGER, title TEXT, issuer TEXT, year INTEGER, kind TEXT, figures INTEGER, blocks INTEGER,
    title_derived INTEGER NOT NULL DEFAULT 0, identity INTEGER NOT NULL DEFAULT 0, part INTEGER NOT NULL DEFAULT 0,
    UNIQUE(path, part));
INSERT INTO reports_upgraded(id, path, name, hash, size, mtime, title, issuer, year, kind, figures, blocks)
    SELECT id, path, name, hash, size, mtime, title, issuer, year, kind, figures, blocks FROM reports;
DROP TABLE reports;
ALTER TABLE reports_upgraded RENAME TO reports;
CREATE INDEX IF NOT EXISTS reports_hash ON reports(hash);
)SQL";
/** FNV-1a, 64 bits, over the bytes, with their count: the same file twice is the same key. */
std::string contentHash(std::string_view bytes)
{
    std::uint64_t h = 1469598103934665603ull;
    for (const char c : bytes) {
        h ^= static_cast<unsigned char>(c);
        h *= 1099511628211ull;
    }
    char out[48];
    std::snprintf(out, sizeof out, "fnv1a64:%016llx:%zu", static_cast<unsigned long long>(h), bytes.size());
    return out;
}

std::int64_t fileTime(const std::string &path)
{
    std::error_code ec;
    const auto t = std::filesystem::last_write_time(path, ec);
    return ec ? 0 : static_cast<std::int64_t>(t.time_since_epoch().count());
}

const char *kCreate = R"SQL(
CREATE TABLE IF NOT EXISTS meta(key TEXT PRIMARY KEY, value TEXT);
CREATE TABLE IF NOT EXISTS reports(
    id INTEGER PRIMARY KEY, path TEXT NOT NULL, name TEXT NOT NULL, hash TEXT NOT NULL, size INTEGER,
    mtime INTEGER, title TEXT, issuer TEXT, year INTEGER, kind TEXT, figures INTEGER, blocks INTEGER,
    title_derived INTEGER NOT NULL DEFAULT 0, identity INTEGER NOT NULL DEFAULT 0, part INTEGER NOT NULL DEFAULT 0,
    UNIQUE(path, part));
CREATE INDEX IF NOT EXISTS reports_hash ON reports(hash);
CREATE TABLE IF NOT EXISTS blocks(
    id INTEGER PRIMARY KEY, report INTEGER NOT NULL REFERENCES reports(id) ON DELETE CASCADE, ord INTEGER,
    section TEXT, line INTEGER, page INTEGER, text TEXT, folded TEXT);
CREATE INDEX IF NOT EXISTS blocks_report ON blocks(report);
CREATE VIRTUAL TABLE IF NOT EXISTS blocks_fts USING fts5(folded, tokenize='trigram');
CREATE TABLE IF NOT EXISTS figures(
    id INTEGER PRIMARY KEY, report INTEGER NOT NULL REFERENCES reports(id) ON DELETE CASCADE, ord INTEGER,
    text TEXT, value REAL, value_max REAL, unit TEXT, qualifier TEXT, category TEXT, change TEXT, label TEXT,
    measure TEXT, year INTEGER, role TEXT, section TEXT, line INTEGER, col INTEGER, page INTEGER, sentence TEXT);
CREATE INDEX IF NOT EXISTS figures_measure ON figures(measure);
CREATE INDEX IF NOT EXISTS figures_report ON figures(report);
)SQL";

/** The first bytes of every SQLite database file. */
constexpr char kSqliteHeader[] = "SQLite format 3";

} // namespace

Library::Library(sqlite3 *db, std::string path) : m_db(db), m_path(std::move(path)) {}

Library::~Library() { sqlite3_close_v2(m_db); }

namespace {

/** A file that exists must be an SQLite database already: looked at before SQLite touches it. */
bool looksLikeDatabase(const std::string &path, std::string &error)
{
    std::error_code ec;
    if (std::filesystem::is_directory(path, ec)) {
        error = "is a folder, not a library file";
        return false;
    }
    std::FILE *f = std::fopen(path.c_str(), "rb");
    if (!f) {
        error = "cannot be read";
        return false;
    }
    char head[16] = {};
    const std::size_t n = std::fread(head, 1, sizeof head, f);
    std::fclose(f);
    if (n == 0) {
        error = "is an empty file, not a ReportLens library; it was left as it is";
        return false;
    }
    if (n < sizeof head || std::memcmp(head, kSqliteHeader, sizeof kSqliteHeader) != 0) {
        error = "is not a ReportLens library (not an SQLite database); it was left as it is";
        return false;
    }
    return true;
}

/** A new library at `path`, made whole beside it and linked into place, so that no process ever sees
 *  it half made (another creating it at the same moment: whichever links first, both use it). */
bool createLibrary(const std::string &path, std::string &error)
{
    static std::atomic<unsigned> made{0}; // threads of one process make theirs apart too
    const std::string temporary = path + ".new-" + std::to_string(::getpid()) + "-" + std::to_string(made++);
    std::remove(temporary.c_str());
    sqlite3 *db = nullptr;
    bool ok = sqlite3_open_v2(temporary.c_str(), &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr) == SQLITE_OK;
    const std::string init = std::string("PRAGMA journal_mode=WAL; BEGIN IMMEDIATE;") + kCreate
                             + "INSERT INTO meta VALUES('application', '" + kApplication + "');"
                             + "INSERT INTO meta VALUES('schema', '" + std::to_string(kSchema) + "');COMMIT;";
    ok = ok && exec(db, init.c_str());
    if (!ok)
        error = std::string("could not be created: ") + (db ? sqlite3_errmsg(db) : "cannot be opened");
    sqlite3_close_v2(db); // the log is folded into the file and removed
    if (ok && ::link(temporary.c_str(), path.c_str()) != 0 && errno != EEXIST) {
        error = std::string("could not be created: ") + std::strerror(errno);
        ok = false;
    }
    std::remove(temporary.c_str());
    std::remove((temporary + "-wal").c_str());
    std::remove((temporary + "-shm").c_str());
    return ok;
}

/** kUpgrade under the write lock, unless another process did it first. */
bool upgrade(sqlite3 *db)
{
    if (!exec(db, "BEGIN IMMEDIATE"))
        return false;
    bool partColumn = false;
    {
        Statement columns(db, "SELECT name FROM pragma_table_info('reports')");
        while (columns && columns.step() == SQLITE_ROW)
            partColumn = partColumn || columns.text(0) == "part";
    }
    return (partColumn || exec(db, kUpgrade)) && exec(db, "COMMIT");
}

enum class Check { Ours, Refused, Busy };

/** Is the database ours, of this version, undamaged? Busy when another process holds it too long. */
Check checkLibrary(sqlite3 *db, std::string &error)
{
    auto busy = [db] { const int rc = sqlite3_errcode(db) & 0xFF; return rc == SQLITE_BUSY || rc == SQLITE_LOCKED; };
    std::string application, schema;
    bool ours = false;
    {
        Statement tables(db, "SELECT name FROM sqlite_master WHERE type='table' AND name='meta'");
        const int rc = tables ? tables.step() : SQLITE_ERROR;
        if (rc != SQLITE_ROW && rc != SQLITE_DONE) {
            if (busy())
                return Check::Busy;
            error = "is not a ReportLens library (the database is damaged); it was left as it is";
            return Check::Refused;
        }
        ours = rc == SQLITE_ROW;
    }
    if (ours) {
        Statement meta(db, "SELECT key, value FROM meta");
        while (meta && meta.step() == SQLITE_ROW) {
            if (meta.text(0) == "application")
                application = meta.text(1);
            else if (meta.text(0) == "schema")
                schema = meta.text(1);
        }
    }
    if (application != kApplication) {
        error = "is another program's database, not a ReportLens library; it was left as it is";
        return Check::Refused;
    }
    if (schema != std::to_string(kSchema)) {
        error = "is a ReportLens library of another version (schema " + schema + "); it was left as it is";
        return Check::Refused;
    }
    {
        Statement check(db, "PRAGMA quick_check"); // finished before anything is written
        if (!check || check.step() != SQLITE_ROW || check.text(0) != "ok") {
            if (busy())
                return Check::Busy;
            error = "is damaged (SQLite's check failed); it was left as it is";
            return Check::Refused;
        }
    }
    // Columns later releases added (a library of an earlier one gains them; it reads the same).
    bool partColumn = false;
    {
        Statement columns(db, "SELECT name FROM pragma_table_info('reports')");
        while (columns && columns.step() == SQLITE_ROW)
            partColumn = partColumn || columns.text(0) == "part";
    }
    if (!partColumn && !upgrade(db)) {
        const bool wait = busy();
        error = std::string("could not be brought up to date: ") + sqlite3_errmsg(db);
        exec(db, "ROLLBACK");
        if (wait)
            return Check::Busy;
        return Check::Refused;
    }
    // Write-ahead log (set when it was made): a process killed while adding loses nothing committed before.
    if (!exec(db, "PRAGMA synchronous=NORMAL; PRAGMA foreign_keys=ON;")) {
        if (busy())
            return Check::Busy;
        error = sqlite3_errmsg(db);
        return Check::Refused;
    }
    return Check::Ours;
}

} // namespace

std::unique_ptr<Library> Library::open(const std::string &path, std::string &error)
{
    // Look before touching: a file that exists must be an SQLite database already, never overwritten.
    std::error_code ec;
    if (!std::filesystem::exists(path, ec) && !createLibrary(path, error))
        return nullptr;
    if (!looksLikeDatabase(path, error))
        return nullptr;
    sqlite3 *db = nullptr;
    if (sqlite3_open_v2(path.c_str(), &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX, nullptr) != SQLITE_OK) {
        error = db ? sqlite3_errmsg(db) : "cannot be opened";
        sqlite3_close_v2(db);
        return nullptr;
    }
    sqlite3_busy_timeout(db, 30000); // another writer holds it: wait for it
    std::unique_ptr<Library> library(new Library(db, path));
    // Another process may hold it beyond the busy handler's reach (its first read of the log): again.
    for (int attempt = 0; attempt < 50; ++attempt) {
        switch (checkLibrary(db, error)) {
        case Check::Ours: return library;
        case Check::Refused: return nullptr;
        case Check::Busy: std::this_thread::sleep_for(std::chrono::milliseconds(100)); break;
        }
    }
    error = "is busy: another program holds it";
    return nullptr;
}

namespace {

/** Is a file of these bytes in the library already? Unchanged when it is (at this path, or at one
 *  where no file is left: the file moved and takes its new place); nothing when it is not. */
std::optional<AddResult> sameFile(sqlite3 *db, const std::string &path, const std::string &hash, std::string &message)
{
    std::error_code ec;
    std::vector<std::string> places;
    {
        Statement find(db, "SELECT DISTINCT path FROM reports WHERE hash = ?1 AND identity >= ?2");
        find.bind(1, hash).bind(2, kIdentity);
        while (find.step() == SQLITE_ROW)
            places.push_back(find.text(0));
    } // the read is over before anything is written
    if (places.empty())
        return std::nullopt;
    if (std::find(places.begin(), places.end(), path) != places.end())
        return AddResult::Unchanged;
    for (const std::string &where : places)
        if (std::filesystem::exists(where, ec)) {
            message = "the same file is already in the library as " + where;
            return AddResult::Unchanged;
        }
    Statement move(db, "UPDATE reports SET path = ?1, name = ?2, mtime = ?3 WHERE path = ?4");
    move.bind(1, path).bind(2, std::filesystem::path(path).filename().string()).bind(3, fileTime(path)).bind(4, places.front());
    move.run();
    return AddResult::Unchanged;
}

/** The write lock: BEGIN IMMEDIATE, waiting for another writer (the busy timeout), a few times over. */
bool beginWrite(sqlite3 *db)
{
    for (int attempt = 0; attempt < 4; ++attempt) {
        const int rc = sqlite3_exec(db, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr);
        if (rc == SQLITE_OK)
            return true;
        if (rc != SQLITE_BUSY && rc != SQLITE_LOCKED)
            return false;
    }
    return false;
}

/** A file's rows (every part of it) with their blocks and figures, gone; whether there were any. */
bool dropFile(sqlite3 *db, const std::string &path, bool &existed)
{
    Statement count(db, "SELECT COUNT(*) FROM reports WHERE path = ?1");
    count.bind(1, path);
    existed = count.step() == SQLITE_ROW && count.integer(0) > 0;
    count.reset();
    if (!existed)
        return true;
    Statement dropFts(db, "DELETE FROM blocks_fts WHERE rowid IN (SELECT b.id FROM blocks b JOIN reports r ON r.id = b.report "
                          "WHERE r.path = ?1)");
    Statement dropBlocks(db, "DELETE FROM blocks WHERE report IN (SELECT id FROM reports WHERE path = ?1)");
    Statement dropFigures(db, "DELETE FROM figures WHERE report IN (SELECT id FROM reports WHERE path = ?1)");
    Statement dropReports(db, "DELETE FROM reports WHERE path = ?1");
    return dropFts.bind(1, path).run() && dropBlocks.bind(1, path).run() && dropFigures.bind(1, path).run()
           && dropReports.bind(1, path).run();
}

/** A report's row (one part of the file): its id, 0 on failure. */
std::int64_t storeReport(sqlite3 *db, const std::string &path, const std::string &hash, std::uint64_t size, const Document &doc,
                         const ReportPart &part, int number)
{
    int figures = 0;
    for (const Indicator &i : doc.indicators)
        figures += i.block >= static_cast<int>(part.firstBlock) && i.block < static_cast<int>(part.endBlock);
    const ReportInfo &info = part.info;
    Statement row(db, "INSERT INTO reports(path, name, hash, size, mtime, title, issuer, year, kind, figures, blocks, "
                      "title_derived, identity, part) VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14)");
    row.bind(1, path).bind(2, std::filesystem::path(path).filename().string()).bind(3, hash).bind(4, static_cast<std::int64_t>(size))
        .bind(5, fileTime(path)).bind(6, info.title).bind(7, info.issuer).bind(8, info.year).bind(9, info.kind)
        .bind(10, figures).bind(11, static_cast<int>(part.endBlock - part.firstBlock))
        .bind(12, info.titleDerived ? 1 : 0).bind(13, kIdentity).bind(14, number);
    return row.run() ? static_cast<std::int64_t>(sqlite3_last_insert_rowid(db)) : 0;
}

/** The report's blocks, with their folded text in the search index. */
bool storeBlocks(sqlite3 *db, std::int64_t id, const Document &doc, const ReportPart &part)
{
    Statement block(db, "INSERT INTO blocks(report, ord, section, line, page, text, folded) VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7)");
    Statement fts(db, "INSERT INTO blocks_fts(rowid, folded) VALUES(?1, ?2)");
    for (std::size_t b = part.firstBlock; b < part.endBlock && b < doc.blocks.size(); ++b) {
        const Block &bl = doc.blocks[b];
        if (bl.text.empty())
            continue;
        const std::string folded = foldForSearch(bl.text);
        const std::string section = bl.section >= 0 ? doc.sections[static_cast<std::size_t>(bl.section)].title : std::string();
        block.reset();
        block.bind(1, id).bind(2, static_cast<int>(b)).bind(3, section).bind(4, bl.lines.empty() ? 0 : bl.lines.front())
            .bind(5, bl.page).bind(6, bl.text).bind(7, folded);
        if (!block.run())
            return false;
        fts.reset();
        fts.bind(1, static_cast<std::int64_t>(sqlite3_last_insert_rowid(db))).bind(2, folded);
        if (!fts.run())
            return false;
    }
    return true;
}

/** The report's figures, each with its role, the year the library files it under and its sentence. */
bool storeFigures(sqlite3 *db, std::int64_t id, const Document &doc, const ReportPart &part)
{
    const ReportInfo &info = part.info;
    Statement figure(db, "INSERT INTO figures(report, ord, text, value, value_max, unit, qualifier, category, change, label, "
                           "measure, year, role, section, line, col, page, sentence) "
                           "VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18)");
    u32 blockText; // each block's text in UTF-32 once, for the sentences of its figures
    int blockOfText = -1;
    for (const Indicator &ind : doc.indicators) {
        if (ind.block < static_cast<int>(part.firstBlock) || ind.block >= static_cast<int>(part.endBlock))
            continue;
        std::string sentence = ind.text;
        if (ind.block >= 0 && static_cast<std::size_t>(ind.block) < doc.blocks.size()) {
            if (ind.block != blockOfText) {
                blockText = text::toUtf32(doc.blocks[static_cast<std::size_t>(ind.block)].text);
                blockOfText = ind.block;
            }
            sentence = library::sentenceIn(blockText, ind);
        }
        figure.reset();
        figure.bind(1, id).bind(2, ind.id).bind(3, ind.text).bind(4, ind.value).bind(5, ind.valueMax).bind(6, ind.unit)
            .bind(7, std::string(toString(ind.qualifier))).bind(8, std::string(toString(ind.category)))
            .bind(9, std::string(toString(ind.change))).bind(10, measureName(ind)).bind(11, foldForSearch(measureName(ind)))
            .bind(12, library::yearGiven(doc, info, ind, sentence)).bind(13, std::string(toString(roleOf(ind))))
            .bind(14, ind.section >= 0 ? doc.sections[static_cast<std::size_t>(ind.section)].title : std::string())
            .bind(15, ind.line).bind(16, ind.column).bind(17, ind.page).bind(18, sentence);
        if (!figure.run())
            return false;
    }
    return true;
}

} // namespace

AddResult Library::add(const std::string &pathIn, std::string &message, const ReadOptions &options)
{
    std::error_code ec;
    std::string path = std::filesystem::absolute(pathIn, ec).lexically_normal().string();
    if (ec)
        path = pathIn;
    std::string bytes;
    std::uint64_t size = 0;
    DecodeError error = readWholeFile(path, options.decode.maxBytes, bytes, size);
    auto failed = [&](DecodeError e) {
        SourceText info;
        info.error = e;
        info.bytes = size;
        message = readErrorMessage(info, options);
        return AddResult::Failed;
    };
    if (error != DecodeError::None)
        return failed(error);
    const std::string hash = contentHash(bytes);
    if (const std::optional<AddResult> known = sameFile(m_db, path, hash, message))
        return *known; // nothing to read again
    const Document doc = parseBytes(bytes, std::filesystem::path(path).filename().string(), error, options);
    if (error != DecodeError::None)
        return failed(error);
    const std::vector<ReportPart> parts = reportParts(doc);

    if (!beginWrite(m_db)) {
        message = sqlite3_errmsg(m_db);
        return AddResult::Failed;
    }
    // Another writer may have added the file while this one read it: look again, now alone.
    if (const std::optional<AddResult> known = sameFile(m_db, path, hash, message)) {
        exec(m_db, "COMMIT");
        return *known;
    }
    // The file's rows as they were go; each of its reports is stored anew.
    bool existed = false;
    bool ok = dropFile(m_db, path, existed);
    for (std::size_t k = 0; ok && k < parts.size(); ++k) {
        const std::int64_t id = storeReport(m_db, path, hash, size, doc, parts[k], static_cast<int>(k));
        ok = id != 0 && storeBlocks(m_db, id, doc, parts[k]) && storeFigures(m_db, id, doc, parts[k]);
    }
    if (!ok || !exec(m_db, "COMMIT")) {
        message = sqlite3_errmsg(m_db);
        exec(m_db, "ROLLBACK");
        return AddResult::Failed;
    }
    // A report whose year cannot be known is stored, and the caller is told so.
    for (std::size_t k = 0; k < parts.size(); ++k)
        if (!parts[k].info.year)
            message += (message.empty() ? "" : "; ") + std::string("the year of ")
                       + (parts.size() > 1 ? "part " + std::to_string(k + 1) + " (" + parts[k].info.title + ")" : "the report")
                       + " cannot be known";
    return existed ? AddResult::Updated : AddResult::Added;
}

namespace {

LibraryReport reportFrom(const Statement &row)
{
    LibraryReport r;
    r.id = row.integer(0);
    r.path = row.text(1);
    r.name = row.text(2);
    r.hash = row.text(3);
    r.info.title = row.text(4);
    r.info.issuer = row.text(5);
    r.info.year = row.optionalInt(6);
    r.info.kind = row.text(7);
    r.figures = static_cast<int>(row.integer(8));
    r.blocks = static_cast<int>(row.integer(9));
    r.info.titleDerived = row.integer(10) != 0;
    r.part = static_cast<int>(row.integer(11));
    return r;
}

constexpr const char *kReportColumns =
    "SELECT id, path, name, hash, title, issuer, year, kind, figures, blocks, title_derived, part FROM reports";

} // namespace

namespace library {

std::vector<LibraryReport> reportRows(sqlite3 *db, const ReportFilter &filter)
{
    std::vector<LibraryReport> out;
    Statement all(db, (std::string(kReportColumns) + " ORDER BY year IS NULL, year, title, name").c_str());
    const std::string issuer = foldForSearch(filter.issuer);
    while (all.step() == SQLITE_ROW) {
        LibraryReport r = reportFrom(all);
        if ((filter.year && r.info.year != filter.year) || (!filter.kind.empty() && r.info.kind != filter.kind)
            || (!issuer.empty() && foldForSearch(r.info.issuer).find(issuer) == std::string::npos))
            continue;
        out.push_back(std::move(r));
    }
    return out;
}

} // namespace library

std::vector<LibraryReport> Library::reports(const ReportFilter &filter) const
{
    std::vector<LibraryReport> out = library::reportRows(m_db, filter);
    std::error_code ec;
    for (LibraryReport &r : out)
        r.missing = !std::filesystem::exists(r.path, ec); // checked on each call, never dropped
    return out;
}

std::optional<LibraryReport> Library::report(std::int64_t id) const
{
    Statement one(m_db, (std::string(kReportColumns) + " WHERE id = ?1").c_str());
    one.bind(1, id);
    if (one.step() != SQLITE_ROW)
        return std::nullopt;
    LibraryReport r = reportFrom(one);
    std::error_code ec;
    r.missing = !std::filesystem::exists(r.path, ec);
    return r;
}

std::vector<std::string> Library::changed() const
{
    std::vector<std::string> out;
    Statement all(m_db, "SELECT path, size, mtime, MIN(identity) FROM reports GROUP BY path ORDER BY MIN(id)");
    while (all.step() == SQLITE_ROW) {
        const std::string path = all.text(0);
        std::error_code ec;
        const auto size = std::filesystem::file_size(path, ec);
        if (ec)
            continue; // missing: flagged, not re-read
        if (static_cast<std::int64_t>(size) != all.integer(1) || fileTime(path) != all.integer(2) || all.integer(3) < kIdentity)
            out.push_back(path); // changed, or described by older rules
    }
    return out;
}

bool Library::remove(std::int64_t id)
{
    if (!exec(m_db, "BEGIN IMMEDIATE"))
        return false;
    Statement dropFts(m_db, "DELETE FROM blocks_fts WHERE rowid IN (SELECT id FROM blocks WHERE report = ?1)");
    Statement drop(m_db, "DELETE FROM reports WHERE id = ?1");
    if (!dropFts.bind(1, id).run() || !drop.bind(1, id).run()) {
        exec(m_db, "ROLLBACK");
        return false;
    }
    return exec(m_db, "COMMIT");
}

namespace {

LibraryFigure figureFrom(const Statement &row)
{
    // columns: report, name, title, r.year, ord, text, value, value_max, unit, qualifier, category, change, label,
    // year, role, section, line, col, page, sentence
    LibraryFigure f;
    f.reportId = row.integer(0);
    f.report = row.text(1);
    f.title = row.text(2);
    f.reportYear = row.optionalInt(3);
    Indicator &i = f.indicator;
    i.id = static_cast<int>(row.integer(4));
    i.text = row.text(5);
    i.value = row.real(6);
    if (!row.isNull(7))
        i.valueMax = row.real(7);
    i.unit = row.text(8);
    const std::string q = row.text(9), c = row.text(10), ch = row.text(11);
    i.qualifier = q == "over" ? Qualifier::Over : q == "about" ? Qualifier::About : q == "under" ? Qualifier::Under : Qualifier::Exact;
    i.category = c == "people" ? Category::People : c == "money" ? Category::Money : c == "percent" ? Category::Percent : Category::Count;
    i.change = ch == "up" ? Change::Up : ch == "down" ? Change::Down : Change::None;
    i.label = row.text(12);
    i.year = row.optionalInt(13);
    f.role = row.text(14) == "target" ? FigureRole::Target : FigureRole::Result;
    i.target = f.role == FigureRole::Target;
    f.section = row.text(15);
    i.line = static_cast<int>(row.integer(16));
    i.column = static_cast<int>(row.integer(17));
    i.page = static_cast<int>(row.integer(18));
    f.sentence = row.text(19);
    f.path = row.text(20);
    f.issuer = row.text(21);
    f.kind = row.text(22);
    return f;
}

constexpr const char *kFigureColumns =
    "SELECT f.report, r.name, r.title, r.year, f.ord, f.text, f.value, f.value_max, f.unit, f.qualifier, f.category, "
    "f.change, f.label, f.year, f.role, f.section, f.line, f.col, f.page, f.sentence, r.path, r.issuer, r.kind FROM figures f JOIN reports r ON r.id = f.report";

} // namespace

std::vector<LibraryFigure> Library::figures(std::int64_t reportId) const
{
    std::vector<LibraryFigure> out;
    Statement all(m_db, (std::string(kFigureColumns) + " WHERE f.report = ?1 ORDER BY f.ord").c_str());
    all.bind(1, reportId);
    while (all.step() == SQLITE_ROW)
        out.push_back(figureFrom(all));
    return out;
}

std::vector<LibraryFigure> Library::series(const std::string &label) const
{
    std::vector<LibraryFigure> out;
    const std::string measure = foldForSearch(text::toUtf8(text::trim(u32v(text::toUtf32(label)))));
    if (measure.empty())
        return out;
    // The measure itself; only when no report names it exactly, the labels that end in it.
    std::string escaped;
    for (const char c : measure)
        escaped += (c == '%' || c == '_' || c == '\\') ? std::string("\\") + c : std::string(1, c);
    const std::pair<const char *, std::string> queries[] = {{" WHERE f.measure = ?1", measure},
                                                             {" WHERE f.measure LIKE '%' || ?1 ESCAPE '\\'", escaped}};
    for (const auto &[where, pattern] : queries) {
        Statement find(m_db, (std::string(kFigureColumns) + where + " ORDER BY COALESCE(f.year, r.year), f.role, r.id, f.ord").c_str());
        find.bind(1, pattern);
        while (find.step() == SQLITE_ROW)
            out.push_back(figureFrom(find));
        if (!out.empty())
            break;
    }
    return out;
}

} // namespace reportcore
