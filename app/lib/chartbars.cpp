#include "chartbars.h"

#include <reportcore/classify.h>
#include <reportcore/library.h>

#include "texts.h"

#include <QCoreApplication>

using namespace reportcore;

namespace {

class Tr
{
    Q_DECLARE_TR_FUNCTIONS(ChartData)
};

/** The report as a chart's source names it: its own title line (never a bare year or a date), else its file. */
QString reportName(const Document &doc)
{
    const std::string title = reportTitle(doc);
    return QString::fromStdString(title.empty() ? doc.source.name : title);
}

} // namespace

namespace ChartBars {

QString q(const std::string &s) { return QString::fromStdString(s); }

const Indicator *indicatorById(const Document &doc, int id)
{
    return id >= 1 && static_cast<std::size_t>(id) <= doc.indicators.size() ? &doc.indicators[static_cast<std::size_t>(id) - 1]
                                                                             : nullptr;
}


QString sourceLine(const Document &doc, int line, int page)
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
    bar.uncertain = isUncertain(i);
    return bar;
}

/** A table cell's label is "row | column header": its two parts. */
ChartBar rateBar(const Indicator &i, const QString &label)
{
    ChartBar bar = barFor(i, label);
    if (i.change == Change::Down)
        bar.value = -bar.value;
    return bar;
}

std::pair<QString, QString> cellLabel(const Indicator &i)
{
    return {q(i.label), q(i.tableColumn)};
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
    const QString label = q(measureName(i));
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



} // namespace ChartBars
