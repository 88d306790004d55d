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

#include "read/readers.h"

#include "text/lexicon.h"
#include "text/text.h"

#include <poppler-document.h>
#include <poppler-global.h>
#include <poppler-page.h>

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>
#include <memory>
#include <string>
#include <vector>

namespace reportcore::readers {

namespace {

struct Piece {
    double x0, x1, top, bottom, size;
    std::string text;
    bool spaceAfter = false;
    std::string font; // without the subset prefix
    double cy() const { return (top + bottom) / 2; }
};

struct Segment {
    double x0 = 0, x1 = 0;
    std::string text;
    bool numeric = false; // holds a figure: digits and little else
    /** The words it was joined from, with their extents: a header cell may sit closer to the next
     *  one than a segment gap ("产量  比上年增长（%）"). */
    std::vector<std::pair<double, double>> wordExtents;
    std::vector<std::string> words;
};

struct Line {
    int page = 0;
    double top = 0, bottom = 0, size = 0;
    double x0 = 0, x1 = 0;
    std::string font; ///< the font most of its characters are in
    int column = 0; ///< 0 on a page of one column; 1 and 2 for the left and right of two
    std::vector<Segment> segments;
    double cy() const { return (top + bottom) / 2; }
    std::string joined() const
    {
        std::string out;
        for (const Segment &s : segments) {
            if (!out.empty())
                out += ' ';
            out += s.text;
        }
        return out;
    }
};

bool isBoldFont(const std::string &name)
{
    for (const char *mark : {"Bold", "bold", "Heavy", "Black", "Hei", "hei", "Semibold", "Demi"})
        if (name.find(mark) != std::string::npos)
            return true;
    return false;
}

/** A cell of figures: digits with at most a few signs and short unit words ("16.94", "-0.5", "12.3%"). */
bool isNumericText(std::string_view s)
{
    const text::u32 t = text::toUtf32(s);
    std::size_t digits = 0, other = 0;
    for (char32_t c : t) {
        if (text::isDigit(c))
            ++digits;
        else if (c != '.' && c != ',' && c != '-' && c != '%' && c != '+' && c != ' ' && c != 0x2212 && c != 0xFF05)
            ++other;
    }
    return digits > 0 && other <= 2;
}

/** "— 3 —", "-3-", "第3页", "3", "3/13", "第 3 页 共 13 页", "Page 3". */
bool isPageNumberShape(std::string_view s)
{
    const text::u32 t = text::toUtf32(s);
    std::size_t digits = 0;
    for (char32_t c : t) {
        if (text::isDigit(c)) {
            ++digits;
            continue;
        }
        switch (c) {
        case '-': case 0x2014: case 0x2013: case 0xFF0D: case 0x2015: case 0x2212: case ' ': case 0x3000: case '/':
        case 0x7B2C: case 0x9875: case 0x5171: case 0xB7: case 'P': case 'p': case 'a': case 'g': case 'e':
            break;
        default:
            return false;
        }
    }
    return digits > 0 && digits <= 4 && t.size() <= 16;
}

std::string withoutDigits(std::string_view s)
{
    std::string out;
    for (char c : s)
        out.push_back(c >= '0' && c <= '9' ? '#' : c);
    return out;
}

/** Words of one page into lines (by vertical centre), each split into segments at wide gaps. */
std::vector<Line> pageLines(std::vector<Piece> pieces, int page)
{
    std::sort(pieces.begin(), pieces.end(), [](const Piece &a, const Piece &b) { return a.cy() < b.cy(); });
    std::vector<std::vector<Piece>> groups;
    std::vector<double> centres;
    for (Piece &p : pieces) {
        if (!groups.empty()) {
            const double tolerance = 0.5 * std::max(1.0, std::min(p.size, groups.back().front().size));
            if (std::abs(p.cy() - centres.back()) <= tolerance) {
                groups.back().push_back(std::move(p));
                double sum = 0;
                for (const Piece &q : groups.back())
                    sum += q.cy();
                centres.back() = sum / static_cast<double>(groups.back().size());
                continue;
            }
        }
        centres.push_back(p.cy());
        groups.emplace_back().push_back(std::move(p));
    }
    std::vector<Line> lines;
    for (std::vector<Piece> &g : groups) {
        std::sort(g.begin(), g.end(), [](const Piece &a, const Piece &b) { return a.x0 < b.x0; });
        Line line;
        line.page = page;
        line.top = g.front().top;
        line.bottom = g.front().bottom;
        line.x0 = g.front().x0;
        line.x1 = g.front().x1;
        std::map<double, std::size_t> sizes;
        std::map<std::string, std::size_t> fonts;
        const Piece *previous = nullptr;
        for (const Piece &p : g) {
            line.top = std::min(line.top, p.top);
            line.bottom = std::max(line.bottom, p.bottom);
            line.x1 = std::max(line.x1, p.x1);
            sizes[std::round(p.size * 2) / 2] += p.text.size();
            fonts[p.font] += p.text.size();
            const double gap = previous ? p.x0 - previous->x1 : 0;
            if (!previous || gap >= 2.6 * std::max(p.size, previous->size)) {
                Segment s;
                s.x0 = p.x0;
                line.segments.push_back(s);
            }
            Segment &s = line.segments.back();
            appendJoined(s.text, p.text, previous && (previous->spaceAfter || gap > 0.15 * p.size));
            s.x1 = std::max(s.x1, p.x1);
            s.wordExtents.emplace_back(p.x0, p.x1);
            s.words.push_back(p.text);
            previous = &p;
        }
        std::size_t most = 0;
        for (const auto &[size, n] : sizes)
            if (n > most) {
                most = n;
                line.size = size;
            }
        std::size_t mostFont = 0;
        for (const auto &[font, n] : fonts)
            if (n > mostFont) {
                mostFont = n;
                line.font = font;
            }
        for (Segment &s : line.segments)
            s.numeric = isNumericText(s.text);
        lines.push_back(std::move(line));
    }
    return lines;
}

/** Two columns of prose: read the left one first. Lines that span the gutter stay in place before
 *  (or after) the columns. */
void orderColumns(std::vector<Line> &lines, double pageWidth)
{
    std::vector<double> splits;
    std::size_t prose = 0;
    for (const Line &l : lines) {
        if (l.segments.size() == 2 && text::toUtf32(l.segments[0].text).size() >= 8
            && text::toUtf32(l.segments[1].text).size() >= 8 && !l.segments[0].numeric && !l.segments[1].numeric)
            splits.push_back((l.segments[0].x1 + l.segments[1].x0) / 2);
        if (!l.segments.empty())
            ++prose;
    }
    if (splits.size() < 3 || splits.size() * 10 < prose * 4)
        return;
    std::sort(splits.begin(), splits.end());
    const double gutter = splits[splits.size() / 2];
    if (gutter < pageWidth * 0.3 || gutter > pageWidth * 0.7)
        return;
    std::vector<Line> before, left, right, after;
    bool started = false;
    for (Line &l : lines) {
        const bool spans = l.x0 < gutter && l.x1 > gutter && l.segments.size() == 1;
        if (spans) {
            (started ? after : before).push_back(std::move(l));
            continue;
        }
        started = true;
        Line l2 = l;
        l2.segments.clear();
        Line r2 = l;
        r2.segments.clear();
        for (Segment &s : l.segments)
            ((s.x0 + s.x1) / 2 < gutter ? l2 : r2).segments.push_back(std::move(s));
        l2.column = 1;
        r2.column = 2;
        for (Line *part : {&l2, &r2}) {
            if (part->segments.empty())
                continue;
            part->x0 = part->segments.front().x0;
            part->x1 = part->segments.back().x1;
            (part == &l2 ? left : right).push_back(std::move(*part));
        }
    }
    lines.clear();
    for (std::vector<Line> *part : {&before, &left, &right, &after})
        for (Line &l : *part)
            lines.push_back(std::move(l));
}

int mode(const std::vector<double> &values)
{
    std::map<int, int> counts;
    for (double v : values)
        ++counts[static_cast<int>(std::lround(v))];
    int best = 0, bestCount = 0;
    for (const auto &[v, c] : counts)
        if (c > bestCount) {
            best = v;
            bestCount = c;
        }
    return best;
}

struct TableColumns {
    std::vector<std::pair<double, double>> spans; // x extents of each column
    int columnOf(double x0, double x1) const
    {
        int best = -1;
        double bestOverlap = -1e9;
        for (std::size_t c = 0; c < spans.size(); ++c) {
            const double overlap = std::min(x1, spans[c].second) - std::max(x0, spans[c].first);
            if (overlap > bestOverlap) {
                bestOverlap = overlap;
                best = static_cast<int>(c);
            }
        }
        return best;
    }
};

/** Columns from the extents of the segments of the rows that hold figures. */
TableColumns columnsOf(const std::vector<const Line *> &rows)
{
    std::vector<std::pair<double, double>> extents;
    for (const Line *l : rows)
        for (const Segment &s : l->segments)
            extents.emplace_back(s.x0, s.x1);
    std::sort(extents.begin(), extents.end());
    TableColumns columns;
    for (const auto &[x0, x1] : extents) {
        if (!columns.spans.empty() && x0 <= columns.spans.back().second + 2)
            columns.spans.back().second = std::max(columns.spans.back().second, x1);
        else
            columns.spans.emplace_back(x0, x1);
    }
    return columns;
}

} // namespace

SourceText readPdf(std::string_view bytes, const ReadOptions &options)
{
    SourceText result = resultFor(Format::Pdf, bytes.size());
    poppler::set_debug_error_function([](const std::string &, void *) {}, nullptr);
    if (bytes.size() > static_cast<std::size_t>(std::numeric_limits<int>::max())) {
        result.error = DecodeError::TooLarge;
        return result;
    }
    // A file cut short (an interrupted download) lacks its end-of-file marker; Poppler would
    // reconstruct what it can and show part of the report as if it were all of it.
    if (bytes.substr(bytes.size() > 1024 ? bytes.size() - 1024 : 0).find("%%EOF") == std::string_view::npos) {
        result.error = DecodeError::Corrupt;
        result.detail = "no end-of-file marker: the file was cut short";
        return result;
    }
    std::unique_ptr<poppler::document> doc(poppler::document::load_from_raw_data(
        bytes.data(), static_cast<int>(bytes.size()), options.password, options.password));
    if (!doc) {
        // Poppler gives no reason; an encrypted file it cannot open without a password looks the same.
        const bool encrypted = bytes.find("/Encrypt") != std::string_view::npos;
        result.error = encrypted ? DecodeError::Encrypted : DecodeError::Corrupt;
        result.detail = encrypted ? (options.password.empty() ? "" : "the password is wrong") : "Poppler cannot open it";
        return result;
    }
    if (doc->is_locked()) {
        result.error = DecodeError::Encrypted;
        result.detail = options.password.empty() ? "" : "the password is wrong";
        return result;
    }
    const int pageCount = doc->pages();
    result.pages = pageCount;
    if (pageCount <= 0) {
        result.error = DecodeError::Corrupt;
        result.detail = "it has no pages";
        return result;
    }
    {
        const poppler::byte_array t = doc->info_key("Title").to_utf8();
        result.title.assign(t.begin(), t.end());
    }

    std::vector<std::vector<Line>> pages(static_cast<std::size_t>(pageCount));
    std::vector<double> heights(pages.size(), 842), widths(pages.size(), 595);
    std::size_t chars = 0;
    std::uint64_t textBytes = 0;
    for (int p = 0; p < pageCount; ++p) {
        if (options.progress && !options.progress(150 * p / pageCount)) {
            result.error = DecodeError::Cancelled;
            return result;
        }
        std::unique_ptr<poppler::page> page(doc->create_page(p));
        if (!page)
            continue;
        const poppler::rectf rect = page->page_rect();
        heights[p] = rect.height() > 0 ? rect.height() : 842;
        widths[p] = rect.width() > 0 ? rect.width() : 595;
        std::vector<Piece> pieces;
        for (const poppler::text_box &box : page->text_list(poppler::page::text_list_include_font)) {
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
        if (textBytes > options.decode.maxBytes) {
            result.error = DecodeError::TooLarge;
            result.detail = "its text is over the size limit";
            return result;
        }
        pages[p] = pageLines(std::move(pieces), p + 1);
        orderColumns(pages[p], widths[p]);
    }
    if (chars < 10) {
        result.error = DecodeError::NoText;
        result.detail = std::to_string(pageCount) + (pageCount == 1 ? " page" : " pages") + " of images only";
        return result;
    }

    // Running headers and footers: in the top or bottom 10 % and a page number, or repeated.
    std::map<std::pair<std::string, int>, int> repeats;
    for (const std::vector<Line> &lines : pages) {
        std::map<std::pair<std::string, int>, bool> seen;
        for (const Line &l : lines) {
            const double h = heights[l.page - 1];
            if (l.cy() < 0.1 * h || l.cy() > 0.9 * h)
                seen[{withoutDigits(l.joined()), static_cast<int>(std::lround(l.cy() / 2))}] = true;
        }
        for (const auto &[key, yes] : seen)
            ++repeats[key];
    }
    const int needed = std::max(3, static_cast<int>(std::ceil(0.6 * pageCount)));
    std::vector<Line> lines;
    for (std::vector<Line> &page : pages)
        for (Line &l : page) {
            const double h = heights[l.page - 1];
            if (l.cy() < 0.1 * h || l.cy() > 0.9 * h) {
                const std::string text = l.joined();
                const int y = static_cast<int>(std::lround(l.cy() / 2));
                int count = 0;
                for (int dy = -1; dy <= 1; ++dy) {
                    const auto it = repeats.find({withoutDigits(text), y + dy});
                    count = std::max(count, it == repeats.end() ? 0 : it->second);
                }
                if (isPageNumberShape(text) || (pageCount >= 3 && count >= needed))
                    continue;
            }
            lines.push_back(std::move(l));
        }

    // The body: the size with the most characters, its left margin and right edge.
    std::map<double, std::size_t> bySize;
    for (const Line &l : lines)
        for (const Segment &s : l.segments)
            bySize[l.size] += s.text.size();
    double body = 0;
    std::size_t most = 0;
    for (const auto &[size, n] : bySize)
        if (n > most) {
            most = n;
            body = size;
        }
    // Margins per column (one column, or the left or right of two): where body lines start (the
    // most common x) and where full lines end (hanging punctuation reaches a little further).
    double lefts3[3] = {0, 0, 0}, rights3[3] = {0, 0, 0};
    for (int column = 0; column < 3; ++column) {
        std::vector<double> lefts, rights;
        for (const Line &l : lines)
            if (l.column == column && std::abs(l.size - body) < 0.6 && l.segments.size() == 1) {
                lefts.push_back(l.x0);
                rights.push_back(l.x1);
            }
        if (lefts.empty())
            continue;
        lefts3[column] = mode(lefts);
        std::sort(rights.begin(), rights.end());
        rights3[column] = rights[rights.size() * 3 / 4];
    }
    const double left = lefts3[0];
    // The body's font: a line in another font that marks weight (Bold, Heavy, 黑体 SimHei …) stands
    // out by its weight. (A body set in a Hei font itself makes no line stand out that way.)
    std::map<std::string, std::size_t> fontChars;
    for (const Line &l : lines)
        if (std::abs(l.size - body) < 0.6)
            fontChars[l.font] += l.joined().size();
    std::string bodyFont;
    std::size_t mostFontChars = 0;
    for (const auto &[font, n] : fontChars)
        if (n > mostFontChars) {
            mostFontChars = n;
            bodyFont = font;
        }
    auto heavier = [&](const Line &l) { return l.font != bodyFont && isBoldFont(l.font); };
    const double em = body > 0 ? body : 10;

    // Tables: runs of lines with several segments and figures among them.
    std::vector<int> tableOf(lines.size(), -1);
    std::vector<bool> headerRow(lines.size(), false);
    std::vector<std::vector<std::string>> rowCells(lines.size());
    int tables = 0;
    auto isRow = [&](const Line &l) {
        if (l.segments.size() < 2)
            return false;
        std::size_t numeric = 0;
        for (const Segment &s : l.segments)
            numeric += s.numeric;
        return numeric >= 1;
    };
    for (std::size_t i = 0; i < lines.size();) {
        if (!isRow(lines[i])) {
            ++i;
            continue;
        }
        std::size_t end = i;
        while (end < lines.size() && (isRow(lines[end])
                                      || (end + 1 < lines.size() && isRow(lines[end + 1]) && lines[end].page == lines[end + 1].page
                                          && lines[end].segments.size() == 1 && lines[end].x0 > left + em
                                          && text::toUtf32(lines[end].joined()).size() <= 12)))
            ++end;
        if (end - i < 2) {
            i = end;
            continue;
        }
        // Header lines right above: several segments, no figures, same page.
        std::size_t begin = i;
        while (begin > 0 && lines[begin - 1].segments.size() >= 2 && !isRow(lines[begin - 1])
               && lines[begin - 1].page == lines[i].page && tableOf[begin - 1] < 0)
            --begin;
        std::vector<const Line *> dataRows;
        for (std::size_t k = i; k < end; ++k)
            if (isRow(lines[k]))
                dataRows.push_back(&lines[k]);
        const TableColumns columns = columnsOf(dataRows);
        if (columns.spans.size() < 2) {
            i = end;
            continue;
        }
        for (std::size_t k = begin; k < end; ++k) {
            std::vector<std::string> cells(columns.spans.size());
            for (const Segment &s : lines[k].segments) {
                // A header segment may hold the headers of several columns: word by word.
                const bool split = k < i && columns.columnOf(s.wordExtents.front().first, s.wordExtents.front().second)
                                                != columns.columnOf(s.wordExtents.back().first, s.wordExtents.back().second);
                if (!split) {
                    appendJoined(cells[static_cast<std::size_t>(columns.columnOf(s.x0, s.x1))], s.text, true);
                    continue;
                }
                for (std::size_t w = 0; w < s.words.size(); ++w) {
                    const int c = columns.columnOf(s.wordExtents[w].first, s.wordExtents[w].second);
                    appendJoined(cells[static_cast<std::size_t>(c)], s.words[w], true);
                }
            }
            rowCells[k] = std::move(cells);
            tableOf[k] = tables;
            headerRow[k] = k < i;
        }
        ++tables;
        i = end;
    }

    LineSink sink(result, options.decode.maxBytes);
    std::size_t k = 0;
    bool titled = false, bodySeen = false;
    while (k < lines.size()) {
        const Line &l = lines[k];
        LineHint hint;
        hint.page = l.page;
        if (tableOf[k] >= 0) {
            // A label on a line of its own inside a table (a wrapped row label) joins the next row.
            std::string row;
            for (std::size_t c = 0; c < rowCells[k].size(); ++c) {
                if (c > 0)
                    row.push_back('\t');
                row += rowCells[k][c];
            }
            hint.table = tableOf[k];
            hint.tableHeader = headerRow[k];
            hint.complete = true;
            sink.add(row, hint);
            ++k;
            continue;
        }
        const bool larger = body > 0 && l.size >= body * 1.15;
        // The title: the first line in a larger size; the lines between it and the body (issuer,
        // date) are its byline, not headings.
        if (larger && !titled) {
            hint.heading = 1;
            // A title set on two or more lines of the same size goes on in the next.
            const text::u32 here = text::toUtf32(l.joined());
            const bool complete = lexicon().titleEnd.matchBefore(here, here.size()) > 0;
            if (!complete && k + 1 < lines.size() && tableOf[k + 1] < 0 && lines[k + 1].page == l.page
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
        const double lineLeft = lefts3[l.column], lineRight = rights3[l.column];
        const double centre = (l.x0 + l.x1) / 2;
        const bool centred = lineRight > lineLeft && std::abs(centre - (lineLeft + lineRight) / 2) < em
                             && l.x0 > lineLeft + 2 * em;
        // Does the paragraph go on in the next line?
        bool goesOn = false;
        if (k + 1 < lines.size() && tableOf[k + 1] < 0 && !centred && !larger) {
            const Line &next = lines[k + 1];
            // Justified text reaches the edge; ragged text (or a line with narrow digits in it)
            // stops a little short of it, in the middle of a sentence.
            const char32_t last = lastChar(l.segments.back().text);
            const bool sentenceEnds = last == 0x3002 || last == 0xFF01 || last == 0xFF1F || last == 0xFF1A
                                      || last == 0xFF1B || last == 0x201D || last == 0x300D;
            const bool reachesEdge = l.x1 >= lineRight - em || (l.x1 >= lineRight - 4 * em && !sentenceEnds);
            const bool nextIndented = next.x0 > lefts3[next.column] + 0.8 * em;
            const bool sameSize = std::abs(next.size - l.size) <= 0.15 * l.size && heavier(next) == heavier(l);
            const bool gap = next.page == l.page && next.top - l.bottom > 2.5 * em;
            goesOn = reachesEdge && !nextIndented && sameSize && !gap && l.segments.size() == 1
                     && next.segments.size() == 1;
        }
        // A short line in a heavier font than the body's, alone (it does not run on): a heading by
        // its weight ("综合" in 黑体 above 宋体 prose); the core's numbering patterns still decide.
        if (!larger && bodySeen && heavier(l) && !goesOn && l.segments.size() == 1) {
            const text::u32 here = text::toUtf32(l.joined());
            const char32_t last = here.empty() ? 0 : here.back();
            if (here.size() <= 30 && !text::isClausePunct(last) && !text::isSentenceEnd(last))
                hint.heading = 2;
        }
        hint.joinNext = goesOn;
        hint.complete = !goesOn;
        sink.add(l.joined(), hint);
        ++k;
    }
    if (sink.full()) {
        result.error = DecodeError::TooLarge;
        result.detail = "its text is over the size limit";
        result.text.clear();
        result.hints.clear();
    }
    return result;
}

} // namespace reportcore::readers
