#pragma once
// The bars of the charts: one per figure, labelled in the report's words, told apart when two share
// a label, split into parts when too many for one chart, with the lines they come from.

#include "chartdata.h"

#include <reportcore/document.h>

#include <QList>
#include <QString>

#include <string>
#include <utility>

namespace ChartBars {

QString q(const std::string &s);
const reportcore::Indicator *indicatorById(const reportcore::Document &doc, int id);
/** "Source: <report>, page P, line N" (or without page or line). */
QString sourceLine(const reportcore::Document &doc, int line, int page = 0);
/** The source of a chart whose bars come from several places: the first and the last line. */
QString sourceOf(const reportcore::Document &doc, const QList<ChartBar> &bars);
/** True for a figure in a table's cell. */
bool inTable(const reportcore::Document &doc, const reportcore::Indicator &i);
/** The bar of a figure: its value, hedge, text and unit as stated. */
ChartBar barFor(const reportcore::Indicator &i, const QString &label);
/** The bar of a rate: as barFor, drawn below zero for a decrease. */
ChartBar rateBar(const reportcore::Indicator &i, const QString &label);
/** A table cell's row (its label) and column header. */
std::pair<QString, QString> cellLabel(const reportcore::Indicator &i);
/** No two bars share a label: a figure restated is shown once; others are told apart by the verb,
 *  the year, the words before them, the line. */
void makeLabelsUnique(const reportcore::Document &doc, QList<ChartBar> &bars);
/** Adds `spec` with `bars`, in parts of even size of at most `perChart` ("(1/3)" in the title). */
void addInParts(QList<ChartSpec> &charts, const ChartSpec &spec, const QList<ChartBar> &bars, int perChart);

} // namespace ChartBars
