#pragma once
// The annotated report on paper or in a PDF: its title, its sections, its text with every figure marked
// (a tint of its category's colour and an underline, so greyscale prints keep them), optionally the
// table of figures and the charts; each page headed by the report's title and numbered. Report words
// are inserted as text, never as markup; the document's CJK font is embedded by Qt's PDF writer.

#include "documentsession.h"

#include <QString>

#include <functional>

class QPagedPaintDevice;
class QTextDocument;

namespace ReportPrinter {

struct Options {
    bool table = true;    ///< the table of figures after the text
    bool charts = false;  ///< the charts after the table
    std::function<bool(int section)> accepts = [](int) { return true; }; ///< the sections to print
};

/** The report as a document to print (laid out by the printer's page size when printed). */
QTextDocument *build(const reportcore::Document &doc, const QString &title, const Options &options);

/** Prints `document` on `device` (a printer, a PDF writer), page by page, with the title above and
 *  "page N of M" below. */
void print(QTextDocument *document, const QString &title, QPagedPaintDevice *device);

/** Writes the report as a PDF at `path` (A4), atomically; false with `error` set on failure. */
bool exportPdf(const reportcore::Document &doc, const QString &title, const Options &options, const QString &path, QString *error);

} // namespace ReportPrinter
