#pragma once
// The command line of the library and of comparisons: `--compare OLD NEW [--json]`,
// `--library DB --add FILE…`, `--list`, `--search QUERY [--limit N] [--offset N]`, `--series LABEL` (each
// with `--json`); `--year`, `--kind`, `--issuer` choose the reports a listing or a search covers.

#include <QCommandLineOption>
#include <QCommandLineParser>

#include <reportcore/library.h>

#include <cstdint>
#include <optional>

namespace cli {

class LibraryCommands
{
public:
    LibraryCommands();
    void addTo(QCommandLineParser &parser) const;
    /** Its options, in the order --help lists them. */
    QList<QCommandLineOption> options() const
    {
        return {m_library, m_add, m_list, m_search, m_series, m_limit, m_offset, m_year, m_kind, m_issuer, m_compare};
    }
    /** True when the arguments ask for one of these commands. */
    bool wanted(const QCommandLineParser &parser) const;
    /** Runs it; the process exit status (0 ok, 2 bad input or usage, 1 when some files failed). */
    int run(const QCommandLineParser &parser, bool json, std::uint64_t maxBytes) const;
    /** The option names, for telling a headless run before Qt parses the arguments. */
    static bool isLibraryArgument(const char *argument);

private:
    /** What is wrong with the options given together, or "" when nothing. */
    QString misuse(const QCommandLineParser &parser) const;
    /** The reports chosen by --year, --kind and --issuer; nothing (after saying why) when one is wrong. */
    std::optional<reportcore::ReportFilter> filter(const QCommandLineParser &parser) const;
    int compare(const QCommandLineParser &parser, bool json, const reportcore::ReadOptions &readOptions) const;
    int add(reportcore::Library &library, const QStringList &args, bool json, const reportcore::ReadOptions &readOptions) const;
    void list(const reportcore::Library &library, const reportcore::ReportFilter &filter, bool json) const;
    int search(const reportcore::Library &library, const QCommandLineParser &parser, const reportcore::ReportFilter &filter,
               bool json) const;
    void series(const reportcore::Library &library, const QString &label, bool json) const;

    QCommandLineOption m_compare, m_library, m_add, m_list, m_search, m_series, m_limit, m_offset, m_year, m_kind, m_issuer;
};

} // namespace cli
