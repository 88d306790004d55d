#pragma once
// The command line: everything a window shows, scriptable without a display.

#include <QStringList>

namespace cli {

/** True when the arguments ask for a run without a window (--json, --help, --version). */
bool isHeadless(int argc, char **argv);

/** Runs a headless command; returns the process exit status (0 ok, 2 bad input or usage). */
int run(int argc, char **argv);

} // namespace cli
