#pragma once

#include "documentsession.h"

#include <reportcore/compare.h>
#include <reportcore/library.h>

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

/** One bar of a chart (or one row of a targets chart). */
struct ChartBar {
    QString label;          ///< what is counted (plain text: the chart escapes it); unique in its chart
    double value = 0;       ///< the figure's value as stated (negative for a decrease in a rates chart)
    reportcore::Qualifier qualifier = reportcore::Qualifier::Exact; ///< the figure's hedge, marked on the bar
    bool derived = false;   ///< computed, not stated (drawn hatched grey, "computed" in its label)
    int indicator = -1;     ///< the indicator the bar shows (0-based), -1 for a computed bar
    QString formula;        ///< for a computed bar: how ("146.57万 − 64.57万")
    QString stated;         ///< the figure as written ("5%左右")
    QString unit;           ///< the figure's unit ("%", "人")
    QString note;           ///< shown beside the value
    bool target = false;    ///< a target or plan (a series draws it apart from results)
    bool uncertain = false; ///< read by OCR with little confidence: to be checked against the scan
};

/** What a chart shows, computed from the document alone (never from constants): the chart widgets
 *  and the exporter draw it; tests check it against the core. A chart compares only what can be
 *  compared: one measure, one unit, levels or changes but never both. */
struct ChartSpec {
    enum Kind {
        BeforeNow, ///< a total and its change stated together: the level before (computed) and now
        Rates,     ///< growth rates of named indicators, up and down from zero
        Levels,    ///< levels of one measure across parts or groups (one head, one unit)
        Shares,    ///< parts stated as shares of one whole
        Targets,   ///< the report's targets and plans, as stated (a list, not bars)
        Members,   ///< figures that count union members
        BySection, ///< how many figures each section states, by category
        Compare,   ///< two reports of one series: each figure both state, older beside newer
        Series,    ///< one measure across the library's reports, by year, targets apart from results
    };
    Kind kind = BeforeNow;
    QString id;             ///< stable, for file names ("before-now-1", "members", …)
    QString title;
    QString source;         ///< "Source: <report title>, line N"
    QString unit;           ///< the value axis's unit ("人", "元", "%"); "" for counts of figures
    reportcore::Category category = reportcore::Category::Count; ///< the colour of the bars
    QList<ChartBar> bars;
    /** BySection only: one stack per category, `stackValues[c][bar]`. */
    QStringList stackNames;
    QList<QList<double>> stackValues;
    QString annotation;     ///< lines under the title ('\n' between them)
    QString section;        ///< the sections its figures stand in ("" for the whole report)
    int firstLine = 0;      ///< the first line of its figures (0 when none: a chart of the whole report)

    /** "before-now", "rates", …: the kind in file names and in charts.json. */
    QString kindName() const;
    /** True when some bar is hedged or computed: the chart shows a legend of the marks. */
    bool hasMarks() const;
};

/** Builds the charts of a report for the sections `accepts` lets through. */
namespace ChartData {

QList<ChartSpec> build(const reportcore::Document &doc, const std::function<bool(int section)> &accepts);

/** Charts of a comparison: one per role and kind of unit (a chart never mixes targets with results,
 *  rates with amounts), each pair as two bars, the older report's year then the newer's. */
QList<ChartSpec> compare(const reportcore::Document &older, const reportcore::Document &newer,
                         const std::vector<reportcore::CompareRow> &rows);

/** Charts of a series: one per unit, a bar per figure by year, targets marked apart from results. */
QList<ChartSpec> series(const QString &label, const std::vector<reportcore::LibraryFigure> &points);

/** The mark of a hedge: "" as stated, ">" more than, "≈" about, "<" less than. */
QString qualifierMark(reportcore::Qualifier qualifier);

/** A bar's value as its label: compact, in the UI language ("146.57万", "1.47M"), with the mark
 *  of its hedge: ">6万" (more than stated: 超, 余, 以上), "≈200" (about), "<100" (less than). */
QString valueLabel(double value, reportcore::Qualifier qualifier);
/** The same for a bar: its value the way the report wrote it (NumberFormat::asWritten). */
QString valueLabel(const ChartBar &bar);

/** A file name for a chart: its id and a short form of its title, safe on every file system. */
QString fileName(const ChartSpec &chart);

/** charts.json: every chart with its file, kind, title, unit and bars (label, value, qualifier, the
 *  indicator's id in --json or null for a computed bar, derived) so a chart can be checked against
 *  the text. `files[i]` is the file written for `charts[i]`. */
QByteArray manifest(const QList<ChartSpec> &charts, const QStringList &files);

} // namespace ChartData
