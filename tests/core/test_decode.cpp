// Decoding: encodings, BOMs, line ends, invalid bytes, refusals.

#include <reportcore/decode.h>
#include <reportcore/parse.h>

#include <catch2/catch.hpp>

#include <unicode/ucnv.h>

#include <filesystem>
#include <fstream>
#include <string>

using namespace reportcore;

namespace {

/** Converts UTF-8 to another charset with ICU (to make test inputs). */
std::string convert(const std::string &utf8, const char *charset)
{
    UErrorCode status = U_ZERO_ERROR;
    std::string out(utf8.size() * 4 + 16, '\0');
    const int32_t len = ucnv_convert(charset, "UTF-8", out.data(), static_cast<int32_t>(out.size()),
                                     utf8.data(), static_cast<int32_t>(utf8.size()), &status);
    REQUIRE(U_SUCCESS(status));
    out.resize(static_cast<std::size_t>(len));
    return out;
}

const std::string kText = "## 工作回顾\n\n全市职工参保215.83万人次,补助6.03万人次。\n";

} // namespace

TEST_CASE("UTF-8 without and with BOM", "[decode]")
{
    const DecodeResult plain = decode(kText);
    CHECK(plain.error == DecodeError::None);
    CHECK(plain.encoding == "UTF-8");
    CHECK_FALSE(plain.bom);
    CHECK(plain.text == kText);
    CHECK(plain.diagnostics.empty());

    const DecodeResult bom = decode("\xEF\xBB\xBF" + kText);
    CHECK(bom.encoding == "UTF-8");
    CHECK(bom.bom);
    CHECK(bom.text == kText);
}

TEST_CASE("UTF-16 LE and BE with BOM", "[decode]")
{
    const std::string le = "\xFF\xFE" + convert(kText, "UTF-16LE");
    const std::string be = "\xFE\xFF" + convert(kText, "UTF-16BE");
    const DecodeResult l = decode(le), b = decode(be);
    CHECK(l.error == DecodeError::None);
    CHECK(l.encoding == "UTF-16LE");
    CHECK(l.text == kText);
    CHECK(b.encoding == "UTF-16BE");
    CHECK(b.text == kText);
}

TEST_CASE("GB18030 and GBK are detected and converted", "[decode]")
{
    const DecodeResult gb = decode(convert(kText, "GB18030"));
    CHECK(gb.error == DecodeError::None);
    CHECK(gb.encoding == "GB18030");
    CHECK(gb.text == kText);
    // Short input: 6 bytes of Chinese (ucsdet alone gets this wrong).
    const DecodeResult shortGb = decode(convert("工会会员", "GBK"));
    CHECK(shortGb.encoding == "GB18030");
    CHECK(shortGb.text == "工会会员");
}

TEST_CASE("CRLF and CR line ends become LF", "[decode]")
{
    CHECK(decode("第一行\r\n第二行\r\n").text == "第一行\n第二行\n");
    CHECK(decode("第一行\r第二行\r").text == "第一行\n第二行\n");
    const std::string le = "\xFF\xFE" + convert("甲\r\n乙\r丙", "UTF-16LE");
    CHECK(decode(le).text == "甲\n乙\n丙");
}

TEST_CASE("invalid bytes become U+FFFD with a warning naming the line", "[decode]")
{
    // Mostly UTF-8 Chinese with one stray byte on line 3.
    std::string text = "## 标题\n\n全市工会会员人数稳步增长,职工\xFF服务体系不断完善,工会组织覆盖面持续扩大。\n";
    const DecodeResult r = decode(text);
    CHECK(r.encoding == "UTF-8");
    CHECK(r.text.find("\xEF\xBF\xBD") != std::string::npos);
    REQUIRE(r.diagnostics.size() == 1);
    CHECK(r.diagnostics[0].code == DiagnosticCode::InvalidBytes);
    CHECK(r.diagnostics[0].line == 3);
    CHECK(r.diagnostics[0].related == 1);
}

TEST_CASE("truncated UTF-8 at the end is a warning, not a refusal", "[decode]")
{
    std::string text = kText + "会员";
    text.pop_back(); // cut the last character in half
    const DecodeResult r = decode(text);
    CHECK(r.error == DecodeError::None);
    CHECK(r.encoding == "UTF-8");
    REQUIRE_FALSE(r.diagnostics.empty());
    CHECK(r.diagnostics.back().code == DiagnosticCode::TruncatedSequence);
    CHECK(r.diagnostics.back().line == 4);
}

TEST_CASE("refusals: empty, white space, binary, too large", "[decode]")
{
    CHECK(decode("").error == DecodeError::Empty);
    CHECK(decode(" \n\t\r\n\xE3\x80\x80\n").error == DecodeError::Empty);
    CHECK(decode(std::string("abc\0def", 7)).error == DecodeError::Binary);
    static const char pngHeader[] = "\x89PNG\r\n\x1A\n\0\0\0\rIHDR\0\0\0\x10";
    const std::string png(pngHeader, sizeof pngHeader - 1);
    CHECK(decode(png).error == DecodeError::Binary);
    std::string controls(200, '\x01');
    CHECK(decode(controls).error == DecodeError::Binary);
    DecodeOptions small;
    small.maxBytes = 10;
    const DecodeResult big = decode(kText, small);
    CHECK(big.error == DecodeError::TooLarge);
    CHECK(big.text.empty());
    CHECK(errorMessage(big.error, big, small).find("too large") != std::string::npos);
}

TEST_CASE("files: missing, a folder, size checked before reading", "[decode]")
{
    CHECK(decodeFile("/nonexistent/report.txt").error == DecodeError::NotFound);
    CHECK(decodeFile("/tmp").error == DecodeError::Unreadable);
    DecodeOptions small;
    small.maxBytes = 100;
    CHECK(decodeFile(REPORTLENS_SAMPLE, small).error == DecodeError::TooLarge);
    const DecodeResult sample = decodeFile(REPORTLENS_SAMPLE);
    CHECK(sample.error == DecodeError::None);
    CHECK(sample.bytes == 9654);
}

TEST_CASE("the sample gives the same model in every encoding", "[decode]")
{
    std::ifstream in(REPORTLENS_SAMPLE, std::ios::binary);
    const std::string utf8((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    DecodeError e = DecodeError::None;
    const Document base = parseBytes(utf8, "x", e);
    REQUIRE(e == DecodeError::None);
    for (const std::string &bytes : {convert(utf8, "GB18030"), "\xFF\xFE" + convert(utf8, "UTF-16LE"),
                                     "\xFE\xFF" + convert(utf8, "UTF-16BE"), "\xEF\xBB\xBF" + utf8}) {
        const Document d = parseBytes(bytes, "x", e);
        REQUIRE(e == DecodeError::None);
        CHECK(d.blocks.size() == base.blocks.size());
        REQUIRE(d.indicators.size() == base.indicators.size());
        for (std::size_t i = 0; i < d.indicators.size(); ++i) {
            CHECK(d.indicators[i].text == base.indicators[i].text);
            CHECK(d.indicators[i].value == base.indicators[i].value);
            CHECK(d.indicators[i].line == base.indicators[i].line);
            CHECK(d.indicators[i].column == base.indicators[i].column);
        }
        CHECK(d.representatives.size() == base.representatives.size());
    }
}

TEST_CASE("a 100 MB file is refused by its size, without reading it", "[decode]")
{
    const std::filesystem::path path = std::filesystem::temp_directory_path() / "reportlens-100mb.txt";
    {
        std::ofstream out(path, std::ios::binary);
        out << "## 标题\n";
    }
    std::filesystem::resize_file(path, 100ull * 1000 * 1000); // sparse: costs no disk
    DecodeError error = DecodeError::None;
    const Document doc = parseFile(path.string(), error);
    CHECK(error == DecodeError::TooLarge);
    CHECK(doc.blocks.empty());
    DecodeResult info;
    info.bytes = 100ull * 1000 * 1000;
    CHECK(errorMessage(error, info, {}) == "the file is too large (100000000 bytes; the limit is 67108864 bytes)");
    std::filesystem::remove(path);
}
