// Small screens: at 1024×640 the representatives become a tab beside the figures and the charts and
// the sections take less room; back at 1280×800 everything returns; each size keeps its own layout.

#include "fixtures.h"
#include "indicatorpanel.h"
#include "indicatortablemodel.h"
#include "mainwindow.h"
#include "representativepanel.h"
#include "texts.h"
#include "windowfixture.h"

#include <QApplication>
#include <QSettings>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

#include <catch2/catch.hpp>

TEST_CASE("layout: a small window tabs the representatives and narrows the sections", "[layout]")
{
    QSettings().remove(QStringLiteral("layout"));
    ShownWindow shown(sampleReport(), QSize(1280, 800));
    MainWindow &window = shown.window;
    auto *tabs = window.findChild<QTabWidget *>();
    REQUIRE(tabs);
    CHECK(tabs->indexOf(window.representativePanel()) < 0);
    auto *main = qobject_cast<QSplitter *>(window.centralWidget());
    REQUIRE(main);
    const int wideSections = main->sizes().value(0);

    window.resize(1024, 640);
    QApplication::processEvents();
    CHECK(tabs->indexOf(window.representativePanel()) >= 0); // a tab of its own, with the full height
    CHECK(main->sizes().value(0) < wideSections);
    CHECK(main->sizes().value(1) > main->sizes().value(2)); // the text keeps the most room
    // What the reader sets for this size is kept for it.
    QList<int> mine = main->sizes();
    mine[0] += 40;
    mine[1] -= 40;
    main->setSizes(mine);
    const QList<int> set = main->sizes();

    window.resize(1280, 800);
    QApplication::processEvents();
    CHECK(tabs->indexOf(window.representativePanel()) < 0);
    CHECK(window.representativePanel()->isVisible());
    window.resize(1024, 640);
    QApplication::processEvents();
    CHECK(main->sizes() == set);
}

TEST_CASE("layout: at 1024×640 the figure table shows what each figure counts, the change and hedge words whole", "[layout]")
{
    QSettings().remove(QStringLiteral("layout"));
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    ShownWindow shown(sampleReport(), QSize(1024, 640));
    MainWindow &window = shown.window;
    QApplication::processEvents();
    auto *panel = window.findChild<IndicatorPanel *>();
    REQUIRE(panel);
    auto *view = panel->findChild<QTableView *>();
    REQUIRE(view);
    REQUIRE(view->isVisible());
    // The label column starts inside the visible part of the table, with room for its text.
    const int x = view->columnViewportPosition(IndicatorTableModel::Label);
    CHECK(x >= 0);
    CHECK(x + 80 <= view->viewport()->width());
    CHECK(view->columnWidth(IndicatorTableModel::Label) >= 80);
    // The words of the change and hedge columns fit (never "in…se").
    const QFontMetrics metrics(view->font());
    CHECK(view->columnWidth(IndicatorTableModel::Change) > metrics.horizontalAdvance(Texts::change(reportcore::Change::Down)));
    CHECK(view->columnWidth(IndicatorTableModel::Qualifier) > metrics.horizontalAdvance(Texts::qualifier(reportcore::Qualifier::About)));
}
