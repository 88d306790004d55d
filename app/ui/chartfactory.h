#pragma once

#include "chartdata.h"

#include <QChart>
#include <QObject>

class QBarSet;
class QGraphicsSimpleTextItem;

/** A QChart drawing one ChartSpec: horizontal bars (long Chinese labels read best that way), value
 *  axis through zero (a decrease goes left) with nice ticks labelled in the UI language (万/亿, K/M),
 *  value labels on the bars, each hedge its own hatching and sign (">" more than, "≈" about, "<"
 *  less than) with a legend saying so, computed bars grey, a colour-blind-safe palette, a title and a
 *  source line. A targets chart is a list (what, as stated, how it reads), not bars.
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

    /** The tooltip of a bar: what it counts, the figure as stated and its hedge, or the formula. */
    QString barTooltip(const ChartBar &bar) const;
    /** The mark of a bar: 0 as stated, 1 more than, 2 about, 3 less than, 4 computed. */
    static int markOf(const ChartBar &bar);
    /** What a bar's mark means, in words. */
    static QString meaning(const ChartBar &bar);
    /** The texts of a targets chart, row by row (for tests). */
    QList<QStringList> rows() const;

signals:
    void indicatorClicked(int indicator);
    /** The pointer is over a bar (its tooltip) or has left it (""). */
    void barHovered(const QString &tooltip);

private:
    void placeLabels();
    /** The category labels, wrapped to `lines` lines each, bottom bar first. */
    QStringList categories(int lines) const;
    /** Wraps (or, short of room, shrinks) the category labels to the room each bar has. */
    void fitCategories();
    void placeRows();
    void addSourceLine(bool dark);
    void buildTargetRows(bool dark);
    /** Bars are drawn first on top: axis category `index` shows bar `count - 1 - index` (and back). */
    int barAt(int index) const { return static_cast<int>(m_spec.bars.size()) - 1 - index; }

    ChartSpec m_spec;
    QList<QBarSet *> m_sets;
    QList<QGraphicsSimpleTextItem *> m_labels;
    QList<class QGraphicsRectItem *> m_plates; ///< behind a label inside a hatched bar
    QGraphicsSimpleTextItem *m_source = nullptr;
    QList<QList<QGraphicsSimpleTextItem *>> m_rows; ///< targets: header, then one row per target
    class QGraphicsLineItem *m_rule = nullptr;
    QColor m_labelColor;
    class QAbstractBarSeries *m_series = nullptr;
    class QBarCategoryAxis *m_categoryAxis = nullptr;
    int m_lines = 3;          ///< lines of a category label
    double m_labelPoints = 0; ///< the category labels' size as the theme set it
};

/** Wraps a label for a category axis: escaped, with line breaks every `width` characters. */
QString wrappedLabel(const QString &text, int width = 9, int maxLines = 3);
