#include "cli.h"

#include "clilibrary.h"

#include "chartdata.h"
#include "chartexport.h"
#include "chartindex.h"
#include "documentsession.h"
#include "language.h"
#include "tableexport.h"
#include "reportprinter.h"
#include "texts.h"

#include <reportcore/library.h>

#include <QFileInfo>

#include <reportcore/json.h>
#include <reportcore/read.h>

#include <QApplication>
#include <QCommandLineParser>
#include <QCoreApplication>

#include <malloc.h>

#include <cstdio>
#include <functional>

#include <unistd.h>
#include <memory>
#include <cstring>

namespace cli {

void fail(const QString &message)
{
    const QByteArray line = QCoreApplication::translate("cli", "reportlens: %1\n").arg(message).toUtf8();
    std::fwrite(line.constData(), 1, static_cast<std::size_t>(line.size()), stderr);
}

ScreenshotOptions::ScreenshotOptions()
    : screenshot(QStringLiteral("screenshot"), QCoreApplication::translate("cli", "Save a PNG of the window (opened on FILE) and exit."),
                 QStringLiteral("PATH"))
    , size(QStringLiteral("size"), QCoreApplication::translate("cli", "With --screenshot: the window's size, WxH (default 1280x800)."),
           QStringLiteral("WxH"), QStringLiteral("1280x800"))
    , tab(QStringLiteral("tab"), QCoreApplication::translate("cli", "With --screenshot: the side tab to show, figures or charts."),
          QStringLiteral("NAME"), QStringLiteral("figures"))
    , figure(QStringLiteral("figure"),
             QCoreApplication::translate("cli", "With --screenshot: scroll the text to figure N (its id in --json) first."),
             QStringLiteral("N"))
    , window(QStringLiteral("screenshot-window"),
             QCoreApplication::translate("cli", "With --screenshot: picture another window instead: library, compare or series."),
             QStringLiteral("NAME"))
    , libraryFile(QStringLiteral("library-file"),
                  QCoreApplication::translate("cli", "With --screenshot-window: the library to show (an SQLite file)."), QStringLiteral("DB"))
    , windowArgument(QStringLiteral("window-argument"),
                     QCoreApplication::translate("cli", "With --screenshot-window: what to search (library), the report to compare FILE "
                                                        "with (compare) or the figure to follow (series)."),
                     QStringLiteral("TEXT"))
    , firstPaint(QStringLiteral("exit-after-first-paint"),
                 QCoreApplication::translate("cli", "Print 'first-paint' and exit once the window has painted (start-up timing)."))
{
}

bool isHeadless(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        const char *a = argv[i];
        if (!std::strcmp(a, "--json") || !std::strcmp(a, "--help") || !std::strcmp(a, "-h")
            || !std::strcmp(a, "--export-charts") || !std::strcmp(a, "--export-csv")
            || !std::strcmp(a, "--version") || !std::strcmp(a, "-v") || !std::strcmp(a, "--help-all")
            || !std::strcmp(a, "--export-pdf")
            || LibraryCommands::isLibraryArgument(a))
            return true;
    }
    return false;
}

namespace {
/** The command line prints one line when it refuses: Qt's remarks about the desktop session
 *  (no XDG_RUNTIME_DIR on a server) are noise there, so they are dropped; everything else passes. */
void quietSessionWarnings(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (type == QtWarningMsg && message.startsWith(QStringLiteral("QStandardPaths:")))
        return;
    const QByteArray line = qFormatLogMessage(type, context, message).toLocal8Bit();
    std::fprintf(stderr, "%s\n", line.constData());
}

bool wantsCharts(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i)
        if (!std::strcmp(argv[i], "--export-charts") || !std::strcmp(argv[i], "--export-pdf"))
            return true;
    return false;
}

/** The application the command needs: a QApplication to draw charts (offscreen without a display),
 *  else a QCoreApplication. */
std::unique_ptr<QCoreApplication> makeApplication(int &argc, char **argv)
{
    std::unique_ptr<QCoreApplication> app;
    if (wantsCharts(argc, argv)) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY")
            && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        app = std::make_unique<QApplication>(argc, argv);
        Language::preferCjkFonts();
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication::setApplicationName(QStringLiteral("reportlens"));
    QCoreApplication::setApplicationVersion(QStringLiteral(REPORTLENS_VERSION));
    return app;
}

/** --language CODE or --language=CODE, read before Qt parses the arguments; `given` says whether it was. */
QString languageArgument(int argc, char **argv, bool &given)
{
    QString code;
    given = false;
    for (int i = 1; i < argc; ++i) {
        if (!std::strcmp(argv[i], "--language") && i + 1 < argc) {
            code = QString::fromLocal8Bit(argv[i + 1]);
            given = true;
        } else if (!std::strncmp(argv[i], "--language=", 11)) {
            code = QString::fromLocal8Bit(argv[i] + 11);
            given = true;
        }
    }
    return code;
}

/** The report's title as its exports name it: its own, else its file's name. */
QString reportTitle(const reportcore::Document &doc, const QString &path)
{
    const QString title = QString::fromStdString(reportcore::describeReport(doc).title);
    if (!title.isEmpty())
        return title;
    return path.isEmpty() ? QCoreApplication::translate("cli", "(embedded report)") : QFileInfo(path).fileName();
}

/** The commands on one report: --json, --export-csv, --export-pdf, --export-charts. */
class DocumentCommands
{
public:
    DocumentCommands()
        : json(QStringLiteral("json"),
               QCoreApplication::translate("cli", "Print the report's model (sections, blocks, representatives, "
                                                  "indicators, derived figures, warnings) as JSON and exit."))
        , maxSize(QStringLiteral("max-size"),
                  QCoreApplication::translate("cli", "Refuse files larger than BYTES (default 67108864, 64 MiB)."),
                  QStringLiteral("BYTES"))
        , exportCharts(QStringLiteral("export-charts"),
                       QCoreApplication::translate("cli", "Write every chart as a PNG into folder DIR, with charts.json (what each "
                                                                   "shows) and index.html (a page to browse them), print the "
                                                                   "paths and exit."),
                       QStringLiteral("DIR"))
        , scale(QStringLiteral("scale"),
                QCoreApplication::translate("cli", "With --export-charts: pixels per point, N (default 1; 2 for sharp images)."),
                QStringLiteral("N"))
        , width(QStringLiteral("width"),
                QCoreApplication::translate("cli", "With --export-charts: the images' width in pixels (instead of --scale)."),
                QStringLiteral("PX"))
        , svg(QStringLiteral("svg"), QCoreApplication::translate("cli", "With --export-charts: write SVG drawings too."))
        , kinds(QStringLiteral("kinds"),
                QCoreApplication::translate("cli", "With --export-charts: only charts of these kinds, comma-separated (before-now, "
                                                   "rates, levels, shares, targets, members, by-section)."),
                QStringLiteral("KINDS"))
        , section(QStringLiteral("section"),
                  QCoreApplication::translate("cli", "With --export-charts: only the charts of section ID (s1, s2, …: the JSON's "
                                                     "section ids) and the sections within it."),
                  QStringLiteral("ID"))
        , exportCsv(QStringLiteral("export-csv"),
                    QCoreApplication::translate("cli", "Write the table of figures as CSV (UTF-8 with BOM) to PATH and exit."),
                    QStringLiteral("PATH"))
        , language(QStringLiteral("language"),
                   QCoreApplication::translate("cli", "The language of messages, chart titles, numbers and CSV headers: zh_CN "
                                                      "or en (default: the system's; CSV headers then in English). The JSON is "
                                                      "the same in every language."),
                   QStringLiteral("CODE"))
        , exportPdf(QStringLiteral("export-pdf"),
                    QCoreApplication::translate("cli", "Write the annotated report (title, sections, every figure marked, the table of "
                                                       "figures; page numbers) as a PDF to PATH and exit."),
                    QStringLiteral("PATH"))
        , withCharts(QStringLiteral("with-charts"), QCoreApplication::translate("cli", "With --export-pdf: the charts too."))
    {
    }

    void addTo(QCommandLineParser &parser) const
    {
        for (const QCommandLineOption *option : {&language, &json, &maxSize, &exportCharts, &scale, &width, &svg, &kinds, &section, &exportCsv,
                                                 &exportPdf, &withCharts})
            parser.addOption(*option);
    }

    /** The table of figures as CSV; headers in the language asked for, without --language the same
     *  in every locale. */
    int writeCsv(const QCommandLineParser &parser, const reportcore::Document &doc, const QString &languageCode,
                 bool languageGiven) const
    {
        QString error;
        const QString out = parser.value(exportCsv);
        if (!languageGiven)
            Language::apply(QStringLiteral("en"));
        const QByteArray csv = TableExport::csv(doc, [](int) { return true; });
        if (!languageGiven)
            Language::apply(languageCode);
        if (!TableExport::writeAtomically(out, csv, &error)) {
            fail(error);
            return 2;
        }
        std::printf("%s\n", qUtf8Printable(out));
        return 0;
    }

    int writePdf(const QCommandLineParser &parser, const reportcore::Document &doc, const QString &path) const
    {
        ReportPrinter::Options options;
        options.charts = parser.isSet(withCharts);
        const QString title = reportTitle(doc, path);
        QString error;
        const QString out = parser.value(exportPdf);
        if (!ReportPrinter::exportPdf(doc, title, options, out, &error)) {
            fail(out + QStringLiteral(": ") + error);
            return 2;
        }
        std::printf("%s\n", qUtf8Printable(out));
        return 0;
    }

    int writeCharts(const QCommandLineParser &parser, const reportcore::Document &doc, const QString &path) const
    {
        ChartExport::Options options;
        bool ok = true;
        if (parser.isSet(scale))
            options.scale = parser.value(scale).toDouble(&ok);
        if (ok && parser.isSet(width))
            options.width = parser.value(width).toInt(&ok);
        if (!ok || options.scale <= 0 || options.scale > 8 || options.width < 0 || options.width > 16000) {
            fail(QCoreApplication::translate("cli", "--scale takes a number from 0.25 to 8, --width a width in pixels"));
            return 2;
        }
        const QString dir = parser.value(exportCharts);
        QString error;
        QStringList kindList;
        for (const QString &kind : parser.value(kinds).split(QLatin1Char(','), Qt::SkipEmptyParts))
            kindList << kind.trimmed();
        for (const QString &kind : kindList)
            if (!ChartIndex::kindNames().contains(kind)) {
                fail(QCoreApplication::translate("cli", "--kinds: no kind \"%1\"; the kinds are %2")
                         .arg(kind, ChartIndex::kindNames().join(QStringLiteral(", "))));
                return 2;
            }
        int within = -1;
        if (parser.isSet(section)) {
            for (std::size_t s = 0; s < doc.sections.size(); ++s)
                if (QString::fromStdString(doc.sections[s].id) == parser.value(section))
                    within = static_cast<int>(s);
            if (within < 0) {
                fail(QCoreApplication::translate("cli", "--section: the report has no section \"%1\" (its sections: s1 to s%2)")
                         .arg(parser.value(section))
                         .arg(doc.sections.size()));
                return 2;
            }
        }
        const QList<ChartSpec> charts = ChartIndex::ofKinds(
            ChartData::build(doc, [&doc, within](int s) { return within < 0 || ChartIndex::within(doc, s, within); }), kindList);
        options.title = reportTitle(doc, path);
        const QStringList written = ChartExport::saveAll(charts, dir, options, parser.isSet(svg), &error);
        if (written.isEmpty()) {
            fail(error.isEmpty() ? QCoreApplication::translate("cli", "no chart to write") : error);
            return 2;
        }
        for (const QString &file : written)
            std::printf("%s\n", qUtf8Printable(file));
        return 0;
    }

    static int printJson(const reportcore::Document &doc)
    {
        reportcore::writeJson(doc, [](std::string_view chunk) { std::fwrite(chunk.data(), 1, chunk.size(), stdout); });
        if (std::fflush(stdout) != 0) {
            fail(QCoreApplication::translate("cli", "could not write the output"));
            return 2;
        }
        return 0;
    }

    /** Each command asked for, in this order; the first to fail ends the run. */
    int run(const QCommandLineParser &parser, const reportcore::Document &doc, const QString &path,
            const QString &languageCode, bool languageGiven) const
    {
        if (parser.isSet(exportCsv))
            if (const int rc = writeCsv(parser, doc, languageCode, languageGiven))
                return rc;
        if (parser.isSet(exportPdf))
            if (const int rc = writePdf(parser, doc, path))
                return rc;
        if (parser.isSet(exportCharts))
            if (const int rc = writeCharts(parser, doc, path))
                return rc;
        return parser.isSet(json) ? printJson(doc) : 0;
    }

    QCommandLineOption json, maxSize, exportCharts, scale, width, svg, kinds, section, exportCsv, language, exportPdf, withCharts;
};

/** FILE, as --help describes it. */
QString reportFileDescription()
{
    return QCoreApplication::translate("cli", "A report: PDF, Word (.docx), a web page (.html), a page image read by OCR "
                                              "(.png, .jpg, .tif) or plain text (.txt, .md: UTF-8, UTF-16 or GB18030).");
}

/** The columns a string takes in a terminal: a Chinese character two. */
int columnsOf(const QString &s)
{
    int n = 0;
    for (const QChar c : s)
        n += c.unicode() >= 0x1100 ? 2 : 1;
    return n;
}

/** One option as --help lists it: its names and value, then its description wrapped at 80 columns. */
QString helpLine(const QCommandLineOption &option)
{
    QStringList names;
    for (const QString &name : option.names())
        names << (name.size() == 1 ? QStringLiteral("-") : QStringLiteral("--")) + name;
    QString head = QStringLiteral("  ") + names.join(QStringLiteral(", "));
    if (!option.valueName().isEmpty())
        head += QStringLiteral(" <") + option.valueName() + QLatin1Char('>');
    constexpr int kIndent = 26, kWidth = 80;
    QString out = head;
    int column = columnsOf(head);
    if (column >= kIndent - 1) {
        out += QLatin1Char('\n');
        column = 0;
    }
    out += QString(kIndent - column, QLatin1Char(' '));
    column = kIndent;
    // Words wrap at spaces; Chinese wraps between any two characters.
    const QString text = option.description();
    QString word;
    bool space = false; // a space before the next word, unless the line breaks there
    auto flush = [&] {
        if (word.isEmpty())
            return;
        const int w = columnsOf(word) + (space ? 1 : 0);
        if (column + w > kWidth && column > kIndent) {
            out += QLatin1Char('\n') + QString(kIndent, QLatin1Char(' '));
            column = kIndent;
        } else if (space) {
            out += QLatin1Char(' ');
            ++column;
        }
        out += word;
        column += columnsOf(word);
        word.clear();
        space = false;
    };
    static const QString closing = QStringLiteral("\u3002\uFF0C\u3001\uFF1B\uFF1A\uFF09\uFF01\uFF1F");
    for (const QChar c : text) {
        if (closing.contains(c) && word.isEmpty() && !space) { // never at the head of a line
            out += c;
            column += 2;
        } else if (c == QLatin1Char(' ')) {
            flush();
            space = true;
        } else {
            word += c;
            // Chinese wraps after any character, but never after an opening bracket
            if (c.unicode() >= 0x1100 && !QStringLiteral("\uFF08\u300C\u300E\u201C").contains(c))
                flush();
        }
    }
    flush();
    return out + QLatin1Char('\n');
}

/** --help: the options grouped as the README groups them (reading, export, library, screenshots). */
QString groupedHelp(const QCommandLineParser &parser, const QList<QPair<QString, QList<QCommandLineOption>>> &groups)
{
    QString out = parser.helpText().section(QStringLiteral("\n\n"), 0, 0) + QStringLiteral("\n\n"); // usage and description
    for (const auto &[title, options] : groups) {
        out += QCoreApplication::translate("cli", "%1:").arg(title) + QLatin1Char('\n');
        for (const QCommandLineOption &option : options)
            out += helpLine(option);
        out += QLatin1Char('\n');
    }
    out += QCoreApplication::translate("cli", "Arguments:") + QLatin1Char('\n')
           + helpLine(QCommandLineOption(QStringLiteral("FILE"), reportFileDescription())).replace(QStringLiteral("--FILE"), QStringLiteral("FILE  "));
    return out;
}

/** --help, --version, or a parse error: the status to exit with; -1 to go on. */
int answerParser(QCommandLineParser &parser, const QList<QPair<QString, QList<QCommandLineOption>>> &groups)
{
    if (!parser.parse(QCoreApplication::arguments())) {
        fail(parser.errorText());
        return 2;
    }
    if (parser.isSet(QStringLiteral("help")) || parser.isSet(QStringLiteral("help-all"))) {
        const QByteArray help = (parser.isSet(QStringLiteral("help-all")) ? parser.helpText() : groupedHelp(parser, groups)).toUtf8();
        std::fwrite(help.constData(), 1, static_cast<std::size_t>(help.size()), stdout);
        return 0;
    }
    if (parser.isSet(QStringLiteral("version"))) {
        std::printf("reportlens %s\n", REPORTLENS_VERSION);
        return 0;
    }
    return -1;
}

/** The report at `path` (the embedded one when empty), or null after saying why it cannot be read. */
DocumentPtr loadOrFail(const QString &path, const reportcore::DecodeOptions &decodeOptions)
{
    // A long read (a scan read by OCR, page by page) says how far it is, on a terminal only.
    std::function<bool(int)> progress;
    if (isatty(fileno(stderr)))
        progress = [shown = -1](int permille) mutable {
            if (permille / 10 != shown) {
                shown = permille / 10;
                std::fprintf(stderr, "\r%s %d %%", qPrintable(QCoreApplication::translate("cli", "reading…")), shown);
            }
            return true;
        };
    const LoadResult result = DocumentSession::load(path, decodeOptions.maxBytes, progress);
    if (progress)
        std::fputs("\r\033[K", stderr);
    if (result.document)
        return result.document;
    reportcore::SourceText info;
    info.error = result.error;
    info.bytes = result.bytes;
    info.detail = result.detail.toStdString();
    reportcore::ReadOptions readOptions;
    readOptions.decode = decodeOptions;
    fail((path.isEmpty() ? QCoreApplication::translate("cli", "(embedded report)") : path) + QStringLiteral(": ")
         + readFailure(info, readOptions));
    return nullptr;
}

} // namespace

int run(int argc, char **argv)
{
    // One large document, built once: keep freed memory for reuse instead of returning it to the
    // system and faulting it in again (page faults were a third of the time of --json on 10 MB).
    mallopt(M_MMAP_THRESHOLD, 32 << 20);
    mallopt(M_TRIM_THRESHOLD, 256 << 20);
    // Charts are drawn by Qt Charts, which needs a QApplication; without a display it draws offscreen.
    qInstallMessageHandler(quietSessionWarnings);
    const std::unique_ptr<QCoreApplication> app = makeApplication(argc, argv);
    // Messages and --help in the user's language, chosen by --language or the locale, before the
    // options' descriptions are written (machine-readable outputs stay the same in any language).
    bool languageGiven = false;
    const QString languageCode = languageArgument(argc, argv, languageGiven);
    Language::apply(languageCode);

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "cli", "ReportLens: read Chinese work reports together with their statistics.\n"
               "Without options, opens FILE (or the embedded sample report) in a window."));
    parser.addHelpOption();
    parser.addVersionOption();
    const DocumentCommands commands;
    commands.addTo(parser);
    const LibraryCommands libraryCommands;
    libraryCommands.addTo(parser);
    const ScreenshotOptions screenshots; // acted on by the window (main.cpp); listed here
    parser.addOptions(screenshots.all());
    parser.addPositionalArgument(QStringLiteral("FILE"), reportFileDescription(), QStringLiteral("[FILE]"));
    const QList<QPair<QString, QList<QCommandLineOption>>> groups = {
        {QCoreApplication::translate("cli", "General"),
         {QCommandLineOption({QStringLiteral("h"), QStringLiteral("help")}, QCoreApplication::translate("cli", "Show this help and exit.")),
          QCommandLineOption({QStringLiteral("v"), QStringLiteral("version")}, QCoreApplication::translate("cli", "Show the version and exit.")),
          commands.language}},
        {QCoreApplication::translate("cli", "Reading"), {commands.json, commands.maxSize}},
        {QCoreApplication::translate("cli", "Export"),
         {commands.exportCharts, commands.scale, commands.width, commands.svg, commands.kinds, commands.section, commands.exportCsv,
          commands.exportPdf, commands.withCharts}},
        {QCoreApplication::translate("cli", "Library"), libraryCommands.options()},
        {QCoreApplication::translate("cli", "Screenshots"), screenshots.all()}};
    if (const int rc = answerParser(parser, groups); rc >= 0)
        return rc;

    // Chart titles, plurals and number formats follow the language (the JSON is the same in any).
    Language::apply(parser.value(commands.language));
    reportcore::DecodeOptions decodeOptions;
    if (parser.isSet(commands.maxSize)) {
        bool ok = false;
        const qulonglong bytes = parser.value(commands.maxSize).toULongLong(&ok);
        if (!ok || bytes == 0) {
            fail(QCoreApplication::translate("cli", "--max-size takes a positive number of bytes"));
            return 2;
        }
        decodeOptions.maxBytes = bytes;
    }
    if (libraryCommands.wanted(parser))
        return libraryCommands.run(parser, parser.isSet(commands.json), decodeOptions.maxBytes);
    const QStringList files = parser.positionalArguments();
    if (files.size() > 1) {
        fail(QCoreApplication::translate("cli", "one FILE at most"));
        return 2;
    }
    const QString path = files.isEmpty() ? QString() : files.front();
    const DocumentPtr doc = loadOrFail(path, decodeOptions);
    if (!doc)
        return 2;
    return commands.run(parser, *doc, path, languageCode, languageGiven);
}

QString readFailure(const reportcore::SourceText &source, const reportcore::ReadOptions &options)
{
    if (Language::current() != QStringLiteral("zh_CN"))
        return QString::fromStdString(reportcore::readErrorMessage(source, options));
    if (source.error == reportcore::DecodeError::TooLarge && !source.detail.empty() && source.bytes <= options.decode.maxBytes)
        return Texts::unpackedTooLarge(options.decode.maxBytes); // a zip bomb: over the limit once unpacked
    return Texts::decodeError(source.error, source.bytes, options.decode.maxBytes);
}

} // namespace cli
