#include "read/pdflayout.h"

#include "read/readers.h"
#include "text/text.h"

#include <algorithm>
#include <cmath>

namespace reportcore::readers::pdf {

namespace {

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

std::vector<Line> withoutFurniture(Pages &pages)
{
    const int pageCount = static_cast<int>(pages.lines.size());
    // Running headers and footers: in the top or bottom 10 % and a page number, or repeated.
    std::map<std::pair<std::string, int>, int> repeats;
    for (const std::vector<Line> &lines : pages.lines) {
        std::map<std::pair<std::string, int>, bool> seen;
        for (const Line &l : lines) {
            const double h = pages.heights[l.page - 1];
            if (l.cy() < 0.1 * h || l.cy() > 0.9 * h)
                seen[{withoutDigits(l.joined()), static_cast<int>(std::lround(l.cy() / 2))}] = true;
        }
        for (const auto &[key, yes] : seen)
            ++repeats[key];
    }
    const int needed = std::max(3, static_cast<int>(std::ceil(0.6 * pageCount)));
    std::vector<Line> lines;
    for (std::vector<Line> &page : pages.lines)
        for (Line &l : page) {
            const double h = pages.heights[l.page - 1];
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
    return lines;
}

bool Body::heavier(const Line &l) const { return l.font != font && isBoldFont(l.font); }

Body bodyOf(const std::vector<Line> &lines)
{
    Body body;
    // The body: the size with the most characters, its left margin and right edge.
    std::map<double, std::size_t> bySize;
    for (const Line &l : lines)
        for (const Segment &s : l.segments)
            bySize[l.size] += s.text.size();
    std::size_t most = 0;
    for (const auto &[size, n] : bySize)
        if (n > most) {
            most = n;
            body.size = size;
        }
    // Margins per column (one column, or the left or right of two): where body lines start (the
    // most common x) and where full lines end (hanging punctuation reaches a little further).
    for (int column = 0; column < 3; ++column) {
        std::vector<double> lefts, rights;
        for (const Line &l : lines)
            if (l.column == column && std::abs(l.size - body.size) < 0.6 && l.segments.size() == 1) {
                lefts.push_back(l.x0);
                rights.push_back(l.x1);
            }
        if (lefts.empty())
            continue;
        body.lefts[column] = mode(lefts);
        std::sort(rights.begin(), rights.end());
        body.rights[column] = rights[rights.size() * 3 / 4];
    }
    // The body's font: a line in another font that marks weight (Bold, Heavy, 黑体 SimHei …) stands
    // out by its weight. (A body set in a Hei font itself makes no line stand out that way.)
    std::map<std::string, std::size_t> fontChars;
    for (const Line &l : lines)
        if (std::abs(l.size - body.size) < 0.6)
            fontChars[l.font] += l.joined().size();
    std::size_t mostFontChars = 0;
    for (const auto &[font, n] : fontChars)
        if (n > mostFontChars) {
            mostFontChars = n;
            body.font = font;
        }
    body.em = body.size > 0 ? body.size : 10;
    return body;
}

namespace {

bool isRow(const Line &l)
{
    if (l.segments.size() < 2)
        return false;
    std::size_t numeric = 0;
    for (const Segment &s : l.segments)
        numeric += s.numeric;
    return numeric >= 1;
}

/** A table's rows from `begin` (its headers) through `end`, cell by cell; `i` is its first row of figures. */
void addTable(const std::vector<Line> &lines, std::size_t begin, std::size_t i, std::size_t end,
              const TableColumns &columns, int table, Tables &tables)
{
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
        tables.rowCells[k] = std::move(cells);
        tables.tableOf[k] = table;
        tables.headerRow[k] = k < i;
    }
}

} // namespace

Tables findTables(const std::vector<Line> &lines, const Body &body)
{
    // Tables: runs of lines with several segments and figures among them.
    Tables tables;
    tables.tableOf.assign(lines.size(), -1);
    tables.headerRow.assign(lines.size(), false);
    tables.rowCells.resize(lines.size());
    const double left = body.lefts[0], em = body.em;
    int count = 0;
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
               && lines[begin - 1].page == lines[i].page && tables.tableOf[begin - 1] < 0)
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
        addTable(lines, begin, i, end, columns, count, tables);
        ++count;
        i = end;
    }
    return tables;
}

} // namespace reportcore::readers::pdf
