#include "chartdata.h"

#include "chartindex.h"

#include "chartbars.h"
#include "tablerows.h"
#include "numberformat.h"
#include "texts.h"

#include <reportcore/classify.h>

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <array>
#include <map>
#include <set>
#include <vector>

using namespace reportcore;

using namespace ChartBars;

namespace {

class Tr
{
    Q_DECLARE_TR_FUNCTIONS(ChartData)
};

constexpr int kMaxBars = 15;          ///< more bars than this leave no room for their labels: a chart in parts
constexpr int kMaxTargetRows = 18;    ///< rows of a targets list
constexpr int kMaxBeforeNow = 40;     ///< more before-and-now charts than this are not a choice a reader can make
constexpr int kMaxSectionBars = 24;
constexpr std::size_t kNearby = 24;   ///< how far apart in a paragraph two parts of one measure may stand

QString yearText(const Indicator &i) { return i.year ? QString::number(*i.year) : QString(); }

/** Levels of one measure: a paragraph's figures that share a head ("增加值"), or a table's column. */
void addLevels(const Document &doc, const std::function<bool(int)> &accepts, QList<ChartSpec> &charts, int &n)
{
    // Prose: by paragraph.
    std::map<int, std::vector<const Indicator *>> byBlock;
    for (const Indicator &i : doc.indicators)
        if (accepts(i.section) && !inTable(doc, i) && !i.target && i.change == Change::None && !i.valueMax
            && i.category != Category::Percent && hasKnownLabel(i))
            byBlock[i.block].push_back(&i);
    for (const auto &[block, figures] : byBlock) {
        std::set<int> used;
        for (std::size_t a = 0; a < figures.size(); ++a) {
            if (used.count(figures[a]->id))
                continue;
            std::string head;
            QList<const Indicator *> group{figures[a]};
            // Parts of one measure stand near each other: compare with the next few figures only, so
            // a paragraph of thousands of figures stays linear.
            for (std::size_t b = a + 1; b < figures.size() && b <= a + kNearby; ++b) {
                if (used.count(figures[b]->id))
                    continue;
                const std::string h = sharedHead(*figures[a], *figures[b]);
                if (h.empty() || (!head.empty() && h != head && h.find(head) == std::string::npos
                                  && head.find(h) == std::string::npos))
                    continue;
                if (head.empty() || h.size() < head.size())
                    head = h;
                group << figures[b];
            }
            if (group.size() < 2)
                continue;
            QList<ChartBar> bars;
            for (const Indicator *i : group) {
                used.insert(i->id);
                bars << barFor(*i, q(measureName(*i)));
            }
            makeLabelsUnique(doc, bars);
            if (bars.size() < 2)
                continue;
            ChartSpec chart;
            chart.kind = ChartSpec::Levels;
            chart.id = QStringLiteral("levels-%1").arg(++n);
            chart.unit = q(group.front()->unit);
            chart.category = group.front()->category;
            // a unitless measure (a structure's terms) gets no empty brackets
            chart.title = chart.unit.isEmpty() ? Tr::tr("%1 compared").arg(q(head)) : Tr::tr("%1 compared (%2)").arg(q(head), chart.unit);
            chart.source = sourceOf(doc, bars);
            addInParts(charts, chart, bars, kMaxBars);
        }
    }
}

/** A table's columns: levels of the column's measure across its rows, or its rates. */
void addTableColumns(const Document &doc, const std::function<bool(int)> &accepts, QList<ChartSpec> &charts, int &levels,
                     int &rates)
{
    std::map<int, std::vector<const Indicator *>> byBlock;
    for (const Indicator &i : doc.indicators)
        if (accepts(i.section) && inTable(doc, i))
            byBlock[i.block].push_back(&i);
    for (const auto &[block, cells] : byBlock) {
        QStringList columns;
        std::map<QString, QList<const Indicator *>> byColumn;
        for (const Indicator *i : cells) {
            const auto [row, column] = cellLabel(*i);
            if (row.isEmpty() || column.isEmpty())
                continue;
            if (!byColumn.count(column))
                columns << column;
            byColumn[column] << i;
        }
        for (const QString &column : columns) {
            const QList<const Indicator *> &figures = byColumn[column];
            const Indicator &first = *figures.front();
            bool alike = figures.size() >= 2;
            for (const Indicator *i : figures)
                alike = alike && i->unit == first.unit && (i->change == Change::None) == (first.change == Change::None)
                        && !i->valueMax && !i->unit.empty();
            if (!alike)
                continue;
            const bool isRate = first.change != Change::None;
            if (isRate && first.unit != "%")
                continue;
            // Rows of one group at a time: a total, the classes, a class's parts — never mixed.
            for (const TableRows::Group &group : TableRows::groups(doc, figures)) {
                QList<ChartBar> bars;
                for (const Indicator *i : group.figures)
                    bars << (isRate ? rateBar(*i, cellLabel(*i).first) : barFor(*i, cellLabel(*i).first));
                makeLabelsUnique(doc, bars);
                ChartSpec chart;
                chart.kind = isRate ? ChartSpec::Rates : ChartSpec::Levels;
                chart.id = isRate ? QStringLiteral("rates-table-%1").arg(++rates) : QStringLiteral("levels-table-%1").arg(++levels);
                chart.unit = q(first.unit);
                chart.category = first.category;
                chart.title = isRate ? Tr::tr("Growth rates: %1").arg(column) : Tr::tr("%1 by row of the table").arg(column);
                if (!group.parent.isEmpty())
                    chart.title = Tr::tr("%1: the parts of %2").arg(chart.title, group.parent);
                chart.source = sourceOf(doc, bars);
                addInParts(charts, chart, bars, kMaxBars);
            }
        }
    }
}

} // namespace

QString ChartSpec::kindName() const
{
    switch (kind) {
    case BeforeNow: return QStringLiteral("before-now");
    case Rates: return QStringLiteral("rates");
    case Levels: return QStringLiteral("levels");
    case Shares: return QStringLiteral("shares");
    case Targets: return QStringLiteral("targets");
    case Members: return QStringLiteral("members");
    case BySection: return QStringLiteral("by-section");
    case Compare: return QStringLiteral("compare");
    case Series: return QStringLiteral("series");
    }
    return {};
}

bool ChartSpec::hasMarks() const
{
    for (const ChartBar &bar : bars)
        if (bar.derived || bar.target || bar.qualifier != Qualifier::Exact)
            return true;
    return false;
}

namespace ChartData {

namespace {

/** A figure's value on a bar: a decrease stated as a change is drawn below zero. */
double signedValue(const Indicator &i) { return i.change == Change::Down ? -i.value : i.value; }

ChartBar barOf(const Indicator &i, const QString &label)
{
    ChartBar bar;
    bar.label = label;
    bar.value = signedValue(i);
    bar.qualifier = i.qualifier;
    bar.stated = QString::fromStdString(i.text);
    bar.unit = QString::fromStdString(i.unit);
    bar.target = i.target;
    return bar;
}

/** Two bars never share a label: alike ones are told apart by the figure as stated, else by a count. */
void distinctLabels(QList<ChartBar> &bars)
{
    for (int a = 0; a < bars.size(); ++a) {
        int count = 1;
        for (int b = a + 1; b < bars.size(); ++b) {
            if (bars[b].label != bars[a].label)
                continue;
            bars[b].label += bars[b].stated != bars[a].stated ? QStringLiteral(" · ") + bars[b].stated
                                                              : QStringLiteral(" · %1").arg(++count);
        }
    }
}

QString roleWords(FigureRole role) { return role == FigureRole::Target ? Tr::tr("targets and plans") : Tr::tr("results"); }

} // namespace

QList<ChartSpec> compare(const Document &older, const Document &newer, const std::vector<CompareRow> &rows)
{
    const ReportInfo oldInfo = describeReport(older), newInfo = describeReport(newer);
    const QString oldYear = oldInfo.year ? QString::number(*oldInfo.year) : Tr::tr("older");
    const QString newYear = newInfo.year ? QString::number(*newInfo.year) : Tr::tr("newer");
    // One chart per role and unit, in the order the rows come.
    std::vector<std::pair<QString, ChartSpec>> charts;
    for (const CompareRow &row : rows) {
        if (!row.older || !row.newer)
            continue;
        const Indicator &a = older.indicators[*row.older], &b = newer.indicators[*row.newer];
        const QString unit = QString::fromStdString(foldForSearch(b.unit));
        const QString key = QString::fromLatin1(toString(row.role)) + QLatin1Char('|') + unit + QLatin1Char('|')
                            + (b.change == Change::None ? QStringLiteral("level") : QStringLiteral("change"));
        auto it = std::find_if(charts.begin(), charts.end(), [&](const auto &c) { return c.first == key; });
        if (it == charts.end()) {
            ChartSpec spec;
            spec.kind = ChartSpec::Compare;
            spec.unit = QString::fromStdString(b.unit);
            spec.category = b.category;
            spec.title = Tr::tr("%1 against %2: %3 in %4").arg(newYear, oldYear, roleWords(row.role), spec.unit);
            if (b.change != Change::None)
                spec.title = Tr::tr("%1 against %2: changes stated as %3 (%4)").arg(newYear, oldYear, spec.unit, roleWords(row.role));
            spec.source = Tr::tr("Sources: %1 and %2")
                              .arg(Tr::tr("%1 (%2)").arg(QString::fromStdString(oldInfo.title), oldYear),
                                   Tr::tr("%1 (%2)").arg(QString::fromStdString(newInfo.title), newYear));
            charts.emplace_back(key, spec);
            it = charts.end() - 1;
        }
        ChartSpec &spec = it->second;
        if (spec.bars.size() + 2 > kMaxBars)
            continue;
        const QString label = QString::fromStdString(row.label);
        ChartBar before = barOf(a, Tr::tr("%1 (%2)").arg(label, a.year ? QString::number(*a.year) : oldYear));
        ChartBar now = barOf(b, Tr::tr("%1 (%2)").arg(label, b.year ? QString::number(*b.year) : newYear));
        before.target = now.target = false; // one role per chart: the hedges are what the marks show
        spec.bars << before << now;
    }
    QList<ChartSpec> out;
    int n = 0;
    for (auto &[key, spec] : charts) {
        spec.id = QStringLiteral("compare-%1").arg(++n);
        distinctLabels(spec.bars);
        out << spec;
    }
    return out;
}

QList<ChartSpec> series(const QString &label, const std::vector<LibraryFigure> &points)
{
    std::vector<std::pair<QString, ChartSpec>> charts;
    for (const LibraryFigure &f : points) {
        const Indicator &i = f.indicator;
        const QString unit = QString::fromStdString(foldForSearch(i.unit));
        // One issuer's series per chart: a city's figure beside the nation's would compare unrelated things.
        const QString issuer = QString::fromStdString(f.issuer);
        // ...and of one kind of report: a communiqué's results apart from a work report's restatements.
        const QString key = issuer + QLatin1Char('|') + QString::fromStdString(f.kind) + QLatin1Char('|') + unit
                            + (i.change == Change::None ? QStringLiteral("|level") : QStringLiteral("|change"));
        auto it = std::find_if(charts.begin(), charts.end(), [&](const auto &c) { return c.first == key; });
        if (it == charts.end()) {
            ChartSpec spec;
            spec.kind = ChartSpec::Series;
            spec.unit = QString::fromStdString(i.unit);
            spec.category = i.category;
            spec.title = i.change == Change::None ? Tr::tr("%1 by year (%2)").arg(label, spec.unit)
                                                  : Tr::tr("%1: changes by year (%2)").arg(label, spec.unit);
            if (!issuer.isEmpty())
                spec.title = Tr::tr("%1 — %2").arg(spec.title, issuer);
            spec.source = issuer.isEmpty() ? Tr::tr("Sources: the library's reports") : Tr::tr("Sources: the library's reports by %1").arg(issuer);
            charts.emplace_back(key, spec);
            it = charts.end() - 1;
        }
        ChartSpec &spec = it->second;
        if (spec.bars.size() >= kMaxBars)
            continue;
        const std::optional<int> year = i.year ? i.year : f.reportYear;
        const QString yearText = year ? QString::number(*year) : Tr::tr("year unknown");
        ChartBar bar = barOf(i, f.role == FigureRole::Target ? Tr::tr("%1 target").arg(yearText) : Tr::tr("%1 result").arg(yearText));
        bar.note = QString::fromStdString(f.report);
        spec.bars << bar;
    }
    QList<ChartSpec> out;
    int n = 0;
    for (auto &[key, spec] : charts) {
        spec.id = QStringLiteral("series-%1").arg(++n);
        distinctLabels(spec.bars);
        out << spec;
    }
    return out;
}

QString qualifierMark(Qualifier qualifier)
{
    static const QString marks[] = {QString(), QStringLiteral(">"), QStringLiteral("\u2248"), QStringLiteral("<")};
    return marks[static_cast<int>(qualifier)];
}

QString valueLabel(double value, Qualifier qualifier) { return qualifierMark(qualifier) + NumberFormat::compact(value); }

QString valueLabel(const ChartBar &bar)
{
    // A computed bar as its figures are written: 4.06万亿 − 1800亿 → 3.88万亿, "3.88 trillion".
    return qualifierMark(bar.qualifier) + NumberFormat::asWritten(std::abs(bar.value), bar.stated.isEmpty() ? bar.formula : bar.stated);
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

QByteArray manifest(const QList<ChartSpec> &charts, const QStringList &files)
{
    static const char *qualifiers[] = {"exact", "over", "about", "under"};
    QJsonArray list;
    for (int c = 0; c < charts.size(); ++c) {
        const ChartSpec &chart = charts[c];
        QJsonArray bars;
        for (const ChartBar &bar : chart.bars) {
            QJsonObject b;
            b.insert(QStringLiteral("label"), bar.label);
            // the figure's own value (a decrease is drawn below zero but stated as a positive change)
            b.insert(QStringLiteral("value"), bar.indicator >= 0 && chart.kind == ChartSpec::Rates ? std::abs(bar.value) : bar.value);
            b.insert(QStringLiteral("qualifier"), QString::fromLatin1(qualifiers[static_cast<int>(bar.qualifier)]));
            b.insert(QStringLiteral("indicator"), bar.indicator >= 0 ? QJsonValue(bar.indicator + 1) : QJsonValue());
            b.insert(QStringLiteral("derived"), bar.derived);
            if (bar.derived)
                b.insert(QStringLiteral("formula"), bar.formula);
            if (chart.kind == ChartSpec::Rates && bar.indicator >= 0)
                b.insert(QStringLiteral("change"), bar.value < 0 ? QStringLiteral("down") : QStringLiteral("up"));
            if (!bar.stated.isEmpty())
                b.insert(QStringLiteral("text"), bar.stated);
            if (bar.uncertain)
                b.insert(QStringLiteral("uncertain"), true);
            bars.append(b);
        }
        QJsonObject o;
        o.insert(QStringLiteral("file"), files.value(c));
        o.insert(QStringLiteral("kind"), chart.kindName());
        o.insert(QStringLiteral("title"), chart.title);
        o.insert(QStringLiteral("unit"), chart.unit);
        o.insert(QStringLiteral("bars"), bars);
        list.append(o);
    }
    QJsonObject root;
    root.insert(QStringLiteral("charts"), list);
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

namespace {

void addBeforeNow(const Document &doc, const std::function<bool(int)> &accepts, QList<ChartSpec> &charts)
{
    // Before and now: a total and its change stated together (the core pairs them within a clause).
    std::map<int, const Derived *> shareOfTotal; // indicator id of a part → the share derived from it
    for (const Derived &d : doc.derived)
        if (derivedKind(doc, d) == DerivedKind::Whole)
            for (int id : d.from)
                shareOfTotal.emplace(id, &d);
    int beforeNow = 0, beforeNowLeft = 0;
    for (const Derived &d : doc.derived) {
        if (derivedKind(doc, d) != DerivedKind::Before || d.from.size() != 2 || !accepts(d.section))
            continue;
        const Indicator *a = indicatorById(doc, d.from[0]);
        const Indicator *b = indicatorById(doc, d.from[1]);
        if (!a || !b)
            continue;
        const Indicator &change = a->change != Change::None ? *a : *b;
        const Indicator &total = a->change != Change::None ? *b : *a;
        const QString what = hasKnownLabel(total) ? q(total.label) : hasKnownLabel(change) ? q(change.label) : QString();
        if (what.isEmpty())
            continue; // never a chart of a figure whose label is unknown
        if (beforeNow >= kMaxBeforeNow) {
            ++beforeNowLeft;
            continue;
        }
        ChartSpec chart;
        chart.kind = ChartSpec::BeforeNow;
        chart.id = QStringLiteral("before-now-%1").arg(++beforeNow);
        chart.title = Tr::tr("%1: before and now").arg(what);
        chart.unit = q(total.unit);
        chart.category = total.category;
        chart.source = sourceLine(doc, total.line, total.page);
        ChartBar before;
        before.label = q(d.label);
        before.value = d.value;
        before.derived = true;
        before.formula = q(d.formula);
        chart.bars << before;
        const QString year = yearText(total);
        QString now = total.target ? (year.isEmpty() ? Tr::tr("Planned") : Tr::tr("Planned for %1").arg(year))
                                   : (year.isEmpty() ? Tr::tr("Now") : year);
        chart.bars << barFor(total, Tr::tr("%1 (%2)").arg(what, now));
        // Two lines: what the text states, and how the level before is computed.
        chart.annotation = Tr::tr("%1 %2 (stated)").arg(Texts::change(change.change), q(change.text)) + QLatin1Char('\n')
                           + Tr::tr("the level before is computed: %1").arg(q(d.formula));
        // The share of the total, when the report states it.
        if (const auto found = shareOfTotal.find(total.id); found != shareOfTotal.end()) {
            const Derived &share = *found->second;
            for (int id : share.from)
                if (const Indicator *p = indicatorById(doc, id); p && p->category == Category::Percent)
                    chart.annotation += QLatin1Char('\n') + Tr::tr("Share of %1: %2").arg(q(share.label), q(p->text));
        }
        charts << chart;
    }
    if (beforeNowLeft > 0)
        charts.back().annotation += QStringLiteral(" \u00B7 ")
                                    + Tr::tr("%n more chart(s) of this kind in the sections shown: choose fewer sections to see them.", "", beforeNowLeft);
}

void addRates(const Document &doc, const std::function<bool(int)> &accepts, QList<ChartSpec> &charts)
{
    // Growth rates of named indicators (results, not targets), by year: up and down from zero.
    // By year; a year with more rates than one chart holds, by section ("工业", "服务业").
    std::map<int, QList<const Indicator *>> byYear;
    for (const Indicator &i : doc.indicators)
        if (accepts(i.section) && !inTable(doc, i) && !i.target && i.change != Change::None && i.unit == "%"
            && !i.valueMax && hasKnownLabel(i))
            byYear[i.year.value_or(0)] << &i;
    int n = 0;
    for (const auto &[year, figures] : byYear) {
        std::map<int, QList<ChartBar>> groups; // by section, or all in one (key -1)
        std::vector<int> order;
        const bool bySection = figures.size() > kMaxBars;
        for (const Indicator *i : figures) {
            const int key = bySection ? i->section : -1;
            if (!groups.count(key))
                order.push_back(key);
            groups[key] << rateBar(*i, q(measureName(*i)));
        }
        for (int key : order) {
            QList<ChartBar> &bars = groups[key];
            makeLabelsUnique(doc, bars);
            if (bars.size() < 2)
                continue;
            ChartSpec chart;
            chart.kind = ChartSpec::Rates;
            chart.id = QStringLiteral("rates-%1").arg(++n);
            chart.unit = QStringLiteral("%");
            chart.category = Category::Percent;
            const QString what = key >= 0 ? Texts::sectionTitle(doc, key) : QString();
            chart.title = what.isEmpty() ? (year ? Tr::tr("Growth rates, %1 (%)").arg(year) : Tr::tr("Growth rates (%)"))
                                         : (year ? Tr::tr("Growth rates: %1, %2 (%)").arg(what).arg(year)
                                                 : Tr::tr("Growth rates: %1 (%)").arg(what));
            chart.source = sourceOf(doc, bars);
            addInParts(charts, chart, bars, kMaxBars);
        }
    }
}

void addShares(const Document &doc, const std::function<bool(int)> &accepts, QList<ChartSpec> &charts)
{
    // Shares of one whole: parts stated as shares of the same named whole, in one paragraph.
    std::map<std::pair<int, std::string>, QList<ChartBar>> byWhole;
    std::vector<std::pair<int, std::string>> order;
    for (const Indicator &i : doc.indicators) {
        if (!accepts(i.section) || inTable(doc, i) || i.target || !hasKnownLabel(i))
            continue;
        const std::string whole = shareWhole(i);
        if (whole.empty())
            continue;
        const auto key = std::make_pair(i.block, whole);
        if (!byWhole.count(key))
            order.push_back(key);
        byWhole[key] << barFor(i, q(measureName(i)));
    }
    int n = 0;
    for (const auto &key : order) {
        QList<ChartBar> &bars = byWhole[key];
        makeLabelsUnique(doc, bars);
        double sum = 0;
        for (const ChartBar &bar : bars)
            sum += bar.value;
        if (bars.size() < 2 || sum > 100.5) // parts of one whole add up to at most the whole
            continue;
        ChartSpec chart;
        chart.kind = ChartSpec::Shares;
        chart.id = QStringLiteral("shares-%1").arg(++n);
        chart.unit = QStringLiteral("%");
        chart.category = Category::Percent;
        chart.title = Tr::tr("Shares of %1 (%)").arg(q(key.second));
        chart.source = sourceOf(doc, bars);
        addInParts(charts, chart, bars, kMaxBars);
    }
}

void addTargets(const Document &doc, const std::function<bool(int)> &accepts, QList<ChartSpec> &charts)
{
    // Targets and plans, as stated: a list, apart from the results.
    QList<ChartBar> rows;
    for (const Indicator &i : doc.indicators) {
        if (!accepts(i.section) || !i.target || !hasKnownLabel(i) || inTable(doc, i))
            continue;
        ChartBar row = barFor(i, q(measureName(i)));
        if (i.change != Change::None)
            row.note = Texts::change(i.change);
        rows << row;
    }
    makeLabelsUnique(doc, rows);
    ChartSpec chart;
    chart.kind = ChartSpec::Targets;
    chart.id = QStringLiteral("targets");
    chart.title = Tr::tr("Targets and plans");
    chart.source = sourceOf(doc, rows);
    addInParts(charts, chart, rows, kMaxTargetRows);
}

void addMembers(const Document &doc, const std::function<bool(int)> &accepts, QList<ChartSpec> &charts)
{
    // Members: the people figures that count members and members reached (levels only).
    ChartSpec chart;
    chart.kind = ChartSpec::Members;
    chart.id = QStringLiteral("members");
    chart.title = Tr::tr("Member counts");
    chart.unit = Tr::tr("people");
    chart.category = Category::People;
    QList<ChartBar> bars;
    for (const Indicator &i : doc.indicators)
        if (accepts(i.section) && countsMembers(doc, i) && i.change == Change::None && !i.target && !i.valueMax
            && hasKnownLabel(i))
            bars << barFor(i, q(measureName(i)));
    makeLabelsUnique(doc, bars);
    chart.source = sourceOf(doc, bars);
    addInParts(charts, chart, bars, kMaxBars);
}

void addBySection(const Document &doc, const std::function<bool(int)> &accepts, QList<ChartSpec> &charts)
{
    // Figures by section, by category: how the report spreads its figures (a count, not a measure).
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
    double all = 0;
    QList<int> sectionOf;
    for (std::size_t s = 0; s < doc.sections.size(); ++s) {
        if (!accepts(static_cast<int>(s)))
            continue;
        if (chart.bars.size() >= kMaxSectionBars) {
            ++sectionsLeft;
            continue;
        }
        const std::array<double, 4> &counts = perSection[s];
        const double total = counts[0] + counts[1] + counts[2] + counts[3];
        all += total;
        ChartBar bar;
        bar.label = Texts::sectionTitle(doc, static_cast<int>(s));
        bar.value = total;
        chart.bars << bar;
        sectionOf << static_cast<int>(s);
        for (int c = 0; c < 4; ++c)
            chart.stackValues[c] << counts[c];
    }
    // Sections titled alike (a compiled volume repeats its headings year by year): by their parent.
    for (int b = 0; b < chart.bars.size(); ++b) {
        int twins = 0;
        for (const ChartBar &other : chart.bars)
            twins += other.label == chart.bars[b].label ? 1 : 0;
        if (twins > 1 && sectionOf[b] >= 0 && doc.sections[static_cast<std::size_t>(sectionOf[b])].parent >= 0)
            chart.bars[b].label += QStringLiteral("\uFF08") + Texts::sectionTitle(doc, doc.sections[static_cast<std::size_t>(sectionOf[b])].parent) + QStringLiteral("\uFF09");
    }
    makeLabelsUnique(doc, chart.bars);
    if (sectionsLeft > 0)
        chart.annotation = Tr::tr("The first %1 of %2 sections, in the order of the text.").arg(kMaxSectionBars).arg(kMaxSectionBars + sectionsLeft);
    if (chart.bars.size() >= 2 && all > 0)
        charts << chart;
}

} // namespace

QList<ChartSpec> build(const Document &doc, const std::function<bool(int)> &accepts)
{
    // Each kind of chart in the order the Charts tab shows them.
    QList<ChartSpec> charts;
    addBeforeNow(doc, accepts, charts);
    addRates(doc, accepts, charts);
    // Levels of one measure across parts, in prose and in tables.
    int levels = 0, rates = 0;
    addLevels(doc, accepts, charts, levels);
    addTableColumns(doc, accepts, charts, levels, rates);
    addShares(doc, accepts, charts);
    addTargets(doc, accepts, charts);
    addMembers(doc, accepts, charts);
    addBySection(doc, accepts, charts);
    ChartIndex::locate(doc, charts);
    return charts;
}

} // namespace ChartData
