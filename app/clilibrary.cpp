#include "clilibrary.h"

#include "cli.h"

#include "libraryjson.h"
#include "librarylocation.h"
#include "numberformat.h"

#include <reportcore/compare.h>
#include <reportcore/library.h>
#include <reportcore/parse.h>
#include <reportcore/read.h>

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonDocument>

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <limits>

namespace cli {
namespace {

void print(const QString &text)
{
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, static_cast<std::size_t>(bytes.size()), stdout);
}

void printJson(const QJsonObject &object) { print(QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented))); }

QString libraryPath(const QCommandLineParser &parser, const QCommandLineOption &library)
{
    return parser.isSet(library) ? parser.value(library) : LibraryLocation::defaultPath();
}

/** A whole number from `min` to `max`, or nothing. */
std::optional<int> wholeNumber(const QString &text, int min, int max)
{
    bool ok = false;
    const int n = text.toInt(&ok);
    return ok && n >= min && n <= max ? std::optional<int>(n) : std::nullopt;
}

constexpr const char *kKinds[] = {"work-report", "statistical-communique", "union-report", "news", "other"};

/** A change as a reader writes it: with its sign and the magnitude words of the language (+5万亿, +0.3). */
QString signedNumber(double v)
{
    return (v > 0 ? QStringLiteral("+") : QString()) + NumberFormat::magnitude(v);
}

} // namespace

LibraryCommands::LibraryCommands()
    : m_compare(QStringLiteral("compare"), QCoreApplication::translate("cli", "Compare two reports of one series: pass OLD and NEW as files; prints the "
                                              "figures both state, paired, with the change (with --json, as JSON).")),
      m_library(QStringLiteral("library"), QCoreApplication::translate("cli", "The library of reports to use: an SQLite file DB (default: the user's library)."),
                QStringLiteral("DB")),
      m_add(QStringLiteral("add"), QCoreApplication::translate("cli", "Add the FILEs (and the reports in FOLDERs) to the library; a file added again is read again only when it changed.")),
      m_list(QStringLiteral("list"), QCoreApplication::translate("cli", "List the reports in the library.")),
      m_search(QStringLiteral("search"), QCoreApplication::translate("cli", "Search the library's text for QUERY (words separated by spaces; Traditional or Simplified)."),
               QStringLiteral("QUERY")),
      m_series(QStringLiteral("series"), QCoreApplication::translate("cli", "Follow the figure named LABEL across the library's reports, by year."),
               QStringLiteral("LABEL")),
      m_limit(QStringLiteral("limit"), QCoreApplication::translate("cli", "With --search: at most N hits (default 50, at most 1000)."),
              QStringLiteral("N")),
      m_offset(QStringLiteral("offset"), QCoreApplication::translate("cli", "With --search: skip the first N hits (the next page)."),
               QStringLiteral("N")),
      m_year(QStringLiteral("year"), QCoreApplication::translate("cli", "With --list or --search: only the reports of YEAR."),
             QStringLiteral("YEAR")),
      m_kind(QStringLiteral("kind"), QCoreApplication::translate("cli", "With --list or --search: only the reports of KIND (work-report, "
                                                                         "statistical-communique, union-report, news, other)."),
             QStringLiteral("KIND")),
      m_issuer(QStringLiteral("issuer"), QCoreApplication::translate("cli", "With --list or --search: only the reports whose issuer holds WORDS."),
               QStringLiteral("WORDS"))
{
}

void LibraryCommands::addTo(QCommandLineParser &parser) const
{
    parser.addOptions({m_compare, m_library, m_add, m_list, m_search, m_series, m_limit, m_offset, m_year, m_kind, m_issuer});
}

bool LibraryCommands::isLibraryArgument(const char *a)
{
    for (const char *name : {"--compare", "--library", "--add", "--list", "--search", "--series", "--limit", "--offset", "--year",
                             "--kind", "--issuer"})
        if (!std::strcmp(a, name) || (std::strncmp(a, name, std::strlen(name)) == 0 && a[std::strlen(name)] == '='))
            return true;
    return false;
}

bool LibraryCommands::wanted(const QCommandLineParser &parser) const
{
    for (const QCommandLineOption *option : {&m_compare, &m_library, &m_add, &m_list, &m_search, &m_series, &m_limit, &m_offset,
                                             &m_year, &m_kind, &m_issuer})
        if (parser.isSet(*option))
            return true;
    return false;
}

QString LibraryCommands::misuse(const QCommandLineParser &parser) const
{
    const bool action = parser.isSet(m_add) || parser.isSet(m_list) || parser.isSet(m_search) || parser.isSet(m_series);
    if (parser.isSet(m_compare))
        return action || parser.isSet(m_library) ? QCoreApplication::translate("cli", "--compare takes two files and no library action")
                                                  : QString();
    if (!action)
        return QCoreApplication::translate("cli", "the library needs an action: --add, --list, --search or --series");
    if (!parser.positionalArguments().isEmpty() && !parser.isSet(m_add))
        return QCoreApplication::translate("cli", "files go with --add (or --compare): %1").arg(parser.positionalArguments().join(QLatin1Char(' ')));
    if ((parser.isSet(m_limit) || parser.isSet(m_offset)) && !parser.isSet(m_search))
        return QCoreApplication::translate("cli", "--limit and --offset go with --search");
    if ((parser.isSet(m_year) || parser.isSet(m_kind) || parser.isSet(m_issuer)) && !parser.isSet(m_list) && !parser.isSet(m_search))
        return QCoreApplication::translate("cli", "--year, --kind and --issuer go with --list or --search");
    if (parser.isSet(m_limit) && !wholeNumber(parser.value(m_limit), 1, 1000))
        return QCoreApplication::translate("cli", "--limit takes a number from 1 to 1000");
    if (parser.isSet(m_offset) && !wholeNumber(parser.value(m_offset), 0, std::numeric_limits<int>::max()))
        return QCoreApplication::translate("cli", "--offset takes a number of hits, 0 or more");
    return QString();
}

std::optional<reportcore::ReportFilter> LibraryCommands::filter(const QCommandLineParser &parser) const
{
    reportcore::ReportFilter filter;
    if (parser.isSet(m_year)) {
        filter.year = wholeNumber(parser.value(m_year), 1900, 2199);
        if (!filter.year) {
            fail(QCoreApplication::translate("cli", "--year takes a year (such as 2024)"));
            return std::nullopt;
        }
    }
    if (parser.isSet(m_kind)) {
        filter.kind = parser.value(m_kind).toStdString();
        if (std::find_if(std::begin(kKinds), std::end(kKinds), [&](const char *k) { return filter.kind == k; }) == std::end(kKinds)) {
            fail(QCoreApplication::translate("cli", "--kind takes one of: work-report, statistical-communique, union-report, news, other"));
            return std::nullopt;
        }
    }
    filter.issuer = parser.value(m_issuer).trimmed().toStdString();
    return filter;
}

int LibraryCommands::compare(const QCommandLineParser &parser, bool json, const reportcore::ReadOptions &readOptions) const
{
    const QStringList args = parser.positionalArguments();
    if (args.size() != 2) {
        fail(QCoreApplication::translate("cli", "--compare takes two reports: OLD NEW"));
        return 2;
    }
    reportcore::Document docs[2];
    for (int k = 0; k < 2; ++k) {
        reportcore::DecodeError error = reportcore::DecodeError::None;
        docs[k] = reportcore::parseFile(args[k].toStdString(), error, readOptions);
        if (error != reportcore::DecodeError::None) {
            reportcore::SourceText info;
            info.error = error;
            fail(args[k] + QStringLiteral(": ") + readFailure(info, readOptions));
            return 2;
        }
    }
    const std::vector<reportcore::CompareRow> rows = reportcore::compareFigures(docs[0].indicators, docs[1].indicators);
    const QString oldName = QFileInfo(args[0]).fileName(), newName = QFileInfo(args[1]).fileName();
    if (json) {
        printJson(LibraryJson::comparison(oldName, docs[0], newName, docs[1], rows));
        return 0;
    }
    print(QCoreApplication::translate("cli", "%1 → %2\n").arg(oldName, newName));
    for (const reportcore::CompareRow &row : rows) {
        const QString o = row.older ? QString::fromStdString(docs[0].indicators[*row.older].text) : QStringLiteral("—");
        const QString n = row.newer ? QString::fromStdString(docs[1].indicators[*row.newer].text) : QStringLiteral("—");
        QString change;
        if (row.change)
            change = QString::fromUtf8(row.changeQualifier == reportcore::Qualifier::Over    ? "≥ "
                                       : row.changeQualifier == reportcore::Qualifier::Under ? "≤ "
                                       : row.changeQualifier == reportcore::Qualifier::About ? "≈ "
                                                                                              : "")
                     + signedNumber(*row.change) + (row.points ? QCoreApplication::translate("cli", " points") : QString());
        print(QStringLiteral("%1\t%2\t%3\t%4\t%5\n")
                  .arg(QString::fromStdString(row.label),
                       row.role == reportcore::FigureRole::Target ? QCoreApplication::translate("cli", "target") : QCoreApplication::translate("cli", "result"), o, n, change));
    }
    return 0;
}

int LibraryCommands::add(reportcore::Library &library, const QStringList &args, bool json, const reportcore::ReadOptions &readOptions) const
{
    if (args.isEmpty()) {
        fail(QCoreApplication::translate("cli", "--add takes the files or folders to add"));
        return 2;
    }
    QStringList files;
    for (const QString &arg : args) {
        const QFileInfo info(arg);
        if (info.isDir())
            for (const std::string &f : reportcore::reportFilesIn(arg.toStdString()))
                files.append(QString::fromStdString(f));
        else
            files.append(arg);
    }
    int added = 0, unchanged = 0, updated = 0, failed = 0;
    for (const QString &file : files) {
        std::string message;
        switch (library.add(file.toStdString(), message, readOptions)) {
        case reportcore::AddResult::Added: ++added; break;
        case reportcore::AddResult::Unchanged: ++unchanged; break;
        case reportcore::AddResult::Updated: ++updated; break;
        case reportcore::AddResult::Failed:
            ++failed;
            fail(file + QStringLiteral(": ") + QString::fromStdString(message));
            continue;
        }
        if (!message.empty()) // added, but with something to know (a year that cannot be known)
            fail(file + QStringLiteral(": ") + QString::fromStdString(message));
    }
    if (!json)
        print(QCoreApplication::translate("cli", "%1 added, %2 read again, %3 unchanged, %4 failed\n").arg(added).arg(updated).arg(unchanged).arg(failed));
    return failed > 0 ? 1 : 0;
}

void LibraryCommands::list(const reportcore::Library &library, const reportcore::ReportFilter &filter, bool json) const
{
    const std::vector<reportcore::LibraryReport> reports = library.reports(filter);
    if (json) {
        QJsonArray list;
        for (const reportcore::LibraryReport &r : reports)
            list.append(LibraryJson::report(r));
        QJsonObject o;
        o.insert(QStringLiteral("library"), QString::fromStdString(library.path()));
        o.insert(QStringLiteral("reports"), list);
        printJson(o);
        return;
    }
    for (const reportcore::LibraryReport &r : reports)
        print(QStringLiteral("%1\t%2\t%3\t%4\t%5%6\n")
                  .arg(r.info.year ? QString::number(*r.info.year) : QStringLiteral("—"), QString::fromStdString(r.info.kind),
                       QString::fromStdString(r.info.title), QString::fromStdString(r.name))
                  .arg(r.figures)
                  .arg(r.missing ? QCoreApplication::translate("cli", "\t(missing)") : QString()));
}

int LibraryCommands::search(const reportcore::Library &library, const QCommandLineParser &parser,
                            const reportcore::ReportFilter &filter, bool json) const
{
    const int limit = parser.isSet(m_limit) ? *wholeNumber(parser.value(m_limit), 1, 1000) : 50;
    const int offset = parser.isSet(m_offset) ? *wholeNumber(parser.value(m_offset), 0, std::numeric_limits<int>::max()) : 0;
    const reportcore::SearchResults results = library.search(parser.value(m_search).toStdString(), limit, offset, filter);
    if (json) {
        printJson(LibraryJson::hits(results, offset, limit));
        return 0;
    }
    for (const reportcore::SearchHit &h : results.hits)
        print(QStringLiteral("%1:%2\t%3\t%4\n")
                  .arg(QString::fromStdString(h.report))
                  .arg(h.line)
                  .arg(QString::fromStdString(h.section), QString::fromStdString(h.snippet)));
    // How many there are in all, on standard error: standard output stays the hits alone.
    if (results.total > offset + static_cast<int>(results.hits.size()) || offset > 0) {
        const QByteArray line = QCoreApplication::translate("cli", "hits %1–%2 of %3\n")
                                    .arg(results.hits.empty() ? 0 : offset + 1)
                                    .arg(offset + static_cast<int>(results.hits.size()))
                                    .arg(results.total)
                                    .toUtf8();
        std::fwrite(line.constData(), 1, static_cast<std::size_t>(line.size()), stderr);
    }
    return 0;
}

void LibraryCommands::series(const reportcore::Library &library, const QString &label, bool json) const
{
    const std::vector<reportcore::LibraryFigure> points = library.series(label.toStdString());
    if (json) {
        printJson(LibraryJson::series(label, points));
        return;
    }
    for (const reportcore::LibraryFigure &f : points) {
        const std::optional<int> year = f.indicator.year ? f.indicator.year : f.reportYear;
        // A change is marked as one: a series holds levels, and changes only as changes.
        const QString role = f.role == reportcore::FigureRole::Target ? QCoreApplication::translate("cli", "target")
                                                                       : QCoreApplication::translate("cli", "result");
        print(QStringLiteral("%1\t%2\t%3\t%4:%5\t%6\n")
                  .arg(year ? QString::number(*year) : QStringLiteral("—"),
                       f.indicator.change == reportcore::Change::None ? role : QCoreApplication::translate("cli", "%1, change").arg(role),
                       QString::fromStdString(f.indicator.text), QString::fromStdString(f.report))
                  .arg(f.indicator.line)
                  .arg(QString::fromStdString(f.sentence)));
    }
}

int LibraryCommands::run(const QCommandLineParser &parser, bool json, std::uint64_t maxBytes) const
{
    reportcore::ReadOptions readOptions;
    readOptions.decode.maxBytes = maxBytes;
    if (const QString wrong = misuse(parser); !wrong.isEmpty()) {
        fail(wrong);
        return 2;
    }
    if (parser.isSet(m_compare))
        return compare(parser, json, readOptions);
    const std::optional<reportcore::ReportFilter> chosen = filter(parser);
    if (!chosen)
        return 2;
    const QString dbPath = libraryPath(parser, m_library);
    std::string error;
    const std::unique_ptr<reportcore::Library> library = reportcore::Library::open(dbPath.toStdString(), error);
    if (!library) {
        fail(dbPath + QStringLiteral(": ") + QString::fromStdString(error));
        return 2;
    }
    int status = 0;
    if (parser.isSet(m_add))
        status = add(*library, parser.positionalArguments(), json, readOptions);
    if (status == 2)
        return status;
    if (parser.isSet(m_list))
        list(*library, *chosen, json);
    if (parser.isSet(m_search))
        search(*library, parser, *chosen, json);
    if (parser.isSet(m_series))
        series(*library, parser.value(m_series), json);
    if (std::fflush(stdout) != 0) {
        fail(QCoreApplication::translate("cli", "could not write the output"));
        return 2;
    }
    return status;
}

} // namespace cli
