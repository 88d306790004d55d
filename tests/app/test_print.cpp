// The annotated report as a PDF (File → Export as PDF, reportlens --export-pdf): pdftotext finds the
// title and the text of every figure, and every page is numbered; a folder that does not exist is a
// message and no file. A report's table is ruled, its rows read in column order, its numbers stand on
// their decimal points and its header is repeated on every page it spans; no figure is cut by a page
// break; charts are text at 8 pt or more; a real communiqué with its charts stays small.

#include "fixtures.h"
#include "printtables.h"
#include "reportprinter.h"

#include <reportcore/library.h>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QPrinter>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextTable>

#include <catch2/catch.hpp>

#include <algorithm>
#include <cmath>

using namespace reportcore;

namespace {

QString run(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.start(program, arguments);
    REQUIRE(process.waitForFinished(30000));
    REQUIRE(process.exitCode() == 0);
    return QString::fromUtf8(process.readAllStandardOutput());
}

QString squeezed(QString text) { return text.remove(QRegularExpression(QStringLiteral("\\s"))); }

/** The words pdftotext finds on the pages, each with its box (points) and page. */
struct Word {
    QString text;
    double xMin = 0, yMin = 0, xMax = 0, yMax = 0;
    int page = 0;
};

QList<Word> wordsOf(const QString &pdf)
{
    const QString html = run(QStringLiteral("pdftotext"), {QStringLiteral("-bbox"), QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdf, QStringLiteral("-")});
    static const QRegularExpression page(QStringLiteral("<page |<word xMin=\"([\\d.]+)\" yMin=\"([\\d.]+)\" xMax=\"([\\d.]+)\" yMax=\"([\\d.]+)\">([^<]*)</word>"));
    QList<Word> words;
    int pages = 0;
    for (auto it = page.globalMatch(html); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        if (m.captured(0).startsWith(QStringLiteral("<page"))) {
            ++pages;
            continue;
        }
        words << Word{m.captured(5), m.captured(1).toDouble(), m.captured(2).toDouble(), m.captured(3).toDouble(),
                      m.captured(4).toDouble(), pages};
    }
    return words;
}

const Word *wordNamed(const QList<Word> &words, const QString &text)
{
    for (const Word &w : words)
        if (w.text == text)
            return &w;
    return nullptr;
}

/** A web page whose table has `rows` rows under a header (名称, 产量, 增长): 甲, 乙, 丙, 丁 first. */
QString tablePage(const QTemporaryDir &dir, int rows)
{
    QString html = QStringLiteral("<html><head><meta charset=\"utf-8\"><title>表格公报</title></head><body><h1>表格公报</h1>"
                                  "<p>全年粮食总产量902.61万吨，比上年增长3.2%。</p><p>表1 主要产品产量</p><table><tr><th>名称</th><th>产量</th><th>增长</th></tr>"
                                  "<tr><td>甲</td><td>12.5</td><td>4.1</td></tr><tr><td>乙</td><td>7.5</td><td>-2.3</td></tr>"
                                  "<tr><td>丙</td><td>39</td><td>10.6</td></tr><tr><td>丁</td><td>100.25</td><td>0.8</td></tr>");
    for (int r = 4; r < rows; ++r)
        html += QStringLiteral("<tr><td>品种%1</td><td>%2.5</td><td>1.%3</td></tr>").arg(r).arg(r * 3).arg(r % 10);
    html += QStringLiteral("</table><p>年末常住人口866.60万人。</p></body></html>");
    const QString path = dir.filePath(QStringLiteral("table.html"));
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(html.toUtf8());
    return path;
}

DocumentPtr loaded(const QString &path)
{
    const LoadResult result = DocumentSession::load(path);
    REQUIRE(result.document);
    return result.document;
}

} // namespace

TEST_CASE("PDF of the annotated report: the title, every figure, numbered pages", "[print]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("report.pdf"));
    const Document &doc = *sampleReport();
    const QString title = QString::fromStdString(describeReport(doc).title);
    REQUIRE_FALSE(title.isEmpty());
    QString error;
    REQUIRE(ReportPrinter::exportPdf(doc, title, ReportPrinter::Options{}, path, &error));
    const QString text = run(QStringLiteral("pdftotext"), {QStringLiteral("-enc"), QStringLiteral("UTF-8"), path, QStringLiteral("-")});
    const QString flat = squeezed(text);
    CHECK(flat.contains(squeezed(title)));
    for (const Indicator &i : doc.indicators) {
        INFO(i.text);
        CHECK(flat.contains(squeezed(QString::fromStdString(i.text))));
    }
    // Every page numbered: "Page N of M", N from 1 to M.
    const QString info = run(QStringLiteral("pdfinfo"), {path});
    const QRegularExpressionMatch pages = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(info);
    REQUIRE(pages.hasMatch());
    const int count = pages.captured(1).toInt();
    REQUIRE(count >= 2);
    const QStringList perPage = text.split(QChar(0x0C), Qt::SkipEmptyParts);
    REQUIRE(perPage.size() >= count);
    for (int p = 1; p <= count; ++p) {
        INFO("page " << p);
        CHECK(perPage[p - 1].contains(QStringLiteral("Page %1 of %2").arg(p).arg(count)));
    }
    // The CJK font is embedded.
    const QString fonts = run(QStringLiteral("pdffonts"), {path});
    CHECK(fonts.contains(QStringLiteral(" yes ")));
}

TEST_CASE("PDF export into a folder that does not exist: a message, no file", "[print]")
{
    QString error;
    CHECK_FALSE(ReportPrinter::exportPdf(*sampleReport(), QStringLiteral("t"), ReportPrinter::Options{},
                                         QStringLiteral("/nonexistent/folder/report.pdf"), &error));
    CHECK_FALSE(error.isEmpty());
    CHECK_FALSE(QFile::exists(QStringLiteral("/nonexistent/folder/report.pdf")));
}

TEST_CASE("a report's table on paper: ruled, its header repeated, its rows in column order", "[print][table]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const DocumentPtr doc = loaded(tablePage(dir, 4));
    ReportPrinter::Options options;
    options.table = false;
    const std::unique_ptr<ReportPrinter::Printout> printout = ReportPrinter::build(*doc, QStringLiteral("表格公报"), options);
    // The report's table is a table of the printout, every cell ruled, its first row a header.
    QTextTable *table = nullptr;
    for (QTextFrame *frame : printout->document->rootFrame()->childFrames())
        if (auto *t = qobject_cast<QTextTable *>(frame))
            table = t;
    REQUIRE(table);
    CHECK(table->rows() == 6);
    CHECK(table->columns() == 3);
    // Its caption, its first row across it, stays with it and heads it on every page, with the header.
    CHECK(table->cellAt(0, 0).columnSpan() == 3);
    CHECK(table->cellAt(0, 0).firstCursorPosition().block().text() == QStringLiteral("表1 主要产品产量"));
    CHECK(table->format().headerRowCount() == 2);
    for (int r = 1; r < table->rows(); ++r)
        for (int c = 0; c < table->columns(); ++c) {
            INFO("cell " << r << ", " << c);
            const QTextTableCellFormat cell = table->cellAt(r, c).format().toTableCellFormat();
            CHECK(cell.topBorder() > 0);
            CHECK(cell.bottomBorder() > 0);
            CHECK(cell.leftBorder() > 0);
            CHECK(cell.rightBorder() > 0);
        }

    const QString path = dir.filePath(QStringLiteral("table.pdf"));
    QString error;
    REQUIRE(ReportPrinter::exportPdf(*doc, QStringLiteral("表格公报"), options, path, &error));
    // Each row reads across, cell after cell, as the table has it.
    const QString layout = run(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), QStringLiteral("-enc"), QStringLiteral("UTF-8"), path, QStringLiteral("-")});
    CHECK(layout.contains(QRegularExpression(QStringLiteral("名称\\s+产量\\s+增长"))));
    CHECK(layout.contains(QRegularExpression(QStringLiteral("乙\\s+7\\.5\\s+-2\\.3"))));
    CHECK(layout.contains(QRegularExpression(QStringLiteral("丁\\s+100\\.25\\s+0\\.8"))));
    // The numbers of a column stand on their decimal points: same fraction, same right edge; no
    // fraction, the point's room left free; a longer fraction, further right.
    const QList<Word> words = wordsOf(path);
    const Word *a = wordNamed(words, QStringLiteral("12.5")), *b = wordNamed(words, QStringLiteral("7.5")),
               *c = wordNamed(words, QStringLiteral("39")), *d = wordNamed(words, QStringLiteral("100.25"));
    REQUIRE((a && b && c && d));
    CHECK(std::abs(a->xMax - b->xMax) < 0.3);
    CHECK(c->xMax < a->xMax - 3);
    CHECK(d->xMax > a->xMax + 3);
}

TEST_CASE("a table longer than a page repeats its header on every page it spans", "[print][table]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const DocumentPtr doc = loaded(tablePage(dir, 160));
    ReportPrinter::Options options;
    options.table = false;
    const QString path = dir.filePath(QStringLiteral("long.pdf"));
    QString error;
    REQUIRE(ReportPrinter::exportPdf(*doc, QStringLiteral("表格公报"), options, path, &error));
    const QStringList pages = run(QStringLiteral("pdftotext"), {QStringLiteral("-enc"), QStringLiteral("UTF-8"), path, QStringLiteral("-")})
                                  .split(QChar(0x0C), Qt::SkipEmptyParts);
    int spanned = 0;
    for (int p = 0; p < pages.size(); ++p) {
        if (!pages[p].contains(QStringLiteral("品种")))
            continue;
        ++spanned;
        INFO("page " << p + 1);
        CHECK(pages[p].contains(QStringLiteral("表1 主要产品产量")));
        CHECK(pages[p].contains(QStringLiteral("名称")));
        CHECK(pages[p].contains(QStringLiteral("增长")));
    }
    CHECK(spanned >= 3);
}

TEST_CASE("a real communiqué on paper: no figure cut by a page break, chart text 8 pt or more, a small file", "[print][real]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const DocumentPtr doc = loaded(QStringLiteral(REPORTLENS_REAL_DIR "/zhoukou_2023_tjgb.pdf"));
    ReportPrinter::Options options;
    options.charts = true;
    const QString path = dir.filePath(QStringLiteral("zhoukou.pdf"));
    QString error;
    REQUIRE(ReportPrinter::exportPdf(*doc, QStringLiteral("2023年周口市国民经济和社会发展统计公报"), options, path, &error));
    // Every figure is whole on one page (a figure cut by a page break is on none).
    const QStringList pages = run(QStringLiteral("pdftotext"), {QStringLiteral("-enc"), QStringLiteral("UTF-8"), path, QStringLiteral("-")})
                                  .split(QChar(0x0C), Qt::SkipEmptyParts);
    QStringList flat;
    for (const QString &p : pages)
        flat << squeezed(p);
    for (const Indicator &i : doc->indicators) {
        const QString figure = squeezed(QString::fromStdString(i.text));
        INFO(i.text << " line " << i.line);
        CHECK(std::any_of(flat.begin(), flat.end(), [&figure](const QString &p) { return p.contains(figure); }));
    }
    // The charts' pages (after the table of figures): no word smaller than 8 pt. A word's box is as
    // tall as its font's ascent and descent: measured against the running head, set at 8.5 pt.
    const QList<Word> words = wordsOf(path);
    REQUIRE_FALSE(words.isEmpty());
    const double head = words.first().yMax - words.first().yMin;
    int firstChartPage = 0;
    for (const Word &w : words)
        if (w.text.contains(QStringLiteral("Source:")) || w.text.contains(QStringLiteral("来源")))
            firstChartPage = firstChartPage ? std::min(firstChartPage, w.page) : w.page;
    REQUIRE(firstChartPage > 0);
    int chartWords = 0;
    for (const Word &w : words) {
        if (w.page < firstChartPage || w.yMin < 70 || w.yMax > 800) // the running head and the page number
            continue;
        ++chartWords;
        INFO(w.text.toStdString() << " on page " << w.page);
        CHECK((w.yMax - w.yMin) / head * 8.5 >= 8.0);
    }
    CHECK(chartWords > 100);
    // Vectors, not pictures: the whole, charts and all, well under 3 MB.
    CHECK(QFileInfo(path).size() < 3 * 1024 * 1024);
}

TEST_CASE("printed at a printer's resolution, the report is laid out as in the PDF: the same pages, the same words", "[print]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const Document &doc = *sampleReport();
    ReportPrinter::Options options;
    options.charts = true;
    const QString pdf = dir.filePath(QStringLiteral("writer.pdf"));
    QString error;
    REQUIRE(ReportPrinter::exportPdf(doc, QStringLiteral("t"), options, pdf, &error));
    // File → Print… prints on a QPrinter at high resolution (1200 dpi here), through the same code.
    const QString printed = dir.filePath(QStringLiteral("printer.pdf"));
    {
        QPrinter printer(QPrinter::HighResolution);
        printer.setOutputFormat(QPrinter::PdfFormat);
        printer.setOutputFileName(printed);
        printer.setPageSize(QPageSize(QPageSize::A4));
        printer.setPageMargins(QMarginsF(18, 16, 18, 16), QPageLayout::Millimeter);
        REQUIRE(printer.resolution() > 300);
        const std::unique_ptr<ReportPrinter::Printout> printout = ReportPrinter::build(doc, QStringLiteral("t"), options);
        ReportPrinter::print(*printout, &printer);
    }
    const auto pagesOf = [](const QString &path) {
        return QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(run(QStringLiteral("pdfinfo"), {path})).captured(1).toInt();
    };
    CHECK(pagesOf(printed) == pagesOf(pdf));
    CHECK(pagesOf(printed) >= 2);
    // Page by page the same characters (the order a text extractor reads table cells in may differ).
    const auto pageTexts = [](const QString &path) {
        QStringList pages = run(QStringLiteral("pdftotext"), {QStringLiteral("-enc"), QStringLiteral("UTF-8"), path, QStringLiteral("-")})
                                .split(QChar(0x0C), Qt::SkipEmptyParts);
        for (QString &page : pages) {
            page = squeezed(page);
            std::sort(page.begin(), page.end());
        }
        return pages;
    };
    const QStringList a = pageTexts(pdf), b = pageTexts(printed);
    REQUIRE(a.size() == b.size());
    for (int p = 0; p < a.size(); ++p) {
        INFO("page " << p + 1);
        CHECK(a[p] == b[p]);
    }
}

TEST_CASE("a PDF export stopped before the end writes nothing, and says so", "[print]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("stopped.pdf"));
    QString error;
    int told = 0, total = 0;
    CHECK_FALSE(ReportPrinter::exportPdf(*sampleReport(), QStringLiteral("t"), ReportPrinter::Options{}, path, &error,
                                         [&](int done, int pages) {
                                             ++told;
                                             total = pages;
                                             CHECK(done <= pages);
                                             return done < 1; // stopped after the first page
                                         }));
    CHECK(told >= 1);
    CHECK(total >= 2);
    CHECK_FALSE(error.isEmpty());
    CHECK_FALSE(QFile::exists(path));
    CHECK(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot).isEmpty()); // no temporary left
    // Told of every page to the end when not stopped.
    QList<int> pagesTold;
    REQUIRE(ReportPrinter::exportPdf(*sampleReport(), QStringLiteral("t"), ReportPrinter::Options{}, path, &error,
                                     [&pagesTold](int done, int) {
                                         pagesTold << done;
                                         return true;
                                     }));
    REQUIRE_FALSE(pagesTold.isEmpty());
    CHECK(pagesTold.last() == total);
    CHECK(QFile::exists(path));
}
