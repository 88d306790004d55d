#pragma once
// The library's and the comparison's results as JSON, for the command line (`--compare`, `--library`)
// and for anyone scripting what the window shows. Keys as documented in the README.

#include <reportcore/compare.h>
#include <reportcore/document.h>
#include <reportcore/library.h>

#include <QJsonArray>
#include <QJsonObject>
#include <QString>

namespace LibraryJson {

/** A figure as `--json` writes it: id, text, value, value_max, unit, qualifier, category, change,
 *  label, year, target, line, column, page. */
QJsonObject indicator(const reportcore::Indicator &indicator);

/** A report: file, title, issuer, year, kind, figures. */
QJsonObject report(const QString &file, const reportcore::ReportInfo &info, int figures);
QJsonObject report(const reportcore::LibraryReport &report);

/** `{"old": …, "new": …, "rows": [{"label", "role", "old", "new", "change", "relative", "change_unit", "similarity"}]}`. */
QJsonObject comparison(const QString &oldFile, const reportcore::Document &older, const QString &newFile,
                       const reportcore::Document &newer, const std::vector<reportcore::CompareRow> &rows);

/** `{"total", "offset", "limit", "hits": [{"report", "path", "title", "year", "section", "line", "page",
 *  "snippet"}]}`: one page of hits and how many there are in all. */
QJsonObject hits(const reportcore::SearchResults &results, int offset, int limit);

/** `{"label": …, "points": [{"year", "kind", "value", "unit", "qualifier", "text", "label", "report", "line", "page", "sentence"}]}`. */
QJsonObject series(const QString &label, const std::vector<reportcore::LibraryFigure> &points);

} // namespace LibraryJson
