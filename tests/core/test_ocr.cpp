// Scans read by OCR: scans of a real PDF's page made in the test (scans.h) against the same page's
// text layer; the bad inputs OCR meets.

#include "scans.h"

#include <reportcore/library.h>
#include <reportcore/parse.h>
#include <reportcore/read.h>

#include <catch2/catch.hpp>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <map>
#include <string>
#include <tuple>

#include <unistd.h>

using namespace reportcore;

namespace {

std::string real(const char *name) { return std::string(REPORTLENS_REAL_DIR) + "/" + name; }

std::string withoutSpaces(std::string s)
{
    s.erase(std::remove(s.begin(), s.end(), ' '), s.end());
    return s;
}

using Figure = std::tuple<std::string, double, std::string, Qualifier>;

/** The figures of page `page` of the text layer: as written (spaces aside), value, unit, hedge. */
std::multimap<std::string, Figure> textLayerFigures(int page)
{
    DecodeError error = DecodeError::None;
    const Document doc = parseFile(real("zhoukou_2023_tjgb.pdf"), error);
    REQUIRE(error == DecodeError::None);
    std::multimap<std::string, Figure> out;
    for (const Indicator &i : doc.indicators)
        if (i.page == page)
            out.emplace(withoutSpaces(i.text), Figure{withoutSpaces(i.text), i.value, i.unit, i.qualifier});
    return out;
}

/** How many of the scan's figures the text layer has, value, unit and hedge alike. */
int agreeing(const Document &scan, std::multimap<std::string, Figure> layer)
{
    int n = 0;
    for (const Indicator &i : scan.indicators) {
        const auto range = layer.equal_range(withoutSpaces(i.text));
        for (auto it = range.first; it != range.second; ++it)
            if (std::get<1>(it->second) == Approx(i.value) && std::get<2>(it->second) == i.unit && std::get<3>(it->second) == i.qualifier) {
                ++n;
                layer.erase(it);
                break;
            }
    }
    return n;
}

} // namespace

TEST_CASE("OCR: a scanned page (an image-only PDF, 200 dpi, tilted, speckled) reads the figures of its text layer", "[ocr]")
{
    ScanOptions o;
    o.page = 2;
    o.height = 0.35;
    const std::string scan = makeScan(real("zhoukou_2023_tjgb.pdf"), o, ScanFormat::Pdf);
    REQUIRE(!scan.empty());
    DecodeError error = DecodeError::None;
    const Document doc = parseBytes(scan, "scan.pdf", error);
    REQUIRE(error == DecodeError::None);
    CHECK(doc.source.format == "pdf");
    CHECK(doc.source.ocrPages == std::vector<int>{1});
    INFO("figures read: " << doc.indicators.size());
    REQUIRE(doc.indicators.size() >= 15); // the top third of the page states about 20
    const int agree = agreeing(doc, textLayerFigures(2));
    CHECK(agree * 10 >= static_cast<int>(doc.indicators.size()) * 9);
    // Every figure says how sure OCR was of it; the paragraphs run on across the scan's lines.
    for (const Indicator &i : doc.indicators)
        CHECK(i.ocrConfidence.has_value());
    const auto employed = std::find_if(doc.indicators.begin(), doc.indicators.end(), [](const Indicator &i) { return i.text == "7.52万人"; });
    REQUIRE(employed != doc.indicators.end());
    CHECK(employed->label == "新增城镇就业");
    CHECK(employed->value == 75200);
}

TEST_CASE("OCR: the page saved as PNG and as TIFF reads as the scanned PDF does", "[ocr]")
{
    ScanOptions o;
    o.page = 2;
    o.height = 0.35;
    const std::multimap<std::string, Figure> layer = textLayerFigures(2);
    for (const ScanFormat format : {ScanFormat::Png, ScanFormat::Tiff}) {
        const std::string scan = makeScan(real("zhoukou_2023_tjgb.pdf"), o, format);
        REQUIRE(!scan.empty());
        DecodeError error = DecodeError::None;
        const Document doc = parseBytes(scan, format == ScanFormat::Png ? "page.png" : "page.tif", error);
        REQUIRE(error == DecodeError::None);
        CHECK(doc.source.format == "image");
        CHECK(doc.source.pages == 1);
        REQUIRE(doc.indicators.size() >= 15);
        CHECK(agreeing(doc, layer) * 10 >= static_cast<int>(doc.indicators.size()) * 9);
    }
}

TEST_CASE("OCR: a blank scan, a damaged image and one too large are refused with a reason", "[ocr]")
{
    DecodeError error = DecodeError::None;
    ReadOptions options;
    SourceText blank = readDocument(blankTiff(1200, 1600), "blank.tif", options);
    CHECK(blank.error == DecodeError::NoText);
    CHECK(blank.detail == "no text found, even by OCR");
    // A PNG cut short: its header promises more than there is.
    ScanOptions o;
    o.page = 2;
    o.height = 0.1;
    o.speckle = false;
    o.tilt = 0;
    std::string png = makeScan(real("zhoukou_2023_tjgb.pdf"), o, ScanFormat::Png);
    REQUIRE(png.size() > 200);
    png.resize(png.size() / 3);
    const Document cut = parseBytes(png, "cut.png", error);
    CHECK(error == DecodeError::Corrupt);
    CHECK(cut.indicators.empty());
    // 10,000 × 9,000 pixels: refused from its header, before a pixel is decoded.
    const SourceText huge = readDocument(blankTiff(10000, 9000), "huge.tif", options);
    CHECK(huge.error == DecodeError::TooLarge);
    CHECK(huge.detail.find("million") != std::string::npos);
}

TEST_CASE("OCR: cancel stops a scan's reading, and a trap stays no figure when read from a scan", "[ocr]")
{
    ScanOptions o;
    o.page = 2;
    o.height = 0.35;
    const std::string scan = makeScan(real("zhoukou_2023_tjgb.pdf"), o, ScanFormat::Pdf);
    REQUIRE(!scan.empty());
    ReadOptions options;
    int asked = 0;
    options.progress = [&asked](int) { return ++asked < 2; }; // go on once, then stop
    const SourceText stopped = readDocument(scan, "scan.pdf", options);
    CHECK(stopped.error == DecodeError::Cancelled);
    // The scanned page's years (2023年), dates and the table's number (表2) are no figures, as in its text layer.
    DecodeError error = DecodeError::None;
    o.height = 0.6;
    const Document doc = parseBytes(makeScan(real("zhoukou_2023_tjgb.pdf"), o, ScanFormat::Png), "page.png", error);
    REQUIRE(error == DecodeError::None);
    for (const Indicator &i : doc.indicators) {
        INFO(i.text);
        CHECK(i.unit != "年");
        CHECK(i.text.find("年") == std::string::npos);
        CHECK(i.text.rfind("表", 0) == std::string::npos);
    }
}

TEST_CASE("OCR's confusions inside figures are repaired, nothing else", "[ocr]")
{
    CHECK(repairedOcrWord("1O5.2亿元") == "105.2亿元");
    CHECK(repairedOcrWord("3l.5%") == "31.5%");
    CHECK(repairedOcrWord("2.I4") == "2.14");
    CHECK(repairedOcrWord("7|2") == "712");
    CHECK(repairedOcrWord("比上年增长\u300A%)") == "比上年增长\uFF08%)");
    CHECK(repairedOcrWord("COVID-19") == "COVID-19"); // letters beside letters stay
    CHECK(repairedOcrWord("Ol") == "Ol");
    CHECK(repairedOcrWord("2023年") == "2023年");
    CHECK(repairedOcrWord("2023年未，") == "2023年末，");
    CHECK(repairedOcrWord("年未全市常住人口") == "年末全市常住人口");
    CHECK(repairedOcrWord("多年未变") == "多年未变");
    CHECK(repairedOcrWord("出生率8.47%o") == "出生率8.47\u2030");
    CHECK(repairedOcrWord("%of") == "%of");
}

TEST_CASE("OCR: a folder of scans goes into the library, and its text is found by search", "[ocr][library]")
{
    const std::filesystem::path folder = std::filesystem::temp_directory_path() / ("reportlens-scans-" + std::to_string(::getpid()));
    std::filesystem::create_directories(folder);
    ScanOptions o;
    o.page = 2;
    o.height = 0.2;
    {
        std::ofstream out(folder / "page.png", std::ios::binary);
        out << makeScan(real("zhoukou_2023_tjgb.pdf"), o, ScanFormat::Png);
    }
    const std::vector<std::string> files = reportFilesIn(folder.string());
    REQUIRE(files.size() == 1);
    std::string error, message;
    std::unique_ptr<Library> library = Library::open((folder / "library.sqlite").string(), error);
    REQUIRE(library);
    CHECK(library->add(files.front(), message) == AddResult::Added);
    CHECK(library->search("城镇就业").total >= 1);
    library.reset();
    std::filesystem::remove_all(folder);
}
