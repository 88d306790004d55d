#pragma once
// The command line of the library and of comparisons: `--compare OLD NEW [--json]`,
// `--library DB --add FILE…`, `--list`, `--search QUERY`, `--series LABEL` (each with `--json`).

#include <QCommandLineOption>
#include <QCommandLineParser>

#include <cstdint>

namespace cli {

class LibraryCommands
{
public:
    LibraryCommands();
    void addTo(QCommandLineParser &parser) const;
    /** True when the arguments ask for one of these commands. */
    bool wanted(const QCommandLineParser &parser) const;
    /** Runs it; the process exit status (0 ok, 2 bad input or usage, 1 when some files failed). */
    int run(const QCommandLineParser &parser, bool json, std::uint64_t maxBytes) const;
    /** The option names, for telling a headless run before Qt parses the arguments. */
    static bool isLibraryArgument(const char *argument);

private:
    QCommandLineOption m_compare, m_library, m_add, m_list, m_search, m_series;
};

} // namespace cli
