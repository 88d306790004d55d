#include "printcharts.h"

#include "chartexport.h"
#include "chartfactory.h"

#include <QPainter>

#include <algorithm>

namespace PrintCharts {

QSizeF logicalSize(const ChartSpec &spec, double maxHeight)
{
    const int bars = static_cast<int>(spec.bars.size());
    double height = 0;
    if (spec.kind == ChartSpec::Targets) {
        height = 120 + 20.0 * (bars + 1);
    } else {
        // The room a bar's label takes: fewer lines as there are more bars (ReportChart wraps so).
        const double perBar = bars > 12 ? 20 : bars > 6 ? 26 : 34;
        height = 130 + perBar * std::max(1, bars) + (spec.hasMarks() ? 30 : 0)
                 + (spec.kind == ChartSpec::BySection ? 40 : 0) + 14 * spec.annotation.count(QLatin1Char('\n'));
    }
    return QSizeF(kLogicalWidth, std::clamp(height, 220.0, std::max(220.0, maxHeight)));
}

QList<Placement> layout(const QList<ChartSpec> &charts, const QSizeF &body, double dpi)
{
    QList<Placement> placements;
    const double scale = body.width() / kLogicalWidth; // device units per logical pixel
    const double gap = 18 * dpi / 72;                  // 18 pt between charts
    int page = 0;
    double y = 0;
    for (const ChartSpec &spec : charts) {
        Placement p;
        p.logical = logicalSize(spec, body.height() / scale);
        const double height = p.logical.height() * scale;
        if (y > 0 && y + height > body.height()) {
            ++page;
            y = 0;
        }
        p.page = page;
        p.rect = QRectF(0, y, body.width(), height);
        placements << p;
        y += height + gap;
    }
    return placements;
}

int pageCount(const QList<Placement> &placements) { return placements.isEmpty() ? 0 : placements.last().page + 1; }

void paint(QPainter *painter, const ChartSpec &spec, const Placement &placement, double top)
{
    ReportChart chart(spec);
    ChartExport::paint(&chart, placement.logical, painter, placement.rect.translated(0, top));
}

} // namespace PrintCharts
