// Benchmark, run on demand: the annotated report as a PDF (what File → Export as PDF and
// `reportlens --export-pdf … --with-charts` write), in process.
//   print_bench [--no-charts] [--runs N] FILE
// Prints the pages, the file's size, the best time of N runs and the peak memory of the process
// (reading the report included), the figures the README quotes.

#include "documentsession.h"
#include "reportprinter.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTemporaryDir>

#include <reportcore/library.h>

#include <sys/resource.h>

#include <algorithm>
#include <cstdio>
#include <cstring>

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    bool charts = true;
    int runs = 3;
    QString file;
    for (int i = 1; i < argc; ++i) {
        if (!std::strcmp(argv[i], "--no-charts"))
            charts = false;
        else if (!std::strcmp(argv[i], "--runs") && i + 1 < argc)
            runs = std::max(1, std::atoi(argv[++i]));
        else
            file = QString::fromLocal8Bit(argv[i]);
    }
    if (file.isEmpty()) {
        std::fprintf(stderr, "usage: print_bench [--no-charts] [--runs N] FILE\n");
        return 2;
    }
    const LoadResult loaded = DocumentSession::load(file);
    if (!loaded.document) {
        std::fprintf(stderr, "%s: cannot be read\n", qPrintable(file));
        return 1;
    }
    const reportcore::Document &doc = *loaded.document;
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("report.pdf"));
    ReportPrinter::Options options;
    options.charts = charts;
    const QString title = QString::fromStdString(reportcore::describeReport(doc).title);
    double best = 1e9;
    for (int r = 0; r < runs; ++r) {
        QElapsedTimer timer;
        timer.start();
        QString error;
        if (!ReportPrinter::exportPdf(doc, title, options, out, &error)) {
            std::fprintf(stderr, "export failed: %s\n", qPrintable(error));
            return 1;
        }
        best = std::min(best, timer.nsecsElapsed() / 1e6);
    }
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    std::printf("%s: %zu figures, charts %s\n", qPrintable(QFileInfo(file).fileName()), doc.indicators.size(), charts ? "on" : "off");
    std::printf("  PDF: %.2f MB, best of %d: %.0f ms, peak memory %.1f MB\n", QFileInfo(out).size() / 1048576.0, runs, best,
                usage.ru_maxrss / 1024.0);
    return 0;
}
