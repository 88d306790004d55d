#pragma once
// Tables on paper, set as a publisher sets them: ruled (collapsed borders), header rows repeated on
// every page the table spans, row names left, numbers right-aligned on their decimal point. Two of
// them: a table of the report itself, and the table of the report's figures after the text.

#include <reportcore/document.h>

#include <QLineF>
#include <QList>
#include <QString>
#include <QTextCharFormat>

#include <vector>

class QTextCursor;
class QTextDocument;

namespace PrintTables {

/** UTF-16 index of each code point of `text` (and one past the end): the core counts code points. */
QList<int> utf16Offsets(const QString &text);

/** Inserts report text from code point `from` to `to` of `text` (UTF-16 index of each code point in
 *  `at`) with each figure of `figures` inside it marked: a tint of its category and an underline (a
 *  greyscale print keeps the mark), and, when `joined`, never broken across a line, so never across a
 *  page (a table's row keeps its cells on one page: there a figure may wrap in its cell). */
void insertMarked(QTextCursor &cursor, const QString &text, const QList<int> &at, int from, int to,
                  const std::vector<const reportcore::Indicator *> &figures, const QTextCharFormat &plain, bool joined = true);

/** A figure as printed: its characters joined by word joiners (U+2060), so no line breaks inside it. */
QString unbreakable(const QString &text);

/** True for a cell that is a number ("1,954.60", "−3.2", "12%", "-"), set right-aligned. */
bool isNumberCell(const QString &cell);

/** The part of a number cell from its decimal point on ("" without one): what aligns it. */
QString fractionOf(const QString &cell);

/** A block of the report with its figures. */
struct Marked {
    const reportcore::Block *block = nullptr;
    std::vector<const reportcore::Indicator *> figures;
};

/** Inserts a table block of the report, its figures marked; its `captions` (表2 …, 单位：…) as its
 *  first rows, across it: they stay with it on its page and head it again on every page it spans. */
void insertReportTable(QTextCursor &cursor, const Marked &table, const std::vector<Marked> &captions, const QTextCharFormat &plain);

/** Inserts the table of the figures `shown` (indexes into doc.indicators): the figure as written,
 *  its value, hedge, change, what it counts, category, and where it stands (the page too in a paged
 *  source). */
void insertFigureTable(QTextCursor &cursor, const reportcore::Document &doc, const std::vector<std::size_t> &shown,
                       const QTextCharFormat &plain);

/** Where a table is cut by a page break: the rule closing its last row on `page`, in the document's
 *  coordinates (Qt draws that row's cells down to the page's foot; the printout ends them here). */
struct Cut {
    int page = 0;
    QLineF rule;
};

/** The cuts of the tables of `document` laid out in pages `pageHeight` tall. */
QList<Cut> cuts(QTextDocument *document, double pageHeight);

} // namespace PrintTables
