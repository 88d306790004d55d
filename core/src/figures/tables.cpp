#include "figures/tables.h"

#include "text/lexicon.h"
#include "figures/numbers.h"

#include <cmath>
#include <string>
#include <vector>

namespace reportcore {

namespace {

using text::u32;
using text::u32v;

struct Cell {
    std::size_t begin = 0, end = 0; // in the block's text
    u32v text;                      // trimmed
    std::size_t trimmedBegin = 0;
};

/** A cell of figures: an optional sign, a number (digits, separators, a decimal point), and at
 *  most a short unit after it ("16.94", "-0.5", "12.3%", "45万人"). */
struct CellNumber {
    bool ok = false;
    bool negative = false;
    std::string digits;
    int exponent = 0;
    u32 unit;
};

CellNumber readCell(u32v s)
{
    CellNumber n;
    std::size_t i = 0;
    if (i < s.size() && (s[i] == '-' || s[i] == 0x2212 || s[i] == 0xFF0D || s[i] == '+')) {
        n.negative = s[i] != '+';
        ++i;
    }
    if (i >= s.size() || !text::isDigit(s[i]))
        return n;
    NumberToken token;
    if (!parseNumber(s, i, token) || token.chinese)
        return n;
    n.digits = token.digits;
    n.exponent = token.exponent;
    std::size_t k = token.end;
    k += parseMagnitude(s, k, n.exponent);
    const u32v rest = text::trim(s.substr(k));
    if (rest.size() > 6)
        return n;
    for (char32_t c : rest)
        if (text::isDigit(c) || text::isClausePunct(c))
            return n;
    n.unit = u32(rest);
    // 2024年 in a header: a year, no figure
    n.ok = !(n.unit == U"\u5E74" && n.exponent == 0 && n.digits.size() == 4 && n.digits.find('.') == std::string::npos);
    return n;
}

std::vector<std::vector<Cell>> cellsOf(u32v t)
{
    std::vector<std::vector<Cell>> rows(1);
    std::size_t start = 0;
    for (std::size_t k = 0; k <= t.size(); ++k) {
        if (k < t.size() && t[k] != '\t' && t[k] != '\n')
            continue;
        Cell c;
        c.begin = start;
        c.end = k;
        std::size_t b = start, e = k;
        while (b < e && text::isSpace(t[b]))
            ++b;
        while (e > b && text::isSpace(t[e - 1]))
            --e;
        c.text = t.substr(b, e - b);
        c.trimmedBegin = b;
        rows.back().push_back(c);
        if (k < t.size() && t[k] == '\n')
            rows.emplace_back();
        start = k + 1;
    }
    return rows;
}

/** The unit in a header's brackets ("年末数（万人）" → 万人, "增长%" → %), with its magnitude. */
u32 headerUnit(u32v header)
{
    if (!header.empty() && (header.back() == '%' || header.back() == 0xFF05))
        return U"%";
    const std::size_t open = header.find_last_of(U"(\uFF08");
    const std::size_t close = header.find_last_of(U")\uFF09");
    if (open == u32v::npos || close == u32v::npos || close < open)
        return {};
    const u32v inside = text::trim(header.substr(open + 1, close - open - 1));
    if (inside.empty() || inside.size() > 6)
        return {};
    for (char32_t c : inside)
        if (text::isDigit(c) || text::isClausePunct(c) || text::isSpace(c))
            return {}; // "以上年为100" is a base, not a unit
    return u32(inside);
}

Category categoryOf(u32v unit)
{
    const Lexicon &lex = lexicon();
    if (unit.empty())
        return Category::Count;
    if (lex.unitPercent.matchAt(unit, 0) == unit.size() || unit == U"\u2030")
        return Category::Percent;
    if (lex.unitPeople.matchAt(unit, 0) == unit.size() || lex.nounPeople.contains(unit))
        return Category::People;
    if (lex.unitMoney.matchAt(unit, 0) > 0)
        return Category::Money;
    return Category::Count;
}

/** A cell's words without the spaces that spread them across the cell ("粮 食" → 粮食). */
u32 unspaced(u32v s)
{
    u32 out;
    for (std::size_t k = 0; k < s.size(); ++k)
        if (!(text::isSpace(s[k]) && k > 0 && k + 1 < s.size() && text::isHan(s[k - 1]) && text::isHan(s[k + 1])))
            out.push_back(s[k]);
    return out;
}

/** "其中：城镇", "#粮食", "在总计中：轻工业", "1.食品烟酒", "（1）税收收入", "粮 食": the row's own name. */
u32 rowName(u32v s)
{
    while (!s.empty() && (s.front() == '#' || s.front() == 0xFF03 || text::isSpace(s.front())))
        s.remove_prefix(1);
    const std::size_t colon = s.find_first_of(U":\uFF1A");
    if (colon != u32v::npos && colon <= 6)
        s.remove_prefix(colon + 1);
    s = text::trim(s);
    // its number in the table's list: 1. 1、 (1) （1） 一、
    std::size_t k = 0;
    const bool bracket = !s.empty() && (s[0] == '(' || s[0] == 0xFF08);
    if (bracket)
        ++k;
    const std::size_t digits = k;
    while (k < s.size() && (text::isDigit(s[k]) || isChineseNumeralChar(s[k])) && k - digits < 2)
        ++k;
    if (k > digits && k + 1 < s.size()) {
        const char32_t after = s[k];
        const bool numbered = bracket ? (after == ')' || after == 0xFF09)
                                      : (after == '.' || after == 0xFF0E || after == 0x3001) && !text::isDigit(s[k + 1]);
        if (numbered)
            s = text::trim(s.substr(k + 1));
    }
    return text::withoutFootnoteMarks(unspaced(s)); // 粮食[1]: the mark is the page's
}

/** A caption as a table's row: text in its first cell only, in a table of three columns or more. */
bool isCaptionRow(const std::vector<Cell> &row, std::size_t columns)
{
    if (columns < 3 || row.empty() || row[0].text.empty())
        return false;
    for (std::size_t c = 1; c < row.size(); ++c)
        if (!row[c].text.empty())
            return false;
    return true;
}

bool isChangeHeader(u32v header)
{
    return header.find(U"\u589E\u957F") != u32v::npos || header.find(U"\u589E\u901F") != u32v::npos
           || header.find(U"\u589E\u51CF") != u32v::npos || header.find(U"\u6BD4\u4E0A\u5E74") != u32v::npos
           || header.find(U"\u540C\u6BD4") != u32v::npos; // 增长 增速 增减 比上年 同比
}

bool isUnitHeader(u32v header)
{
    return header == U"\u5355\u4F4D" || header == U"\u8BA1\u91CF\u5355\u4F4D"; // 单位, 计量单位
}

} // namespace

u32v unitNoteIn(u32v t)
{
    const std::size_t at = t.rfind(U"\u5355\u4F4D"); // 单位
    if (at == u32v::npos || at + 2 >= t.size() || !text::isColon(t[at + 2]))
        return {};
    u32v unit = text::trim(t.substr(at + 3));
    std::size_t end = 0;
    while (end < unit.size() && !text::isSpace(unit[end]) && !text::isClausePunct(unit[end]) && unit[end] != 0xFF09
           && unit[end] != ')')
        ++end;
    unit = unit.substr(0, end);
    return unit.size() <= 6 ? unit : u32v();
}

namespace {

/** A table set as column groups side by side (行业 | 比上年增长 | 行业 | 比上年增长): the width of one
 *  group, when the columns' headers repeat with it and the group's first column is named; 0 otherwise. */
std::size_t groupWidth(const std::vector<u32> &columnHeader)
{
    const std::size_t columns = columnHeader.size();
    for (std::size_t width = 2; width * 2 <= columns; ++width) {
        if (columns % width != 0 || columnHeader[0].empty())
            continue;
        bool repeats = true;
        for (std::size_t c = width; c < columns && repeats; ++c)
            repeats = columnHeader[c] == columnHeader[c % width];
        if (repeats)
            return width;
    }
    return 0;
}

} // namespace

void extractTableFigures(Document &doc, std::size_t b, u32v t, u32v unitNote, std::optional<int> year)
{
    Block &block = doc.blocks[b];
    const std::vector<std::vector<Cell>> rows = cellsOf(t);
    if (rows.empty() || rows.size() != block.lines.size())
        return;
    auto hasFigure = [&](const std::vector<Cell> &row) {
        for (std::size_t c = 1; c < row.size(); ++c)
            if (readCell(row[c].text).ok)
                return true;
        return false;
    };
    if (block.headerRows == 0)
        while (block.headerRows < static_cast<int>(rows.size()) && !hasFigure(rows[block.headerRows]))
            ++block.headerRows;
    const std::size_t headers = static_cast<std::size_t>(block.headerRows);
    std::size_t columns = 0;
    for (const auto &row : rows)
        columns = std::max(columns, row.size());
    // Each column's header: its header cells, top to bottom (a spanned header is carried right). A
    // caption set as the table's first row (表1 主要农产品产量, one cell over all columns) heads none.
    std::vector<u32> columnHeader(columns);
    for (std::size_t r = 0; r < headers; ++r) {
        if (isCaptionRow(rows[r], columns))
            continue;
        u32 carried;
        for (std::size_t c = 0; c < columns; ++c) {
            const u32v cell = c < rows[r].size() ? rows[r][c].text : u32v();
            if (!cell.empty())
                carried = u32(cell);
            const u32 part = unspaced(cell.empty() && r + 1 < headers ? u32v(carried) : cell);
            if (!part.empty() && columnHeader[c] != part) {
                if (!columnHeader[c].empty())
                    columnHeader[c] += U" ";
                columnHeader[c] += part;
            }
        }
    }
    int unitColumn = -1;
    for (std::size_t c = 0; c < columns; ++c)
        if (isUnitHeader(columnHeader[c]))
            unitColumn = static_cast<int>(c);

    // Column groups side by side: each group's first column names its rows (the right-hand cells are
    // the right-hand rows', not the left-hand row's), its unit column is its own.
    const std::size_t width = groupWidth(columnHeader);
    for (std::size_t r = headers; r < rows.size(); ++r) {
        const std::vector<Cell> &row = rows[r];
        if (row.empty())
            continue;
        for (std::size_t c = 1; c < row.size(); ++c) {
            const std::size_t group = width > 0 ? c - c % width : 0;
            const int groupUnit = unitColumn >= 0 && width > 0 ? static_cast<int>(group + static_cast<std::size_t>(unitColumn) % width)
                                                               : unitColumn;
            if (c == group || static_cast<int>(c) == groupUnit)
                continue;
            const u32 name = rowName(row[group].text);
            if (name.empty() || (readCell(row[group].text).ok && readCell(row[group].text).unit.empty()))
                continue; // a row without a name: nothing says what its figures count
            const u32v rowUnit = groupUnit >= 0 && static_cast<std::size_t>(groupUnit) < row.size()
                                     ? row[static_cast<std::size_t>(groupUnit)].text
                                     : u32v();
            const CellNumber n = readCell(row[c].text);
            if (!n.ok)
                continue;
            u32 unit = n.unit;
            if (unit.empty())
                unit = headerUnit(columnHeader[c]);
            if (unit.empty())
                unit = u32(rowUnit);
            if (unit.empty())
                unit = u32(unitNote);
            int exponent = n.exponent;
            // 万人 → 人 with 10^4; a unit that is only a magnitude ("万") keeps no unit.
            const std::size_t m = parseMagnitude(unit, 0, exponent);
            if (m > 0 && m < unit.size())
                unit.erase(0, m);
            else if (m == unit.size())
                unit.clear();
            else
                exponent = n.exponent;
            if (unit == U"\uFF05")
                unit = U"%";
            Indicator ind;
            ind.id = static_cast<int>(doc.indicators.size()) + 1;
            ind.text = text::toUtf8(row[c].text);
            ind.value = scaled(n.digits, exponent);
            const bool change = isChangeHeader(columnHeader[c]);
            if (change)
                ind.change = n.negative ? Change::Down : Change::Up;
            else if (n.negative)
                ind.value = -ind.value;
            ind.unit = text::toUtf8(unit);
            ind.category = categoryOf(unit);
            ind.label = text::toUtf8(name);
            ind.labelSource = LabelSource::Table;
            ind.tableColumn = text::toUtf8(columnHeader[c]);
            ind.year = year;
            ind.section = block.section;
            ind.block = static_cast<int>(b);
            ind.offset = static_cast<int>(row[c].trimmedBegin);
            ind.length = static_cast<int>(row[c].text.size());
            ind.line = block.lines[r];
            ind.column = block.lineColumns[r] + ind.offset - block.lineOffsets[r];
            doc.indicators.push_back(std::move(ind));
        }
    }
}

} // namespace reportcore
