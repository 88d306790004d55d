#pragma once
// Charts on paper: drawn into the printer's painter (vectors and text in a PDF, not pictures), as
// wide as the text, as tall as their bars need, one below the other on pages after the report's text.

#include "chartdata.h"

#include <QList>
#include <QRectF>
#include <QSizeF>

class QPainter;

namespace PrintCharts {

/** The width charts are laid out at (96-dpi pixels): printed across the text's width, their smallest
 *  text (the source line) comes out above 8 pt. */
constexpr double kLogicalWidth = 600;

/** Where a chart is printed: its page (0 = the first page of charts), its place on the page's body
 *  (device units), and the size it is laid out at. */
struct Placement {
    int page = 0;
    QRectF rect;
    QSizeF logical;
};

/** The size `spec` is laid out at: kLogicalWidth wide, tall enough for its bars (or rows), at most
 *  `maxHeight`. */
QSizeF logicalSize(const ChartSpec &spec, double maxHeight);

/** Places `charts` one below the other on pages whose body is `body` (device units, `dpi` dots per
 *  inch), a new page when the next does not fit. */
QList<Placement> layout(const QList<ChartSpec> &charts, const QSizeF &body, double dpi);

/** The number of pages `placements` take. */
int pageCount(const QList<Placement> &placements);

/** Draws `spec` where `placement` says, `top` being where the page's body starts. */
void paint(QPainter *painter, const ChartSpec &spec, const Placement &placement, double top);

} // namespace PrintCharts
