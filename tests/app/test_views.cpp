// The reading view and the window, offscreen: text, highlights, tooltips, links, search, filters.

#include "fixtures.h"
#include "indicatorpanel.h"
#include "indicatortablemodel.h"
#include "mainwindow.h"
#include "readingpane.h"
#include "readingview.h"
#include "representativepanel.h"
#include "sectionfilter.h"
#include "texts.h"

#include <QApplication>
#include <QClipboard>
#include <QHelpEvent>
#include <QLineEdit>
#include <QProgressBar>
#include <QTest>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTextBlock>
#include <QTextFrame>
#include <QTextTable>
#include <QToolTip>

#include <cmath>
#include <fstream>

namespace {

void settle(QWidget &w)
{
    w.show();
    QApplication::processEvents();
}

} // namespace

TEST_CASE("the reading view shows the report's blocks with every figure highlighted", "[view]")
{
    SectionFilter filter;
    ReadingView view(&filter);
    view.resize(900, 700);
    filter.setDocument(sampleReport());
    view.setReport(sampleReport());
    settle(view);
    const QString text = view.toPlainText();
    CHECK(text.contains(QStringLiteral("凝聚“工”力量 扎实推进中国式现代化的广州实践")));
    // The broken paragraph reads as one.
    CHECK(text.contains(QStringLiteral("转变为全生命周期健康管理")));
    const reportcore::Document &doc = *sampleReport();
    for (std::size_t i = 0; i < doc.indicators.size(); ++i) {
        const int pos = view.positionOf(static_cast<int>(i));
        REQUIRE(pos >= 0);
        const QString figure = QString::fromStdString(doc.indicators[i].text);
        CHECK(text.mid(pos, figure.size()) == figure);
        // highlighted: the character carries a background
        QTextCursor c(view.document());
        c.setPosition(pos + 1);
        CHECK(c.charFormat().background().style() != Qt::NoBrush);
    }
}

TEST_CASE("hovering a figure shows its normalised value; clicking selects it", "[view][tooltip]")
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    SectionFilter filter;
    ReadingView view(&filter);
    view.resize(900, 700);
    filter.setDocument(sampleReport());
    view.setReport(sampleReport());
    settle(view);
    REQUIRE(view.showIndicator(4)); // 146.57万人
    QApplication::processEvents();
    QTextCursor c(view.document());
    c.setPosition(view.positionOf(4) + 2);
    const QPoint inside = view.cursorRect(c).center();
    CHECK(view.indicatorAt(inside) == 4);
    QHelpEvent help(QEvent::ToolTip, inside, view.viewport()->mapToGlobal(inside));
    QApplication::sendEvent(view.viewport(), &help);
    CHECK(QToolTip::isVisible());
    CHECK(QToolTip::text().contains(QStringLiteral("1,465,700")));
    CHECK(QToolTip::text().contains(QStringLiteral("高技能人才")));
    QToolTip::hideText();

    QSignalSpy clicked(&view, &ReadingView::indicatorClicked);
    QMouseEvent press(QEvent::MouseButtonPress, inside, view.viewport()->mapToGlobal(inside), Qt::LeftButton,
                      Qt::LeftButton, Qt::NoModifier);
    QMouseEvent release(QEvent::MouseButtonRelease, inside, view.viewport()->mapToGlobal(inside), Qt::LeftButton,
                        Qt::NoButton, Qt::NoModifier);
    QApplication::sendEvent(view.viewport(), &press);
    QApplication::sendEvent(view.viewport(), &release);
    REQUIRE(clicked.count() == 1);
    CHECK(clicked.at(0).at(0).toInt() == 4);
}

TEST_CASE("the reading view follows the section filter", "[view][filter]")
{
    SectionFilter filter;
    ReadingView view(&filter);
    const reportcore::Document &doc = *sampleReport();
    filter.setDocument(sampleReport());
    view.setReport(sampleReport());
    filter.setSelected({sectionNamed(doc, "代表寄语")});
    const QString text = view.toPlainText();
    CHECK(text.startsWith(QStringLiteral("代表寄语")));
    CHECK(text.contains(QStringLiteral("徐嵩")));
    CHECK_FALSE(text.contains(QStringLiteral("高技能人才")));
    CHECK(view.positionOf(4) == -1);
    CHECK_FALSE(view.showIndicator(4));
    filter.clear();
    CHECK(view.positionOf(4) >= 0);
}

TEST_CASE("report text is shown literally: markup, images and links stay text", "[view][security]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("markup.txt"));
    {
        std::ofstream out(path.toStdString());
        out << "## <b>粗体</b>标题\n\n<img src=\"file:///etc/hostname\">会员<a href=\"file:///etc/passwd\">链接</a>"
               "<script>alert(1)</script>达300万人。\n";
    }
    const LoadResult result = DocumentSession::load(path);
    REQUIRE(result.document);
    SectionFilter filter;
    ReadingView view(&filter);
    filter.setDocument(result.document);
    view.setReport(result.document);
    settle(view);
    const QString text = view.toPlainText();
    CHECK(text.contains(QStringLiteral("<b>粗体</b>标题")));
    CHECK(text.contains(QStringLiteral("<img src=\"file:///etc/hostname\">")));
    CHECK(text.contains(QStringLiteral("<a href=\"file:///etc/passwd\">链接</a>")));
    CHECK(text.contains(QStringLiteral("<script>alert(1)</script>")));
    // No anchors, no images in the document.
    for (QTextBlock b = view.document()->begin(); b.isValid(); b = b.next())
        for (auto it = b.begin(); !it.atEnd(); ++it) {
            CHECK_FALSE(it.fragment().charFormat().isAnchor());
            CHECK_FALSE(it.fragment().charFormat().isImageFormat());
        }
    CHECK_FALSE(view.openLinks());
    CHECK_FALSE(view.openExternalLinks());
    CHECK_FALSE(view.loadResource(QTextDocument::ImageResource, QUrl(QStringLiteral("file:///etc/hostname"))).isValid());
}

TEST_CASE("search: incremental, every match highlighted, next and previous wrap", "[view][search]")
{
    SectionFilter filter;
    ReadingView view(&filter);
    filter.setDocument(sampleReport());
    view.setReport(sampleReport());
    QSignalSpy changed(&view, &ReadingView::searchChanged);
    const int count = view.find(QStringLiteral("工匠"));
    int expected = 0;
    for (const reportcore::Block &b : sampleReport()->blocks)
        expected += QString::fromStdString(b.text).count(QStringLiteral("工匠"));
    CHECK(count == expected); // the whole report, inserted yet or not
    CHECK(count > 3);
    view.finishBuild();
    CHECK(view.toPlainText().count(QStringLiteral("工匠")) == count);
    CHECK(view.extraSelections().size() == count);
    CHECK(view.currentMatch() == 0);
    view.findPrevious();
    CHECK(view.currentMatch() == count - 1);
    view.findNext();
    CHECK(view.currentMatch() == 0);
    CHECK(view.textCursor().selectedText() == QStringLiteral("工匠"));
    CHECK(view.find(QStringLiteral("不存在的词")) == 0);
    CHECK(view.extraSelections().isEmpty());
    CHECK(changed.count() >= 4);
    // Traditional and Simplified alike: 工會 finds every 工会, and 工会 every 工會 (in either report).
    int unions = 0;
    for (const reportcore::Block &b : sampleReport()->blocks)
        unions += QString::fromStdString(b.text).count(QStringLiteral("工会"));
    REQUIRE(unions > 3);
    CHECK(view.find(QStringLiteral("工會")) == unions);
    CHECK(view.find(QStringLiteral("工会")) == unions);
    CHECK(view.find(QStringLiteral("工匠")) == count); // each place once, though both forms are the same
}

TEST_CASE("the window: status line, table and text linked, representatives jump", "[window]")
{
    DocumentSession session;
    session.setDocument(sampleReport(), QString());
    MainWindow window(&session);
    settle(window);
    CHECK(window.statusText().contains(QStringLiteral("33")));
    const reportcore::Document &doc = *sampleReport();
    window.sectionFilter()->setSelected({sectionNamed(doc, "代表风采")});
    CHECK(window.statusText().contains(QStringLiteral("1")));
    CHECK(window.statusText().contains(QStringLiteral("5")));
    CHECK(window.indicatorPanel()->view()->model()->rowCount() == 5);
    window.sectionFilter()->clear();

    // A click in the text selects the row.
    emit window.readingPane()->view()->indicatorClicked(10);
    const QModelIndex current = window.indicatorPanel()->view()->currentIndex();
    REQUIRE(current.isValid());
    CHECK(current.data(IndicatorTableModel::IndicatorRole).toInt() == 10);

    // The representatives panel filters by pinyin.
    window.representativePanel()->filterEdit()->setText(QStringLiteral("liang"));
    CHECK(window.representativePanel()->view()->model()->rowCount() == 1);
}

TEST_CASE("a failed open leaves the report on screen", "[window][session]")
{
    DocumentSession session;
    session.setDocument(sampleReport(), QString());
    QSignalSpy failed(&session, &DocumentSession::loadFailed);
    QSignalSpy changed(&session, &DocumentSession::documentChanged);
    session.open(QStringLiteral("/nonexistent/report.txt"));
    REQUIRE(failed.wait(5000));
    CHECK(changed.isEmpty());
    CHECK(session.document() == sampleReport());
    CHECK(failed.at(0).at(1).toString().contains(QStringLiteral("exist")));

    session.open(QString()); // the embedded report, read off the UI thread
    REQUIRE(changed.wait(5000));
    CHECK(session.document()->indicators.size() == sampleReport()->indicators.size());
}

TEST_CASE("a long report is inserted in slices from the event loop, and completes", "[view][large]")
{
    std::string text = "## 长报告\n\n";
    for (int i = 0; i < 3000; ++i)
        text += "全市新增会员" + std::to_string(i + 1) + "人，建成服务站点若干处，职工满意度持续提升。\n\n";
    reportcore::DecodeError error = reportcore::DecodeError::None;
    auto doc = std::make_shared<reportcore::Document>(reportcore::parseBytes(text, "long.txt", error));
    REQUIRE(doc->indicators.size() == 3000);
    SectionFilter filter;
    ReadingView view(&filter);
    filter.setDocument(doc);
    view.setReport(doc);
    CHECK_FALSE(view.isComplete()); // the first slice only
    CHECK(view.toPlainText().startsWith(QStringLiteral("长报告")));
    for (int i = 0; i < 1000 && !view.isComplete(); ++i)
        QApplication::processEvents();
    CHECK(view.isComplete());
    CHECK(view.toPlainText().contains(QStringLiteral("全市新增会员3000人")));
    // Asking for a figure not yet inserted finishes the work first.
    view.setReport(doc);
    CHECK(view.positionOf(2999) > 0);
    CHECK(view.isComplete());
}

namespace {
/** A report of `sections` sections of `paragraphs` paragraphs, each with one figure. */
std::shared_ptr<reportcore::Document> longReport(int sections, int paragraphs, const std::string &extra = {})
{
    std::string text = "# 长报告\n\n";
    int n = 0;
    for (int s = 0; s < sections; ++s) {
        text += "## 第" + std::to_string(s + 1) + "部分\n\n";
        for (int i = 0; i < paragraphs; ++i)
            text += "全市新增会员" + std::to_string(++n) + "人，建成服务站点若干处，职工满意度持续提升，各项工作取得新进展。\n\n";
    }
    text += extra;
    reportcore::DecodeError error = reportcore::DecodeError::None;
    return std::make_shared<reportcore::Document>(reportcore::parseBytes(text, "long.txt", error));
}
} // namespace

TEST_CASE("a very long report is shown a part at a time; figures and search reach every part", "[view][large][parts]")
{
    auto doc = longReport(40, 120); // 4,800 paragraphs, about 600 KB
    REQUIRE(doc->indicators.size() == 4800);
    SectionFilter filter;
    ReadingView view(&filter);
    QSignalSpy parts(&view, &ReadingView::partChanged);
    filter.setDocument(doc);
    view.setReport(doc);
    REQUIRE(view.partCount() >= 2);
    CHECK(view.currentPart() == 0);
    REQUIRE_FALSE(parts.isEmpty());
    CHECK(parts.last().at(1).toInt() == view.partCount());
    CHECK(view.partTitle(0) == QStringLiteral("长报告"));
    CHECK(view.partTitle(1).startsWith(QStringLiteral("第"))); // parts begin at a heading
    view.finishBuild();
    const QString first = view.toPlainText();
    CHECK(first.contains(QStringLiteral("全市新增会员1人")));
    CHECK_FALSE(first.contains(QStringLiteral("全市新增会员4800人")));
    CHECK(first.size() < 200000);

    // Going to a figure in the last part shows that part, the figure highlighted.
    const int pos = view.positionOf(4799);
    CHECK(view.currentPart() == view.partCount() - 1);
    REQUIRE(pos >= 0);
    CHECK(view.toPlainText().mid(pos, 5) == QStringLiteral("4800人"));
    QTextCursor c(view.document());
    c.setPosition(pos + 1);
    CHECK(c.charFormat().background().style() != Qt::NoBrush);
    // And back.
    CHECK(view.showIndicator(0));
    CHECK(view.currentPart() == 0);

    // Search counts every part and walks into the next one.
    CHECK(view.find(QStringLiteral("满意度")) == 4800);
    CHECK(view.currentPart() == 0);
    for (int i = 0; i < 4800 && view.currentPart() == 0; ++i)
        view.findNext();
    CHECK(view.currentPart() == 1);
    CHECK(view.textCursor().selectedText() == QStringLiteral("满意度"));
    view.findPrevious();
    CHECK(view.currentPart() == 0);
    CHECK(view.textCursor().selectedText() == QStringLiteral("满意度"));

    // Parts follow the filter: one section is one part.
    filter.setSelected({3});
    CHECK(view.partCount() == 1);

    view.showPart(-1); // out of range: nothing happens
    CHECK(view.currentPart() == 0);
}

TEST_CASE("a paragraph of a million characters is shown in pieces, its figures in place", "[view][large][parts]")
{
    std::string line;
    for (int i = 0; i < 40000; ++i)
        line += "今年新增会员" + std::to_string(i + 1) + "人。"; // one line, no break
    auto doc = longReport(1, 1, line + "\n");
    REQUIRE(doc->blocks.back().text.size() > 500000);
    SectionFilter filter;
    ReadingView view(&filter);
    filter.setDocument(doc);
    view.setReport(doc);
    CHECK(view.partCount() >= 2);
    const std::size_t last = doc->indicators.size() - 1;
    const int pos = view.positionOf(static_cast<int>(last));
    REQUIRE(pos >= 0);
    const QString figure = QString::fromStdString(doc->indicators[last].text);
    CHECK(view.toPlainText().mid(pos, figure.size()) == figure);
    // Each piece is a paragraph of bounded length, cut after a sentence.
    for (QTextBlock b = view.document()->begin(); b.isValid(); b = b.next()) {
        CHECK(b.length() <= 6001);
        if (b.next().isValid() && b.length() > 1000)
            CHECK(b.text().endsWith(QStringLiteral("。")));
    }
}

TEST_CASE("a window on screen fills its panels in steps, and only with the newest report", "[window][large]")
{
    DocumentSession session;
    session.setDocument(sampleReport(), QString());
    MainWindow window(&session);
    settle(window);
    auto first = longReport(3, 20);
    auto second = longReport(2, 10);
    session.setDocument(first, QString());
    session.setDocument(second, QString()); // before the first one's panels were filled
    for (int i = 0; i < 50; ++i)
        QApplication::processEvents();
    CHECK(window.indicatorPanel()->view()->model()->rowCount() == 20);
    CHECK(window.statusText().contains(QStringLiteral("20")));
    CHECK(window.readingPane()->view()->toPlainText().contains(QStringLiteral("全市新增会员20人")));
    CHECK_FALSE(window.readingPane()->view()->toPlainText().contains(QStringLiteral("全市新增会员21人")));
    CHECK(window.sectionFilter()->totalCount() == static_cast<int>(second->sections.size()));
}

namespace {
/** A report file of about `megabytes` MB in `dir`. */
QString writeLargeReport(const QTemporaryDir &dir, int megabytes)
{
    const QString path = dir.filePath(QStringLiteral("large.txt"));
    std::ofstream out(path.toStdString(), std::ios::binary);
    std::string paragraph;
    for (int i = 0; i < 20; ++i)
        paragraph += "全市新增会员1200人，建成服务站点若干处，职工满意度持续提升。";
    paragraph += "\n\n";
    out << "# 长报告\n\n";
    for (std::size_t written = 0; written < static_cast<std::size_t>(megabytes) * 1000000; written += paragraph.size())
        out << paragraph;
    return path;
}
} // namespace

TEST_CASE("reading a large report shows its progress; Cancel stops it and keeps the report on screen", "[window][session][progress]")
{
    QTemporaryDir dir;
    const QString path = writeLargeReport(dir, 6);
    DocumentSession session;
    session.setDocument(sampleReport(), QString());
    MainWindow window(&session);
    settle(window);

    QSignalSpy progress(&session, &DocumentSession::progressChanged);
    QSignalSpy changed(&session, &DocumentSession::documentChanged);
    session.open(path);
    REQUIRE(changed.wait(20000));
    REQUIRE_FALSE(progress.isEmpty()); // at least the first report, at once for a file this large
    for (int i = 1; i < progress.size(); ++i)
        CHECK(progress.at(i).at(0).toInt() >= progress.at(i - 1).at(0).toInt());
    CHECK(window.findChild<QProgressBar *>()->isHidden()); // gone when done

    // Cancel: the read stops, the report on screen stays, nothing is said.
    const DocumentPtr before = session.document();
    QSignalSpy failed(&session, &DocumentSession::loadFailed);
    QSignalSpy loading(&session, &DocumentSession::loadingChanged);
    session.open(path);
    QApplication::processEvents();
    CHECK(window.findChild<QProgressBar *>()->isVisible());
    session.cancel();
    CHECK_FALSE(session.isLoading());
    CHECK(window.findChild<QProgressBar *>()->isHidden());
    QTest::qWait(300);
    CHECK(session.document() == before);
    CHECK(failed.isEmpty());
    CHECK(loading.last().at(0).toBool() == false);
}

TEST_CASE("the reading thread stops when its progress callback says so", "[session][progress]")
{
    QTemporaryDir dir;
    const QString path = writeLargeReport(dir, 3);
    int calls = 0;
    const LoadResult stopped = DocumentSession::load(path, DocumentSession::maxBytes(), [&calls](int permille) {
        ++calls;
        return permille < 300;
    });
    CHECK(stopped.error == reportcore::DecodeError::Cancelled);
    CHECK_FALSE(stopped.document);
    CHECK(calls > 1);
    CHECK(Texts::decodeError(stopped.error, 0, 0).contains(QStringLiteral("cancel")));
}

TEST_CASE("search finds Chinese text after characters beyond the BMP, and Latin text in any case", "[view][search]")
{
    reportcore::DecodeError error = reportcore::DecodeError::None;
    auto doc = std::make_shared<reportcore::Document>(
        reportcore::parseBytes("## 标题\n\n\xF0\x9F\x98\x80\xF0\x9F\x98\x80工匠和Craft工匠。\n", "emoji.txt", error));
    SectionFilter filter;
    ReadingView view(&filter);
    filter.setDocument(doc);
    view.setReport(doc);
    CHECK(view.find(QStringLiteral("工匠")) == 2);
    CHECK(view.textCursor().selectedText() == QStringLiteral("工匠"));
    view.findNext();
    CHECK(view.textCursor().selectedText() == QStringLiteral("工匠"));
    CHECK(view.find(QStringLiteral("craft")) == 1);
    CHECK(view.textCursor().selectedText() == QStringLiteral("Craft"));
}

namespace {
double luminance(const QColor &c)
{
    auto channel = [](double v) { return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
}
double contrast(const QColor &a, const QColor &b)
{
    const double x = luminance(a), y = luminance(b);
    return (std::max(x, y) + 0.05) / (std::min(x, y) + 0.05);
}
} // namespace

TEST_CASE("highlighted figures stay legible on a light and on a dark palette", "[view][palette]")
{
    for (const bool dark : {false, true}) {
        INFO((dark ? "dark" : "light"));
        QPalette palette;
        palette.setColor(QPalette::Base, dark ? QColor(0x20, 0x20, 0x20) : QColor(Qt::white));
        palette.setColor(QPalette::Text, dark ? QColor(0xEE, 0xEE, 0xEE) : QColor(0x10, 0x10, 0x10));
        SectionFilter filter;
        ReadingView view(&filter);
        view.setPalette(palette); // a palette change rebuilds the text in its colours
        filter.setDocument(sampleReport());
        view.setReport(sampleReport());
        view.finishBuild();
        int checked = 0;
        for (std::size_t i = 0; i < sampleReport()->indicators.size(); ++i) {
            QTextCursor c(view.document());
            c.setPosition(view.positionOf(static_cast<int>(i)) + 1);
            const QTextCharFormat f = c.charFormat();
            REQUIRE(f.background().style() != Qt::NoBrush);
            CHECK(contrast(f.foreground().color(), f.background().color()) >= 4.5); // WCAG AA
            CHECK(contrast(f.background().color(), palette.color(QPalette::Base)) >= 1.2); // it shows
            ++checked;
        }
        CHECK(checked == 33);
    }
}

TEST_CASE("a document's tables are shown as tables, their figures highlighted in their cells; search finds them", "[view][table]")
{
    const LoadResult result = DocumentSession::load(QStringLiteral(REPORTLENS_REAL_DIR "/zhoukou_2023_tjgb.pdf"));
    REQUIRE(result.document);
    const reportcore::Document &doc = *result.document;
    SectionFilter filter;
    filter.setDocument(result.document);
    ReadingView view(&filter);
    view.resize(900, 700);
    view.setReport(result.document);
    settle(view);
    view.finishBuild();
    int tableBlocks = 0;
    for (const reportcore::Block &b : doc.blocks)
        tableBlocks += b.kind == reportcore::BlockKind::Table;
    REQUIRE(tableBlocks >= 5);
    int tables = 0;
    for (QTextFrame *frame : view.document()->rootFrame()->childFrames())
        tables += qobject_cast<QTextTable *>(frame) != nullptr;
    CHECK(tables == tableBlocks);
    int inTables = 0;
    for (std::size_t i = 0; i < doc.indicators.size(); ++i) {
        const reportcore::Indicator &ind = doc.indicators[i];
        const int pos = view.positionOf(static_cast<int>(i));
        REQUIRE(pos >= 0);
        QTextCursor c(view.document());
        c.setPosition(pos);
        c.setPosition(pos + static_cast<int>(QString::fromStdString(ind.text).size()), QTextCursor::KeepAnchor);
        INFO(ind.text);
        CHECK(c.selectedText() == QString::fromStdString(ind.text));
        if (doc.blocks[static_cast<std::size_t>(ind.block)].kind != reportcore::BlockKind::Table)
            continue;
        ++inTables;
        QTextCursor in(view.document());
        in.setPosition(pos + 1);
        CHECK(in.currentTable() != nullptr);
        CHECK(in.charFormat().background().style() != Qt::NoBrush);
    }
    CHECK(inTables > 50);
    // Search reaches into the cells.
    CHECK(view.find(QStringLiteral("473.94")) == 2); // in the text and in table 1
    // The table of figures names the page of each (and has no pages for a text report).
    IndicatorTableModel model;
    model.setDocument(result.document);
    for (int row = 0; row < model.rowCount(); ++row)
        CHECK(model.index(row, IndicatorTableModel::Page).data().toInt() == doc.indicators[static_cast<std::size_t>(row)].page);
    CHECK(model.index(model.rowCount() - 1, IndicatorTableModel::Page).data().toInt() > 10);
    model.setDocument(sampleReport());
    CHECK(!model.index(0, IndicatorTableModel::Page).data().isValid());
}

TEST_CASE("Ctrl+C in the table copies every selected row, not the current cell", "[window][clipboard]")
{
    DocumentSession session;
    session.setDocument(sampleReport(), QString());
    MainWindow window(&session);
    window.show();
    settle(window);
    QTableView *table = window.indicatorPanel()->view();
    table->setFocus();
    table->selectionModel()->clear();
    const QAbstractItemModel *model = table->model();
    for (int row : {3, 4, 5})
        table->selectionModel()->select(model->index(row, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
    table->selectionModel()->setCurrentIndex(model->index(5, 2), QItemSelectionModel::NoUpdate);
    QApplication::clipboard()->clear();
    QTest::keyClick(table, Qt::Key_C, Qt::ControlModifier);
    const QStringList lines = QApplication::clipboard()->text().trimmed().split(QLatin1Char('\n'));
    REQUIRE(lines.size() == 4); // a header and the three rows
    CHECK(lines[1].startsWith(QStringLiteral("64.57万人\t")));
    CHECK(lines[2].startsWith(QStringLiteral("146.57万人\t")));
    CHECK(lines[3].startsWith(QStringLiteral("36.78%\t")));
}
