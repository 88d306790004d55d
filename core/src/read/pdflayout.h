#pragma once
// The geometry of a PDF's text, without Poppler: words as pieces with their boxes, grouped into lines
// and segments, columns read in order, page furniture dropped, the body's size, margins and font
// found, and tables found from the segments of lines with figures (pdf.cpp reads the pieces).

#include "reportcore/read.h"

#include <map>
#include <string>
#include <utility>
#include <vector>

namespace reportcore::readers::pdf {

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

/** Words of one page into lines (by vertical centre), each split into segments at wide gaps. */
std::vector<Line> pageLines(std::vector<Piece> pieces, int page);
/** Two columns of prose: read the left one first. */
void orderColumns(std::vector<Line> &lines, double pageWidth);

/** The pages' lines, with the pages' sizes. */
struct Pages {
    std::vector<std::vector<Line>> lines;
    std::vector<double> heights, widths;
};
/** The lines of all pages in reading order, without running headers, footers and page numbers: in
 *  the top or bottom 10 % and shaped like a page number, or repeated on ≥ 60 % of the pages. */
std::vector<Line> withoutFurniture(Pages &pages);

/** The body text: its size (the size with the most characters), its margins per column, its font. */
struct Body {
    double size = 0;
    double lefts[3] = {0, 0, 0}, rights[3] = {0, 0, 0}; ///< one column; the left and right of two
    std::string font;
    double em = 10;
    /** In a font that marks weight (Bold, Heavy, 黑体 SimHei …) other than the body's. */
    bool heavier(const Line &l) const;
};
Body bodyOf(const std::vector<Line> &lines);

/** The tables found among the lines: each line's table (-1 for none), whether it is a header row,
 *  and its cells. */
struct Tables {
    std::vector<int> tableOf;
    std::vector<bool> headerRow;
    std::vector<std::vector<std::string>> rowCells;
};
Tables findTables(const std::vector<Line> &lines, const Body &body);

/** The pages' lines, furniture left out, into `result`'s text with their hints (pagelines.cpp): tables
 *  as rows of cells, the title and headings by size and weight, paragraphs joined across lines and
 *  pages. Sets TooLarge when the text is over the limit. */
void textOfPages(Pages &pages, const ReadOptions &options, SourceText &result);

} // namespace reportcore::readers::pdf
