// PDF through Poppler's C++ API (the library Okular and pdftotext use), with the layout repaired
// as shared/reader-anchors.md describes (its "What to take" list, points 1–7):
// - words grouped into lines by vertical centre (|Δ| ≤ 0.5·fs), each line sorted by x; a gap of
//   ≥ 2.6·fs inside a line splits it into segments (cells, columns);
// - two columns of prose read left column first;
// - running headers, footers and page numbers left out: in the top or bottom 10 % of the page and
//   shaped like a page number, or repeated at the same height on ≥ 60 % of the pages;
// - pieces joined without the spaces layout leaves next to Chinese ("城 镇 居 民", "2023 年");
// - lines joined into paragraphs: a paragraph starts at an indented line, after a line that ends
//   short of the right margin, or at a change of size; it goes on across a page break;
// - headings hinted by size (the body size is the size with the most characters);
// - tables: runs of lines of several segments with figures in them, columns from the segments'
//   extents in the rows of figures; each row one line of tab-separated cells.

#include "read/pdflayout.h"
#include "read/readers.h"

#include "text/lexicon.h"
#include "text/text.h"

#include <poppler-document.h>
#include <poppler-global.h>
#include <poppler-page.h>

#include <algorithm>
#include <cmath>
#include <limits>
#include <memory>
#include <string>
#include <vector>

namespace reportcore::readers {

namespace {

using namespace pdf;

/** The document Poppler opens, or null with `result`'s error set: a file too large, cut short,
 *  encrypted (or the password wrong), damaged, or without pages. */
std::unique_ptr<poppler::document> openPdf(std::string_view bytes, const ReadOptions &options, SourceText &result)
{
    if (bytes.size() > static_cast<std::size_t>(std::numeric_limits<int>::max())) {
        result.error = DecodeError::TooLarge;
        return nullptr;
    }
    // A file cut short (an interrupted download) lacks its end-of-file marker; Poppler would
    // reconstruct what it can and show part of the report as if it were all of it.
    if (bytes.substr(bytes.size() > 1024 ? bytes.size() - 1024 : 0).find("%%EOF") == std::string_view::npos) {
        result.error = DecodeError::Corrupt;
        result.detail = "no end-of-file marker: the file was cut short";
        return nullptr;
    }
    std::unique_ptr<poppler::document> doc(poppler::document::load_from_raw_data(
        bytes.data(), static_cast<int>(bytes.size()), options.password, options.password));
    if (!doc) {
        // Poppler gives no reason; an encrypted file it cannot open without a password looks the same.
        const bool encrypted = bytes.find("/Encrypt") != std::string_view::npos;
        result.error = encrypted ? DecodeError::Encrypted : DecodeError::Corrupt;
        result.detail = encrypted ? (options.password.empty() ? "" : "the password is wrong") : "Poppler cannot open it";
        return nullptr;
    }
    if (doc->is_locked()) {
        result.error = DecodeError::Encrypted;
        result.detail = options.password.empty() ? "" : "the password is wrong";
        return nullptr;
    }
    const int pageCount = doc->pages();
    result.pages = pageCount;
    if (pageCount <= 0) {
        result.error = DecodeError::Corrupt;
        result.detail = "it has no pages";
        return nullptr;
    }
    const poppler::byte_array t = doc->info_key("Title").to_utf8();
    result.title.assign(t.begin(), t.end());
    return doc;
}

/** The words of one page as pieces (text, box, size, font without its subset prefix). */
std::vector<Piece> piecesOf(poppler::page &page, std::size_t &chars, std::uint64_t &textBytes)
{
    std::vector<Piece> pieces;
    for (const poppler::text_box &box : page.text_list(poppler::page::text_list_include_font)) {
        const poppler::byte_array utf8 = box.text().to_utf8();
        if (utf8.empty())
            continue;
        const poppler::rectf b = box.bbox();
        Piece piece;
        piece.x0 = b.x();
        piece.x1 = b.x() + b.width();
        piece.top = b.y();
        piece.bottom = b.y() + b.height();
        piece.size = box.get_font_size() > 0 ? box.get_font_size() : b.height();
        piece.text.assign(utf8.begin(), utf8.end());
        piece.spaceAfter = box.has_space_after();
        piece.font = box.get_font_name();
        if (const std::size_t plus = piece.font.find('+'); plus == 6) // "ABCDEF+SimHei": a subset
            piece.font.erase(0, plus + 1);
        textBytes += piece.text.size();
        for (char c : piece.text)
            chars += c != ' ' && (static_cast<unsigned char>(c) & 0xC0) != 0x80;
        pieces.push_back(std::move(piece));
    }
    return pieces;
}

/** Every page's lines, columns in reading order; false with `result`'s error set when cancelled,
 *  over the size limit or without text (a scan). */
bool readPages(poppler::document &doc, const ReadOptions &options, SourceText &result, Pages &pages)
{
    const int pageCount = doc.pages();
    pages.lines.resize(static_cast<std::size_t>(pageCount));
    pages.heights.assign(pages.lines.size(), 842);
    pages.widths.assign(pages.lines.size(), 595);
    std::size_t chars = 0;
    std::uint64_t textBytes = 0;
    for (int p = 0; p < pageCount; ++p) {
        if (options.progress && !options.progress(150 * p / pageCount)) {
            result.error = DecodeError::Cancelled;
            return false;
        }
        std::unique_ptr<poppler::page> page(doc.create_page(p));
        if (!page)
            continue;
        const poppler::rectf rect = page->page_rect();
        pages.heights[p] = rect.height() > 0 ? rect.height() : 842;
        pages.widths[p] = rect.width() > 0 ? rect.width() : 595;
        std::vector<Piece> pieces = piecesOf(*page, chars, textBytes);
        if (textBytes > options.decode.maxBytes) {
            result.error = DecodeError::TooLarge;
            result.detail = "its text is over the size limit";
            return false;
        }
        pages.lines[p] = pageLines(std::move(pieces), p + 1);
        orderColumns(pages.lines[p], pages.widths[p]);
    }
    if (chars < 10) {
        result.error = DecodeError::NoText;
        result.detail = std::to_string(pageCount) + (pageCount == 1 ? " page" : " pages") + " of images only";
        return false;
    }
    return true;
}

/** A table's row as one line of tab-separated cells. */
std::string rowText(const std::vector<std::string> &cells)
{
    std::string row;
    for (std::size_t c = 0; c < cells.size(); ++c) {
        if (c > 0)
            row.push_back('\t');
        row += cells[c];
    }
    return row;
}

/** Does the paragraph of line `k` go on in the next? Justified text reaches the edge; ragged text (or
 *  a line with narrow digits in it) stops a little short of it, in the middle of a sentence. */
bool goesOn(const std::vector<Line> &lines, std::size_t k, const Body &body)
{
    const Line &l = lines[k];
    const Line &next = lines[k + 1];
    const double em = body.em;
    const double lineRight = body.rights[l.column];
    const char32_t last = lastChar(l.segments.back().text);
    const bool sentenceEnds = last == 0x3002 || last == 0xFF01 || last == 0xFF1F || last == 0xFF1A
                              || last == 0xFF1B || last == 0x201D || last == 0x300D;
    const bool reachesEdge = l.x1 >= lineRight - em || (l.x1 >= lineRight - 4 * em && !sentenceEnds);
    const bool nextIndented = next.x0 > body.lefts[next.column] + 0.8 * em;
    const bool sameSize = std::abs(next.size - l.size) <= 0.15 * l.size && body.heavier(next) == body.heavier(l);
    const bool gap = next.page == l.page && next.top - l.bottom > 2.5 * em;
    return reachesEdge && !nextIndented && sameSize && !gap && l.segments.size() == 1 && next.segments.size() == 1;
}

/** The lines into the sink, each with what the layout says of it: a table row, the title (on one
 *  line or several), a heading by size or weight, a paragraph going on in the next line. */
void emitLines(const std::vector<Line> &lines, const Body &body, const Tables &tables, LineSink &sink)
{
    const double em = body.em;
    std::size_t k = 0;
    bool titled = false, bodySeen = false;
    while (k < lines.size()) {
        const Line &l = lines[k];
        LineHint hint;
        hint.page = l.page;
        if (tables.tableOf[k] >= 0) {
            hint.table = tables.tableOf[k];
            hint.tableHeader = tables.headerRow[k];
            hint.complete = true;
            sink.add(rowText(tables.rowCells[k]), hint);
            ++k;
            continue;
        }
        const bool larger = body.size > 0 && l.size >= body.size * 1.15;
        // The title: the first line in a larger size; the lines between it and the body (issuer,
        // date) are its byline, not headings.
        if (larger && !titled) {
            hint.heading = 1;
            // A title set on two or more lines of the same size goes on in the next.
            const text::u32 here = text::toUtf32(l.joined());
            const bool complete = lexicon().titleEnd.matchBefore(here, here.size()) > 0;
            if (!complete && k + 1 < lines.size() && tables.tableOf[k + 1] < 0 && lines[k + 1].page == l.page
                && std::abs(lines[k + 1].size - l.size) < 0.6 && lines[k + 1].top - l.bottom < 1.5 * l.size) {
                hint.joinNext = true;
                hint.complete = false;
                sink.add(l.joined(), hint);
                ++k;
                continue; // still untitled: the next line is the title's too
            }
        }
        else if (larger && bodySeen)
            hint.heading = 2;
        titled = titled || larger;
        bodySeen = bodySeen || !larger;
        const double lineLeft = body.lefts[l.column], lineRight = body.rights[l.column];
        const double centre = (l.x0 + l.x1) / 2;
        const bool centred = lineRight > lineLeft && std::abs(centre - (lineLeft + lineRight) / 2) < em
                             && l.x0 > lineLeft + 2 * em;
        const bool on = k + 1 < lines.size() && tables.tableOf[k + 1] < 0 && !centred && !larger && goesOn(lines, k, body);
        // A short line in a heavier font than the body's, alone (it does not run on): a heading by
        // its weight ("综合" in 黑体 above 宋体 prose); the core's numbering patterns still decide.
        if (!larger && bodySeen && body.heavier(l) && !on && l.segments.size() == 1) {
            const text::u32 here = text::toUtf32(l.joined());
            const char32_t last = here.empty() ? 0 : here.back();
            if (here.size() <= 30 && !text::isClausePunct(last) && !text::isSentenceEnd(last))
                hint.heading = 2;
        }
        hint.joinNext = on;
        hint.complete = !on;
        sink.add(l.joined(), hint);
        ++k;
    }
}

} // namespace

SourceText readPdf(std::string_view bytes, const ReadOptions &options)
{
    SourceText result = resultFor(Format::Pdf, bytes.size());
    poppler::set_debug_error_function([](const std::string &, void *) {}, nullptr);
    const std::unique_ptr<poppler::document> doc = openPdf(bytes, options, result);
    Pages pages;
    if (!doc || !readPages(*doc, options, result, pages))
        return result;
    const std::vector<Line> lines = withoutFurniture(pages);
    const Body body = bodyOf(lines);
    const Tables tables = findTables(lines, body);
    LineSink sink(result, options.decode.maxBytes);
    emitLines(lines, body, tables, sink);
    if (sink.full()) {
        result.error = DecodeError::TooLarge;
        result.detail = "its text is over the size limit";
        result.text.clear();
        result.hints.clear();
    }
    return result;
}

} // namespace reportcore::readers
