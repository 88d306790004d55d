// The library in the window: its charts (true to the figures: one role and one unit per comparison
// chart, one issuer per series chart), the comparison and series windows (table, CSV), the library
// window (adding off the UI thread, search in either script, a hit opening its report at the line),
// and the JSON the command line prints.

#include "chartdata.h"
#include "figurecomparison.h"
#include "libraryjson.h"
#include "librarywindow.h"
#include "mainwindow.h"
#include "readingpane.h"
#include "readingview.h"

#include <reportcore/parse.h>

#include <QApplication>
#include <QDir>
#include <QSignalSpy>
#include <QPushButton>
#include <QLabel>
#include <QComboBox>
#include <QTableWidget>
#include <QTextBlock>
#include <QTemporaryDir>
#include <QTreeWidget>

#include <catch2/catch.hpp>

using namespace reportcore;

namespace {

QString real(const char *name) { return QStringLiteral(REPORTLENS_REAL_DIR "/") + QString::fromUtf8(name); }
QString own(const char *name) { return QStringLiteral(REPORTLENS_LIBRARY_DIR "/") + QString::fromUtf8(name); }

std::shared_ptr<const Document> parsed(const QString &path)
{
    DecodeError error = DecodeError::None;
    auto doc = std::make_shared<Document>(parseFile(path.toStdString(), error, ReadOptions{}));
    REQUIRE(error == DecodeError::None);
    return doc;
}

} // namespace

TEST_CASE("comparison charts: pairs side by side, one role and one unit per chart, values as stated", "[library-ui]")
{
    const auto older = parsed(own("national_2023_excerpt.txt"));
    const auto newer = parsed(real("national_2024_zfgzbg_qqiw.txt"));
    const std::vector<CompareRow> rows = compareFigures(older->indicators, newer->indicators);
    const QList<ChartSpec> charts = ChartData::compare(*older, *newer, rows);
    REQUIRE(charts.size() >= 3);
    int bars = 0;
    for (const ChartSpec &chart : charts) {
        INFO(chart.title.toStdString());
        CHECK(chart.kind == ChartSpec::Compare);
        REQUIRE(chart.bars.size() % 2 == 0);
        QSet<QString> labels, units;
        for (const ChartBar &bar : chart.bars) {
            labels << bar.label;
            units << QString::fromStdString(foldForSearch(bar.unit.toStdString()));
        }
        CHECK(labels.size() == chart.bars.size()); // never two bars named alike
        CHECK(units.size() == 1);                  // one unit
        bars += chart.bars.size();
    }
    // Every bar is a figure of a pair, as stated: its value and its hedge.
    int pairs = 0;
    for (const CompareRow &row : rows)
        pairs += row.older && row.newer;
    CHECK(bars == 2 * pairs);
    bool deficit = false;
    for (const ChartSpec &chart : charts)
        for (int k = 0; k + 1 < chart.bars.size(); k += 2)
            if (chart.bars[k].stated == QStringLiteral("3.88万亿元")) {
                deficit = true;
                CHECK(chart.bars[k + 1].stated == QStringLiteral("4.06万亿元"));
                CHECK(chart.bars[k].value == Approx(3.88e12));
                CHECK(chart.title.contains(QStringLiteral("targets")) == (QLocale().language() != QLocale::Chinese));
            }
    CHECK(deficit);
}

TEST_CASE("comparison window: every row in the table, the CSV as the table says", "[library-ui]")
{
    const auto older = parsed(own("national_2023_excerpt.txt"));
    const auto newer = parsed(real("national_2024_zfgzbg_qqiw.txt"));
    CompareDialog dialog(older, QStringLiteral("2023.txt"), newer, QStringLiteral("2024.txt"));
    REQUIRE(dialog.table()->rowCount() == static_cast<int>(dialog.rows().size()));
    bool found = false;
    for (int r = 0; r < dialog.table()->rowCount(); ++r)
        if (dialog.table()->item(r, 0)->text() == QStringLiteral("赤字规模") && dialog.table()->item(r, 2)->text() == QStringLiteral("3.88万亿元")) {
            found = true;
            CHECK(dialog.table()->item(r, 3)->text() == QStringLiteral("4.06万亿元"));
            CHECK(dialog.table()->item(r, 4)->text().contains(QStringLiteral("180"))); // +1800亿 or +180B
        }
    CHECK(found);
    const QByteArray bytes = dialog.csv();
    CHECK(bytes.startsWith("\xEF\xBB\xBF")); // a BOM: spreadsheets read UTF-8 only with it
    const QString csv = QString::fromUtf8(bytes);
    CHECK(csv.count(QStringLiteral("\r\n")) == dialog.table()->rowCount() + 1);
    CHECK(csv.contains(QStringLiteral("赤字规模")));
    CHECK_FALSE(dialog.charts().isEmpty());
}

TEST_CASE("library window: add off the UI thread, search in either script, open a hit at its line", "[library-ui]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString db = dir.filePath(QStringLiteral("library.sqlite"));
    LibraryWindow window(db);
    REQUIRE(window.isOpen());
    QSignalSpy finished(&window, &LibraryWindow::addingFinished);
    window.addFiles({real("national_2024_zfgzbg_qqiw.txt"), own("national_2023_excerpt.txt"), own("hant_profile.txt"),
                     dir.filePath(QStringLiteral("missing.txt"))});
    CHECK(window.isAdding());
    REQUIRE(finished.wait(30000));
    CHECK(finished.front().at(0).toInt() == 3); // added
    CHECK(finished.front().at(1).toInt() == 1); // failed: the missing file
    // By year, newest first, with counts.
    QTreeWidget *tree = window.reportTree();
    REQUIRE(tree->topLevelItemCount() >= 2);
    CHECK(tree->topLevelItem(0)->text(0).contains(QStringLiteral("2024")));
    int reports = 0;
    for (int k = 0; k < tree->topLevelItemCount(); ++k)
        reports += tree->topLevelItem(k)->childCount();
    CHECK(reports == 3);

    window.search(QStringLiteral("勞動模範")); // Traditional query, Traditional text
    REQUIRE(window.hitList()->topLevelItemCount() == 1);
    window.search(QStringLiteral("劳动模范")); // Simplified query finds it too
    REQUIRE(window.hitList()->topLevelItemCount() == 1);
    window.search(QStringLiteral("城镇新增就业"));
    REQUIRE(window.hitList()->topLevelItemCount() >= 3);
    QSignalSpy opened(&window, &LibraryWindow::openAt);
    QTreeWidgetItem *hit = window.hitList()->topLevelItem(0);
    emit window.hitList()->itemActivated(hit, 0);
    REQUIRE(opened.size() == 1);
    CHECK(opened.front().at(0).toString().endsWith(QStringLiteral(".txt")));
    CHECK(opened.front().at(1).toInt() == hit->text(2).toInt());
}

TEST_CASE("library window: hits a page at a time with how many in all, a filter row for year, kind and issuer",
          "[library-ui]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    LibraryWindow window(dir.filePath(QStringLiteral("library.sqlite")));
    REQUIRE(window.isOpen());
    QSignalSpy finished(&window, &LibraryWindow::addingFinished);
    window.addFiles({real("national_2024_zfgzbg_qqiw.txt"), own("national_2023_excerpt.txt"), real("hefei_2024_tjgb.txt")});
    REQUIRE(finished.wait(30000));
    window.search(QStringLiteral("增长"));
    const int total = window.hitTotal();
    REQUIRE(total > 50);
    CHECK(window.hitList()->topLevelItemCount() == 50);
    auto *moreHits = window.findChild<QPushButton *>(QStringLiteral("moreHits"));
    auto *count = window.findChild<QLabel *>(QStringLiteral("hitCount"));
    REQUIRE(moreHits);
    REQUIRE(count);
    CHECK(moreHits->isVisibleTo(&window));
    CHECK(count->text().contains(QStringLiteral("50")));             // "50 of N hits"
    CHECK(count->text().contains(QString::number(total)));
    while (window.hitList()->topLevelItemCount() < total)
        moreHits->click();
    CHECK(window.hitList()->topLevelItemCount() == total);
    CHECK_FALSE(moreHits->isVisibleTo(&window));

    // A kind and a year: the tree and the search follow.
    ReportFilter filter;
    filter.kind = "statistical-communique";
    window.setFilter(filter);
    int listed = 0;
    for (int k = 0; k < window.reportTree()->topLevelItemCount(); ++k)
        listed += window.reportTree()->topLevelItem(k)->childCount();
    CHECK(listed == 1);
    CHECK(window.hitTotal() > 0);
    CHECK(window.hitTotal() < total);
    for (int k = 0; k < window.hitList()->topLevelItemCount(); ++k)
        CHECK(window.hitList()->topLevelItem(k)->data(0, Qt::UserRole + 1).toString().endsWith(QStringLiteral("hefei_2024_tjgb.txt")));
    auto *kind = window.findChild<QComboBox *>(QStringLiteral("kindFilter"));
    REQUIRE(kind);
    CHECK(kind->currentData().toString() == QStringLiteral("statistical-communique")); // the row shows the filter
    filter = {};
    filter.year = 2023;
    window.setFilter(filter);
    listed = 0;
    for (int k = 0; k < window.reportTree()->topLevelItemCount(); ++k)
        listed += window.reportTree()->topLevelItem(k)->childCount();
    CHECK(listed == 1);
}

TEST_CASE("main window: a report opened from the library shows the block of the hit", "[library-ui]")
{
    DocumentSession session;
    MainWindow window(&session);
    window.resize(1280, 800);
    window.show();
    QSignalSpy changed(&session, &DocumentSession::documentChanged);
    window.openAt(real("national_2024_zfgzbg_qqiw.txt"), 28);
    REQUIRE(changed.wait(20000));
    QApplication::processEvents();
    ReadingView *view = window.readingPane()->view();
    // The cursor stands in the block that holds line 28 (the year's targets).
    const QString shown = view->textCursor().block().text();
    CHECK(shown.contains(QStringLiteral("预期目标")));
}

TEST_CASE("series charts: one issuer's figures per chart, targets apart from results", "[library-ui]")
{
    std::vector<LibraryFigure> points(3);
    points[0].issuer = "国务院";
    points[0].indicator = parse("城镇新增就业1244万人。").indicators.at(0);
    points[0].indicator.year = 2023;
    points[1].issuer = "国务院";
    points[1].indicator = parse("今年发展主要预期目标是：城镇新增就业1200万人以上。").indicators.at(0);
    points[1].indicator.year = 2024;
    points[1].role = FigureRole::Target;
    points[2].issuer = "合肥市统计局";
    points[2].indicator = parse("城镇新增就业21.43万人。").indicators.at(0);
    points[2].indicator.year = 2024;
    const QList<ChartSpec> charts = ChartData::series(QStringLiteral("城镇新增就业"), points);
    REQUIRE(charts.size() == 2);
    CHECK(charts[0].bars.size() == 2);
    CHECK_FALSE(charts[0].bars[0].target);
    CHECK(charts[0].bars[1].target);
    CHECK(charts[0].bars[1].qualifier == Qualifier::Over);
    CHECK(charts[1].bars.size() == 1);
    CHECK(charts[1].title.contains(QStringLiteral("合肥市统计局")));
}

TEST_CASE("comparison JSON: the keys the command line documents", "[library-ui]")
{
    const auto older = parsed(own("national_2023_excerpt.txt"));
    const auto newer = parsed(real("national_2024_zfgzbg_qqiw.txt"));
    const std::vector<CompareRow> rows = compareFigures(older->indicators, newer->indicators);
    const QJsonObject o = LibraryJson::comparison(QStringLiteral("a.txt"), *older, QStringLiteral("b.txt"), *newer, rows);
    CHECK(o.value(QStringLiteral("old")).toObject().value(QStringLiteral("year")).toInt() == 2023);
    CHECK(o.value(QStringLiteral("new")).toObject().value(QStringLiteral("year")).toInt() == 2024);
    const QJsonArray list = o.value(QStringLiteral("rows")).toArray();
    REQUIRE(list.size() == static_cast<int>(rows.size()));
    const QJsonObject first = list.first().toObject();
    for (const char *key : {"label", "role", "old", "new", "change", "relative", "change_unit", "change_qualifier", "similarity"})
        CHECK(first.contains(QString::fromLatin1(key)));
    for (const char *key : {"text", "value", "unit", "qualifier", "label", "year", "line", "page"})
        CHECK(first.value(QStringLiteral("new")).toObject().contains(QString::fromLatin1(key)));
}
