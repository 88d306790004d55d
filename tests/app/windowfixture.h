#pragma once
// Shared by the window tests: the main window on a report, shown at a size and exposed.

#include "documentsession.h"
#include "mainwindow.h"

#include <QSize>
#include <QTest>

#include <catch2/catch.hpp>

struct ShownWindow {
    DocumentSession session; ///< outlives the window
    MainWindow window;

    explicit ShownWindow(DocumentPtr doc, QSize size = QSize(1280, 800)) : window(&session)
    {
        session.setDocument(std::move(doc), QString());
        window.resize(size);
        window.show();
        REQUIRE(QTest::qWaitForWindowExposed(&window));
    }
};
