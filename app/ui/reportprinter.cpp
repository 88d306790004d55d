#include "reportprinter.h"

#include "printcharts.h"
#include "printtables.h"

#include <QAbstractTextDocumentLayout>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QFont>
#include <QPainter>
#include <QPagedPaintDevice>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextTable>

#include <memory>

using namespace reportcore;

namespace {

class Tr
{
    Q_DECLARE_TR_FUNCTIONS(ReportPrinter)
};

QFont printFont(double points)
{
    QFont font;
    font.setFamilies({QStringLiteral("WenQuanYi Micro Hei"), QStringLiteral("Noto Sans CJK SC"), QStringLiteral("Source Han Sans SC"),
                      QStringLiteral("Droid Sans Fallback"), QStringLiteral("DejaVu Sans")});
    font.setPointSizeF(points);
    return font;
}

/** The printout is laid out in 96-dpi pixels (and drawn scaled to the printer's dots). */
constexpr double px(double points) { return points * 96 / 72; }

void insertHeading(QTextCursor &cursor, const QString &text, int level, bool first)
{
    QTextBlockFormat heading;
    heading.setTopMargin(px(first ? 3 : 10));
    heading.setBottomMargin(px(4.5));
    QTextCharFormat headingFormat;
    headingFormat.setFont(printFont(level <= 1 ? 14 : 12));
    headingFormat.setFontWeight(QFont::Bold);
    cursor.insertBlock(heading);
    cursor.insertText(text, headingFormat);
}

/** A paragraph, an item, a caption…: its text with its figures marked; a table as a ruled table. */
void insertBody(QTextCursor &cursor, const Block &block, const std::vector<const Indicator *> &figures)
{
    QTextCharFormat plain;
    plain.setFont(printFont(10.5));
    if (block.kind == BlockKind::Caption || block.kind == BlockKind::Credit || block.kind == BlockKind::Byline
        || block.kind == BlockKind::Subtitle || block.kind == BlockKind::Kicker) {
        plain.setFontItalic(block.kind != BlockKind::Subtitle);
        plain.setForeground(QColor(0x55, 0x55, 0x55));
    }
    QTextBlockFormat format;
    format.setBottomMargin(px(4.5));
    // Space between lines, not a taller line: a figure's tint stays on its own line (and page).
    format.setLineHeight(px(5), QTextBlockFormat::LineDistanceHeight);
    if (block.kind == BlockKind::Paragraph)
        format.setTextIndent(px(21)); // two characters, as Chinese paragraphs open
    cursor.insertBlock(format);
    const QString text = QString::fromStdString(block.text);
    const QList<int> at = PrintTables::utf16Offsets(text);
    PrintTables::insertMarked(cursor, text, at, 0, static_cast<int>(at.size()) - 1, figures, plain);
}

void insertTitle(QTextCursor &cursor, const QString &title)
{
    QTextBlockFormat titleBlock;
    titleBlock.setAlignment(Qt::AlignHCenter);
    titleBlock.setBottomMargin(px(9));
    QTextCharFormat titleFormat;
    titleFormat.setFont(printFont(17));
    titleFormat.setFontWeight(QFont::Bold);
    cursor.setBlockFormat(titleBlock);
    cursor.insertText(title, titleFormat);
}

void insertFigures(QTextCursor &cursor, const Document &doc, const std::vector<std::size_t> &shown)
{
    QTextBlockFormat heading;
    heading.setTopMargin(px(12));
    heading.setBottomMargin(px(4.5));
    heading.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
    QTextCharFormat headingFormat;
    headingFormat.setFont(printFont(14));
    headingFormat.setFontWeight(QFont::Bold);
    cursor.insertBlock(heading);
    cursor.insertText(Tr::tr("The figures of the report"), headingFormat);
    QTextCharFormat plain;
    plain.setFont(printFont(9));
    PrintTables::insertFigureTable(cursor, doc, shown, plain);
}

/** The running head and the page number of page `p` of `pages`. */
void paintFurniture(QPainter &painter, const QString &title, const QRectF &page, double headerHeight, double footerHeight,
                    int p, int pages, QPagedPaintDevice *printer)
{
    const QFont small = printFont(8.5);
    painter.save();
    painter.setFont(small);
    painter.setPen(QColor(0x44, 0x44, 0x44));
    const QRectF head(0, 0, page.width(), headerHeight * 0.7);
    painter.drawText(head, Qt::AlignLeft | Qt::AlignVCenter, QFontMetricsF(small, printer).elidedText(title, Qt::ElideRight, page.width() * 0.8));
    painter.drawLine(QPointF(0, headerHeight * 0.75), QPointF(page.width(), headerHeight * 0.75));
    painter.drawText(QRectF(0, page.height() - footerHeight * 0.8, page.width(), footerHeight * 0.8), Qt::AlignHCenter | Qt::AlignVCenter,
                     Tr::tr("Page %1 of %2").arg(p + 1).arg(pages));
    painter.restore();
}

} // namespace

namespace ReportPrinter {

Printout::Printout() = default;
Printout::~Printout() = default;

std::unique_ptr<Printout> build(const Document &doc, const QString &title, const Options &options)
{
    auto printout = std::make_unique<Printout>();
    printout->title = title;
    printout->document = std::make_unique<QTextDocument>();
    QTextDocument *document = printout->document.get();
    document->setDefaultFont(printFont(10.5));
    document->setDocumentMargin(0);
    QTextCursor cursor(document);
    insertTitle(cursor, title);

    // The text, block by block, each with its figures.
    std::vector<std::vector<const Indicator *>> figures(doc.blocks.size());
    for (const Indicator &ind : doc.indicators)
        if (ind.block >= 0 && ind.block < static_cast<int>(doc.blocks.size()))
            figures[ind.block].push_back(&ind);
    bool first = true;
    bool titleShown = false; // the report's own title line, printed above
    for (std::size_t b = 0; b < doc.blocks.size(); ++b) {
        const Block &block = doc.blocks[b];
        if (!options.accepts(block.section))
            continue;
        if (block.kind == BlockKind::Heading) {
            if (!titleShown && QString::fromStdString(block.text).startsWith(title)) {
                titleShown = true;
                continue;
            }
            insertHeading(cursor, QString::fromStdString(block.text), block.headingLevel, first);
            first = false;
            continue;
        }
        // A table with the captions just before it (表2 …, 单位：…): they head it, on its page.
        std::size_t end = b;
        while (end < doc.blocks.size() && doc.blocks[end].kind == BlockKind::Caption)
            ++end;
        if (end < doc.blocks.size() && doc.blocks[end].kind == BlockKind::Table && !doc.blocks[end].cells.empty()
            && options.accepts(doc.blocks[end].section)) {
            std::vector<PrintTables::Marked> captions;
            for (std::size_t k = b; k < end; ++k)
                captions.push_back({&doc.blocks[k], figures[k]});
            cursor.insertBlock(QTextBlockFormat());
            QTextCharFormat plain;
            plain.setFont(printFont(10.5));
            PrintTables::insertReportTable(cursor, {&doc.blocks[end], figures[end]}, captions, plain);
            b = end;
            continue;
        }
        insertBody(cursor, block, figures[b]);
    }

    std::vector<std::size_t> shown;
    for (std::size_t i = 0; i < doc.indicators.size(); ++i)
        if (options.accepts(doc.indicators[i].section))
            shown.push_back(i);
    if (options.table && !shown.empty())
        insertFigures(cursor, doc, shown);
    if (options.charts)
        printout->charts = ChartData::build(doc, options.accepts);
    return printout;
}

bool print(Printout &printout, QPagedPaintDevice *printer, const Progress &progress)
{
    QPainter painter(printer);
    if (!painter.isActive())
        return false;
    QTextDocument *document = printout.document.get();
    const double dpi = printer->logicalDpiY();
    const QRectF page(QPointF(0, 0), QSizeF(printer->pageLayout().paintRectPixels(static_cast<int>(dpi)).size()));
    const double points = dpi / 72.0;
    const double headerHeight = 24 * points, footerHeight = 20 * points;
    const QRectF body(0, 0, page.width(), page.height() - headerHeight - footerHeight);
    // Laid out in 96-dpi pixels, as on screen, and drawn scaled to the printer's dots: every length of
    // the printout (margins, the fractions numbers align by) is in one unit.
    const double scale = dpi / 96;
    document->setPageSize(body.size() / scale);
    const double pageHeight = body.height() / scale;
    const int textPages = document->pageCount();
    const QList<PrintTables::Cut> cuts = PrintTables::cuts(document, pageHeight);
    const QList<PrintCharts::Placement> charts = PrintCharts::layout(printout.charts, body.size(), dpi);
    const int pages = textPages + PrintCharts::pageCount(charts);
    for (int p = 0; p < pages; ++p) {
        if (p > 0 && progress && !progress(p, pages))
            return false;
        if (p > 0)
            printer->newPage();
        paintFurniture(painter, printout.title, page, headerHeight, footerHeight, p, pages, printer);
        if (p >= textPages) { // the charts this page holds, as the layout placed them
            for (int k = 0; k < charts.size(); ++k)
                if (charts[k].page == p - textPages)
                    PrintCharts::paint(&painter, printout.charts[k], charts[k], headerHeight);
            continue;
        }
        painter.save();
        painter.translate(0, headerHeight);
        painter.scale(scale, scale);
        painter.translate(0, -p * pageHeight);
        const QRectF clip(0, p * pageHeight, body.width() / scale, pageHeight);
        QAbstractTextDocumentLayout::PaintContext context;
        context.clip = clip;
        painter.setClipRect(clip);
        document->documentLayout()->draw(&painter, context);
        for (const PrintTables::Cut &cut : cuts) // a table cut by the break: its row ends, ruled
            if (cut.page == p) {
                painter.fillRect(QRectF(cut.rule.p1(), QPointF(cut.rule.x2() + 1, (p + 1) * pageHeight)), Qt::white);
                painter.setPen(QPen(QColor(0x66, 0x66, 0x66), 0.6));
                painter.drawLine(cut.rule);
            }
        painter.restore();
    }
    if (progress)
        progress(pages, pages);
    return true;
}

bool exportPdf(const Document &doc, const QString &title, const Options &options, const QString &path, QString *error,
               const Progress &progress)
{
    // Into a QSaveFile: the PDF appears whole or not at all, never half-written.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = file.errorString();
        return false;
    }
    {
        QPdfWriter writer(&file);
        writer.setResolution(300);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageMargins(QMarginsF(18, 16, 18, 16), QPageLayout::Millimeter);
        writer.setTitle(title);
        writer.setCreator(QStringLiteral("ReportLens"));
        const std::unique_ptr<Printout> printout = build(doc, title, options);
        if (!print(*printout, &writer, progress)) {
            file.cancelWriting(); // stopped: nothing is written
            if (error)
                *error = Tr::tr("Stopped before the end: no PDF was written.");
            return false;
        }
    }
    if (!file.commit()) {
        if (error)
            *error = file.errorString();
        return false;
    }
    return true;
}

} // namespace ReportPrinter
