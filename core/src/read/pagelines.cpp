// The pages' lines into the reader's text (pdflayout.h, textOfPages): tables as rows of cells, the
// title, headings by size and weight, paragraphs joined across lines; for a PDF's text layer and for
// pages read by OCR alike.
#include "read/pdflayout.h"
#include "read/readers.h"

#include "text/lexicon.h"
#include "text/text.h"

#include <cmath>
#include <string>
#include <vector>

namespace reportcore::readers::pdf {

namespace {

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

void textOfPages(Pages &pages, const ReadOptions &options, SourceText &result)
{
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
}

} // namespace reportcore::readers::pdf
