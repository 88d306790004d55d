#include "chartfactory.h"

#include "categorystyle.h"
#include "numberformat.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QCategoryAxis>
#include <QFontMetricsF>
#include <QGraphicsLineItem>
#include <QGraphicsRectItem>
#include <QGraphicsSimpleTextItem>
#include <QBarLegendMarker>
#include <QLegendMarker>
#include <QPen>
#include <QHorizontalStackedBarSeries>

#include <algorithm>
#include <cmath>

using reportcore::Category;

namespace {
constexpr int kMarks = 6; ///< bar sets: as stated, more than, about, less than, computed, target

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
        title += QStringLiteral("<br><span style='font-size:small; font-weight:normal'>%1</span>").arg(spec.annotation.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>")));
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
    } else if (spec.kind != ChartSpec::Targets) {
        // One set per mark, one value per bar in exactly one of them: stated, more than, about,
        // less than, computed. The legend (shown when a mark is used) says what each means.
        const QColor base = CategoryStyle::color(spec.category);
        const QString names[] = {tr("As stated"), tr("More than stated (超, 余, 以上)"), tr("About (约, 近, 左右)"),
                                 tr("Less than stated (不到, 以内)"), tr("Computed, not stated"), tr("Target or plan")};
        const QBrush brushes[] = {QBrush(base), QBrush(base, Qt::FDiagPattern), QBrush(base, Qt::Dense5Pattern),
                                  QBrush(base, Qt::HorPattern), QBrush(QColor(0x88, 0x88, 0x88), Qt::BDiagPattern),
                                  QBrush(base.lighter(160), Qt::SolidPattern)};
        QList<QBarSet *> sets;
        for (int k = 0; k < kMarks; ++k) {
            auto *set = new QBarSet(names[k], this);
            set->setBrush(brushes[k]);
            set->setBorderColor(k == 4 ? QColor(0x77, 0x77, 0x77) : base);
            set->setSelectedColor(palette().color(QPalette::Highlight));
            sets << set;
        }
        for (auto it = spec.bars.crbegin(); it != spec.bars.crend(); ++it) { // first bar on top
            const int mark = markOf(*it);
            for (int k = 0; k < kMarks; ++k)
                sets[k]->append(k == mark ? it->value : 0);
        }
        for (QBarSet *set : sets) {
            series->append(set);
            m_sets << set;
        }
        legend()->setVisible(spec.hasMarks());
        legend()->setAlignment(Qt::AlignBottom);
        connect(series, &QAbstractBarSeries::clicked, this, [this](int index, QBarSet *) {
            const int bar = barAt(index);
            if (bar >= 0 && m_spec.bars[bar].indicator >= 0)
                emit indicatorClicked(m_spec.bars[bar].indicator);
        });
        connect(series, &QAbstractBarSeries::hovered, this, [this](bool status, int index, QBarSet *) {
            const int bar = barAt(index);
            emit barHovered(status && bar >= 0 ? barTooltip(m_spec.bars[bar]) : QString());
        });
    }
    if (spec.kind == ChartSpec::Targets) {
        delete series;
        m_series = nullptr;
        buildTargetRows(dark);
        return;
    }
    addSeries(series);
    // The legend names only the marks this chart uses.
    for (QLegendMarker *marker : legend()->markers(series))
        if (auto *set = qobject_cast<QBarLegendMarker *>(marker); set && set->barset()->sum() == 0)
            marker->setVisible(false);

    // The axis hides a label taller than its bar's room: fewer lines as the bars get thinner (fitted
    // again to the room the plot gives them: fitCategories()).
    m_lines = spec.bars.size() > 12 ? 1 : spec.bars.size() > 6 ? 2 : 3;
    auto *categoryAxis = new QBarCategoryAxis(this);
    m_categoryAxis = categoryAxis;
    categoryAxis->append(categories(m_lines));
    categoryAxis->setTruncateLabels(false);
    categoryAxis->setGridLineVisible(false);
    addAxis(categoryAxis, Qt::AlignLeft);
    series->attachAxis(categoryAxis);

    double max = 0, min = 0;
    for (const ChartBar &bar : spec.bars) {
        max = std::max(max, bar.value);
        min = std::min(min, bar.value);
    }
    auto *valueAxis = new QCategoryAxis(this);
    // Room beyond both ends for the value labels; a diverging chart (a decrease) goes below zero.
    const double step = niceStep((max - min) * 1.25, 4);
    const double top = max > 0 ? std::max(step, std::ceil(max * 1.25 / step) * step) : 0;
    const double bottom = min < 0 ? std::min(-step, std::floor(min * 1.25 / step) * step) : 0;
    valueAxis->setMin(bottom);
    valueAxis->setMax(std::max(top, bottom + step));
    valueAxis->setStartValue(bottom);
    valueAxis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    for (double v = bottom; v <= top + step / 2; v += step) {
        const double tick = std::abs(v) < step / 1000 ? 0 : v;
        valueAxis->append(NumberFormat::compact(tick) + (tick == 0 ? QString(QChar(0x200B)) : QString()), tick);
    }
    QString axisTitle = spec.kind == ChartSpec::BySection ? tr("figures") : spec.unit;
    valueAxis->setTitleText(axisTitle.toHtmlEscaped());
    addAxis(valueAxis, Qt::AlignBottom);
    series->attachAxis(valueAxis);

    // Value labels and the source line: plain text items, positioned once the plot area is known.
    m_labelColor = dark ? QColor(0xEE, 0xEE, 0xEE) : QColor(0x22, 0x22, 0x22);
    for (const ChartBar &bar : spec.bars) {
        // The value as the report wrote it, with its hedge's mark ("≈200", ">6万", "55,832")
        QString text = spec.kind == ChartSpec::BySection ? QString::number(bar.value) : ChartData::valueLabel(bar);
        if (spec.kind == ChartSpec::Rates) { // the mark first, then the sign: "≈+30%", ">−1.2%"
            const QString mark = ChartData::qualifierMark(bar.qualifier);
            text.insert(mark.size(), bar.value < 0 ? QStringLiteral("\u2212") : QStringLiteral("+"));
            text += QStringLiteral("%");
        } else if (spec.unit == QStringLiteral("%")) {
            text += QStringLiteral("%");
        }
        if (bar.derived)
            text += QStringLiteral(" ") + tr("(computed)");
        if (!bar.note.isEmpty())
            text += QStringLiteral("  ") + bar.note;
        auto *label = new QGraphicsSimpleTextItem(text, this);
        label->setBrush(m_labelColor);
        label->setZValue(1000); // above the bars, which a label may sit inside
        m_labels << label;
        // A label inside a hatched bar stands on a plate of the background: the hatching never crosses it.
        auto *plate = new QGraphicsRectItem(this);
        plate->setPen(Qt::NoPen);
        QColor paper = dark ? QColor(0x20, 0x20, 0x20) : QColor(Qt::white);
        paper.setAlpha(225);
        plate->setBrush(paper);
        plate->setZValue(999);
        plate->hide();
        m_plates << plate;
    }
    addSourceLine(dark);
}

void ReportChart::addSourceLine(bool dark)
{
    m_source = new QGraphicsSimpleTextItem(m_spec.source, this);
    QFont small = font();
    small.setPointSizeF(small.pointSizeF() * 0.85);
    m_source->setFont(small);
    m_source->setBrush(dark ? QColor(0xAA, 0xAA, 0xAA) : QColor(0x66, 0x66, 0x66));
    connect(this, &QChart::plotAreaChanged, this, &ReportChart::placeLabels);
    connect(this, &QGraphicsWidget::geometryChanged, this, &ReportChart::placeLabels);
}

int ReportChart::markOf(const ChartBar &bar)
{
    return bar.target ? 5 : bar.derived ? 4 : static_cast<int>(bar.qualifier);
}

QString ReportChart::meaning(const ChartBar &bar)
{
    if (bar.derived)
        return tr("computed, not stated");
    switch (bar.qualifier) {
    case reportcore::Qualifier::Over: return tr("more than stated");
    case reportcore::Qualifier::About: return tr("about");
    case reportcore::Qualifier::Under: return tr("less than stated");
    case reportcore::Qualifier::Exact: break;
    }
    return tr("as stated");
}

QString ReportChart::barTooltip(const ChartBar &bar) const
{
    QString tip = bar.label;
    if (bar.derived)
        tip += QLatin1Char('\n') + tr("Computed: %1 = %2").arg(bar.formula, NumberFormat::compact(bar.value));
    else if (!bar.stated.isEmpty())
        tip += QLatin1Char('\n') + tr("Stated: %1 (%2)").arg(bar.stated, meaning(bar));
    return tip;
}

void ReportChart::buildTargetRows(bool dark)
{
    legend()->setVisible(false);
    m_labelColor = dark ? QColor(0xEE, 0xEE, 0xEE) : QColor(0x22, 0x22, 0x22);
    QFont bold = font();
    bold.setBold(true);
    auto item = [this](const QString &text, const QFont &font) {
        auto *t = new QGraphicsSimpleTextItem(text, this); // plain text: report words are never markup
        t->setFont(font);
        t->setBrush(m_labelColor);
        return t;
    };
    m_rows << QList<QGraphicsSimpleTextItem *>{item(tr("Target or plan"), bold), item(tr("As stated"), bold), item(tr("Reads as"), bold)};
    for (const ChartBar &bar : m_spec.bars) {
        // "increase ≈5% (about)": the change, the value with its mark and unit, the mark in words
        QString reads = ChartData::valueLabel(bar) + bar.unit;
        if (!bar.note.isEmpty())
            reads = bar.note + QLatin1Char(' ') + reads;
        if (bar.qualifier != reportcore::Qualifier::Exact)
            reads = tr("%1 (%2)").arg(reads, meaning(bar));
        m_rows << QList<QGraphicsSimpleTextItem *>{item(bar.label, font()), item(bar.stated, font()), item(reads, font())};
    }
    m_rule = new QGraphicsLineItem(this);
    m_rule->setPen(QPen(dark ? QColor(0x88, 0x88, 0x88) : QColor(0xBB, 0xBB, 0xBB), 1));
    addSourceLine(dark);
}

void ReportChart::placeRows()
{
    const QRectF area = geometry();
    const QRectF plot = plotArea();
    const double left = area.left() + 24, width = area.width() - 48;
    const double columns[] = {left, left + width * 0.46, left + width * 0.68};
    const double widths[] = {width * 0.44, width * 0.2, width * 0.32};
    double y = std::max(plot.top(), area.top() + 56);
    const double step = QFontMetricsF(font()).height() * 1.55;
    for (int r = 0; r < m_rows.size(); ++r) {
        for (int c = 0; c < m_rows[r].size(); ++c) {
            QGraphicsSimpleTextItem *t = m_rows[r][c];
            const QString full = t->data(0).isValid() ? t->data(0).toString() : t->text();
            t->setData(0, full);
            t->setText(QFontMetricsF(t->font()).elidedText(full, Qt::ElideRight, widths[c]));
            t->setPos(columns[c], y);
        }
        if (r == 0 && m_rule)
            m_rule->setLine(left, y + step * 0.95, left + width, y + step * 0.95);
        y += step;
    }
}

QStringList ReportChart::categories(int lines) const
{
    QStringList categories;
    for (auto it = m_spec.bars.crbegin(); it != m_spec.bars.crend(); ++it) {
        // The axis merges equal categories: keep each bar's own with invisible zero-width spaces.
        QString category = wrappedLabel(it->label, lines == 1 ? 12 : 9, lines);
        while (categories.contains(category))
            category += QChar(0x200B);
        categories << category;
    }
    return categories;
}

void ReportChart::fitCategories()
{
    if (!m_categoryAxis || m_spec.bars.isEmpty() || plotArea().height() <= 0)
        return;
    if (m_labelPoints <= 0)
        m_labelPoints = m_categoryAxis->labelsFont().pointSizeF();
    // As many lines as a bar's room holds (a label that overlaps its neighbour is hidden by Qt
    // Charts); when not even one line fits, smaller text, never no label.
    const double slot = plotArea().height() / m_spec.bars.size();
    QFont font = m_categoryAxis->labelsFont();
    font.setPointSizeF(m_labelPoints);
    const double line = QFontMetricsF(font).lineSpacing() * 1.1;
    const int lines = std::clamp(static_cast<int>(slot * 0.85 / line), 1, 3); // room between labels too
    if (slot < line)
        font.setPointSizeF(std::max(5.5, m_labelPoints * slot / line));
    if (lines == m_lines && font == m_categoryAxis->labelsFont())
        return;
    m_lines = lines;
    m_categoryAxis->setLabelsFont(font);
    m_categoryAxis->setCategories(categories(lines));
}

void ReportChart::placeLabels()
{
    if (m_spec.kind == ChartSpec::Targets)
        placeRows();
    fitCategories();
    for (int i = 0; i < m_labels.size() && m_series; ++i) {
        const double value = m_spec.bars[i].value;
        const QPointF end = mapToPosition(QPointF(value, barAt(i)), m_series);
        const QRectF box = m_labels[i]->boundingRect();
        if (value < 0) { // a decrease: left of the bar's end
            m_labels[i]->setPos(std::max(plotArea().left() + 2, end.x() - box.width() - 6), end.y() - box.height() / 2);
            m_labels[i]->setBrush(m_labelColor);
            m_plates[i]->hide();
            continue;
        }
        // Beside the bar; inside its end when there is no room on the right (never clipped).
        const bool inside = end.x() + 6 + box.width() > geometry().right() - 4 && end.x() - box.width() - 6 > plotArea().left();
        m_labels[i]->setPos(inside ? end.x() - box.width() - 6 : end.x() + 6, end.y() - box.height() / 2);
        // white on a solid bar; a hatched bar is light: dark text on it
        const bool solid = m_spec.kind == ChartSpec::BySection || markOf(m_spec.bars[i]) == 0;
        m_labels[i]->setBrush(inside && solid ? QColor(Qt::white) : inside ? QColor(0x22, 0x22, 0x22) : m_labelColor);
        m_plates[i]->setVisible(inside && !solid);
        m_plates[i]->setRect(m_labels[i]->sceneBoundingRect().adjusted(-3, -1, 3, 1).translated(-scenePos()));
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

QList<QStringList> ReportChart::rows() const
{
    QList<QStringList> rows;
    for (const QList<QGraphicsSimpleTextItem *> &row : m_rows) {
        QStringList texts;
        for (const QGraphicsSimpleTextItem *t : row)
            texts << (t->data(0).isValid() ? t->data(0).toString() : t->text());
        rows << texts;
    }
    return rows;
}
