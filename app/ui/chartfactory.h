#pragma once

#include "chartdata.h"

#include <QChart>
#include <QObject>

class QBarSet;
class QGraphicsSimpleTextItem;

/** A QChart drawing one ChartSpec: horizontal bars (long Chinese labels read best that way), value
 *  axis from zero with nice ticks labelled in the UI language (万/亿, K/M), value labels on the bars,
 *  hedged figures hatched and marked "+", a colour-blind-safe palette, a title and a source line.
 *  Report text in titles and labels is escaped: Qt Charts renders them as HTML. */
class ReportChart : public QChart
{
    Q_OBJECT
public:
    explicit ReportChart(const ChartSpec &spec, bool dark = false, QGraphicsItem *parent = nullptr);

    const ChartSpec &spec() const { return m_spec; }
    /** Marks the bar showing `indicator` (none when it has no bar); returns whether it has one. */
    bool highlightIndicator(int indicator);
    /** The bar label texts as drawn (for tests). */
    QStringList valueLabels() const;

signals:
    void indicatorClicked(int indicator);

private:
    void placeLabels();
    /** Bars are drawn first on top: axis category `index` shows bar `count - 1 - index` (and back). */
    int barAt(int index) const { return static_cast<int>(m_spec.bars.size()) - 1 - index; }

    ChartSpec m_spec;
    QList<QBarSet *> m_sets;
    QList<QGraphicsSimpleTextItem *> m_labels;
    QGraphicsSimpleTextItem *m_source = nullptr;
    QColor m_labelColor;
    class QAbstractBarSeries *m_series = nullptr;
};

/** Wraps a label for a category axis: escaped, with line breaks every `width` characters. */
QString wrappedLabel(const QString &text, int width = 9, int maxLines = 3);
