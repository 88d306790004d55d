#include "chartindex.h"

#include "texts.h"

#include <QCoreApplication>
#include <QLocale>
#include <QUrl>

#include <algorithm>
#include <climits>
#include <numeric>
#include <set>

using namespace reportcore;

namespace {

class Tr
{
    Q_DECLARE_TR_FUNCTIONS(ChartIndex)
};

QString escaped(const QString &text) { return text.toHtmlEscaped(); }

/** A file name as a relative link: percent-encoded, so any title makes a working link. */
QString link(const QString &file) { return QString::fromUtf8(QUrl::toPercentEncoding(file, "-._~")); }

} // namespace

namespace ChartIndex {

void locate(const Document &doc, QList<ChartSpec> &charts)
{
    for (ChartSpec &chart : charts) {
        std::set<int> sections;
        int first = 0;
        for (const ChartBar &bar : chart.bars) {
            if (bar.indicator < 0 || bar.indicator >= static_cast<int>(doc.indicators.size()))
                continue;
            const Indicator &i = doc.indicators[static_cast<std::size_t>(bar.indicator)];
            if (i.section >= 0)
                sections.insert(i.section);
            first = first == 0 ? i.line : std::min(first, i.line);
        }
        QStringList titles;
        for (int s : sections)
            titles << Texts::sectionTitle(doc, s);
        chart.section = titles.join(Tr::tr("; "));
        chart.firstLine = first;
    }
}

QStringList kindNames()
{
    return {QStringLiteral("before-now"), QStringLiteral("rates"),   QStringLiteral("levels"),     QStringLiteral("shares"),
            QStringLiteral("targets"),    QStringLiteral("members"), QStringLiteral("by-section")};
}

QString kindTitle(ChartSpec::Kind kind)
{
    switch (kind) {
    case ChartSpec::BeforeNow: return Tr::tr("before and now");
    case ChartSpec::Rates: return Tr::tr("growth rates");
    case ChartSpec::Levels: return Tr::tr("levels");
    case ChartSpec::Shares: return Tr::tr("shares");
    case ChartSpec::Targets: return Tr::tr("targets");
    case ChartSpec::Members: return Tr::tr("members");
    case ChartSpec::BySection: return Tr::tr("figures by section");
    case ChartSpec::Compare: return Tr::tr("comparison");
    case ChartSpec::Series: return Tr::tr("series");
    }
    return {};
}

QList<ChartSpec> ofKinds(const QList<ChartSpec> &charts, const QStringList &kinds)
{
    if (kinds.isEmpty())
        return charts;
    QList<ChartSpec> kept;
    for (const ChartSpec &chart : charts)
        if (kinds.contains(chart.kindName()))
            kept << chart;
    return kept;
}

bool within(const Document &doc, int section, int ancestor)
{
    for (int s = section, steps = 0; s >= 0 && s < static_cast<int>(doc.sections.size()) && steps < 64; ++steps) {
        if (s == ancestor)
            return true;
        s = doc.sections[static_cast<std::size_t>(s)].parent;
    }
    return false;
}

QByteArray html(const QList<ChartSpec> &charts, const QStringList &files, const QStringList &svgs, const QString &title)
{
    // The report's order: by the first line a chart's figures stand on; charts of the whole report last.
    std::vector<int> order(static_cast<std::size_t>(charts.size()));
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&charts](int a, int b) {
        const int la = charts[a].firstLine > 0 ? charts[a].firstLine : INT_MAX;
        const int lb = charts[b].firstLine > 0 ? charts[b].firstLine : INT_MAX;
        return la < lb;
    });
    QString page = QStringLiteral("<!DOCTYPE html>\n<html lang=\"%1\">\n<head>\n<meta charset=\"utf-8\">\n<title>%2</title>\n"
                                  "<style>body{font-family:sans-serif;max-width:1000px;margin:2em auto;padding:0 1em;color:#222}"
                                  "figure{margin:0 0 2.5em;border-bottom:1px solid #ddd;padding-bottom:1.5em}"
                                  "img{max-width:100%;height:auto;border:1px solid #eee}dl{display:grid;grid-template-columns:max-content auto;"
                                  "gap:.2em 1em;margin:.5em 0}dt{color:#666}dd{margin:0}</style>\n</head>\n<body>\n")
                       .arg(QLocale().bcp47Name(), escaped(Tr::tr("Charts of %1").arg(title)));
    page += QStringLiteral("<h1>%1</h1>\n<p>%2</p>\n")
                .arg(escaped(Tr::tr("Charts of %1").arg(title)),
                     escaped(Tr::tr("%n chart(s), in the order of the report. What each shows, figure by figure: charts.json.", nullptr,
                                    static_cast<int>(charts.size()))));
    for (int k : order) {
        const ChartSpec &chart = charts[k];
        const QString file = files.value(k);
        page += QStringLiteral("<figure id=\"%1\">\n<a href=\"%2\"><img src=\"%2\" alt=\"%3\"></a>\n<figcaption><h2>%3</h2>\n<dl>")
                    .arg(escaped(chart.id), link(file), escaped(chart.title));
        page += QStringLiteral("<dt>%1</dt><dd>%2</dd>").arg(escaped(Tr::tr("Kind")), escaped(kindTitle(chart.kind)));
        page += QStringLiteral("<dt>%1</dt><dd>%2</dd>")
                    .arg(escaped(Tr::tr("Section")), escaped(chart.section.isEmpty() ? Tr::tr("the whole report") : chart.section));
        page += QStringLiteral("<dt>%1</dt><dd>%2</dd>").arg(escaped(Tr::tr("Source")), escaped(chart.source));
        QString links = QStringLiteral("<a href=\"%1\">PNG</a>").arg(link(file));
        if (!svgs.value(k).isEmpty())
            links += QStringLiteral(" · <a href=\"%1\">SVG</a>").arg(link(svgs.value(k)));
        page += QStringLiteral("<dt>%1</dt><dd>%2</dd></dl>\n</figcaption>\n</figure>\n").arg(escaped(Tr::tr("Files")), links);
    }
    page += QStringLiteral("</body>\n</html>\n");
    return page.toUtf8();
}

} // namespace ChartIndex
