// The item models and the section filter, driven as the window drives them.

#include "fixtures.h"
#include "indicatorfilterproxy.h"
#include "indicatortablemodel.h"
#include "representativefilterproxy.h"
#include "representativemodel.h"
#include "sectionfilter.h"
#include "chinesefold.h"
#include "sectiontreemodel.h"
#include "tableexport.h"
#include "texts.h"

#include <QAbstractItemModelTester>
#include <QLocale>
#include <QSignalSpy>

using reportcore::Document;

namespace {

struct Table {
    SectionFilter filter;
    IndicatorTableModel model;
    IndicatorFilterProxy proxy{&filter};
    Table()
    {
        proxy.setSourceModel(&model);
        new QAbstractItemModelTester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal, &model);
        new QAbstractItemModelTester(&proxy, QAbstractItemModelTester::FailureReportingMode::Fatal, &proxy);
        filter.setDocument(sampleReport());
        model.setDocument(sampleReport());
    }
    int sectionOfRow(int row) const { return proxy.index(row, 0).data(IndicatorTableModel::SectionRole).toInt(); }
};

} // namespace

TEST_CASE("the indicator table holds every figure of the report", "[models]")
{
    Table t;
    const Document &doc = *sampleReport();
    REQUIRE(t.model.rowCount() == static_cast<int>(doc.indicators.size()));
    CHECK(t.proxy.rowCount() == t.model.rowCount());
    // Row 5 is 146.57万人: figure as written, the value normalised, its label.
    const int row = 4;
    CHECK(t.model.index(row, IndicatorTableModel::Figure).data().toString() == QStringLiteral("146.57万人"));
    CHECK(t.model.index(row, IndicatorTableModel::Value).data(IndicatorTableModel::SortRole).toDouble() == 1465700.0);
    CHECK(t.model.index(row, IndicatorTableModel::Label).data().toString() == QStringLiteral("高技能人才"));
    CHECK(t.model.index(row, IndicatorTableModel::Line).data().toInt() == 15);
}

TEST_CASE("filtering by section leaves exactly that section's figures", "[models][filter]")
{
    Table t;
    const Document &doc = *sampleReport();
    QSignalSpy changed(&t.filter, &SectionFilter::changed);
    for (const std::string title : {"代表寄语", "代表风采"}) {
        const int section = sectionNamed(doc, title);
        REQUIRE(section >= 0);
        int expected = 0;
        for (const reportcore::Indicator &i : doc.indicators)
            expected += i.section == section ? 1 : 0;
        t.filter.setSelected({section});
        INFO(title);
        CHECK(t.proxy.rowCount() == expected);
        for (int r = 0; r < t.proxy.rowCount(); ++r)
            CHECK(t.sectionOfRow(r) == section);
        CHECK(t.filter.shownCount() == 1);
    }
    CHECK(changed.count() == 2);
    CHECK(t.proxy.rowCount() == 5); // 代表风采's five figures
    t.filter.clear();
    CHECK(t.proxy.rowCount() == static_cast<int>(doc.indicators.size()));
    CHECK(t.filter.isAll());
}

TEST_CASE("several sections at once; a parent section shows its subsections", "[filter]")
{
    reportcore::DecodeError error = reportcore::DecodeError::None;
    auto doc = std::make_shared<reportcore::Document>(reportcore::parseBytes(
        "# 报告\n\n## 甲\n\n增长5%。\n\n### 甲一\n\n新增10家。\n\n## 乙\n\n减少3人。\n", "t", error));
    REQUIRE(doc->sections.size() == 4);
    SectionFilter filter;
    filter.setDocument(doc);
    filter.setSelected({1}); // 甲 and its subsection 甲一
    CHECK(filter.accepts(1));
    CHECK(filter.accepts(2));
    CHECK_FALSE(filter.accepts(3));
    CHECK(filter.shownCount() == 2);
    filter.setSelected({2, 3});
    CHECK_FALSE(filter.accepts(1));
    CHECK(filter.accepts(2));
    CHECK(filter.accepts(3));
}

TEST_CASE("sorting by value is numeric", "[models][sort]")
{
    Table t;
    t.proxy.sort(IndicatorTableModel::Value, Qt::AscendingOrder);
    double previous = -1;
    for (int r = 0; r < t.proxy.rowCount(); ++r) {
        const double v = t.proxy.index(r, IndicatorTableModel::Value).data(IndicatorTableModel::SortRole).toDouble();
        CHECK(v >= previous);
        previous = v;
    }
    // Not as text: "1,300,000,000 人次" sorts last, "26 项" before "160 项".
    CHECK(t.proxy.index(t.proxy.rowCount() - 1, IndicatorTableModel::Figure).data().toString() == QStringLiteral("超13亿人次"));
    t.proxy.sort(IndicatorTableModel::Value, Qt::DescendingOrder);
    CHECK(t.proxy.index(0, IndicatorTableModel::Figure).data().toString() == QStringLiteral("超13亿人次"));
}

TEST_CASE("text and category filters", "[models][filter]")
{
    Table t;
    t.proxy.setCategory(static_cast<int>(reportcore::Category::Money));
    CHECK(t.proxy.rowCount() == 3); // 超10亿元, 2615万元, 1.29亿元
    t.proxy.setCategory(-1);
    t.proxy.setText(QStringLiteral("新业态"));
    CHECK(t.proxy.rowCount() == 3);
    t.proxy.setText(QString());
    CHECK(t.proxy.rowCount() == t.model.rowCount());
}

TEST_CASE("tooltips carry the normalised value in the UI language's format", "[models][tooltip]")
{
    Table t;
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    const QString en = t.model.index(4, 0).data(IndicatorTableModel::TooltipRole).toString();
    CHECK(en.contains(QStringLiteral("1,465,700")));
    CHECK(en.contains(QStringLiteral("高技能人才")));
    CHECK(en.contains(QStringLiteral("2024")));
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    CHECK(t.model.index(4, 0).data(IndicatorTableModel::TooltipRole).toString().contains(QStringLiteral("1.465.700")));
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

TEST_CASE("report text in tooltips is escaped, never markup", "[models][tooltip][security]")
{
    reportcore::DecodeError error = reportcore::DecodeError::None;
    auto doc = std::make_shared<reportcore::Document>(reportcore::parseBytes(
        "## <b>标题</b>\n\n<img src=x>会员<a href=\"file:///etc/passwd\">达</a>300万人。\n", "t", error));
    REQUIRE(doc->indicators.size() == 1);
    IndicatorTableModel model;
    model.setDocument(doc);
    const QString tip = model.index(0, 0).data(IndicatorTableModel::TooltipRole).toString();
    CHECK_FALSE(tip.contains(QStringLiteral("<b>标题")));
    CHECK_FALSE(tip.contains(QStringLiteral("<img")));
    CHECK_FALSE(tip.contains(QStringLiteral("<a href")));
}

TEST_CASE("copy as TSV: a header and the chosen rows", "[models]")
{
    Table t;
    const QString tsv = t.model.toTsv({4, 5});
    const QStringList lines = tsv.trimmed().split(QLatin1Char('\n'));
    REQUIRE(lines.size() == 3);
    CHECK(lines[0].split(QLatin1Char('\t')).size() == IndicatorTableModel::ColumnCount);
    CHECK(lines[1].startsWith(QStringLiteral("146.57万人\t1465700\t")));
    CHECK(lines[2].startsWith(QStringLiteral("36.78%\t36.78\t")));
}

TEST_CASE("the section tree counts figures per section", "[models]")
{
    SectionTreeModel model;
    new QAbstractItemModelTester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal, &model);
    model.setDocument(sampleReport());
    REQUIRE(model.rowCount() == 3);
    CHECK(model.index(0, SectionTreeModel::Figures).data().toInt() == 28);
    CHECK(model.index(1, SectionTreeModel::Title).data().toString() == QStringLiteral("代表风采"));
    CHECK(model.index(1, SectionTreeModel::Figures).data().toInt() == 5);
    CHECK(model.index(2, SectionTreeModel::Figures).data().toInt() == 0);
}

TEST_CASE("representatives: fields, and a pinyin query finds them", "[models][pinyin]")
{
    RepresentativeModel model;
    RepresentativeFilterProxy proxy;
    proxy.setSourceModel(&model);
    new QAbstractItemModelTester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal, &model);
    new QAbstractItemModelTester(&proxy, QAbstractItemModelTester::FailureReportingMode::Fatal, &proxy);
    model.setDocument(sampleReport());
    REQUIRE(model.rowCount() == 3);
    CHECK(model.index(0, RepresentativeModel::Roles).data().toString() == QStringLiteral("党委副书记、董事、工会主席"));
    CHECK(model.index(0, 0).data(RepresentativeModel::PinyinRole).toString() == QStringLiteral("liang yu qin"));

    auto only = [&](const char *query) {
        proxy.setQuery(QString::fromUtf8(query));
        QStringList names;
        for (int r = 0; r < proxy.rowCount(); ++r)
            names << proxy.index(r, 0).data().toString();
        return names;
    };
    CHECK(only("liang") == QStringList{QStringLiteral("梁玉琴")});
    CHECK(only("Liang Yu") == QStringList{QStringLiteral("梁玉琴")});
    CHECK(only("xusong") == QStringList{QStringLiteral("徐嵩")});
    CHECK(only("wyz") == QStringList{QStringLiteral("王育忠")});
    CHECK(only("律师") == QStringList{QStringLiteral("徐嵩")});
    CHECK(only("东方电气") == QStringList{QStringLiteral("王育忠")});
    CHECK(only("zzz").isEmpty());
    // Traditional and Simplified alike: 黨委副書記 finds 党委副书记, 東方電氣 finds 东方电气.
    CHECK(only("黨委副書記") == QStringList{QStringLiteral("梁玉琴")});
    CHECK(only("東方電氣") == QStringList{QStringLiteral("王育忠")});
    CHECK(only("").size() == 3);
}

TEST_CASE("the table shows values as the report writes magnitudes, the change and the hedge in words", "[models]")
{
    Table t;
    QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));
    // 146.57万人 (row 5) and its increase 64.57万人 (row 4); 超13亿人次 (row 3)
    CHECK(t.model.index(4, IndicatorTableModel::Value).data().toString() == QStringLiteral("146.57万 人"));
    CHECK(t.model.index(2, IndicatorTableModel::Value).data().toString() == QStringLiteral("13亿 人次"));
    CHECK(t.model.index(3, IndicatorTableModel::Change).data().toString() == Texts::change(reportcore::Change::Up));
    CHECK(t.model.index(4, IndicatorTableModel::Change).data().toString().isEmpty());
    CHECK(t.model.index(2, IndicatorTableModel::Qualifier).data().toString() == Texts::qualifier(reportcore::Qualifier::Over));
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    CHECK(t.model.index(4, IndicatorTableModel::Value).data().toString() == QStringLiteral("1.4657 million people"));
    CHECK(t.model.index(0, IndicatorTableModel::Value).data().toString() == QStringLiteral("26 items"));
    // Sorting stays numeric: the sort role is the number.
    CHECK(t.model.index(4, IndicatorTableModel::Value).data(IndicatorTableModel::SortRole).toDouble() == 1465700.0);
}

TEST_CASE("Traditional and Simplified characters fold both ways", "[models][fold]")
{
    CHECK(ChineseFold::toSimplified(QStringLiteral("工會代表 書記 董事長")) == QStringLiteral("工会代表 书记 董事长"));
    CHECK(ChineseFold::toTraditional(QStringLiteral("工会")) == QStringLiteral("工會"));
    CHECK(ChineseFold::variants(QStringLiteral("工會")) == QStringList({QStringLiteral("工會"), QStringLiteral("工会")}));
    CHECK(ChineseFold::variants(QStringLiteral("GDP")) == QStringList{QStringLiteral("GDP")});
}

TEST_CASE("the indicator table shows a figure's period and a greyed label where nothing names it; the tooltip says where the name comes from and shows the note of a footnote mark", "[models][labels]")
{
    const std::string text = "一、综合\n\n上半年，全区地区生产总值（GDP）[1]1234.5亿元，同比增长5.1%。\n\n达到12个。\n\n[1]地区生产总值按现价计算。\n";
    auto doc = std::make_shared<Document>(reportcore::parse(text));
    IndicatorTableModel model;
    model.setDocument(doc);
    REQUIRE(model.rowCount() == 3);
    CHECK(model.index(0, IndicatorTableModel::Label).data().toString() == QStringLiteral("地区生产总值"));
    CHECK(model.index(0, IndicatorTableModel::Period).data().toString() == QStringLiteral("上半年"));
    CHECK(model.index(0, IndicatorTableModel::TableColumn).data().toString().isEmpty());
    CHECK(!model.index(0, IndicatorTableModel::Label).data(Qt::ForegroundRole).isValid());
    // 达到12个: nothing names it — the cell says so, greyed
    CHECK(model.index(2, IndicatorTableModel::Label).data().toString() == Texts::label(doc->indicators[2]));
    CHECK(model.index(2, IndicatorTableModel::Label).data(Qt::ForegroundRole).isValid());
    CHECK(doc->indicators[2].labelSource == reportcore::LabelSource::None);
    const QString tip = model.index(0, IndicatorTableModel::Figure).data(Qt::ToolTipRole).toString();
    CHECK(tip.contains(QStringLiteral("上半年")));
    CHECK(tip.contains(Texts::labelSource(reportcore::LabelSource::Text).toHtmlEscaped()));
    CHECK(tip.contains(QStringLiteral("[1]地区生产总值按现价计算。")));
    // the header names the new columns
    CHECK(model.headerData(IndicatorTableModel::Period, Qt::Horizontal).toString() == IndicatorTableModel::tr("Period"));
    CHECK(model.headerData(IndicatorTableModel::TableColumn, Qt::Horizontal).toString() == IndicatorTableModel::tr("Column"));
}

TEST_CASE("figures OCR was unsure of: a filter of their own in the table, a tooltip that says so, a column in the CSV", "[models][ocr]")
{
    auto doc = std::make_shared<Document>(reportcore::parse("一、综合\n\n全年地区生产总值1234.5亿元，同比增长5.1%。新增就业7.52万人。\n"));
    REQUIRE(doc->indicators.size() == 3);
    doc->source.ocrPages = {1};
    doc->indicators[0].ocrConfidence = 93;
    doc->indicators[1].ocrConfidence = 40; // uncertain
    doc->indicators[2].ocrConfidence = 88;
    SectionFilter filter;
    filter.setDocument(doc);
    IndicatorTableModel model;
    model.setDocument(doc);
    IndicatorFilterProxy proxy(&filter);
    proxy.setSourceModel(&model);
    CHECK(proxy.rowCount() == 3);
    proxy.setCategory(IndicatorFilterProxy::kUncertain);
    REQUIRE(proxy.rowCount() == 1);
    CHECK(proxy.index(0, IndicatorTableModel::Figure).data().toString() == QStringLiteral("5.1%"));
    const QString unsure = model.index(1, IndicatorTableModel::Figure).data(Qt::ToolTipRole).toString();
    CHECK(unsure.contains(Texts::tr("%1 % sure — check it against the scan").arg(40).toHtmlEscaped()));
    const QString sure = model.index(0, IndicatorTableModel::Figure).data(Qt::ToolTipRole).toString();
    CHECK(sure.contains(Texts::tr("%1 % sure").arg(93).toHtmlEscaped()));
    const QList<QByteArray> rows = TableExport::csv(*doc, [](int) { return true; }).mid(3).split('\n');
    REQUIRE(rows.size() >= 4);
    CHECK(rows[0].trimmed().endsWith("ocr_confidence,uncertain"));
    CHECK(rows[1].trimmed().endsWith(",93,"));
    CHECK(rows[2].trimmed().endsWith(",40,yes"));
}
