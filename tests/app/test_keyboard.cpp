// Reading with the keyboard alone, by simulated key presses: figure by figure through the sample (F8,
// Shift+F8, and of the category chosen: Ctrl+F8), search repeated with F3, Ctrl+G to a section, a
// representative or a figure, a figure copied with its source, every shortcut listed and Ctrl+Q.

#include "fixtures.h"
#include "indicatorfilterproxy.h"
#include "indicatorpanel.h"
#include "mainwindow.h"
#include "navigationactions.h"
#include "readingpane.h"
#include "readingview.h"
#include "texts.h"
#include "windowfixture.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDialog>
#include <QLineEdit>
#include <QMimeData>
#include <QRegularExpression>
#include <QListWidget>
#include <QPaintEvent>
#include <QTableView>
#include <QTest>
#include <QTextBlock>
#include <QTableWidget>
#include <QTimer>

#include <catch2/catch.hpp>

using namespace reportcore;

namespace {

/** The indicator of the table's current row, -1 when none. */
int selectedIndicator(MainWindow &window)
{
    const QModelIndex current = window.indicatorPanel()->view()->currentIndex();
    if (!current.isValid())
        return -1;
    return window.indicatorPanel()->proxy()->mapToSource(current).row();
}

/** The dialog open over the window (modal), or null. */
QDialog *openDialog()
{
    for (QWidget *w : QApplication::topLevelWidgets())
        if (auto *dialog = qobject_cast<QDialog *>(w); dialog && dialog->isVisible())
            return dialog;
    return nullptr;
}

/** The block of the text where the cursor stands. */
QString shownBlock(MainWindow &window) { return window.readingPane()->view()->textCursor().block().text(); }

} // namespace

TEST_CASE("keyboard: a figure-by-figure walk through the sample", "[keyboard]")
{
    ShownWindow shown(sampleReport(), QSize(1280, 800));
    MainWindow &window = shown.window;
    QApplication::processEvents();
    const Document &doc = *sampleReport();
    const int count = static_cast<int>(doc.indicators.size());
    REQUIRE(count == 33);
    window.readingPane()->view()->setFocus();

    // F8 from the top: every figure in the order of the text, the table's row and the text following.
    for (int i = 0; i < count; ++i) {
        QTest::keyClick(&window, Qt::Key_F8);
        INFO("figure " << i + 1);
        REQUIRE(window.navigationActions()->current() == i);
        CHECK(selectedIndicator(window) == i);
        CHECK(shownBlock(window).contains(QString::fromStdString(doc.indicators[static_cast<std::size_t>(i)].text)));
    }
    QTest::keyClick(&window, Qt::Key_F8); // past the last: stays
    CHECK(window.navigationActions()->current() == count - 1);
    // Shift+F8 back.
    QTest::keyClick(&window, Qt::Key_F8, Qt::ShiftModifier);
    CHECK(window.navigationActions()->current() == count - 2);
    CHECK(selectedIndicator(window) == count - 2);

    // Ctrl+F8: the next figure of the category chosen in the table (people).
    window.indicatorPanel()->proxy()->setCategory(static_cast<int>(Category::People));
    window.navigationActions()->setCurrent(-1);
    int seen = 0;
    for (int guard = 0; guard < count; ++guard) {
        const int before = window.navigationActions()->current();
        QTest::keyClick(&window, Qt::Key_F8, Qt::ControlModifier);
        const int now = window.navigationActions()->current();
        if (now == before)
            break;
        CHECK(doc.indicators[static_cast<std::size_t>(now)].category == Category::People);
        ++seen;
    }
    int people = 0;
    for (const Indicator &i : doc.indicators)
        people += i.category == Category::People;
    CHECK(seen == people);
    window.indicatorPanel()->proxy()->setCategory(-1);

    // A figure copied with its sentence and source, as plain text and as HTML.
    window.navigationActions()->setCurrent(0);
    QTest::keyClick(&window, Qt::Key_C, Qt::ControlModifier | Qt::AltModifier);
    const QMimeData *copied = QApplication::clipboard()->mimeData();
    REQUIRE(copied);
    const QString first = QString::fromStdString(doc.indicators[0].text);
    CHECK(copied->text().startsWith(first + QStringLiteral(" — ")));
    CHECK(copied->text().contains(QString::fromStdString(doc.title)));
    CHECK(copied->text().contains(QString::number(doc.indicators[0].line)));
    CHECK(copied->html().contains(QStringLiteral("<b>") + first + QStringLiteral("</b>")));
}

namespace {
/** Collects the regions a widget is asked to repaint. */
class PaintSpy : public QObject
{
public:
    QRegion painted;
    bool eventFilter(QObject *, QEvent *event) override
    {
        if (event->type() == QEvent::Paint)
            painted += static_cast<QPaintEvent *>(event)->region();
        return false;
    }
};
} // namespace

TEST_CASE("keyboard: after F8 the table's selection and its painting agree: the row left is repainted", "[keyboard]")
{
    ShownWindow shown(sampleReport(), QSize(1280, 800));
    MainWindow &window = shown.window;
    QApplication::processEvents();
    window.readingPane()->view()->setFocus();
    QTableView *table = window.indicatorPanel()->view();
    QTest::keyClick(&window, Qt::Key_F8);
    QTest::keyClick(&window, Qt::Key_F8);
    QApplication::processEvents();
    REQUIRE(selectedIndicator(window) == 1);
    const QRect left = table->visualRect(table->model()->index(table->currentIndex().row(), 0));
    PaintSpy spy;
    table->viewport()->installEventFilter(&spy);
    QTest::keyClick(&window, Qt::Key_F8);
    QApplication::processEvents();
    table->viewport()->removeEventFilter(&spy);
    CHECK(selectedIndicator(window) == 2);
    const QModelIndexList rows = table->selectionModel()->selectedRows();
    REQUIRE(rows.size() == 1);
    CHECK(rows.first().row() == table->currentIndex().row());
    CHECK(spy.painted.intersects(left)); // the highlight of the row left is painted away
    CHECK(spy.painted.intersects(table->visualRect(table->currentIndex())));
}

TEST_CASE("keyboard: F3 and Shift+F3 repeat a search, Enter and Shift+Enter in the search bar", "[keyboard]")
{
    ShownWindow shown(sampleReport(), QSize(1280, 800));
    MainWindow &window = shown.window;
    QTest::keyClick(&window, Qt::Key_F, Qt::ControlModifier);
    QLineEdit *field = window.readingPane()->findChild<QLineEdit *>();
    REQUIRE(field);
    REQUIRE(field->hasFocus());
    field->insert(QStringLiteral("工会")); // what an input method commits (QTest types ASCII only)
    QTest::qWait(400); // incremental search
    const int first = window.readingPane()->view()->textCursor().position();
    QTest::keyClick(&window, Qt::Key_F3);
    const int second = window.readingPane()->view()->textCursor().position();
    CHECK(second != first);
    QTest::keyClick(&window, Qt::Key_F3, Qt::ShiftModifier);
    CHECK(window.readingPane()->view()->textCursor().position() == first);
    QTest::keyClick(field, Qt::Key_Return);
    CHECK(window.readingPane()->view()->textCursor().position() == second);
}

TEST_CASE("keyboard: Ctrl+G goes to what is typed", "[keyboard]")
{
    ShownWindow shown(sampleReport(), QSize(1280, 800));
    MainWindow &window = shown.window;
    const Document &doc = *sampleReport();
    REQUIRE_FALSE(doc.representatives.empty());
    const QString name = QString::fromStdString(doc.representatives.back().name);
    bool typed = false;
    QTimer::singleShot(200, &window, [&] {
        QDialog *dialog = openDialog();
        if (!dialog)
            return;
        QLineEdit *field = dialog->findChild<QLineEdit *>();
        field->insert(name); // what an input method commits
        QTest::keyClick(field, Qt::Key_Return);
        typed = true;
    });
    QTest::keyClick(&window, Qt::Key_G, Qt::ControlModifier);
    REQUIRE(typed);
    CHECK(shownBlock(window).contains(name));
    // The keys are the reading's again, without a click: F8 walks on from there.
    const auto readingHasKeys = [&window] { return QApplication::focusWidget() == window.readingPane()->view(); };
    CHECK(QTest::qWaitFor(readingHasKeys, 2000));

    // A figure chosen with Enter: shown, and F8 goes on to the next one at once.
    const QString figure = QString::fromStdString(doc.indicators[5].text);
    QTimer::singleShot(200, &window, [&] {
        QDialog *dialog = openDialog();
        if (!dialog)
            return;
        QLineEdit *field = dialog->findChild<QLineEdit *>();
        field->insert(figure);
        QTest::keyClick(field, Qt::Key_Return);
    });
    QTest::keyClick(&window, Qt::Key_G, Qt::ControlModifier);
    CHECK(window.navigationActions()->current() == 5);
    REQUIRE(QTest::qWaitFor(readingHasKeys, 2000));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_F8);
    CHECK(window.navigationActions()->current() == 6);
}

TEST_CASE("keyboard: Ctrl+G lists a PDF's sections and figures by page", "[keyboard]")
{
    const LoadResult loaded = DocumentSession::load(QStringLiteral(REPORTLENS_REAL_DIR "/zhoukou_2023_tjgb.pdf"));
    REQUIRE(loaded.document);
    ShownWindow shown(loaded.document, QSize(1280, 800));
    MainWindow &window = shown.window;
    const Indicator &last = loaded.document->indicators.back();
    REQUIRE(last.page > 1);
    QStringList entries;
    QTimer::singleShot(200, &window, [&] {
        QDialog *dialog = openDialog();
        if (!dialog)
            return;
        auto *list = dialog->findChild<QListWidget *>();
        for (int k = 0; k < list->count(); ++k)
            entries << list->item(k)->text();
        dialog->reject();
    });
    QTest::keyClick(&window, Qt::Key_G, Qt::ControlModifier);
    REQUIRE_FALSE(entries.isEmpty());
    const QString pageWord = NavigationActions::tr("Figure: %1 — %2 (page %3, line %4)")
                                 .arg(QString::fromStdString(last.text), Texts::measure(last))
                                 .arg(last.page)
                                 .arg(last.line);
    CHECK(entries.contains(pageWord));
    int sectionsWithPages = 0;
    for (const QString &entry : entries)
        sectionsWithPages += entry.startsWith(NavigationActions::tr("Section: %1 (page %2)").section(QStringLiteral("%1"), 0, 0))
                             && entry.contains(QRegularExpression(QStringLiteral("\\d+\\)$")));
    CHECK(sectionsWithPages >= 5);
    CHECK(QTest::qWaitFor([&window] { return QApplication::focusWidget() == window.readingPane()->view(); }, 2000)); // cancelled: the keys are the reading's
}

TEST_CASE("keyboard: every action with keys is listed; Quit answers Ctrl+Q", "[keyboard]")
{
    DocumentSession session;
    session.setDocument(sampleReport(), QString());
    MainWindow window(&session);
    QAction *quit = nullptr;
    int withKeys = 0;
    for (QAction *a : window.findChildren<QAction *>()) {
        if (a->shortcuts().contains(QKeySequence(Qt::CTRL | Qt::Key_Q)))
            quit = a;
        withKeys += !a->shortcuts().isEmpty();
    }
    REQUIRE(quit);
    CHECK(withKeys >= 15);
    // Help → Keyboard Shortcuts lists them.
    int rows = -1;
    QTimer::singleShot(200, &window, [&] {
        QDialog *dialog = openDialog();
        if (!dialog)
            return;
        if (auto *table = dialog->findChild<QTableWidget *>())
            rows = table->rowCount();
        dialog->reject();
    });
    window.navigationActions()->showShortcuts();
    CHECK(rows == withKeys);
}
