#pragma once
// A chart folder people can browse: index.html beside the images and charts.json, every chart with
// its picture, title, kind, section and source lines, in the report's order; and the subsets a folder
// can be asked for (some kinds, one section).

#include "chartdata.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace ChartIndex {

/** Fills each chart's section (the titles of the sections its figures stand in) and first line. */
void locate(const reportcore::Document &doc, QList<ChartSpec> &charts);

/** The kinds a folder may be limited to ("before-now", "rates", …: ChartSpec::kindName()). */
QStringList kindNames();

/** The kind in the reader's language ("growth rates", "增长率"). */
QString kindTitle(ChartSpec::Kind kind);

/** The charts of `charts` whose kind is among `kinds` (all when `kinds` is empty). */
QList<ChartSpec> ofKinds(const QList<ChartSpec> &charts, const QStringList &kinds);

/** True when section `section` of `doc` is `ancestor` or lies within it. */
bool within(const reportcore::Document &doc, int section, int ancestor);

/** The index page: `title` (the report's), then every chart in the report's order (by first line; a
 *  chart of the whole report last), its picture `files[k]` (and its SVG drawing `svgs[k]` when not
 *  empty) linked, its title, kind, section and source. Every text escaped; links relative. */
QByteArray html(const QList<ChartSpec> &charts, const QStringList &files, const QStringList &svgs, const QString &title);

} // namespace ChartIndex
