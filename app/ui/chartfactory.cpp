#include "chartfactory.h"

#include "categorystyle.h"
#include "numberformat.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QCategoryAxis>
#include <QGraphicsSimpleTextItem>
#include <QHorizontalStackedBarSeries>

#include <algorithm>
#include <cmath>

using reportcore::Category;

namespace {

/** A "nice" step (1, 2 or 5 × 10^k) giving about `ticks` intervals up to `max`. */
double niceStep(double max, int ticks)
{
    if (max <= 0)
        return 1;
    const double raw = max / ticks;
    const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    for (double m : {1.0, 2.0, 2.5, 5.0, 10.0})
        if (raw <= m * magnitude)
            return m * magnitude;
    return 10 * magnitude;
}

QColor lighter(const QColor &c) { return QColor::fromHsv(c.hue(), c.saturation() / 2, std::min(255, c.value() + 40)); }

} // namespace

QString wrappedLabel(const QString &text, int width, int maxLines)
{
    QStringList lines;
    QString line;
    for (int i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        // Break anywhere but inside a run of Latin letters and digits ("2024", "5G").
        auto word = [](QChar ch) { return ch.unicode() < 0x80 && ch.isLetterOrNumber(); };
        // ...nor before closing punctuation, which belongs to the line it closes.
        static const QString closing = QStringLiteral(")\uFF09\u300B\u300D\u300F\u201D\u2019\uFF0C\u3002\u3001\uFF1B\uFF1A\uFF01\uFF1F,.;:!?");
        const bool canBreak = i == 0 || (!(word(c) && word(text.at(i - 1))) && !closing.contains(c));
        if (line.size() >= width && canBreak) {
            lines << line.trimmed();
            line.clear();
        }
        line += c;
    }
    if (!line.trimmed().isEmpty())
        lines << line.trimmed();
    if (lines.size() > maxLines) { // the whole label is in the table
        lines = lines.mid(0, std::max(1, maxLines));
        lines.last() += QStringLiteral("…");
    }
    for (QString &l : lines)
        l = l.toHtmlEscaped();
    return lines.join(QStringLiteral("<br>"));
}

ReportChart::ReportChart(const ChartSpec &spec, bool dark, QGraphicsItem *parent)
    : QChart(parent)
    , m_spec(spec)
{
    // Theme first: it resets fonts and colours set before it.
    setTheme(dark ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    setAnimationOptions(QChart::NoAnimation);
    setMargins(QMargins(8, 4, 16, 26));
    QFont titleFont = font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.25);
    titleFont.setBold(true);
    setTitleFont(titleFont);
    QString title = spec.title.toHtmlEscaped();
    if (!spec.annotation.isEmpty())
        title += QStringLiteral("<br><span style='font-size:small; font-weight:normal'>%1</span>").arg(spec.annotation.toHtmlEscaped());
    setTitle(title);

    auto *series = new QHorizontalStackedBarSeries(this);
    m_series = series;
    series->setBarWidth(0.6);
    if (spec.kind == ChartSpec::BySection) {
        for (int c = 0; c < spec.stackNames.size(); ++c) {
            auto *set = new QBarSet(spec.stackNames[c], this);
            set->setColor(CategoryStyle::color(static_cast<Category>(c)));
            set->setBorderColor(Qt::transparent);
            const QList<double> values = spec.stackValues.value(c);
            for (auto it = values.crbegin(); it != values.crend(); ++it) // first bar on top
                set->append(*it);
            series->append(set);
            m_sets << set;
        }
        legend()->setVisible(true);
        legend()->setAlignment(Qt::AlignBottom);
    } else {
        // Three sets, one value per bar in exactly one of them: stated, lower bound, derived.
        const QColor base = CategoryStyle::color(spec.category);
        auto *stated = new QBarSet(QString(), this);
        auto *bound = new QBarSet(QString(), this);
        auto *derived = new QBarSet(QString(), this);
        stated->setColor(base);
        bound->setBrush(QBrush(lighter(base), Qt::Dense3Pattern));
        bound->setBorderColor(base);
        derived->setBrush(QBrush(QColor(0x99, 0x99, 0x99), Qt::BDiagPattern));
        derived->setBorderColor(QColor(0x77, 0x77, 0x77));
        for (auto it = spec.bars.crbegin(); it != spec.bars.crend(); ++it) { // first bar on top
            const ChartBar &bar = *it;
            stated->append(!bar.derived && !bar.lowerBound ? bar.value : 0);
            bound->append(!bar.derived && bar.lowerBound ? bar.value : 0);
            derived->append(bar.derived ? bar.value : 0);
        }
        for (QBarSet *set : {stated, bound, derived}) {
            set->setSelectedColor(palette().color(QPalette::Highlight));
            series->append(set);
            m_sets << set;
        }
        legend()->setVisible(false);
        connect(series, &QAbstractBarSeries::clicked, this, [this](int index, QBarSet *) {
            const int bar = barAt(index);
            if (bar >= 0 && m_spec.bars[bar].indicator >= 0)
                emit indicatorClicked(m_spec.bars[bar].indicator);
        });
    }
    addSeries(series);

    QStringList categories;
    // The axis hides a label taller than its bar's room: fewer lines as the bars get thinner.
    const int maxLines = spec.bars.size() > 12 ? 1 : spec.bars.size() > 6 ? 2 : 3;
    for (auto it = spec.bars.crbegin(); it != spec.bars.crend(); ++it) {
        // The axis merges equal categories: keep each bar's own with invisible zero-width spaces.
        QString category = wrappedLabel(it->label, maxLines == 1 ? 12 : 9, maxLines);
        while (categories.contains(category))
            category += QChar(0x200B);
        categories << category;
    }
    auto *categoryAxis = new QBarCategoryAxis(this);
    categoryAxis->append(categories);
    categoryAxis->setTruncateLabels(false);
    categoryAxis->setGridLineVisible(false);
    addAxis(categoryAxis, Qt::AlignLeft);
    series->attachAxis(categoryAxis);

    double max = 0;
    for (const ChartBar &bar : spec.bars)
        max = std::max(max, bar.value);
    auto *valueAxis = new QCategoryAxis(this);
    const double step = niceStep(max * 1.18, 4); // room on the right for the value labels
    const double top = std::max(step, std::ceil(max * 1.18 / step) * step);
    valueAxis->setMin(0);
    valueAxis->setMax(top);
    valueAxis->setStartValue(0);
    valueAxis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    valueAxis->append(NumberFormat::compact(0), 0);
    for (double v = step; v <= top + step / 2; v += step)
        valueAxis->append(NumberFormat::compact(v), v);
    QString axisTitle = spec.kind == ChartSpec::BySection ? tr("figures") : spec.unit;
    valueAxis->setTitleText(axisTitle.toHtmlEscaped());
    addAxis(valueAxis, Qt::AlignBottom);
    series->attachAxis(valueAxis);

    // Value labels and the source line: plain text items, positioned once the plot area is known.
    m_labelColor = dark ? QColor(0xEE, 0xEE, 0xEE) : QColor(0x22, 0x22, 0x22);
    for (const ChartBar &bar : spec.bars) {
        QString text = spec.kind == ChartSpec::BySection ? QString::number(bar.value)
                                                         : ChartData::valueLabel(bar.value, bar.lowerBound);
        if (bar.derived)
            text += QStringLiteral(" ") + tr("(derived)");
        if (!bar.note.isEmpty())
            text += QStringLiteral("  ") + bar.note;
        auto *label = new QGraphicsSimpleTextItem(text, this);
        label->setBrush(m_labelColor);
        label->setZValue(1000); // above the bars, which a label may sit inside
        m_labels << label;
    }
    m_source = new QGraphicsSimpleTextItem(spec.source, this);
    QFont small = font();
    small.setPointSizeF(small.pointSizeF() * 0.85);
    m_source->setFont(small);
    m_source->setBrush(dark ? QColor(0xAA, 0xAA, 0xAA) : QColor(0x66, 0x66, 0x66));
    connect(this, &QChart::plotAreaChanged, this, &ReportChart::placeLabels);
}

void ReportChart::placeLabels()
{
    for (int i = 0; i < m_labels.size(); ++i) {
        const double value = m_spec.bars[i].value;
        const QPointF end = mapToPosition(QPointF(value, barAt(i)), m_series);
        const QRectF box = m_labels[i]->boundingRect();
        // Beside the bar; inside its end when there is no room on the right (never clipped).
        const bool inside = end.x() + 6 + box.width() > geometry().right() - 4 && end.x() - box.width() - 6 > plotArea().left();
        m_labels[i]->setPos(inside ? end.x() - box.width() - 6 : end.x() + 6, end.y() - box.height() / 2);
        m_labels[i]->setBrush(inside ? QColor(Qt::white) : m_labelColor);
    }
    const QRectF area = geometry();
    m_source->setPos(area.left() + 10, area.bottom() - m_source->boundingRect().height() - 6);
}

bool ReportChart::highlightIndicator(int indicator)
{
    bool found = false;
    for (QBarSet *set : m_sets)
        set->deselectAllBars();
    for (int i = 0; i < m_spec.bars.size(); ++i) {
        if (m_spec.bars[i].indicator != indicator || indicator < 0)
            continue;
        for (QBarSet *set : m_sets)
            if (set->at(barAt(i)) != 0)
                set->selectBar(barAt(i));
        found = true;
    }
    return found;
}

QStringList ReportChart::valueLabels() const
{
    QStringList texts;
    for (const QGraphicsSimpleTextItem *label : m_labels)
        texts << label->text();
    return texts;
}
