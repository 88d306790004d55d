// A scan opened in the app: a page image drawn at test time (Chinese text in WenQuanYi), read by OCR
// off the UI thread's API, its figures with their OCR confidence; the cache of OCR reads.

#include "documentsession.h"
#include "scancache.h"
#include "texts.h"

#include <reportcore/read.h>

#include <catch2/catch.hpp>

#include <QDir>
#include <QElapsedTimer>
#include <QFont>
#include <QImage>
#include <QPainter>
#include <QTemporaryDir>
#include <QTextDocument>
#include <QUrl>

namespace {

/** A page image with two sentences of a report, at 300 dpi. */
QString drawnScan(const QString &folder, const QStringList &lines = {QStringLiteral("全年地区生产总值1234.5亿元，比上年增长5.1%。"),
                                                                    QStringLiteral("年末全市常住人口866.6万人。")},
                  const QString &name = QStringLiteral("page.png"))
{
    QImage page(2400, 700, QImage::Format_Grayscale8);
    page.setDotsPerMeterX(11811); // 300 dpi
    page.setDotsPerMeterY(11811);
    page.fill(Qt::white);
    QPainter painter(&page);
    QFont font(QStringLiteral("WenQuanYi Micro Hei"));
    font.setPixelSize(48);
    painter.setFont(font);
    painter.setPen(Qt::black);
    for (int k = 0; k < lines.size(); ++k)
        painter.drawText(QPointF(120, 200 + 120 * k), lines[k]);
    painter.end();
    const QString path = folder + QLatin1Char('/') + name;
    REQUIRE(page.save(path));
    return path;
}

} // namespace

TEST_CASE("A page image opens as a report: OCR reads its figures, each with how sure it was; a second opening comes from the cache", "[ocr][scans]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = drawnScan(dir.path());
    QDir(ScanCache::folder()).removeRecursively();
    const LoadResult first = DocumentSession::load(path);
    REQUIRE(first.document);
    const reportcore::Document &doc = *first.document;
    CHECK(doc.source.format == "image");
    CHECK(doc.source.ocrPages == std::vector<int>{1});
    std::vector<std::string> figures;
    for (const reportcore::Indicator &i : doc.indicators) {
        figures.push_back(i.text);
        CHECK(i.ocrConfidence.has_value());
    }
    CHECK(figures == std::vector<std::string>{"1234.5亿元", "5.1%", "866.6万人"});
    CHECK(QDir(ScanCache::folder()).entryList(QDir::Files).size() == 1);
    // Opened again: from the cache, the same document.
    const LoadResult again = DocumentSession::load(path);
    REQUIRE(again.document);
    REQUIRE(again.document->indicators.size() == doc.indicators.size());
    for (std::size_t k = 0; k < doc.indicators.size(); ++k) {
        CHECK(again.document->indicators[k].text == doc.indicators[k].text);
        CHECK(again.document->indicators[k].ocrConfidence == doc.indicators[k].ocrConfidence);
    }
    CHECK(again.document->source.ocrPages == doc.source.ocrPages);
}

TEST_CASE("The cache of OCR reads keeps a read whole, and takes nothing damaged", "[ocr][scans]")
{
    reportcore::SourceText s;
    s.format = reportcore::Format::Image;
    s.text = "全年地区生产总值1234.5亿元。\n第二行\n";
    s.hints.resize(2);
    s.hints[0].page = 1;
    s.hints[1].heading = 2;
    s.pages = 1;
    s.ocr.push_back({1, {{"全年", 91.5f}, {"1234.5亿元", 88.0f}}});
    const QByteArray bytes = ScanCache::serialise(s);
    const std::optional<reportcore::SourceText> back = ScanCache::deserialise(bytes);
    REQUIRE(back);
    CHECK(back->text == s.text);
    CHECK(back->hints.size() == 2);
    CHECK(back->hints[1].heading == 2);
    CHECK(back->ocr.size() == 1);
    CHECK(back->ocr[0].words[1].text == "1234.5亿元");
    CHECK(back->ocr[0].words[1].confidence == 88.0f);
    for (const int cut : {0, 4, 12, static_cast<int>(bytes.size()) / 2, static_cast<int>(bytes.size()) - 1})
        CHECK(!ScanCache::deserialise(bytes.left(cut)));
    CHECK(!ScanCache::store(QStringLiteral("no-ocr"), reportcore::SourceText{})); // a read without OCR is not kept
}

TEST_CASE("An uncertain figure's tooltip shows the scan's picture of it beside the reading", "[ocr][scans]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const LoadResult loaded = DocumentSession::load(drawnScan(dir.path()));
    REQUIRE(loaded.document);
    REQUIRE(!loaded.document->indicators.empty());
    reportcore::Indicator figure = loaded.document->indicators.front();
    CHECK(figure.ocrX1 > figure.ocrX0);
    CHECK(figure.ocrBottom > figure.ocrTop);
    CHECK(Texts::indicatorTooltip(*loaded.document, figure).indexOf(QStringLiteral("data:image/png")) < 0); // sure: no picture
    figure.ocrConfidence = 40; // as if OCR had been unsure of it
    figure.id = 1000;          // (the pictures are kept by figure)
    const QString tip = Texts::indicatorTooltip(*loaded.document, figure);
    const qsizetype at = tip.indexOf(QStringLiteral("data:image/png;base64,"));
    REQUIRE(at >= 0);
    QTextDocument shown;
    shown.setHtml(tip);
    const QString url = tip.mid(at, tip.indexOf(QLatin1Char('\''), at) - at);
    const QImage picture = shown.resource(QTextDocument::ImageResource, QUrl(url)).value<QImage>();
    REQUIRE(!picture.isNull());
    CHECK(picture.width() > picture.height()); // the figure and the words beside it, one line high
    CHECK(picture.height() >= 20);
    if (qEnvironmentVariableIsSet("REPORTLENS_SAVE_PICTURE")) {
        QImage look(600, 400, QImage::Format_RGB32);
        look.fill(Qt::white);
        QPainter painter(&look);
        shown.drawContents(&painter);
        painter.end();
        look.save(qEnvironmentVariable("REPORTLENS_SAVE_PICTURE"));
    }
}

TEST_CASE("A scan in Traditional characters is read with the Traditional model", "[ocr][scans]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const LoadResult loaded = DocumentSession::load(drawnScan(
        dir.path(), {QStringLiteral("全年地區生產總值1234.5億元，比上年增長5.1%。"), QStringLiteral("年末全市常住人口866.6萬人。")},
        QStringLiteral("hant.png")));
    REQUIRE(loaded.document);
    std::vector<std::string> figures, labels;
    for (const reportcore::Indicator &i : loaded.document->indicators) {
        figures.push_back(i.text);
        labels.push_back(i.label);
    }
    CHECK(figures == std::vector<std::string>{"1234.5億元", "5.1%", "866.6萬人"});
    CHECK(labels.front() == "地區生產總值");
    CHECK(loaded.document->indicators.front().value == 123450000000.0);
}
