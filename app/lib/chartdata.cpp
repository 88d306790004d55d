#include "chartdata.h"

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

namespace {

class Tr
{
    Q_DECLARE_TR_FUNCTIONS(ChartData)
};

constexpr int kMaxBars = 15;          ///< more bars than this leave no room for their labels: a chart in parts
constexpr int kMaxTargetRows = 18;    ///< rows of a targets list
constexpr int kMaxBeforeNow = 40;     ///< more before-and-now charts than this are not a choice a reader can make
constexpr int kMaxSectionBars = 24;

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

/** The source line of a chart whose bars come from several places: the first and the last line. */
QString sourceOf(const Document &doc, const QList<ChartBar> &bars)
{
    int first = 0, last = 0, page = 0;
    for (const ChartBar &bar : bars) {
        if (bar.indicator < 0)
            continue;
        const Indicator &i = doc.indicators[static_cast<std::size_t>(bar.indicator)];
        first = first ? std::min(first, i.line) : i.line;
        last = std::max(last, i.line);
        page = page ? page : i.page;
    }
    if (first > 0 && last > first)
        return Tr::tr("Source: %1, lines %2–%3").arg(reportName(doc)).arg(first).arg(last);
    return sourceLine(doc, first, page);
}

bool inTable(const Document &doc, const Indicator &i)
{
    return i.block >= 0 && doc.blocks[static_cast<std::size_t>(i.block)].kind == BlockKind::Table;
}

ChartBar barFor(const Indicator &i, const QString &label)
{
    ChartBar bar;
    bar.label = label;
    bar.value = i.value;
    bar.qualifier = i.qualifier;
    bar.indicator = i.id - 1;
    bar.stated = q(i.text);
    bar.unit = q(i.unit);
    return bar;
}

/** A table cell's label is "row | column header": its two parts. */
std::pair<QString, QString> cellLabel(const Indicator &i)
{
    const QString label = q(i.label);
    const qsizetype bar = label.indexOf(QStringLiteral(" | "));
    if (bar < 0)
        return {label, QString()};
    return {label.left(bar), label.mid(bar + 3)};
}

/** The words of the figure's clause before it ("走访慰问" in 走访慰问超1.2万名…): what tells two
 *  figures with one label apart. */
QString clauseBefore(const Document &doc, const Indicator &i)
{
    if (i.block < 0)
        return {};
    const QString text = q(doc.blocks[static_cast<std::size_t>(i.block)].text);
    // Offsets count code points; QString counts UTF-16 units.
    const QList<uint> ucs = text.toUcs4();
    qsizetype end = std::min<qsizetype>(i.offset, ucs.size());
    qsizetype start = end;
    static const QString breaks = QStringLiteral("，。；：、,;:！？!?（）()\n\t");
    while (start > 0 && !breaks.contains(QChar(static_cast<char16_t>(ucs[start - 1] < 0x10000 ? ucs[start - 1] : 0))))
        --start;
    QString words = QString::fromUcs4(reinterpret_cast<const char32_t *>(ucs.constData() + start), end - start).trimmed();
    const QString label = q(i.label);
    if (!label.isEmpty() && words.contains(label))
        words = words.left(words.indexOf(label));
    if (words.size() > 8)
        words = words.right(8);
    return words.trimmed();
}

/** No two bars of a chart share a label: a figure restated (same label, value and year) is shown
 *  once; others are told apart by what differs — the year, the words before them, the line. */
void makeLabelsUnique(const Document &doc, QList<ChartBar> &bars)
{
    auto figure = [&](const ChartBar &b) -> const Indicator * {
        return b.indicator >= 0 ? &doc.indicators[static_cast<std::size_t>(b.indicator)] : nullptr;
    };
    for (int a = 0; a < bars.size(); ++a)
        for (int b = bars.size() - 1; b > a; --b)
            if (bars[a].label == bars[b].label && bars[a].value == bars[b].value && bars[a].qualifier == bars[b].qualifier
                && figure(bars[a]) && figure(bars[b]) && figure(bars[a])->year == figure(bars[b])->year)
                bars.removeAt(b);
    // What differs between bars named alike, round by round: the verb (a change beside its level),
    // the year, the clause's words, the line. A round that tells them apart labels them; one bar may
    // keep its label as it is (the level beside its change).
    for (int round = 0; round < 4; ++round) {
        for (int a = 0; a < bars.size(); ++a) {
            QList<int> same;
            for (int b = 0; b < bars.size(); ++b)
                if (bars[b].label == bars[a].label)
                    same << b;
            if (same.size() < 2)
                continue;
            QStringList keys;
            for (int k : same) {
                const Indicator *i = figure(bars[k]);
                QString key;
                if (!i)
                    key = bars[k].derived ? Tr::tr("computed") : QString();
                else if (round == 0)
                    key = i->change != Change::None ? Texts::change(i->change) : QString();
                else if (round == 1 && i->year)
                    key = QString::number(*i->year);
                else if (round == 2)
                    key = clauseBefore(doc, *i);
                else if (round == 3)
                    key = Tr::tr("line %1").arg(i->line);
                keys << key;
            }
            QStringList distinct = keys;
            distinct.removeDuplicates();
            if (distinct.size() != keys.size() || keys.count(QString()) > 1)
                continue; // this round does not tell them apart
            for (int n = 0; n < same.size(); ++n)
                if (!keys[n].isEmpty())
                    bars[same[n]].label += QStringLiteral("\uFF08") + keys[n] + QStringLiteral("\uFF09");
        }
    }
    // Still alike (one line stating two figures of one name): numbered.
    for (int a = 0; a < bars.size(); ++a) {
        int n = 1;
        for (int b = a + 1; b < bars.size(); ++b)
            if (bars[b].label == bars[a].label)
                bars[b].label += QStringLiteral(" #%1").arg(++n);
    }
}

/** Adds `spec` with `bars`, in parts of `perChart` when there are more ("(1/3)" in the title). */
void addInParts(QList<ChartSpec> &charts, const ChartSpec &spec, const QList<ChartBar> &bars, int perChart)
{
    if (bars.isEmpty())
        return;
    // Parts of even size: 16 bars are 8 and 8, not 15 and 1.
    const int parts = static_cast<int>((bars.size() + perChart - 1) / perChart);
    const int each = static_cast<int>((bars.size() + parts - 1) / parts);
    for (int p = 0; p < parts; ++p) {
        ChartSpec chart = spec;
        chart.bars = bars.mid(p * each, each);
        if (parts > 1) {
            chart.id += QStringLiteral("-%1").arg(p + 1);
            chart.title = Tr::tr("%1 (%2 of %3)").arg(spec.title).arg(p + 1).arg(parts);
            if (chart.annotation.isEmpty())
                chart.annotation = Tr::tr("In the order of the text.");
        }
        charts << chart;
    }
}

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
            for (std::size_t b = a + 1; b < figures.size(); ++b) {
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
                bars << barFor(*i, q(i->label));
            }
            makeLabelsUnique(doc, bars);
            if (bars.size() < 2)
                continue;
            ChartSpec chart;
            chart.kind = ChartSpec::Levels;
            chart.id = QStringLiteral("levels-%1").arg(++n);
            chart.unit = q(group.front()->unit);
            chart.category = group.front()->category;
            chart.title = Tr::tr("%1 compared (%2)").arg(q(head), chart.unit);
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
            QList<ChartBar> bars;
            for (const Indicator *i : figures) {
                ChartBar bar = barFor(*i, cellLabel(*i).first);
                if (i->change == Change::Down)
                    bar.value = -bar.value;
                bars << bar;
            }
            makeLabelsUnique(doc, bars);
            ChartSpec chart;
            chart.kind = isRate ? ChartSpec::Rates : ChartSpec::Levels;
            chart.id = isRate ? QStringLiteral("rates-table-%1").arg(++rates) : QStringLiteral("levels-table-%1").arg(++levels);
            chart.unit = q(first.unit);
            chart.category = first.category;
            chart.title = isRate ? Tr::tr("Growth rates: %1").arg(column) : Tr::tr("%1 by row of the table").arg(column);
            chart.source = sourceOf(doc, bars);
            addInParts(charts, chart, bars, kMaxBars);
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
    }
    return {};
}

bool ChartSpec::hasMarks() const
{
    for (const ChartBar &bar : bars)
        if (bar.derived || bar.qualifier != Qualifier::Exact)
            return true;
    return false;
}

namespace ChartData {

QString valueLabel(double value, Qualifier qualifier)
{
    static const QString marks[] = {QString(), QStringLiteral(">"), QStringLiteral("\u2248"), QStringLiteral("<")};
    return marks[static_cast<int>(qualifier)] + NumberFormat::compact(value);
}

QString valueLabel(const ChartBar &bar)
{
    static const QString marks[] = {QString(), QStringLiteral(">"), QStringLiteral("\u2248"), QStringLiteral("<")};
    return marks[static_cast<int>(bar.qualifier)] + NumberFormat::asWritten(std::abs(bar.value), bar.stated);
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

QList<ChartSpec> build(const Document &doc, const std::function<bool(int)> &accepts)
{
    QList<ChartSpec> charts;

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

    // Growth rates of named indicators (results, not targets), by year: up and down from zero.
    {
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
                ChartBar bar = barFor(*i, q(i->label));
                if (i->change == Change::Down)
                    bar.value = -bar.value;
                groups[key] << bar;
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

    // Levels of one measure across parts, in prose and in tables.
    {
        int levels = 0, rates = 0;
        addLevels(doc, accepts, charts, levels);
        addTableColumns(doc, accepts, charts, levels, rates);
    }

    // Shares of one whole: parts stated as shares of the same named whole, in one paragraph.
    {
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
            byWhole[key] << barFor(i, q(i.label));
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

    // Targets and plans, as stated: a list, apart from the results.
    {
        QList<ChartBar> rows;
        for (const Indicator &i : doc.indicators) {
            if (!accepts(i.section) || !i.target || !hasKnownLabel(i) || inTable(doc, i))
                continue;
            ChartBar row = barFor(i, q(i.label));
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

    // Members: the people figures that count members and members reached (levels only).
    {
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
                bars << barFor(i, q(i.label));
        makeLabelsUnique(doc, bars);
        chart.source = sourceOf(doc, bars);
        addInParts(charts, chart, bars, kMaxBars);
    }

    // Figures by section, by category: how the report spreads its figures (a count, not a measure).
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
    return charts;
}

} // namespace ChartData
