// PDFs made at test time with QPdfWriter (a real text layer, at positions the test chooses), read
// by the core's PDF reader: running headers, footers and page numbers left out, two columns read in
// order, paragraphs joined across lines, a page of images only refused.

#include "documentsession.h"

#include <reportcore/read.h>

#include <QFont>
#include <QFontDatabase>
#include <QImage>
#include <QPainter>
#include <QPdfWriter>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

namespace {

QFont cjkFont(int points)
{
    QFont font;
    const QStringList families = QFontDatabase::families(QFontDatabase::SimplifiedChinese);
    if (!families.isEmpty())
        font.setFamily(families.contains(QStringLiteral("WenQuanYi Micro Hei")) ? QStringLiteral("WenQuanYi Micro Hei")
                                                                                 : families.front());
    font.setPointSize(points);
    return font;
}

/** Three A4 pages: a running header, a page number "— n —", and two columns of prose, each
 *  column's paragraph broken over several lines. */
QString writeTwoColumnPdf(const QString &dir)
{
    const QString path = dir + QStringLiteral("/two-columns.pdf");
    QPdfWriter writer(path);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setResolution(72); // one unit = one point
    writer.setPageMargins(QMarginsF(0, 0, 0, 0));
    QPainter painter(&writer);
    const QFont body = cjkFont(10);
    for (int page = 1; page <= 3; ++page) {
        if (page > 1)
            writer.newPage();
        painter.setFont(cjkFont(9));
        painter.drawText(QPointF(200, 30), QStringLiteral("某市统计公报（内部资料）"));
        painter.drawText(QPointF(280, 815), QStringLiteral("— %1 —").arg(page));
        painter.setFont(body);
        // Left column at x 60, right column at x 320; 14 characters of 10 pt a line, 14 pt apart.
        const QString left = QStringLiteral("第%1页左栏：全年地区生产总值增长%2.5%，新增城镇就业%3.2万人，居民收入稳步提高，经济运行总体平稳。")
                                 .arg(page).arg(page + 3).arg(page);
        const QString right = QStringLiteral("第%1页右栏：全年粮食产量达到%2.6万吨，比上年增长1.%3%，农业生产保持稳定，农村面貌持续改善。")
                                  .arg(page).arg(page * 100 + 15).arg(page);
        for (int column = 0; column < 2; ++column) {
            const QString &text = column == 0 ? left : right;
            const double x = column == 0 ? 60 : 320;
            // The first line indented by two characters, as Chinese paragraphs begin.
            double y = 100;
            for (int from = 0; from < text.size(); y += 14) {
                const int count = from == 0 ? 12 : 14;
                painter.drawText(QPointF(x + (from == 0 ? 20 : 0), y), text.mid(from, count));
                from += count;
            }
        }
    }
    painter.end();
    return path;
}

} // namespace

TEST_CASE("A two-column PDF with running headers and page numbers reads in order, without them", "[pdf]")
{
    if (QFontDatabase::families(QFontDatabase::SimplifiedChinese).isEmpty())
        FAIL("no Chinese font: install fonts-wqy-microhei");
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    dir.setAutoRemove(qEnvironmentVariableIsEmpty("REPORTLENS_KEEP_PDF"));
    const QString path = writeTwoColumnPdf(dir.path());
    const reportcore::SourceText source = reportcore::readDocumentFile(path.toStdString());
    REQUIRE(source.error == reportcore::DecodeError::None);
    CHECK(source.pages == 3);
    const QString text = QString::fromStdString(source.text);
    CHECK(!text.contains(QStringLiteral("内部资料")));
    CHECK(!text.contains(QStringLiteral("—")));
    for (int page = 1; page <= 3; ++page) {
        const int left = text.indexOf(QStringLiteral("第%1页左栏").arg(page));
        const int right = text.indexOf(QStringLiteral("第%1页右栏").arg(page));
        INFO(text.toStdString());
        REQUIRE(left >= 0);
        REQUIRE(right > left); // the left column first
        if (page > 1)
            CHECK(left > text.indexOf(QStringLiteral("第%1页右栏").arg(page - 1)));
    }

    const LoadResult loaded = DocumentSession::load(path);
    REQUIRE(loaded.document);
    const reportcore::Document &doc = *loaded.document;
    // Each column's paragraph is one block, joined across its lines, on its page.
    int paragraphs = 0;
    for (const reportcore::Block &b : doc.blocks) {
        if (b.kind != reportcore::BlockKind::Paragraph)
            continue;
        ++paragraphs;
        CHECK(b.lines.size() >= 3);
        CHECK(QString::fromStdString(b.text).endsWith(QStringLiteral("。")));
    }
    CHECK(paragraphs == 6);
    bool grain = false;
    for (const reportcore::Indicator &i : doc.indicators)
        if (i.text == "215.6万吨") {
            grain = true;
            CHECK(i.page == 2);
            CHECK(i.value == 2156000);
        }
    CHECK(grain);
}

TEST_CASE("A PDF heading by its weight: a short bold line alone between paragraphs", "[pdf]")
{
    if (QFontDatabase::families(QFontDatabase::SimplifiedChinese).isEmpty())
        FAIL("no Chinese font: install fonts-wqy-microhei");
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    dir.setAutoRemove(qEnvironmentVariableIsEmpty("REPORTLENS_KEEP_PDF"));
    const QString path = dir.path() + QStringLiteral("/bold.pdf");
    {
        QPdfWriter writer(path);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setResolution(72);
        writer.setPageMargins(QMarginsF(0, 0, 0, 0));
        QPainter painter(&writer);
        painter.setFont(cjkFont(10));
        painter.drawText(QPointF(80, 100), QStringLiteral("全年地区生产总值增长5.2%，经济运行总体平稳。"));
        QFont bold(QStringLiteral("DejaVu Sans"));
        bold.setPointSize(10);
        bold.setBold(true);
        painter.setFont(bold);
        painter.drawText(QPointF(60, 130), QStringLiteral("Employment"));
        painter.setFont(cjkFont(10));
        painter.drawText(QPointF(80, 160), QStringLiteral("全年城镇新增就业12.3万人，就业形势总体稳定。"));
    }
    const LoadResult loaded = DocumentSession::load(path);
    REQUIRE(loaded.document);
    const reportcore::Document &doc = *loaded.document;
    bool found = false;
    for (const reportcore::Section &s : doc.sections)
        found = found || s.title == "Employment";
    CHECK(found);
    bool jobs = false;
    for (const reportcore::Indicator &i : doc.indicators)
        if (i.text == "12.3万人")
            jobs = doc.sections[static_cast<std::size_t>(i.section)].title == "Employment";
    CHECK(jobs);
}

TEST_CASE("A PDF of images without text is refused: OCR finds nothing to read", "[pdf][ocr]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.path() + QStringLiteral("/scan.pdf");
    {
        QPdfWriter writer(path);
        QPainter painter(&writer);
        QImage scan(400, 300, QImage::Format_RGB32);
        scan.fill(Qt::white);
        QPainter ink(&scan);
        ink.drawRect(20, 20, 300, 200);
        ink.end();
        painter.drawImage(QRectF(0, 0, 4000, 3000), scan);
    }
    const LoadResult loaded = DocumentSession::load(path);
    CHECK(!loaded.document);
    CHECK(loaded.error == reportcore::DecodeError::NoText);
}
