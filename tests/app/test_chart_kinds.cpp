// Charts chosen by what the figures mean: report snippets that must and must not give each kind, and
// the rules every chart keeps on real reports (one unit, never changes beside levels, every bar its
// figure's value and hedge, no two bars named alike, no empty chart), checked through charts.json.

#include "chartdata.h"
#include "chartexport.h"
#include "chartfactory.h"
#include "fixtures.h"
#include "tablerows.h"

#include <reportcore/compare.h>
#include <reportcore/json.h>

#include <QDir>
#include <QGraphicsTextItem>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QSet>
#include <QTemporaryDir>

using reportcore::Change;
using reportcore::Qualifier;

namespace {

reportcore::Document parsed(const std::string &text)
{
    reportcore::DecodeError error = reportcore::DecodeError::None;
    reportcore::Document doc = reportcore::parseBytes(text, "snippet.txt", error);
    REQUIRE(error == reportcore::DecodeError::None);
    return doc;
}

QList<ChartSpec> chartsOf(const reportcore::Document &doc) { return ChartData::build(doc, [](int) { return true; }); }

QList<const ChartSpec *> ofKind(const QList<ChartSpec> &charts, ChartSpec::Kind kind)
{
    QList<const ChartSpec *> found;
    for (const ChartSpec &c : charts)
        if (c.kind == kind)
            found << &c;
    return found;
}

QStringList labels(const ChartSpec &chart)
{
    QStringList list;
    for (const ChartBar &bar : chart.bars)
        list << bar.label;
    return list;
}

/** What every chart of every report keeps. */
void checkTruthful(const reportcore::Document &doc, const QList<ChartSpec> &charts)
{
    for (const ChartSpec &chart : charts) {
        INFO(chart.title.toStdString());
        REQUIRE_FALSE(chart.bars.isEmpty());
        QSet<QString> seen;
        for (const ChartBar &bar : chart.bars) {
            INFO(bar.label.toStdString());
            CHECK_FALSE(seen.contains(bar.label)); // no two bars named alike
            seen.insert(bar.label);
            if (chart.kind == ChartSpec::BySection)
                continue;
            if (bar.derived) {
                CHECK(bar.indicator == -1);
                CHECK_FALSE(bar.formula.isEmpty());
                continue;
            }
            REQUIRE(bar.indicator >= 0);
            const reportcore::Indicator &i = doc.indicators[static_cast<std::size_t>(bar.indicator)];
            // the figure as stated: its value (a decrease drawn below zero) and its hedge
            CHECK(std::abs(bar.value) == i.value);
            CHECK((bar.value < 0) == (i.change == Change::Down && chart.kind == ChartSpec::Rates));
            CHECK(bar.qualifier == i.qualifier);
            CHECK_FALSE(i.label.empty());
            if (chart.kind == ChartSpec::Targets) {
                CHECK(i.target);
                continue;
            }
            if (chart.kind != ChartSpec::BeforeNow) // a plan and its change: the before-and-now chart says "planned"
                CHECK_FALSE(i.target); // results and targets are never charted together
            CHECK(QString::fromStdString(i.unit) == (chart.kind == ChartSpec::Members ? QString::fromStdString(i.unit) : chart.unit));
            // never changes beside levels
            if (chart.kind == ChartSpec::Rates)
                CHECK(i.change != Change::None);
            else
                CHECK(i.change == Change::None);
        }
        if (chart.kind == ChartSpec::Members) { // one unit of people, levels
            for (const ChartBar &bar : chart.bars)
                CHECK(doc.indicators[static_cast<std::size_t>(bar.indicator)].category == reportcore::Category::People);
        }
    }
}

} // namespace

TEST_CASE("before and now: a total and its own change, not another clause's", "[charts][kinds]")
{
    // The change of the first clause stands right before the second clause's total: they are not a pair.
    const reportcore::Document doc
        = parsed("赤字规模比上年增加1.2万亿元，拟安排超长期特别国债资金2.6万亿元、比上年增加3000亿元。\n");
    const QList<ChartSpec> charts = chartsOf(doc);
    checkTruthful(doc, charts);
    const QList<const ChartSpec *> pairs = ofKind(charts, ChartSpec::BeforeNow);
    REQUIRE(pairs.size() == 1);
    const ChartSpec &chart = *pairs.front();
    REQUIRE(chart.bars.size() == 2);
    CHECK(chart.bars[0].derived);
    CHECK(chart.bars[0].value == 2.3e12);
    CHECK(chart.bars[0].formula == QStringLiteral("2.6万亿 − 3000亿"));
    CHECK(chart.bars[1].value == 2.6e12);
    // a plan: the bar says so, not the past year's
    CHECK(chart.bars[1].label.contains(QStringLiteral("Planned")));
}

TEST_CASE("before and now: the change, then the total it reached; a total and its change against a base", "[charts][kinds]")
{
    const reportcore::Document doc = parsed("全市欠薪案件减少120件，降至380件。年末户籍人口763.2万人，比上年末增加3.6万人。\n");
    const QList<ChartSpec> charts = chartsOf(doc);
    checkTruthful(doc, charts);
    const QList<const ChartSpec *> pairs = ofKind(charts, ChartSpec::BeforeNow);
    REQUIRE(pairs.size() == 2);
    CHECK(pairs[0]->bars[0].value == 500);
    CHECK(pairs[1]->bars[0].value == 7596000);
    CHECK(pairs[1]->bars[0].label == QStringLiteral("上年末户籍人口"));
    // Unrelated clauses of one sentence give no pair.
    const reportcore::Document apart = parsed("新增就业岗位增加200个，全市共有企业1500个。\n");
    CHECK(ofKind(chartsOf(apart), ChartSpec::BeforeNow).isEmpty());
}

TEST_CASE("an increase beside the level it reached is never drawn as a level", "[charts][kinds]")
{
    const reportcore::Document doc = parsed("全市高技能人才增加64.57万人，已达146.57万人。全市技能人才总数达398万人。\n");
    const QList<ChartSpec> charts = chartsOf(doc);
    checkTruthful(doc, charts);
    for (const ChartSpec &chart : charts)
        if (chart.kind != ChartSpec::BeforeNow)
            for (const ChartBar &bar : chart.bars)
                CHECK(bar.value != 645700);
}

TEST_CASE("growth rates: named changes stated as rates, up and down from zero", "[charts][kinds]")
{
    const reportcore::Document doc = parsed("规模以上工业增加值增长5.0%，居民消费价格下降1.4%，社会消费品零售总额增长3.1%。\n");
    const QList<ChartSpec> charts = chartsOf(doc);
    checkTruthful(doc, charts);
    const QList<const ChartSpec *> rates = ofKind(charts, ChartSpec::Rates);
    REQUIRE(rates.size() == 1);
    REQUIRE(rates.front()->bars.size() == 3);
    CHECK(rates.front()->bars[0].value == 5.0);
    CHECK(rates.front()->bars[1].value == -1.4);
    CHECK(rates.front()->bars[2].value == 3.1);
    ReportChart chart(*rates.front());
    CHECK(chart.valueLabels()[1].startsWith(QStringLiteral("\u2212")));
}

TEST_CASE("levels of one measure: parts listed together, never unrelated figures of one unit", "[charts][kinds]")
{
    const reportcore::Document parts = parsed("第一产业增加值2000亿元，第二产业增加值5000亿元，第三产业增加值8000亿元。\n");
    const QList<ChartSpec> charts = chartsOf(parts);
    checkTruthful(parts, charts);
    const QList<const ChartSpec *> levels = ofKind(charts, ChartSpec::Levels);
    REQUIRE(levels.size() == 1);
    CHECK(labels(*levels.front()) == QStringList({QStringLiteral("第一产业增加值"), QStringLiteral("第二产业增加值"), QStringLiteral("第三产业增加值")}));
    CHECK(levels.front()->title.contains(QStringLiteral("增加值")));
    // GDP and GDP per head; two totals of different things; a stock and a flow: no chart of levels.
    for (const char *text : {"全年国内生产总值126万亿元，人均国内生产总值8.9万元。\n",
                             "货物进出口总额41.8万亿元，社会消费品零售总额47.1万亿元。\n",
                             "年末共有企业1500家，新增企业300家。\n",
                             "战争造成伤亡3000人，运动员获得奖牌30人。\n"}) {
        INFO(text);
        const reportcore::Document doc = parsed(text);
        const QList<ChartSpec> none = chartsOf(doc);
        checkTruthful(doc, none);
        CHECK(ofKind(none, ChartSpec::Levels).isEmpty());
    }
}

TEST_CASE("shares of one whole: parts stated as shares of it", "[charts][kinds]")
{
    const reportcore::Document doc = parsed("第一产业增加值占地区生产总值的比重为3.5%，第二产业增加值占地区生产总值的比重为38.9%，"
                                            "第三产业增加值占地区生产总值的比重为57.6%。\n");
    const QList<ChartSpec> charts = chartsOf(doc);
    checkTruthful(doc, charts);
    const QList<const ChartSpec *> shares = ofKind(charts, ChartSpec::Shares);
    REQUIRE(shares.size() == 1);
    CHECK(shares.front()->bars.size() == 3);
    CHECK(shares.front()->title.contains(QStringLiteral("地区生产总值")));
    // Shares of different wholes are not one chart.
    const reportcore::Document apart = parsed("研发经费占地区生产总值的比重为2.6%，高技能人才占技能人才总量的30%。\n");
    CHECK(ofKind(chartsOf(apart), ChartSpec::Shares).isEmpty());
}

TEST_CASE("targets: listed as stated, apart from the results", "[charts][kinds]")
{
    const reportcore::Document doc = parsed("去年国内生产总值增长5.2%，居民消费价格上涨0.2%。\n"
                                            "今年发展主要预期目标是：国内生产总值增长5%左右；城镇新增就业1200万人以上；"
                                            "居民消费价格涨幅3%左右。\n");
    const QList<ChartSpec> charts = chartsOf(doc);
    checkTruthful(doc, charts);
    const QList<const ChartSpec *> targets = ofKind(charts, ChartSpec::Targets);
    REQUIRE(targets.size() == 1);
    REQUIRE(targets.front()->bars.size() == 3);
    CHECK(targets.front()->bars[0].qualifier == Qualifier::About);
    CHECK(targets.front()->bars[1].qualifier == Qualifier::Over);
    CHECK(targets.front()->bars[0].stated == QStringLiteral("5%左右"));
    ReportChart list(*targets.front());
    REQUIRE(list.rows().size() == 4); // a header and three targets
    CHECK(list.rows()[2][1] == QStringLiteral("1200万人以上"));
    const QList<const ChartSpec *> rates = ofKind(charts, ChartSpec::Rates);
    REQUIRE(rates.size() == 1);
    CHECK(rates.front()->bars.size() == 2); // the results only
    // A result that met a target is a result.
    const reportcore::Document met = parsed("全年主要目标任务较好完成，国内生产总值增长5.2%。\n");
    CHECK_FALSE(met.indicators.front().target);
}

TEST_CASE("hedged bars are marked: more than, about, less than, each with its sign", "[charts][kinds]")
{
    const reportcore::Document doc = parsed("全市基层工会近200家，工会会员超30万人，其中女会员不到10万人，农民工会员12万人。\n");
    const QList<ChartSpec> charts = chartsOf(doc);
    checkTruthful(doc, charts);
    const QList<const ChartSpec *> members = ofKind(charts, ChartSpec::Members);
    REQUIRE(members.size() == 1);
    ReportChart chart(*members.front());
    const QStringList values = chart.valueLabels();
    REQUIRE(values.size() == 3);
    CHECK(values[0].startsWith(QLatin1Char('>')));
    CHECK(values[1].startsWith(QLatin1Char('<')));
    CHECK(members.front()->hasMarks());
    CHECK(chart.legend()->isVisible()); // the legend says what the marks mean
}

TEST_CASE("no chart without bars: a report without member figures has no member chart", "[charts][kinds]")
{
    const reportcore::Document doc = parsed("全年粮食产量1.39万亿斤。\n");
    const QList<ChartSpec> charts = chartsOf(doc);
    checkTruthful(doc, charts);
    CHECK(ofKind(charts, ChartSpec::Members).isEmpty());
    CHECK(ofKind(charts, ChartSpec::BySection).isEmpty());
}

TEST_CASE("real reports: every chart is true to its figures, and charts.json says so", "[charts][kinds][real]")
{
    const QStringList files = {QString(), QStringLiteral(REPORTLENS_REAL_DIR "/national_2024_zfgzbg_qqiw.txt"),
                               QStringLiteral(REPORTLENS_REAL_DIR "/hefei_2024_tjgb.txt"),
                               QStringLiteral(REPORTLENS_REAL_DIR "/mohrss_2022-2023_rsbz_tjgb.docx"),
                               QStringLiteral(REPORTLENS_REAL_DIR "/zhoukou_2023_tjgb.pdf")};
    for (const QString &file : files) {
        INFO(file.toStdString());
        const LoadResult result = DocumentSession::load(file);
        REQUIRE(result.document);
        const reportcore::Document &doc = *result.document;
        const QList<ChartSpec> charts = chartsOf(doc);
        CHECK(charts.size() >= 2);
        checkTruthful(doc, charts);
        // Every before-and-now pair: a total and a change of one sentence, the before computed from them.
        for (const ChartSpec *chart : ofKind(charts, ChartSpec::BeforeNow)) {
            const reportcore::Indicator &total = doc.indicators[static_cast<std::size_t>(chart->bars[1].indicator)];
            bool found = false;
            for (const reportcore::Derived &d : doc.derived)
                if (std::find(d.from.begin(), d.from.end(), total.id) != d.from.end() && d.value == chart->bars[0].value) {
                    const auto &a = doc.indicators[static_cast<std::size_t>(d.from[0]) - 1];
                    const auto &b = doc.indicators[static_cast<std::size_t>(d.from[1]) - 1];
                    CHECK(a.block == b.block);
                    CHECK((a.change == Change::None) != (b.change == Change::None));
                    found = true;
                }
            CHECK(found);
        }
        // charts.json against the figures of --json.
        const QJsonObject json = QJsonDocument::fromJson(QByteArray::fromStdString(reportcore::toJson(doc))).object();
        const QJsonArray indicators = json.value(QStringLiteral("indicators")).toArray();
        QStringList names;
        for (const ChartSpec &chart : charts)
            names << ChartData::fileName(chart) + QStringLiteral(".png");
        const QJsonArray manifest = QJsonDocument::fromJson(ChartData::manifest(charts, names)).object().value(QStringLiteral("charts")).toArray();
        REQUIRE(manifest.size() == charts.size());
        for (const QJsonValue &c : manifest) {
            CHECK_FALSE(c[QStringLiteral("bars")].toArray().isEmpty());
            CHECK(c[QStringLiteral("file")].toString().endsWith(QStringLiteral(".png")));
            for (const QJsonValue &bar : c[QStringLiteral("bars")].toArray()) {
                if (c[QStringLiteral("kind")].toString() == QStringLiteral("by-section"))
                    continue;
                if (bar[QStringLiteral("derived")].toBool()) {
                    CHECK(bar[QStringLiteral("indicator")].isNull());
                    continue;
                }
                const int id = bar[QStringLiteral("indicator")].toInt();
                REQUIRE(id >= 1);
                REQUIRE(id <= indicators.size());
                const QJsonValue figure = indicators[id - 1];
                CHECK(figure[QStringLiteral("id")].toInt() == id);
                CHECK(bar[QStringLiteral("value")].toDouble() == figure[QStringLiteral("value")].toDouble());
                CHECK(bar[QStringLiteral("qualifier")].toString() == figure[QStringLiteral("qualifier")].toString());
            }
        }
    }
}

TEST_CASE("export writes the size chosen, in the chart's aspect, without the on-screen selection", "[charts][export]")
{
    const QList<ChartSpec> charts = ChartData::build(*sampleReport(), [](int) { return true; });
    const ChartSpec &spec = charts.front();
    QTemporaryDir dir;
    QString error;
    ChartExport::Options twice;
    twice.scale = 2;
    ChartExport::Options wide;
    wide.width = 2400;
    REQUIRE(ChartExport::save(spec, dir.filePath(QStringLiteral("2x.png")), twice, false, &error));
    REQUIRE(ChartExport::save(spec, dir.filePath(QStringLiteral("w.png")), wide, false, &error));
    CHECK(QImage(dir.filePath(QStringLiteral("2x.png"))).size() == QSize(1920, 1200));
    CHECK(QImage(dir.filePath(QStringLiteral("w.png"))).size() == QSize(2400, 1500));
    CHECK(ChartExport::image(spec, twice).size() == QSize(1920, 1200)); // the clipboard's
    // On screen, a bar is selected and the view has its own size: the export has neither.
    ReportChart shown(spec);
    REQUIRE(shown.highlightIndicator(spec.bars.back().indicator));
    const QImage selected = ChartExport::render(&shown, QSizeF(413, 533), twice);
    CHECK(selected.size() == QSize(826, 1066));
    CHECK(ChartExport::image(spec, twice) == QImage(dir.filePath(QStringLiteral("2x.png"))).convertToFormat(QImage::Format_ARGB32_Premultiplied));
}

namespace {
/** The category labels of `chart` as Qt Charts drew them when it was rendered at `size`: each
 *  label's text and whether it was shown (Qt Charts hides a label with no room). */
QList<QPair<QString, bool>> categoryLabels(ReportChart &chart, const QSizeF &size)
{
    ChartExport::render(&chart, size, ChartExport::Options{});
    QList<QPair<QString, bool>> labels;
    QList<QGraphicsItem *> items = chart.childItems();
    while (!items.isEmpty()) {
        QGraphicsItem *item = items.takeFirst();
        items << item->childItems();
        if (auto *text = dynamic_cast<QGraphicsTextItem *>(item))
            labels << qMakePair(text->toPlainText().remove(QChar(0x200B)), text->isVisible());
    }
    return labels;
}
} // namespace

TEST_CASE("every bar of every chart has its label, on screen and exported", "[charts][labels]")
{
    QList<ChartSpec> charts;
    for (const QString &file : {QString(), QStringLiteral(REPORTLENS_REAL_DIR "/national_2024_zfgzbg_qqiw.txt"),
                                QStringLiteral(REPORTLENS_REAL_DIR "/hefei_2024_tjgb.txt"),
                                QStringLiteral(REPORTLENS_REAL_DIR "/zhoukou_2023_tjgb.pdf")}) {
        const LoadResult result = DocumentSession::load(file);
        REQUIRE(result.document);
        charts << chartsOf(*result.document);
    }
    // The comparison of two reports: pairs of bars, the labels longest.
    const LoadResult older = DocumentSession::load(QStringLiteral(REPORTLENS_LIBRARY_DIR "/national_2023_excerpt.txt"));
    const LoadResult newer = DocumentSession::load(QStringLiteral(REPORTLENS_REAL_DIR "/national_2024_zfgzbg_qqiw.txt"));
    REQUIRE((older.document && newer.document));
    charts << ChartData::compare(*older.document, *newer.document,
                                 reportcore::compareFigures(older.document->indicators, newer.document->indicators));
    int checked = 0;
    for (const ChartSpec &spec : charts) {
        if (spec.kind == ChartSpec::Targets)
            continue; // a list, not bars
        for (const QSizeF size : {ChartExport::defaultSize(), QSizeF(560, 420)}) {
            ReportChart chart(spec);
            const QList<QPair<QString, bool>> labels = categoryLabels(chart, size);
            for (const ChartBar &bar : spec.bars) {
                INFO(spec.title.toStdString() << " at " << size.width() << "×" << size.height() << ": " << bar.label.toStdString());
                // Its label is drawn (wrapped, perhaps cut short with "…"): the start of its words shows.
                const QString start = bar.label.left(3);
                CHECK(std::any_of(labels.begin(), labels.end(), [&start](const QPair<QString, bool> &l) {
                    return l.second && l.first.startsWith(start);
                }));
                ++checked;
            }
        }
    }
    CHECK(checked > 200);
}

namespace {
/** A web page holding one table, its rows given as "name|value|growth". */
DocumentPtr tableReport(const QTemporaryDir &dir, const QStringList &rows)
{
    QString html = QStringLiteral("<html><head><meta charset=\"utf-8\"><title>公报</title></head><body><h1>统计公报</h1>"
                                  "<p>全年地区生产总值增长5.1%。</p><table><tr><th>项目</th><th>指数</th><th>比上年增长（%）</th></tr>");
    for (const QString &row : rows) {
        const QStringList cells = row.split(QLatin1Char('|'));
        html += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td></tr>").arg(cells[0], cells[1], cells[2]);
    }
    html += QStringLiteral("</table></body></html>");
    const QString path = dir.filePath(QStringLiteral("table.html"));
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(html.toUtf8());
    file.close();
    const LoadResult result = DocumentSession::load(path);
    REQUIRE(result.document);
    return result.document;
}

/** The bar labels of each chart of a table's growth column, chart by chart. */
QList<QStringList> tableRateCharts(const reportcore::Document &doc)
{
    QList<QStringList> found;
    for (const ChartSpec &chart : ChartData::build(doc, [](int) { return true; }))
        if (chart.id.startsWith(QStringLiteral("rates-table"))) {
            QStringList labels;
            for (const ChartBar &bar : chart.bars)
                labels << bar.label;
            found << labels;
        }
    return found;
}
} // namespace

TEST_CASE("a table's numbered classes are charted apart from the totals and from each class's parts", "[charts][table]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const DocumentPtr doc = tableReport(dir, {QStringLiteral("居民消费价格指数|100.2|0.2"), QStringLiteral("城市|100.1|0.1"),
                                              QStringLiteral("农村|100.4|0.4"), QStringLiteral("一、食品烟酒|99.1|-0.9"),
                                              QStringLiteral("#粮食|100.5|0.5"), QStringLiteral("鲜菜|96.3|-3.7"),
                                              QStringLiteral("二、衣着|101.2|1.2"), QStringLiteral("三、居住|99.8|-0.2"),
                                              QStringLiteral("水电燃料|100.6|0.6"), QStringLiteral("租赁房房租|99.0|-1.0")});
    const QList<QStringList> charts = tableRateCharts(*doc);
    CHECK(charts.contains(QStringList{QStringLiteral("居民消费价格指数"), QStringLiteral("城市"), QStringLiteral("农村")}));
    CHECK(charts.contains(QStringList{QStringLiteral("食品烟酒"), QStringLiteral("衣着"), QStringLiteral("居住")}));
    CHECK(charts.contains(QStringList{QStringLiteral("粮食"), QStringLiteral("鲜菜")}));
    // The rows after the last class may be its parts or the table's next items: charted, named by no class.
    CHECK(charts.contains(QStringList{QStringLiteral("水电燃料"), QStringLiteral("租赁房房租")}));
    for (const ChartSpec &chart : ChartData::build(*doc, [](int) { return true; }))
        if (chart.bars.size() == 2 && chart.bars[0].label == QStringLiteral("粮食"))
            CHECK(chart.title.contains(QStringLiteral("食品烟酒")));
        else if (chart.bars.size() == 2 && chart.bars[0].label == QStringLiteral("水电燃料"))
            CHECK_FALSE(chart.title.contains(QStringLiteral("居住")));
    CHECK(charts.size() == 4);
}

TEST_CASE("a table without numbered classes is charted whole, its 其中 rows among the others", "[charts][table]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const DocumentPtr doc = tableReport(dir, {QStringLiteral("粮食|902.61|-3.2"), QStringLiteral("其中：夏粮|508.58|-8.6"),
                                              QStringLiteral("秋粮|394.03|4.8"), QStringLiteral("油料|56.43|6.8")});
    const QList<QStringList> charts = tableRateCharts(*doc);
    REQUIRE(charts.size() == 1);
    CHECK(charts.first().size() == 4);
}

TEST_CASE("row marks: a class's ordinal, a part's mark", "[charts][table]")
{
    using TableRows::Mark;
    CHECK(TableRows::markOf(QStringLiteral("一、食品烟酒")) == Mark::Ordinal);
    CHECK(TableRows::markOf(QStringLiteral("（2）非税收入")) == Mark::Ordinal);
    CHECK(TableRows::markOf(QStringLiteral("3. 交通")) == Mark::Ordinal);
    CHECK(TableRows::markOf(QStringLiteral("#粮食")) == Mark::Part);
    CHECK(TableRows::markOf(QStringLiteral("其中：城镇")) == Mark::Part);
    CHECK(TableRows::markOf(QStringLiteral("2024年")) == Mark::None);
    CHECK(TableRows::markOf(QStringLiteral("1.5万吨")) == Mark::None);
    CHECK(TableRows::markOf(QStringLiteral("粮食")) == Mark::None);
}
