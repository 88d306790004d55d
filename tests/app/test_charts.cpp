// Charts and exports, checked against the core's figures.

#include "chartdata.h"
#include "chartexport.h"
#include "chartindex.h"
#include "chartfactory.h"
#include "fixtures.h"
#include "numberformat.h"
#include "tableexport.h"
#include "texts.h"

#include <reportcore/classify.h>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QLocale>
#include <QRegularExpression>
#include <QUrl>
#include <QTemporaryDir>

#include <climits>

#include <sys/stat.h>
#include <unistd.h>

namespace {

QList<ChartSpec> allCharts() { return ChartData::build(*sampleReport(), [](int) { return true; }); }

const ChartSpec *chartOf(const QList<ChartSpec> &charts, ChartSpec::Kind kind)
{
    for (const ChartSpec &c : charts)
        if (c.kind == kind)
            return &c;
    return nullptr;
}

} // namespace

TEST_CASE("the growth chart: high-skilled workers before (derived) and now", "[charts]")
{
    const QList<ChartSpec> charts = allCharts();
    const ChartSpec *growth = chartOf(charts, ChartSpec::BeforeNow);
    REQUIRE(growth);
    REQUIRE(growth->bars.size() == 2);
    CHECK(growth->bars[0].derived);
    CHECK(growth->bars[0].value == 820000.0);
    CHECK(growth->bars[0].label == QStringLiteral("产改前高技能人才"));
    CHECK(growth->bars[0].formula == QStringLiteral("146.57万 − 64.57万"));
    CHECK(growth->bars[0].indicator == -1);
    CHECK_FALSE(growth->bars[1].derived);
    CHECK(growth->bars[1].value == 1465700.0);
    CHECK(growth->bars[1].indicator == 4);
    CHECK(growth->annotation.contains(QStringLiteral("64.57万人"))); // the increase, as stated
    CHECK(growth->annotation.contains(QStringLiteral("36.78%")));
    CHECK(growth->unit == QStringLiteral("人"));
}

TEST_CASE("the member chart holds the figures that count members", "[charts]")
{
    const reportcore::Document &doc = *sampleReport();
    const QList<ChartSpec> charts = allCharts();
    const ChartSpec *members = chartOf(charts, ChartSpec::Members);
    REQUIRE(members);
    QList<int> expected;
    for (std::size_t i = 0; i < doc.indicators.size(); ++i)
        if (reportcore::countsMembers(doc, doc.indicators[i]))
            expected << static_cast<int>(i);
    QList<int> shown;
    for (const ChartBar &bar : members->bars)
        shown << bar.indicator;
    CHECK(shown == expected);
    // 新业态工会会员 6万余人, 快递小哥 2.3万名 (joined the union), 会员 30万余名.
    REQUIRE(members->bars.size() == 3);
    CHECK(members->bars[0].value == 60000.0);
    CHECK(members->bars[0].qualifier == reportcore::Qualifier::Over);
    CHECK(members->bars[1].value == 23000.0);
    CHECK(members->bars[1].qualifier == reportcore::Qualifier::Exact);
    CHECK(members->bars[2].value == 300000.0);
}

TEST_CASE("figures by section count each category", "[charts]")
{
    const reportcore::Document &doc = *sampleReport();
    const QList<ChartSpec> charts = allCharts();
    const ChartSpec *bySection = chartOf(charts, ChartSpec::BySection);
    REQUIRE(bySection);
    REQUIRE(bySection->bars.size() == 3);
    CHECK(bySection->bars[0].value == 28);
    CHECK(bySection->bars[1].value == 5);
    double sum = 0;
    for (const QList<double> &stack : bySection->stackValues)
        sum += stack.value(0);
    CHECK(sum == 28);
    CHECK(doc.indicators.size() == 33);
}

TEST_CASE("charts follow the section filter", "[charts][filter]")
{
    const reportcore::Document &doc = *sampleReport();
    const int profiles = sectionNamed(doc, "代表风采");
    const QList<ChartSpec> charts = ChartData::build(doc, [profiles](int s) { return s == profiles; });
    CHECK_FALSE(chartOf(charts, ChartSpec::BeforeNow)); // its change and total are in the first section
    const ChartSpec *members = chartOf(charts, ChartSpec::Members);
    REQUIRE(members);
    REQUIRE(members->bars.size() == 1);
    CHECK(members->bars[0].value == 300000.0);
    CHECK_FALSE(chartOf(charts, ChartSpec::BySection)); // one section alone compares nothing
}

TEST_CASE("value labels: compact, in the UI language, with the mark of the hedge", "[charts]")
{
    using reportcore::Qualifier;
    QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));
    CHECK(ChartData::valueLabel(1465700, Qualifier::Exact) == QStringLiteral("146.57万")); // the digits the report wrote
    CHECK(ChartData::valueLabel(60000, Qualifier::Over) == QStringLiteral(">6万"));
    CHECK(ChartData::valueLabel(1300000000, Qualifier::Over) == QStringLiteral(">13亿"));
    CHECK(ChartData::valueLabel(200, Qualifier::About) == QStringLiteral("\u2248200"));
    CHECK(ChartData::valueLabel(100, Qualifier::Under) == QStringLiteral("<100"));
    // As the report wrote it: with its magnitude, or in full when it has none.
    CHECK(NumberFormat::asWritten(1465700, QStringLiteral("146.57万人")) == QStringLiteral("146.57万"));
    CHECK(NumberFormat::asWritten(55832, QStringLiteral("55832元")) == QStringLiteral("55,832"));
    CHECK(NumberFormat::asWritten(1.4e14, QStringLiteral("140万亿元")) == QStringLiteral("140万亿"));
    CHECK(NumberFormat::asWritten(1350769000000, QStringLiteral("13507.69亿元")) == QStringLiteral("13,507.69亿")); // its own word
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    CHECK(ChartData::valueLabel(60000, Qualifier::Over) == QStringLiteral(">60K"));
    CHECK(ChartData::valueLabel(1465700, Qualifier::Exact) == QStringLiteral("1.4657M"));
    CHECK(ChartData::valueLabel(428, Qualifier::Exact) == QStringLiteral("428"));
}

TEST_CASE("amounts in English as a reader writes them, with no more digits than the report gave", "[charts][english]")
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    CHECK(NumberFormat::asWritten(139030000000, QStringLiteral("1390.3亿元")) == QStringLiteral("139.03 billion"));
    CHECK(NumberFormat::asWritten(13240000, QStringLiteral("1324万人")) == QStringLiteral("13.24 million"));
    CHECK(NumberFormat::asWritten(12600000, QStringLiteral("1260万人")) == QStringLiteral("12.6 million"));
    CHECK(NumberFormat::asWritten(2480613000000, QStringLiteral("24806.13亿元")) == QStringLiteral("2.480613 trillion"));
    CHECK(NumberFormat::asWritten(1465700, QStringLiteral("146.57万人")) == QStringLiteral("1.4657 million"));
    CHECK(NumberFormat::asWritten(1300000000, QStringLiteral("超13亿人次")) == QStringLiteral("1.3 billion"));
    CHECK(NumberFormat::asWritten(55832, QStringLiteral("55832元")) == QStringLiteral("55,832"));
    CHECK(NumberFormat::asWritten(60000, QStringLiteral("6万")) == QStringLiteral("60 thousand"));
    // A computed bar in the form of the figures it is computed from.
    ChartBar computed;
    computed.value = 3.88e12;
    computed.derived = true;
    computed.formula = QStringLiteral("4.06万亿 − 1800亿");
    CHECK(ChartData::valueLabel(computed) == QStringLiteral("3.88 trillion"));
    QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));
    CHECK(ChartData::valueLabel(computed) == QStringLiteral("3.88万亿"));
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    // A table cell in the magnitude its column states: 866.60 under 年末数（万人）.
    reportcore::Indicator cell;
    cell.text = "866.60";
    cell.value = 8666000;
    cell.unit = "人";
    cell.tableColumn = "年末数（万人）";
    CHECK(Texts::written(cell) == QStringLiteral("866.60万"));
    CHECK(NumberFormat::asWritten(cell.value, Texts::written(cell)) == QStringLiteral("8.666 million"));
    QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));
    CHECK(NumberFormat::asWritten(cell.value, Texts::written(cell)) == QStringLiteral("866.6万"));
    cell.tableColumn = "比上年增长（%）";
    CHECK(Texts::written(cell) == QStringLiteral("866.60"));
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    // The common units in words, any other as written.
    CHECK(Texts::unit("元") == QStringLiteral("yuan"));
    CHECK(Texts::unit("人") == QStringLiteral("people"));
    CHECK(Texts::unit("件") == QStringLiteral("件"));
    QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));
    CHECK(Texts::unit("元") == QStringLiteral("元"));
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

TEST_CASE("chart labels are escaped: report text is not HTML in a chart", "[charts][security]")
{
    CHECK(wrappedLabel(QStringLiteral("<b>粗体</b>")) == QStringLiteral("&lt;b&gt;粗体&lt;/b&gt;"));
    CHECK(wrappedLabel(QStringLiteral("高技能人才（2024）"), 5) == QStringLiteral("高技能人才<br>（2024）"));
    // One line, cut with an ellipsis, when the bars are many and thin.
    CHECK(wrappedLabel(QStringLiteral("凝聚“工”力量 扎实推进中国式现代化的广州实践"), 12, 1)
          == QStringLiteral("凝聚“工”力量 扎实推进…"));
    ChartSpec spec;
    spec.title = QStringLiteral("<img src=x>");
    ChartBar bar;
    bar.label = QStringLiteral("<a href='file:///etc/passwd'>x</a>");
    bar.value = 1;
    spec.bars << bar;
    ReportChart chart(spec);
    CHECK(chart.title().contains(QStringLiteral("&lt;img src=x&gt;")));
}

TEST_CASE("PNG export: 2x has twice the pixels of 1x; a width is honoured", "[charts][export]")
{
    QTemporaryDir dir;
    const QList<ChartSpec> charts = allCharts();
    ReportChart chart(*chartOf(charts, ChartSpec::BeforeNow));
    ChartExport::Options one, two, wide;
    two.scale = 2;
    wide.width = 1500;
    QString error;
    REQUIRE(ChartExport::savePng(&chart, ChartExport::defaultSize(), dir.filePath(QStringLiteral("1x.png")), one, &error));
    REQUIRE(ChartExport::savePng(&chart, ChartExport::defaultSize(), dir.filePath(QStringLiteral("2x.png")), two, &error));
    REQUIRE(ChartExport::savePng(&chart, ChartExport::defaultSize(), dir.filePath(QStringLiteral("w.png")), wide, &error));
    const QImage a(dir.filePath(QStringLiteral("1x.png"))), b(dir.filePath(QStringLiteral("2x.png"))),
        c(dir.filePath(QStringLiteral("w.png")));
    CHECK(a.size() == QSize(960, 600));
    CHECK(b.size() == QSize(1920, 1200));
    CHECK(c.width() == 1500);
    // The whole chart is drawn, not a quarter of it: the bottom-right quarter has ink in it.
    const QImage quarter = b.copy(960, 600, 960, 600);
    int ink = 0;
    for (int y = 0; y < quarter.height(); y += 4)
        for (int x = 0; x < quarter.width(); x += 4)
            ink += quarter.pixelColor(x, y) != QColor(Qt::white) ? 1 : 0;
    CHECK(ink > 100);
    ChartExport::Options clear;
    clear.transparent = true;
    CHECK(ChartExport::render(&chart, ChartExport::defaultSize(), clear).pixelColor(2, 2).alpha() == 0);
    CHECK(ChartExport::saveSvg(&chart, ChartExport::defaultSize(), dir.filePath(QStringLiteral("c.svg")), &error));
    QFile svg(dir.filePath(QStringLiteral("c.svg")));
    REQUIRE(svg.open(QIODevice::ReadOnly));
    CHECK(svg.readAll().contains("<svg"));
}

TEST_CASE("exporting into an unwritable folder fails with a message and leaves no file", "[charts][export]")
{
    if (geteuid() == 0)
        WARN("running as root: permissions are not enforced, so an unwritable folder is simulated by one under a file");
    QTemporaryDir dir;
    const QString locked = dir.filePath(QStringLiteral("locked"));
    REQUIRE(QDir().mkdir(locked));
    REQUIRE(chmod(QFile::encodeName(locked).constData(), 0500) == 0);
    QFile file(dir.filePath(QStringLiteral("a-file")));
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.close();
    const QString target = geteuid() == 0 ? dir.filePath(QStringLiteral("a-file/folder")) : locked;
    QString error;
    ChartExport::Options options;
    const QStringList written = ChartExport::saveAll(allCharts(), target, options, true, &error);
    CHECK(written.isEmpty());
    CHECK_FALSE(error.isEmpty());
    CHECK(QDir(locked).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot).isEmpty());
    CHECK_FALSE(TableExport::writeAtomically(target + QStringLiteral("/t.csv"), "x", &error));
    CHECK(error.contains(QStringLiteral("t.csv")));
    chmod(QFile::encodeName(locked).constData(), 0700);
}

TEST_CASE("every chart to a folder", "[charts][export]")
{
    QTemporaryDir dir;
    QString error;
    ChartExport::Options options;
    const QString folder = dir.filePath(QStringLiteral("new/charts")); // created when missing
    const QStringList written = ChartExport::saveAll(allCharts(), folder, options, false, &error);
    CHECK(written.size() == allCharts().size() + 2);
    CHECK(written.size() >= 5);
    CHECK(written.contains(QDir(folder).filePath(QStringLiteral("charts.json"))));
    CHECK(written.last() == QDir(folder).filePath(QStringLiteral("index.html")));
    for (const QString &path : written.mid(0, written.size() - 2))
        CHECK(QImage(path).size() == QSize(960, 600));
}

TEST_CASE("a chart folder's index.html: every chart once, its picture, kind, section and source, in the report's order, every link to a file there", "[charts][export][index]")
{
    QTemporaryDir dir;
    QString error;
    ChartExport::Options options;
    options.title = QStringLiteral("报告<标题>");
    const QList<ChartSpec> charts = allCharts();
    const QStringList written = ChartExport::saveAll(charts, dir.path(), options, true, &error);
    REQUIRE_FALSE(written.isEmpty());
    QFile file(dir.filePath(QStringLiteral("index.html")));
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QString page = QString::fromUtf8(file.readAll());
    CHECK(page.startsWith(QStringLiteral("<!DOCTYPE html>")));
    CHECK(page.contains(QStringLiteral("报告&lt;标题&gt;"))); // report text escaped, never markup
    // Every link and picture names a file of the folder.
    static const QRegularExpression linkRe(QStringLiteral("(?:href|src)=\"([^\"]+)\""));
    int links = 0;
    for (auto it = linkRe.globalMatch(page); it.hasNext();) {
        const QString target = QUrl::fromPercentEncoding(it.next().captured(1).toUtf8());
        INFO(target.toStdString());
        CHECK(QFileInfo::exists(dir.filePath(target)));
        ++links;
    }
    CHECK(links >= 3 * charts.size()); // the picture, its link, the PNG (and the SVG)
    // Every chart once, with its title, kind and source, in the order of the lines its figures stand on.
    int last = 0, previousLine = 0;
    for (const ChartSpec &chart : charts)
        CHECK(page.count(QStringLiteral("<figure id=\"%1\">").arg(chart.id)) == 1);
    QList<ChartSpec> byPlace = charts;
    std::stable_sort(byPlace.begin(), byPlace.end(), [](const ChartSpec &a, const ChartSpec &b) {
        return (a.firstLine > 0 ? a.firstLine : INT_MAX) < (b.firstLine > 0 ? b.firstLine : INT_MAX);
    });
    for (const ChartSpec &chart : byPlace) {
        const int at = page.indexOf(QStringLiteral("<figure id=\"%1\">").arg(chart.id));
        INFO(chart.id.toStdString());
        CHECK(at > last);
        last = at;
        const QString entry = page.mid(at, page.indexOf(QStringLiteral("</figure>"), at) - at);
        CHECK(entry.contains(chart.title.toHtmlEscaped()));
        CHECK(entry.contains(ChartIndex::kindTitle(chart.kind).toHtmlEscaped()));
        CHECK(entry.contains(chart.source.toHtmlEscaped()));
        CHECK(entry.contains(QStringLiteral(".svg")));
        if (chart.firstLine > 0) {
            CHECK(chart.firstLine >= previousLine);
            previousLine = chart.firstLine;
            CHECK_FALSE(chart.section.isEmpty());
            CHECK(entry.contains(chart.section.toHtmlEscaped()));
        }
    }
}

TEST_CASE("a chart folder of some kinds, of one section", "[charts][export][index]")
{
    const reportcore::Document &doc = *sampleReport();
    const QList<ChartSpec> all = allCharts();
    const QList<ChartSpec> rates = ChartIndex::ofKinds(all, {QStringLiteral("rates"), QStringLiteral("members")});
    REQUIRE_FALSE(rates.isEmpty());
    CHECK(rates.size() < all.size());
    for (const ChartSpec &chart : rates)
        CHECK((chart.kind == ChartSpec::Rates || chart.kind == ChartSpec::Members));
    CHECK(ChartIndex::ofKinds(all, {}).size() == all.size());
    // A section and the sections within it (the one with the most figures): every bar's figure stands there.
    std::vector<int> count(doc.sections.size(), 0);
    for (const reportcore::Indicator &i : doc.indicators)
        for (std::size_t s = 0; s < doc.sections.size(); ++s)
            count[s] += ChartIndex::within(doc, i.section, static_cast<int>(s));
    const int section = static_cast<int>(std::max_element(count.begin(), count.end()) - count.begin());
    REQUIRE(count[static_cast<std::size_t>(section)] > 0);
    CHECK(count[static_cast<std::size_t>(section)] < static_cast<int>(doc.indicators.size()));
    const QList<ChartSpec> inSection = ChartData::build(doc, [&doc, section](int s) { return ChartIndex::within(doc, s, section); });
    REQUIRE_FALSE(inSection.isEmpty());
    for (const ChartSpec &chart : inSection)
        for (const ChartBar &bar : chart.bars)
            if (bar.indicator >= 0)
                CHECK(ChartIndex::within(doc, doc.indicators[static_cast<std::size_t>(bar.indicator)].section, section));
}

TEST_CASE("CSV: a BOM, a header and one row per indicator", "[export][csv]")
{
    const reportcore::Document &doc = *sampleReport();
    const QByteArray csv = TableExport::csv(doc, [](int) { return true; });
    REQUIRE(csv.startsWith("\xEF\xBB\xBF"));
    const QList<QByteArray> lines = csv.mid(3).trimmed().split('\n');
    REQUIRE(lines.size() == static_cast<int>(doc.indicators.size()) + 1);
    CHECK(lines[0].startsWith("id,text,value"));
    for (std::size_t i = 0; i < doc.indicators.size(); ++i) {
        const QList<QByteArray> cells = lines[static_cast<int>(i) + 1].trimmed().split(',');
        CHECK(cells[0].toInt() == doc.indicators[i].id);
        CHECK(QString::fromUtf8(cells[1]) == QString::fromStdString(doc.indicators[i].text));
        CHECK(cells[2].toDouble() == doc.indicators[i].value);
    }
    CHECK(TableExport::json(doc).startsWith("{\n  \"source\""));
}

TEST_CASE("charts say when they leave figures out: many sections, many growth charts", "[charts][large]")
{
    QFile embedded(QStringLiteral(":/reports/embedded.txt"));
    REQUIRE(embedded.open(QIODevice::ReadOnly));
    const std::string one = embedded.readAll().toStdString();
    std::string many;
    for (int i = 0; i < 50; ++i)
        many += one + "\n";
    reportcore::DecodeError error = reportcore::DecodeError::None;
    const reportcore::Document doc = reportcore::parseBytes(many, "many.txt", error);
    REQUIRE(error == reportcore::DecodeError::None);
    const QList<ChartSpec> ofOne = allCharts();
    const int growthOfOne = static_cast<int>(
        std::count_if(ofOne.begin(), ofOne.end(), [](const ChartSpec &c) { return c.kind == ChartSpec::BeforeNow; }));
    REQUIRE(growthOfOne > 0);
    const QList<ChartSpec> charts = ChartData::build(doc, [](int) { return true; });
    int growth = 0;
    const ChartSpec *lastGrowth = nullptr;
    for (const ChartSpec &c : charts)
        if (c.kind == ChartSpec::BeforeNow) {
            ++growth;
            lastGrowth = &c;
        }
    CHECK(growth == 40);
    REQUIRE(lastGrowth);
    CHECK(lastGrowth->annotation.contains(QString::number(50 * growthOfOne - 40)));
    const ChartSpec *bySection = chartOf(charts, ChartSpec::BySection);
    REQUIRE(bySection);
    CHECK(bySection->bars.size() == 24);
    CHECK(bySection->annotation.contains(QString::number(doc.sections.size())));
}

TEST_CASE("a table's columns are charted column by column, each bar a row of the table", "[charts][table]")
{
    const LoadResult result = DocumentSession::load(QStringLiteral(REPORTLENS_REAL_DIR "/zhoukou_2023_tjgb.pdf"));
    REQUIRE(result.document);
    const reportcore::Document &doc = *result.document;
    int tableCharts = 0;
    for (const ChartSpec &chart : ChartData::build(doc, [](int) { return true; })) {
        bool fromTable = false;
        for (const ChartBar &bar : chart.bars) {
            if (bar.indicator < 0)
                continue;
            const reportcore::Indicator &i = doc.indicators[static_cast<std::size_t>(bar.indicator)];
            const bool cell = doc.blocks[static_cast<std::size_t>(i.block)].kind == reportcore::BlockKind::Table;
            if (bar.indicator == chart.bars.front().indicator)
                fromTable = cell;
            CHECK(cell == fromTable); // a table's cells are never set beside the prose's figures
            if (cell) // the column's header is the chart's; the bar is the row
                CHECK(QString::fromStdString(i.label).startsWith(bar.label.section(QStringLiteral("\uFF08"), 0, 0)));
        }
        tableCharts += fromTable ? 1 : 0;
    }
    CHECK(tableCharts > 0);
}
