#include "clilibrary.h"

#include "cli.h"

#include "libraryjson.h"
#include "numberformat.h"

#include <reportcore/compare.h>
#include <reportcore/library.h>
#include <reportcore/parse.h>
#include <reportcore/read.h>

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QStandardPaths>

#include <cstdio>
#include <cstring>

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
    if (parser.isSet(library))
        return parser.value(library);
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QDir().mkpath(dir);
    return dir + QStringLiteral("/library.sqlite");
}

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
               QStringLiteral("LABEL"))
{
}

void LibraryCommands::addTo(QCommandLineParser &parser) const
{
    parser.addOptions({m_compare, m_library, m_add, m_list, m_search, m_series});
}

bool LibraryCommands::isLibraryArgument(const char *a)
{
    for (const char *name : {"--compare", "--library", "--add", "--list", "--search", "--series"})
        if (!std::strcmp(a, name) || (std::strncmp(a, name, std::strlen(name)) == 0 && a[std::strlen(name)] == '='))
            return true;
    return false;
}

bool LibraryCommands::wanted(const QCommandLineParser &parser) const
{
    return parser.isSet(m_compare) || parser.isSet(m_library) || parser.isSet(m_add) || parser.isSet(m_list)
           || parser.isSet(m_search) || parser.isSet(m_series);
}

int LibraryCommands::run(const QCommandLineParser &parser, bool json, std::uint64_t maxBytes) const
{
    reportcore::ReadOptions readOptions;
    readOptions.decode.maxBytes = maxBytes;
    const QStringList args = parser.positionalArguments();

    if (parser.isSet(m_compare)) {
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

    const QString dbPath = libraryPath(parser, m_library);
    std::string error;
    const std::unique_ptr<reportcore::Library> library = reportcore::Library::open(dbPath.toStdString(), error);
    if (!library) {
        fail(dbPath + QStringLiteral(": ") + QString::fromStdString(error));
        return 2;
    }
    int status = 0;
    if (parser.isSet(m_add)) {
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
            const reportcore::AddResult result = library->add(file.toStdString(), message, readOptions);
            switch (result) {
            case reportcore::AddResult::Added: ++added; break;
            case reportcore::AddResult::Unchanged: ++unchanged; break;
            case reportcore::AddResult::Updated: ++updated; break;
            case reportcore::AddResult::Failed:
                ++failed;
                fail(file + QStringLiteral(": ") + QString::fromStdString(message));
                break;
            }
        }
        if (!json)
            print(QCoreApplication::translate("cli", "%1 added, %2 read again, %3 unchanged, %4 failed\n").arg(added).arg(updated).arg(unchanged).arg(failed));
        status = failed > 0 ? 1 : 0;
    }
    if (parser.isSet(m_list)) {
        const std::vector<reportcore::LibraryReport> reports = library->reports();
        if (json) {
            QJsonArray list;
            for (const reportcore::LibraryReport &r : reports)
                list.append(LibraryJson::report(r));
            QJsonObject o;
            o.insert(QStringLiteral("library"), dbPath);
            o.insert(QStringLiteral("reports"), list);
            printJson(o);
        } else {
            for (const reportcore::LibraryReport &r : reports)
                print(QStringLiteral("%1\t%2\t%3\t%4\t%5%6\n")
                          .arg(r.info.year ? QString::number(*r.info.year) : QStringLiteral("—"), QString::fromStdString(r.info.kind),
                               QString::fromStdString(r.info.title), QString::fromStdString(r.name))
                          .arg(r.figures)
                          .arg(r.missing ? QCoreApplication::translate("cli", "\t(missing)") : QString()));
        }
    }
    if (parser.isSet(m_search)) {
        const std::vector<reportcore::SearchHit> hits = library->search(parser.value(m_search).toStdString());
        if (json) {
            printJson(LibraryJson::hits(hits));
        } else {
            for (const reportcore::SearchHit &h : hits)
                print(QStringLiteral("%1:%2\t%3\t%4\n")
                          .arg(QString::fromStdString(h.report))
                          .arg(h.line)
                          .arg(QString::fromStdString(h.section), QString::fromStdString(h.snippet)));
        }
    }
    if (parser.isSet(m_series)) {
        const QString label = parser.value(m_series);
        const std::vector<reportcore::LibraryFigure> points = library->series(label.toStdString());
        if (json) {
            printJson(LibraryJson::series(label, points));
        } else {
            for (const reportcore::LibraryFigure &f : points) {
                const std::optional<int> year = f.indicator.year ? f.indicator.year : f.reportYear;
                print(QStringLiteral("%1\t%2\t%3\t%4:%5\t%6\n")
                          .arg(year ? QString::number(*year) : QStringLiteral("—"),
                               f.role == reportcore::FigureRole::Target ? QCoreApplication::translate("cli", "target") : QCoreApplication::translate("cli", "result"),
                               QString::fromStdString(f.indicator.text), QString::fromStdString(f.report))
                          .arg(f.indicator.line)
                          .arg(QString::fromStdString(f.sentence)));
            }
        }
    }
    if (std::fflush(stdout) != 0) {
        fail(QCoreApplication::translate("cli", "could not write the output"));
        return 2;
    }
    return status;
}

} // namespace cli
