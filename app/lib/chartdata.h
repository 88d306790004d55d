#pragma once

#include "documentsession.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

/** One bar of a chart. */
struct ChartBar {
    QString label;          ///< the category (plain text: the chart escapes it)
    double value = 0;
    bool lowerBound = false;///< a hedged figure (超, 余, 以上…): drawn lighter and hatched, "6万+"
    bool derived = false;   ///< computed, not stated (drawn hatched)
    int indicator = -1;     ///< the indicator the bar shows, -1 for a derived or summed bar
    QString note;           ///< shown beside the value ("+64.57万 increase")
};

/** What a chart shows, computed from the document alone (never from constants): the chart widgets
 *  and the exporter draw it; tests check it against the core. */
struct ChartSpec {
    enum Kind { Growth, Members, BySection, UnitFigures };
    Kind kind = Growth;
    QString id;             ///< stable, for file names ("growth-1", "members", …)
    QString title;
    QString source;         ///< "Source: <report title>, line N"
    QString unit;           ///< the value axis's unit ("人", "元"); "" for counts of figures
    reportcore::Category category = reportcore::Category::Count; ///< the colour of the bars
    QList<ChartBar> bars;
    /** BySection only: one stack per category, `stackValues[c][bar]`. */
    QStringList stackNames;
    QList<QList<double>> stackValues;
    QString annotation;     ///< a line under the title (the share of a growth chart)
};

/** Builds the charts of a report for the sections `accepts` lets through. */
namespace ChartData {

QList<ChartSpec> build(const reportcore::Document &doc, const std::function<bool(int section)> &accepts);

/** A figure's value as a chart label: compact, in the UI language ("146.57万", "1.47M"), with "+"
 *  for a lower bound ("6万+"). */
QString valueLabel(double value, bool lowerBound);

/** A file name for a chart: its id and a short form of its title, safe on every file system. */
QString fileName(const ChartSpec &chart);

} // namespace ChartData
