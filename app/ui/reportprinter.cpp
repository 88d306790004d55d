#include "reportprinter.h"

#include "categorystyle.h"
#include "chartdata.h"
#include "chartexport.h"
#include "numberformat.h"
#include "texts.h"

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

/** A figure as the table prints it: as written, and, when OCR was unsure of it, saying so on paper too. */
QString figureAsPrinted(const reportcore::Indicator &ind)
{
    const QString text = QString::fromStdString(ind.text);
    return reportcore::isUncertain(ind) ? Tr::tr("%1 (uncertain: OCR)").arg(text) : text;
}

QFont printFont(double points)
{
    QFont font;
    font.setFamilies({QStringLiteral("WenQuanYi Micro Hei"), QStringLiteral("Noto Sans CJK SC"), QStringLiteral("Source Han Sans SC"),
                      QStringLiteral("Droid Sans Fallback"), QStringLiteral("DejaVu Sans")});
    font.setPointSizeF(points);
    return font;
}

/** UTF-16 index of each code point of `text` (and one past the end). */
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

} // namespace

namespace ReportPrinter {

QTextDocument *build(const Document &doc, const QString &title, const Options &options)
{
    auto *document = new QTextDocument;
    document->setDefaultFont(printFont(10.5));
    document->setDocumentMargin(0);
    QTextCursor cursor(document);

    QTextBlockFormat paragraph;
    paragraph.setBottomMargin(6);
    paragraph.setLineHeight(140, QTextBlockFormat::ProportionalHeight);
    QTextCharFormat body;
    body.setFont(printFont(10.5));

    // The title.
    QTextBlockFormat titleBlock;
    titleBlock.setAlignment(Qt::AlignHCenter);
    titleBlock.setBottomMargin(12);
    QTextCharFormat titleFormat;
    titleFormat.setFont(printFont(17));
    titleFormat.setFontWeight(QFont::Bold);
    cursor.setBlockFormat(titleBlock);
    cursor.insertText(title, titleFormat);

    // The text, figure by figure marked.
    std::size_t nextIndicator = 0;
    int lastSection = -2;
    bool titleShown = false; // the report's own title line, printed above
    for (std::size_t b = 0; b < doc.blocks.size(); ++b) {
        const Block &block = doc.blocks[b];
        while (nextIndicator < doc.indicators.size() && doc.indicators[nextIndicator].block < static_cast<int>(b))
            ++nextIndicator;
        if (!options.accepts(block.section))
            continue;
        if (block.kind == BlockKind::Heading) {
            if (!titleShown && QString::fromStdString(block.text).startsWith(title)) {
                titleShown = true;
                continue;
            }
            QTextBlockFormat heading;
            heading.setTopMargin(lastSection == -2 ? 4 : 12);
            heading.setBottomMargin(6);
            QTextCharFormat headingFormat;
            headingFormat.setFont(printFont(block.headingLevel <= 1 ? 14 : 12));
            headingFormat.setFontWeight(QFont::Bold);
            cursor.insertBlock(heading);
            cursor.insertText(QString::fromStdString(block.text), headingFormat);
            lastSection = block.section;
            continue;
        }
        QTextBlockFormat format = paragraph;
        if (block.kind == BlockKind::Paragraph || block.kind == BlockKind::Item || block.kind == BlockKind::Speaker)
            format.setTextIndent(block.kind == BlockKind::Paragraph ? 21 : 0);
        QTextCharFormat plain = body;
        if (block.kind == BlockKind::Caption || block.kind == BlockKind::Credit || block.kind == BlockKind::Byline
            || block.kind == BlockKind::Subtitle || block.kind == BlockKind::Kicker) {
            plain.setFontItalic(block.kind != BlockKind::Subtitle);
            plain.setForeground(QColor(0x55, 0x55, 0x55));
        }
        cursor.insertBlock(format);
        const QString text = QString::fromStdString(block.text);
        const QList<int> at = utf16Offsets(text);
        int done = 0;
        for (std::size_t i = nextIndicator; i < doc.indicators.size() && doc.indicators[i].block == static_cast<int>(b); ++i) {
            const Indicator &ind = doc.indicators[i];
            const int from = at.value(std::clamp(ind.offset, 0, static_cast<int>(at.size()) - 1));
            const int to = at.value(std::clamp(ind.offset + ind.length, 0, static_cast<int>(at.size()) - 1));
            if (from < done || to <= from)
                continue;
            cursor.insertText(text.mid(done, from - done), plain);
            QTextCharFormat figure = plain;
            // A tint of its category and an underline: a greyscale print keeps the mark.
            figure.setBackground(CategoryStyle::highlight(ind.category, false));
            figure.setFontUnderline(true);
            figure.setUnderlineStyle(QTextCharFormat::SingleUnderline);
            figure.setFontWeight(QFont::DemiBold);
            cursor.insertText(text.mid(from, to - from), figure);
            done = to;
        }
        cursor.insertText(text.mid(done), plain);
    }

    std::vector<std::size_t> shown;
    for (std::size_t i = 0; i < doc.indicators.size(); ++i)
        if (options.accepts(doc.indicators[i].section))
            shown.push_back(i);
    if (options.table && !shown.empty()) {
        QTextBlockFormat heading;
        heading.setTopMargin(16);
        heading.setBottomMargin(6);
        heading.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
        QTextCharFormat headingFormat;
        headingFormat.setFont(printFont(14));
        headingFormat.setFontWeight(QFont::Bold);
        cursor.insertBlock(heading);
        cursor.insertText(Tr::tr("The figures of the report"), headingFormat);
        QTextTableFormat tableFormat;
        tableFormat.setCellPadding(3);
        tableFormat.setCellSpacing(0);
        tableFormat.setBorder(0.5);
        tableFormat.setBorderStyle(QTextFrameFormat::BorderStyle_Solid);
        tableFormat.setHeaderRowCount(1);
        tableFormat.setWidth(QTextLength(QTextLength::PercentageLength, 100));
        QTextTable *table = cursor.insertTable(static_cast<int>(shown.size()) + 1, 6, tableFormat);
        QTextCharFormat small = body;
        small.setFont(printFont(9));
        QTextCharFormat bold = small;
        bold.setFontWeight(QFont::Bold);
        const QStringList headers = {Tr::tr("Figure"), Tr::tr("Value"), Tr::tr("Qualifier"), Tr::tr("Category"), Tr::tr("What it counts"),
                                     Tr::tr("Line")};
        for (int c = 0; c < headers.size(); ++c)
            table->cellAt(0, c).firstCursorPosition().insertText(headers[c], bold);
        for (std::size_t r = 0; r < shown.size(); ++r) {
            const Indicator &ind = doc.indicators[shown[r]];
            const int row = static_cast<int>(r) + 1;
            const QStringList cells = {figureAsPrinted(ind),
                                       NumberFormat::asWritten(ind.value, QString::fromStdString(ind.text)) + QLatin1Char(' ')
                                           + QString::fromStdString(ind.unit),
                                       Texts::qualifierShort(ind.qualifier), Texts::category(ind.category),
                                       Texts::measure(ind), QString::number(ind.line)};
            for (int c = 0; c < cells.size(); ++c)
                table->cellAt(row, c).firstCursorPosition().insertText(cells[c], small);
        }
        cursor.movePosition(QTextCursor::End);
    }
    if (options.charts) {
        const QList<ChartSpec> charts = ChartData::build(doc, options.accepts);
        ChartExport::Options imageOptions;
        imageOptions.scale = 2;
        for (int k = 0; k < charts.size(); ++k) {
            const QImage image = ChartExport::image(charts[k], imageOptions);
            if (image.isNull())
                continue;
            const QString name = QStringLiteral("chart-%1.png").arg(k);
            document->addResource(QTextDocument::ImageResource, QUrl(name), image);
            QTextBlockFormat around;
            around.setAlignment(Qt::AlignHCenter);
            around.setTopMargin(10);
            if (k == 0)
                around.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
            cursor.insertBlock(around);
            QTextImageFormat picture;
            picture.setName(name);
            picture.setWidth(480);
            picture.setHeight(480.0 * image.height() / image.width());
            cursor.insertImage(picture);
        }
    }
    return document;
}

void print(QTextDocument *document, const QString &title, QPagedPaintDevice *printer)
{
    QPainter painter(printer);
    if (!painter.isActive())
        return;
    const double dpi = printer->logicalDpiY();
    const QRectF page(QPointF(0, 0), QSizeF(printer->pageLayout().paintRectPixels(static_cast<int>(dpi)).size()));
    const double points = dpi / 72.0;
    const double headerHeight = 24 * points, footerHeight = 20 * points;
    const QRectF body(0, 0, page.width(), page.height() - headerHeight - footerHeight);
    // Lay out at the printer's resolution: the text keeps its size in points.
    document->documentLayout()->setPaintDevice(printer);
    document->setPageSize(body.size());
    const int pages = document->pageCount();
    QFont small = printFont(8.5);
    for (int p = 0; p < pages; ++p) {
        if (p > 0)
            printer->newPage();
        painter.save();
        painter.setFont(small);
        painter.setPen(QColor(0x44, 0x44, 0x44));
        const QRectF head(0, 0, page.width(), headerHeight * 0.7);
        painter.drawText(head, Qt::AlignLeft | Qt::AlignVCenter,
                         QFontMetricsF(small, printer).elidedText(title, Qt::ElideRight, page.width() * 0.8));
        painter.drawLine(QPointF(0, headerHeight * 0.75), QPointF(page.width(), headerHeight * 0.75));
        painter.drawText(QRectF(0, page.height() - footerHeight * 0.8, page.width(), footerHeight * 0.8), Qt::AlignHCenter | Qt::AlignVCenter,
                         Tr::tr("Page %1 of %2").arg(p + 1).arg(pages));
        painter.restore();
        painter.save();
        painter.translate(0, headerHeight - p * body.height());
        const QRectF clip(0, p * body.height(), body.width(), body.height());
        QAbstractTextDocumentLayout::PaintContext context;
        context.clip = clip;
        painter.setClipRect(clip);
        document->documentLayout()->draw(&painter, context);
        painter.restore();
    }
}

bool exportPdf(const Document &doc, const QString &title, const Options &options, const QString &path, QString *error)
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
        std::unique_ptr<QTextDocument> document(build(doc, title, options));
        print(document.get(), title, &writer);
    }
    if (!file.commit()) {
        if (error)
            *error = file.errorString();
        return false;
    }
    return true;
}

} // namespace ReportPrinter
