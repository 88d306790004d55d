#pragma once
// The command line: everything a window shows, scriptable without a display.

#include <QStringList>

#include <reportcore/read.h>

#include <QCommandLineOption>
#include <QList>

namespace cli {

/** The options of a scripted window (screenshots for the README and the tests), shared by main.cpp,
 *  which acts on them, and --help, which lists them. */
struct ScreenshotOptions {
    ScreenshotOptions();
    QCommandLineOption screenshot, size, tab, figure, window, libraryFile, windowArgument, firstPaint;
    QList<QCommandLineOption> all() const
    {
        return {screenshot, size, tab, figure, window, libraryFile, windowArgument, firstPaint};
    }
};

/** True when the arguments ask for a run without a window (--json, --help, --version). */
bool isHeadless(int argc, char **argv);

/** Runs a headless command; returns the process exit status (0 ok, 2 bad input or usage). */
int run(int argc, char **argv);

/** One line on standard error: "reportlens: <message>", in the command line's language. */
void fail(const QString &message);

/** Why a report cannot be read, in the language of the command line: Chinese under a Chinese
 *  language (`--language zh_CN` or the locale), else the core's English words (stable for scripts). */
QString readFailure(const struct reportcore::SourceText &source, const struct reportcore::ReadOptions &options);

} // namespace cli
