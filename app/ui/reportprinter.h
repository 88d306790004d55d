#pragma once
// The annotated report on paper or in a PDF: its title, its sections, its text with every figure marked
// (a tint of its category's colour and an underline, so greyscale prints keep them; never broken
// across a line or a page), its tables ruled, optionally the table of figures and the charts (drawn
// as vectors); each page headed by the report's title and numbered. Report words are inserted as
// text, never as markup; the document's CJK font is embedded by Qt's PDF writer.

#include "chartdata.h"
#include "documentsession.h"

#include <QList>
#include <QString>

#include <functional>
#include <memory>

class QPagedPaintDevice;
class QTextDocument;

namespace ReportPrinter {

struct Options {
    bool table = true;    ///< the table of figures after the text
    bool charts = false;  ///< the charts after the table
    std::function<bool(int section)> accepts = [](int) { return true; }; ///< the sections to print
};

/** What is printed: the text (with the tables) as a document, laid out by the page size when
 *  printed, and the charts after it. */
struct Printout {
    QString title;
    std::unique_ptr<QTextDocument> document;
    QList<ChartSpec> charts;
    Printout();
    ~Printout();
};

/** The report as a printout. */
std::unique_ptr<Printout> build(const reportcore::Document &doc, const QString &title, const Options &options);

/** Told after each page printed (`done` of `total`); false stops the printing. */
using Progress = std::function<bool(int done, int total)>;

/** Prints `printout` on `device` (a printer, a PDF writer), page by page, with the title above and
 *  "page N of M" below; the charts on pages of their own after the text. False when `progress`
 *  stopped it. */
bool print(Printout &printout, QPagedPaintDevice *device, const Progress &progress = {});

/** Writes the report as a PDF at `path` (A4), atomically; false with `error` set on failure or when
 *  `progress` stopped it (then nothing is written). */
bool exportPdf(const reportcore::Document &doc, const QString &title, const Options &options, const QString &path, QString *error,
               const Progress &progress = {});

} // namespace ReportPrinter
