// Searching the library: the words of a query (folded as the index is), through the trigram index
// or by a scan, in the reports of a filter, a page at a time with how many there are in all.
#include "reportcore/library.h"

#include "library/statement.h"
#include "text/text.h"

#include <algorithm>
#include <sstream>

namespace reportcore {

using library::Statement;
using text::u32;
using text::u32v;

namespace {

/** The words of a query, folded as the index is; spaces and ideographic spaces separate them. */
std::vector<std::string> queryWords(const std::string &query)
{
    std::vector<std::string> words;
    std::istringstream in(foldForSearch(query));
    for (std::string w; in >> w;) {
        std::size_t start = 0;
        for (std::size_t at; (at = w.find("\u3000", start)) != std::string::npos; start = at + 3)
            if (at > start)
                words.push_back(w.substr(start, at - start));
        if (start < w.size())
            words.push_back(w.substr(start));
    }
    return words;
}

/** A search's FROM and WHERE: words of three characters or more through the trigram index (`match`,
 *  parameter 1), shorter ones by `instr` (parameters 2…), reports limited to `ids` when given. */
std::string searchFrom(const std::vector<std::string> &longWords, std::size_t shortWords,
                       const std::optional<std::vector<std::int64_t>> &ids)
{
    std::string sql = longWords.empty()
                          ? " FROM blocks b JOIN reports r ON r.id = b.report WHERE 1"
                          : " FROM blocks_fts JOIN blocks b ON b.id = blocks_fts.rowid JOIN reports r ON r.id = b.report "
                            "WHERE blocks_fts MATCH ?1";
    for (std::size_t i = 0; i < shortWords; ++i)
        sql.append(" AND instr(b.folded, ?").append(std::to_string(i + 2)).append(") > 0");
    if (ids) {
        sql += " AND b.report IN (";
        for (std::size_t i = 0; i < ids->size(); ++i) {
            if (i > 0)
                sql += ',';
            sql += std::to_string((*ids)[i]);
        }
        sql += ")";
    }
    return sql;
}

/** A hit from a row (id, report, name, path, title, year, section, line, page, text, folded, rank), its
 *  snippet the text as written around the first match, found in the folded text (folding keeps every
 *  character in its place). */
SearchHit hitFrom(const Statement &row, const u32 &firstWord)
{
    SearchHit hit;
    hit.reportId = row.integer(1);
    hit.report = row.text(2);
    hit.path = row.text(3);
    hit.title = row.text(4);
    hit.year = row.optionalInt(5);
    hit.section = row.text(6);
    hit.line = static_cast<int>(row.integer(7));
    hit.page = static_cast<int>(row.integer(8));
    hit.rank = row.real(11);
    const u32 written = text::toUtf32(row.text(9)), folded = text::toUtf32(row.text(10));
    std::size_t at = folded.size() == written.size() ? folded.find(firstWord) : u32::npos;
    if (at == u32::npos)
        at = 0;
    const std::size_t from = at > 30 ? at - 30 : 0;
    const std::size_t to = std::min(written.size(), at + firstWord.size() + 50);
    hit.snippet = (from > 0 ? "…" : "") + text::toUtf8(u32v(written).substr(from, to - from)) + (to < written.size() ? "…" : "");
    return hit;
}

} // namespace

SearchResults Library::search(const std::string &query, int limit, int offset, const ReportFilter &filter) const
{
    SearchResults results;
    const std::vector<std::string> words = queryWords(query);
    if (words.empty() || limit < 0 || offset < 0)
        return results;
    std::vector<std::string> longWords, shortWords; // the trigram index serves words of 3 characters or more
    for (const std::string &w : words)
        (text::toUtf32(w).size() >= 3 ? longWords : shortWords).push_back(w);
    std::optional<std::vector<std::int64_t>> ids;
    if (!filter.any()) {
        ids.emplace();
        for (const LibraryReport &r : library::reportRows(m_db, filter)) // no file looked at
            ids->push_back(r.id);
        if (ids->empty())
            return results;
    }
    std::string match;
    for (const std::string &w : longWords) {
        std::string quoted = "\"";
        for (const char c : w)
            quoted += c == '"' ? std::string("\"\"") : std::string(1, c);
        match += (match.empty() ? "" : " AND ") + quoted + "\"";
    }
    const std::string from = searchFrom(longWords, shortWords.size(), ids);
    auto bind = [&](Statement &statement) {
        if (!longWords.empty())
            statement.bind(1, match);
        for (std::size_t i = 0; i < shortWords.size(); ++i)
            statement.bind(static_cast<int>(i) + 2, shortWords[i]);
    };
    Statement count(m_db, ("SELECT COUNT(*)" + from).c_str());
    if (!count)
        return results;
    bind(count);
    if (count.step() == SQLITE_ROW)
        results.total = static_cast<int>(count.integer(0));
    if (limit == 0 || offset >= results.total)
        return results;
    const std::string sql = "SELECT b.id, b.report, r.name, r.path, r.title, r.year, b.section, b.line, b.page, b.text, b.folded"
                            + std::string(longWords.empty() ? ", 0" : ", bm25(blocks_fts)") + from
                            + (longWords.empty() ? " ORDER BY r.year DESC, b.report, b.ord" : " ORDER BY bm25(blocks_fts), b.id")
                            + " LIMIT " + std::to_string(limit) + " OFFSET " + std::to_string(offset);
    Statement find(m_db, sql.c_str());
    if (!find)
        return results;
    bind(find);
    const u32 firstWord = text::toUtf32(words.front());
    while (find.step() == SQLITE_ROW)
        results.hits.push_back(hitFrom(find, firstWord));
    return results;
}

} // namespace reportcore
