#include "printtables.h"

#include "categorystyle.h"
#include "numberformat.h"
#include "texts.h"

#include <QAbstractTextDocumentLayout>
#include <QCoreApplication>
#include <QFontMetricsF>
#include <QRegularExpression>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextTable>

#include <algorithm>

using namespace reportcore;

namespace {

class Tr
{
    Q_DECLARE_TR_FUNCTIONS(ReportPrinter)
};

QTextCharFormat figureFormat(const QTextCharFormat &plain, const Indicator &ind)
{
    QTextCharFormat figure = plain;
    figure.setBackground(CategoryStyle::highlight(ind.category, false));
    figure.setFontUnderline(true);
    figure.setUnderlineStyle(QTextCharFormat::SingleUnderline);
    figure.setFontWeight(QFont::DemiBold);
    return figure;
}

QTextTableFormat ruledTable(int headerRows)
{
    QTextTableFormat format;
    format.setCellPadding(2.5);
    format.setCellSpacing(0);
    format.setBorder(0.6);
    format.setBorderStyle(QTextFrameFormat::BorderStyle_Solid);
    format.setBorderBrush(QColor(0x55, 0x55, 0x55));
    format.setBorderCollapse(true);
    format.setHeaderRowCount(headerRows);
    format.setTopMargin(4);
    format.setBottomMargin(8);
    return format;
}

/** A ruled cell: a thin line on each side (the table collapses neighbours' lines into one); a
 *  header's shaded. */
void ruleCell(QTextTable *table, int row, int column, bool header)
{
    QTextTableCell cell = table->cellAt(row, column);
    QTextTableCellFormat format = cell.format().toTableCellFormat();
    format.setBorder(0.6);
    format.setBorderStyle(QTextFrameFormat::BorderStyle_Solid);
    format.setBorderBrush(QColor(0x66, 0x66, 0x66));
    if (header)
        format.setBackground(QColor(0xEE, 0xEE, 0xEE));
    cell.setFormat(format);
}

/** Row `row` of `table`: one cell across it holding a caption, in the caption's italic, unruled
 *  but for the line under the last. */
void insertCaption(QTextTable *table, int row, const PrintTables::Marked &caption, const QTextCharFormat &plain)
{
    table->mergeCells(row, 0, 1, table->columns());
    QTextTableCell cell = table->cellAt(row, 0);
    QTextTableCellFormat format = cell.format().toTableCellFormat();
    for (auto edge : {QTextFormat::TableCellTopBorderStyle, QTextFormat::TableCellLeftBorderStyle, QTextFormat::TableCellRightBorderStyle,
                      QTextFormat::TableCellBottomBorderStyle})
        format.setProperty(edge, QTextFrameFormat::BorderStyle_None);
    format.setBorder(0);
    cell.setFormat(format);
    QTextCharFormat italic = plain;
    italic.setFontItalic(true);
    italic.setForeground(QColor(0x55, 0x55, 0x55));
    QTextCursor in = cell.firstCursorPosition();
    const QString text = QString::fromStdString(caption.block->text);
    const QList<int> at = PrintTables::utf16Offsets(text);
    PrintTables::insertMarked(in, text, at, 0, static_cast<int>(at.size()) - 1, caption.figures, italic, false);
}

/** Right-aligns a number cell so that its decimal point stands where the column's others do: the
 *  cell's right margin is what its fraction lacks of the column's widest fraction. */
void alignNumber(QTextCursor cursor, const QString &cell, double widestFraction, const QFontMetricsF &metrics)
{
    QTextBlockFormat block = cursor.blockFormat();
    block.setAlignment(Qt::AlignRight);
    block.setRightMargin(std::max(0.0, widestFraction - metrics.horizontalAdvance(PrintTables::fractionOf(cell))));
    cursor.setBlockFormat(block);
}

/** A figure's value as the reader's language writes it, with its unit ("866.6万 人", "4.8%"). */
QString valueCell(const Indicator &ind)
{
    const QString unit = Texts::unit(ind.unit);
    const QString value = NumberFormat::asWritten(ind.value, Texts::written(ind));
    if (unit.isEmpty() || unit == QStringLiteral("%") || unit == QStringLiteral("\u2030"))
        return value + unit;
    return value + QLatin1Char(' ') + unit;
}

} // namespace

namespace PrintTables {

QList<int> utf16Offsets(const QString &text)
{
    QList<int> at;
    for (int i = 0; i < text.size(); ++i) {
        at << i;
        if (text.at(i).isHighSurrogate() && i + 1 < text.size())
            ++i;
    }
    at << text.size();
    return at;
}

QString unbreakable(const QString &text)
{
    QString out;
    out.reserve(text.size() * 2);
    for (int i = 0; i < text.size(); ++i) {
        if (i > 0 && !text.at(i).isLowSurrogate())
            out += QChar(0x2060);
        out += text.at(i);
    }
    return out;
}

void insertMarked(QTextCursor &cursor, const QString &text, const QList<int> &at, int from, int to,
                  const std::vector<const Indicator *> &figures, const QTextCharFormat &plain, bool joined)
{
    const int last = static_cast<int>(at.size()) - 1;
    int done = at.value(std::clamp(from, 0, last));
    const int end = at.value(std::clamp(to, 0, last));
    for (const Indicator *ind : figures) {
        if (ind->offset < from || ind->offset + ind->length > to)
            continue;
        const int a = at.value(std::clamp(ind->offset, 0, last));
        const int b = at.value(std::clamp(ind->offset + ind->length, 0, last));
        if (a < done || b <= a)
            continue;
        cursor.insertText(text.mid(done, a - done), plain);
        cursor.insertText(joined ? unbreakable(text.mid(a, b - a)) : text.mid(a, b - a), figureFormat(plain, *ind));
        done = b;
    }
    cursor.insertText(text.mid(done, end - done), plain);
}

bool isNumberCell(const QString &cell)
{
    static const QRegularExpression number(QStringLiteral("^\\s*[-+\u2212\u2013]?\\s*\\d[\\d,\uFF0C]*(\\.\\d+)?\\s*[%\u2030]?\\s*$"));
    static const QRegularExpression dash(QStringLiteral("^\\s*[-\u2013\u2014\u2212\u2026/]+\\s*$"));
    return number.match(cell).hasMatch() || dash.match(cell).hasMatch();
}

QString fractionOf(const QString &cell)
{
    const QString trimmed = cell.trimmed();
    const int point = trimmed.indexOf(QLatin1Char('.'));
    return point < 0 ? QString() : trimmed.mid(point);
}

void insertReportTable(QTextCursor &cursor, const Marked &marked, const std::vector<Marked> &captions, const QTextCharFormat &plain)
{
    const Block &block = *marked.block;
    const int above = static_cast<int>(captions.size());
    const int rows = static_cast<int>(block.cells.size());
    int columns = 0;
    for (const auto &row : block.cells)
        columns = std::max(columns, static_cast<int>(row.size()));
    if (rows == 0 || columns == 0)
        return;
    QTextCharFormat cellFormat = plain;
    QFont font = plain.font();
    font.setPointSizeF(9);
    cellFormat.setFont(font);
    const QFontMetricsF metrics(font);
    // The widest fraction of each column's numbers: where its decimal points line up.
    std::vector<double> widest(columns, 0);
    for (int r = block.headerRows; r < rows; ++r)
        for (int c = 0; c < static_cast<int>(block.cells[r].size()); ++c) {
            const QString cell = QString::fromStdString(block.cells[r][c]);
            if (isNumberCell(cell))
                widest[c] = std::max(widest[c], metrics.horizontalAdvance(fractionOf(cell)));
        }
    QTextTable *table = cursor.insertTable(above + rows, columns, ruledTable(above + std::min(block.headerRows, rows - 1)));
    for (int k = 0; k < above; ++k)
        insertCaption(table, k, captions[k], plain);
    for (int r = 0; r < rows; ++r)
        for (int c = 0; c < columns; ++c)
            ruleCell(table, above + r, c, r < block.headerRows);
    // Cells as the block's text holds them: rows by '\n', cells by '\t' (code points, for the figures).
    const QString text = QString::fromStdString(block.text);
    const QList<int> at = PrintTables::utf16Offsets(text);
    int offset = 0; // code points into the text, where the next cell is looked for
    for (int r = 0; r < rows; ++r) {
        for (int c = 0; c < static_cast<int>(block.cells[r].size()); ++c) {
            const QString cell = QString::fromStdString(block.cells[r][c]);
            const int length = static_cast<int>(cell.toStdU32String().size());
            // The cell where the text holds it (a mark taken out of the text may have moved it): its
            // figures are marked; a cell the text does not hold is printed as it is, unmarked.
            const int found = static_cast<int>(text.indexOf(cell, at.value(std::min<int>(offset, static_cast<int>(at.size()) - 1))));
            const int start = found < 0 ? -1 : static_cast<int>(std::lower_bound(at.begin(), at.end(), found) - at.begin());
            QTextCursor in = table->cellAt(above + r, c).firstCursorPosition();
            if (r < block.headerRows) {
                QTextCharFormat bold = cellFormat;
                bold.setFontWeight(QFont::Bold);
                QTextBlockFormat centred = in.blockFormat();
                centred.setAlignment(Qt::AlignHCenter);
                in.setBlockFormat(centred);
                in.insertText(cell, bold);
            } else {
                if (isNumberCell(cell))
                    alignNumber(in, cell, widest[c], metrics);
                if (start < 0)
                    in.insertText(cell, cellFormat);
                else
                    insertMarked(in, text, at, start, start + length, marked.figures, cellFormat, false);
            }
            if (start >= 0)
                offset = start + length; // the '\t' or '\n' after it comes next
        }
    }
    cursor.movePosition(QTextCursor::End);
}

void insertFigureTable(QTextCursor &cursor, const Document &doc, const std::vector<std::size_t> &shown,
                       const QTextCharFormat &plain)
{
    const bool paged = std::any_of(shown.begin(), shown.end(), [&doc](std::size_t i) { return doc.indicators[i].page > 0; });
    QStringList headers = {Tr::tr("Figure"), Tr::tr("Value"), Tr::tr("Hedge"), Tr::tr("Change"), Tr::tr("What it counts"),
                           Tr::tr("Category")};
    QList<double> widths = {13, 15, 7, 9, 42, 8};
    if (paged) {
        headers << Tr::tr("Page");
        widths << 6;
        widths[4] -= 6;
    }
    headers << Tr::tr("Line");
    widths << 6;
    QTextTableFormat format = ruledTable(1);
    format.setWidth(QTextLength(QTextLength::PercentageLength, 100));
    QList<QTextLength> constraints;
    for (double w : widths)
        constraints << QTextLength(QTextLength::PercentageLength, w);
    format.setColumnWidthConstraints(constraints);
    QTextTable *table = cursor.insertTable(static_cast<int>(shown.size()) + 1, static_cast<int>(headers.size()), format);
    QTextCharFormat small = plain;
    QFont font = plain.font();
    font.setPointSizeF(8.5);
    small.setFont(font);
    QTextCharFormat bold = small;
    bold.setFontWeight(QFont::Bold);
    for (int c = 0; c < headers.size(); ++c) {
        ruleCell(table, 0, c, true);
        table->cellAt(0, c).firstCursorPosition().insertText(headers[c], bold);
    }
    // Columns right-aligned: the value and the places (numbers); the others read from the left.
    const QList<int> right = paged ? QList<int>{1, 6, 7} : QList<int>{1, 6};
    for (std::size_t r = 0; r < shown.size(); ++r) {
        const Indicator &ind = doc.indicators[shown[r]];
        const int row = static_cast<int>(r) + 1;
        QString figure = unbreakable(QString::fromStdString(ind.text));
        if (isUncertain(ind))
            figure = Tr::tr("%1 (uncertain: OCR)").arg(figure);
        QStringList cells = {figure,
                             valueCell(ind),
                             ind.qualifier == Qualifier::Exact ? QString() : Texts::qualifierShort(ind.qualifier), ind.change == Change::None ? QString() : Texts::change(ind.change),
                             Texts::measure(ind), Texts::category(ind.category)};
        if (paged)
            cells << (ind.page > 0 ? QString::number(ind.page) : QString());
        cells << QString::number(ind.line);
        for (int c = 0; c < cells.size(); ++c) {
            ruleCell(table, row, c, false);
            QTextCursor in = table->cellAt(row, c).firstCursorPosition();
            if (right.contains(c)) {
                QTextBlockFormat block = in.blockFormat();
                block.setAlignment(Qt::AlignRight);
                in.setBlockFormat(block);
            }
            in.insertText(cells[c], c == 0 ? figureFormat(small, ind) : small);
        }
    }
    cursor.movePosition(QTextCursor::End);
}

QList<Cut> cuts(QTextDocument *document, double pageHeight)
{
    QList<Cut> found;
    QAbstractTextDocumentLayout *layout = document->documentLayout();
    const auto pageOf = [pageHeight](double y) { return static_cast<int>(y / pageHeight); };
    for (QTextFrame *frame : document->rootFrame()->childFrames()) {
        auto *table = qobject_cast<QTextTable *>(frame);
        if (!table)
            continue;
        const QRectF box = layout->frameBoundingRect(table);
        const double padding = table->format().cellPadding();
        for (int r = 0; r + 1 < table->rows(); ++r) {
            double bottom = 0, nextTop = 1e300;
            for (int c = 0; c < table->columns(); ++c) {
                bottom = std::max(bottom, layout->blockBoundingRect(table->cellAt(r, c).lastCursorPosition().block()).bottom());
                nextTop = std::min(nextTop, layout->blockBoundingRect(table->cellAt(r + 1, c).firstCursorPosition().block()).top());
            }
            bottom += padding;
            if (pageOf(nextTop) > pageOf(bottom))
                found << Cut{pageOf(bottom), QLineF(box.left(), bottom, box.right(), bottom)};
        }
    }
    return found;
}

} // namespace PrintTables
