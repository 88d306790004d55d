#include "chartdata.h"

#include "numberformat.h"
#include "texts.h"

#include <reportcore/classify.h>

#include <QCoreApplication>
#include <QRegularExpression>

#include <array>
#include <map>
#include <string_view>
#include <unordered_map>
#include <vector>

using namespace reportcore;

namespace {

class Tr
{
    Q_DECLARE_TR_FUNCTIONS(ChartData)
};

constexpr int kMaxBars = 15;
constexpr int kMaxGrowthCharts = 40;   ///< more growth charts than this are not a choice a reader can make
constexpr int kMaxSectionBars = 24;  ///< more bars than this leave no room for their labels

QString q(const std::string &s) { return QString::fromStdString(s); }

const Indicator *indicatorById(const Document &doc, int id)
{
    return id >= 1 && static_cast<std::size_t>(id) <= doc.indicators.size() ? &doc.indicators[static_cast<std::size_t>(id) - 1]
                                                                             : nullptr;
}

QString reportName(const Document &doc) { return doc.title.empty() ? q(doc.source.name) : q(doc.title); }

QString sourceLine(const Document &doc, int line, int page = 0)
{
    if (line > 0 && page > 0)
        return Tr::tr("Source: %1, page %2, line %3").arg(reportName(doc)).arg(page).arg(line);
    return line > 0 ? Tr::tr("Source: %1, line %2").arg(reportName(doc)).arg(line)
                    : Tr::tr("Source: %1").arg(reportName(doc));
}

ChartBar barFor(const Indicator &i, int index, const QString &label)
{
    ChartBar bar;
    bar.label = label;
    bar.value = i.value;
    bar.lowerBound = i.qualifier == Qualifier::Over;
    bar.indicator = index;
    return bar;
}

QString figureLabel(const Indicator &i)
{
    const QString label = q(i.label);
    return label.isEmpty() ? q(i.text) : label;
}

} // namespace

namespace ChartData {

QString valueLabel(double value, bool lowerBound)
{
    return NumberFormat::compact(value) + (lowerBound ? QStringLiteral("+") : QString());
}

QString fileName(const ChartSpec &chart)
{
    QString title = chart.title;
    title.replace(QRegularExpression(QStringLiteral("[\\\\/:*?\"<>|\\s]+")), QStringLiteral("-"));
    title = title.left(48);
    while (title.endsWith(QLatin1Char('-')))
        title.chop(1);
    return title.isEmpty() ? chart.id : chart.id + QLatin1Char('-') + title;
}

QList<ChartSpec> build(const Document &doc, const std::function<bool(int)> &accepts)
{
    QList<ChartSpec> charts;

    // Growth: every "level before" the core derived from a change and a total.
    std::map<int, const Derived *> shareOfTotal; // indicator id of a part → the share derived from it
    for (const Derived &d : doc.derived)
        if (derivedKind(doc, d) == DerivedKind::Whole)
            for (int id : d.from)
                shareOfTotal.emplace(id, &d);
    int growth = 0, growthLeft = 0;
    for (const Derived &d : doc.derived) {
        if (derivedKind(doc, d) != DerivedKind::Before || d.from.size() != 2 || !accepts(d.section))
            continue;
        if (growth >= kMaxGrowthCharts) {
            ++growthLeft;
            continue;
        }
        const Indicator *a = indicatorById(doc, d.from[0]);
        const Indicator *b = indicatorById(doc, d.from[1]);
        if (!a || !b)
            continue;
        const Indicator &change = a->change != Change::None ? *a : *b;
        const Indicator &total = a->change != Change::None ? *b : *a;
        ChartSpec chart;
        chart.kind = ChartSpec::Growth;
        chart.id = QStringLiteral("growth-%1").arg(++growth);
        chart.title = Tr::tr("%1: before and now").arg(figureLabel(total));
        chart.unit = q(total.unit);
        chart.category = total.category;
        chart.source = sourceLine(doc, total.line, total.page);
        ChartBar before;
        before.label = q(d.label);
        before.value = d.value;
        before.derived = true;
        chart.bars << before;
        ChartBar now = barFor(total, total.id - 1,
                              total.year ? Tr::tr("%1 (%2)").arg(figureLabel(total)).arg(*total.year) : figureLabel(total));
        chart.bars << now;
        chart.annotation = Tr::tr("%1: %2").arg(Texts::change(change.change), NumberFormat::compact(change.value));
        // The share of the total, when the report states it.
        if (const auto found = shareOfTotal.find(total.id); found != shareOfTotal.end()) {
            const Derived &share = *found->second;
            for (int id : share.from)
                if (const Indicator *p = indicatorById(doc, id); p && p->category == Category::Percent)
                    chart.annotation += QStringLiteral(" \u00B7 ") + Tr::tr("Share of %1: %2").arg(q(share.label), NumberFormat::full(p->value) + QStringLiteral("%"));
        }
        charts << chart;
    }
    if (growthLeft > 0)
        charts.back().annotation += QStringLiteral(" \u00B7 ")
                                    + Tr::tr("%n more growth chart(s) in the sections shown: choose fewer sections to see them.", "", growthLeft);

    // Members: the people figures that count members and members reached.
    {
        ChartSpec chart;
        chart.kind = ChartSpec::Members;
        chart.id = QStringLiteral("members");
        chart.title = Tr::tr("Member counts");
        chart.unit = Tr::tr("people");
        chart.category = Category::People;
        int firstLine = 0;
        for (std::size_t k = 0; k < doc.indicators.size() && chart.bars.size() < kMaxBars; ++k) {
            const Indicator &i = doc.indicators[k];
            if (!accepts(i.section) || !countsMembers(doc, i))
                continue;
            chart.bars << barFor(i, static_cast<int>(k), figureLabel(i));
            firstLine = firstLine ? firstLine : i.line;
        }
        chart.source = sourceLine(doc, 0);
        if (chart.bars.isEmpty())
            chart.annotation = Tr::tr("No member figures in the sections shown.");
        charts << chart;
    }

    // Figures by section, by category.
    {
        ChartSpec chart;
        chart.kind = ChartSpec::BySection;
        chart.id = QStringLiteral("by-section");
        chart.title = Tr::tr("Figures by section");
        chart.source = sourceLine(doc, 0);
        const Category categories[] = {Category::People, Category::Money, Category::Percent, Category::Count};
        for (Category c : categories)
            chart.stackNames << Texts::category(c);
        chart.stackValues = QList<QList<double>>(4);
        // One pass over the figures (a report may have 10^5 sections and 10^6 figures).
        std::vector<std::array<double, 4>> perSection(doc.sections.size(), {0, 0, 0, 0});
        for (const Indicator &i : doc.indicators)
            if (i.section >= 0 && static_cast<std::size_t>(i.section) < perSection.size())
                perSection[static_cast<std::size_t>(i.section)][static_cast<std::size_t>(i.category)] += 1;
        int sectionsLeft = 0;
        for (std::size_t s = 0; s < doc.sections.size(); ++s) {
            if (!accepts(static_cast<int>(s)))
                continue;
            if (chart.bars.size() >= kMaxSectionBars) {
                ++sectionsLeft;
                continue;
            }
            const std::array<double, 4> &counts = perSection[s];
            const double total = counts[0] + counts[1] + counts[2] + counts[3];
            ChartBar bar;
            bar.label = Texts::sectionTitle(doc, static_cast<int>(s));
            bar.value = total;
            chart.bars << bar;
            for (int c = 0; c < 4; ++c)
                chart.stackValues[c] << counts[c];
        }
        if (sectionsLeft > 0)
            chart.annotation = Tr::tr("The first %1 of %2 sections.").arg(kMaxSectionBars).arg(kMaxSectionBars + sectionsLeft);
        charts << chart;
    }

    // The figures of the sections shown, one chart per unit (元 and 人 never share an axis).
    {
        struct Group {
            std::vector<std::size_t> first; ///< the first kMaxBars figures
            std::size_t total = 0;
        };
        std::unordered_map<std::string_view, Group> byUnit;
        std::vector<std::string_view> order;
        for (std::size_t k = 0; k < doc.indicators.size(); ++k) {
            const Indicator &i = doc.indicators[k];
            if (i.unit.empty() || i.valueMax || !accepts(i.section))
                continue;
            // A table's cells restate the prose's figures and mix its columns' measures: the table
            // itself shows them; they are not set beside the report's other figures here.
            if (i.block >= 0 && doc.blocks[static_cast<std::size_t>(i.block)].kind == reportcore::BlockKind::Table)
                continue;
            Group &group = byUnit[i.unit];
            if (group.total++ == 0)
                order.push_back(i.unit);
            if (group.first.size() < kMaxBars)
                group.first.push_back(k);
        }
        int shown = 0, only = -1;
        for (std::size_t s = 0; s < doc.sections.size(); ++s)
            if (accepts(static_cast<int>(s))) {
                ++shown;
                only = static_cast<int>(s);
            }
        const bool one = shown == 1 && doc.sections.size() > 1;
        int n = 0;
        for (const std::string_view unit : order) {
            const Group &group = byUnit[unit];
            const std::vector<std::size_t> &figures = group.first;
            if (group.total < 2)
                continue;
            ChartSpec chart;
            chart.kind = ChartSpec::UnitFigures;
            chart.id = QStringLiteral("unit-%1").arg(++n);
            chart.unit = QString::fromUtf8(unit.data(), static_cast<qsizetype>(unit.size()));
            chart.category = doc.indicators[figures.front()].category;
            chart.title = one ? Tr::tr("Figures in %1 (%2)").arg(Texts::sectionTitle(doc, only), chart.unit)
                              : Tr::tr("Figures of the report (%1)").arg(chart.unit);
            chart.source = sourceLine(doc, 0);
            for (std::size_t k : figures) {
                if (chart.bars.size() >= kMaxBars)
                    break;
                const Indicator &i = doc.indicators[k];
                chart.bars << barFor(i, static_cast<int>(k), figureLabel(i));
            }
            if (group.total > static_cast<std::size_t>(kMaxBars))
                chart.annotation = Tr::tr("The first %1 of %2 figures.").arg(kMaxBars).arg(group.total);
            charts << chart;
        }
    }
    // Two bars named alike ("高技能人才" now and its increase) say which figure each is.
    for (ChartSpec &chart : charts) {
        for (ChartBar &bar : chart.bars) {
            int same = 0;
            for (const ChartBar &other : chart.bars)
                same += other.label == bar.label ? 1 : 0;
            if (same > 1 && bar.indicator >= 0)
                bar.label += QStringLiteral("\uFF08") + q(doc.indicators[static_cast<std::size_t>(bar.indicator)].text)
                             + QStringLiteral("\uFF09");
        }
    }
    return charts;
}

} // namespace ChartData
