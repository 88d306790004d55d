// Small screens: at 1024×640 the representatives become a tab beside the figures and the charts and
// the sections take less room; back at 1280×800 everything returns; each size keeps its own layout.

#include "fixtures.h"
#include "mainwindow.h"
#include "representativepanel.h"

#include <QApplication>
#include <QSettings>
#include <QSplitter>
#include <QTabWidget>
#include <QTest>

#include <catch2/catch.hpp>

TEST_CASE("layout: a small window tabs the representatives and narrows the sections", "[layout]")
{
    QSettings().remove(QStringLiteral("layout"));
    DocumentSession session;
    session.setDocument(sampleReport(), QString());
    MainWindow window(&session);
    window.resize(1280, 800);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
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
