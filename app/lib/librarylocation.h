#pragma once
// Where the user's library of reports lives: one place for the window and the command line.

#include <QString>

namespace LibraryLocation {

/** The user's library: `<GenericDataLocation>/ReportLens/library.sqlite`, its folder created. Whatever
 *  the program's name (the window and the command line name themselves differently), the same file;
 *  a library left at an earlier release's place (the window's, the command line's) is moved here the
 *  first time, when none is here yet. */
QString defaultPath();

} // namespace LibraryLocation
