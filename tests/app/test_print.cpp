// The annotated report as a PDF (File → Export as PDF, reportlens --export-pdf): pdftotext finds the
// title and the text of every figure, and every page is numbered; a folder that does not exist is a
// message and no file.

#include "fixtures.h"
#include "reportprinter.h"

#include <reportcore/library.h>

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

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
