// The first 40 lines of two real reports, checked by hand against the text: every figure is found,
// with its value, unit and hedge, and nothing else is taken for a figure (years, dates, ordinals, a
// title's footnote mark, spans such as 近3年, C919, 两次降低 …). A rule that loses or adds a figure here
// fails this test; a rule that changes one must be checked against the text again.

#include <reportcore/parse.h>

#include <catch2/catch.hpp>

#include <string>
#include <vector>

using namespace reportcore;

namespace {

struct Expected {
    int line;
    const char *text;
    double value;
    const char *unit;
    const char *qualifier;
};

void checkFirstLines(const std::string &file, const std::vector<Expected> &expected)
{
    DecodeError error = DecodeError::None;
    const Document doc = parseFile(std::string(REPORTLENS_REAL_DIR) + "/" + file, error);
    REQUIRE(error == DecodeError::None);
    std::vector<const Indicator *> found;
    for (const Indicator &i : doc.indicators)
        if (i.line <= 40)
            found.push_back(&i);
    for (std::size_t k = 0; k < std::max(found.size(), expected.size()); ++k) {
        INFO("figure " << k + 1 << " of the first 40 lines");
        REQUIRE(k < found.size());   // a figure of the text was lost
        REQUIRE(k < expected.size()); // something else was taken for a figure
        const Indicator &i = *found[k];
        const Expected &e = expected[k];
        INFO(e.text << " on line " << e.line);
        CHECK(i.line == e.line);
        CHECK(i.text == e.text);
        CHECK(i.value == Approx(e.value));
        CHECK(i.unit == e.unit);
        CHECK(std::string(toString(i.qualifier)) == e.qualifier);
    }
}

} // namespace

TEST_CASE("national government work report 2024: every figure of the first 40 lines", "[real][first-lines]")
{
    // Lines 1-40: the review of 2023 (lines 6-20) and the targets and fiscal plan for 2024 (28-31).
    checkFirstLines("national_2024_zfgzbg_qqiw.txt", {
        {6, "超过126万亿元", 126000000000000, "元", "over"},
        {6, "5.2%", 5.2, "%", "exact"},
        {6, "1244万人", 12440000, "人", "exact"},
        {6, "5.2%", 5.2, "%", "exact"},
        {6, "0.2%", 0.2, "%", "exact"},
        {7, "超过60%", 60, "%", "over"},
        {8, "28.6%", 28.6, "%", "exact"},
        {10, "1.39万亿斤", 1390000000000, "斤", "exact"},
        {12, "6.1%", 6.1, "%", "exact"},
        {12, "8.4%", 8.4, "%", "exact"},
        {12, "6600多万", 66000000, "", "over"},
        {15, "超过2.2万亿元", 2200000000000, "元", "over"},
        {15, "1万亿元", 1000000000000, "元", "exact"},
        {16, "超过50%", 50, "%", "over"},
        {16, "66.2%", 66.2, "%", "exact"},
        {17, "近30%", 30, "%", "about"},
        {19, "超过3300万", 33000000, "", "over"},
        {19, "1100多万", 11000000, "", "over"},
        {20, "10件", 10, "件", "exact"},
        {20, "25部", 25, "部", "exact"},
        {28, "5%左右", 5, "%", "about"},
        {28, "1200万人以上", 12000000, "人", "over"},
        {28, "5.5%左右", 5.5, "%", "about"},
        {28, "3%左右", 3, "%", "about"},
        {28, "1.3万亿斤以上", 1300000000000, "斤", "over"},
        {28, "2.5%左右", 2.5, "%", "about"},
        {29, "5%左右", 5, "%", "about"},
        {31, "3%", 3, "%", "exact"},
        {31, "4.06万亿元", 4060000000000, "元", "exact"},
        {31, "1800亿元", 180000000000, "元", "exact"},
        {31, "28.5万亿元", 28500000000000, "元", "exact"},
        {31, "1.1万亿元", 1100000000000, "元", "exact"},
        {31, "3.9万亿元", 3900000000000, "元", "exact"},
        {31, "1000亿元", 100000000000, "元", "exact"},
        {31, "1万亿元", 1000000000000, "元", "exact"},
    });
}

TEST_CASE("Hefei statistical communique 2024: every figure of the first 40 lines", "[real][first-lines]")
{
    // Hard-wrapped lines, footnote marks ([2] before 13507.69亿元), a three-term ratio (2.5：36.7：60.7),
    // an acronym before a figure (人均GDP136063 元), permille points (0.01个千分点).
    checkFirstLines("hefei_2024_tjgb.txt", {
        {12, "13507.69亿元", 1350769000000, "元", "exact"},
        {13, "6.1%", 6.1, "%", "exact"},
        {14, "343.26 亿元", 34326000000, "元", "exact"},
        {14, "3.0%", 3, "%", "exact"},
        {14, "4961.25亿元", 496125000000, "元", "exact"},
        {15, "8.4%", 8.4, "%", "exact"},
        {15, "8203.18亿元", 820318000000, "元", "exact"},
        {15, "4.8%", 4.8, "%", "exact"},
        {16, "2.5", 2.5, "", "exact"},
        {16, "36.7", 36.7, "", "exact"},
        {16, "60.7", 60.7, "", "exact"},
        {17, "136063 元", 136063, "元", "exact"},
        {17, "19105美元", 19105, "美元", "exact"},
        {17, "4.1%", 4.1, "%", "exact"},
        {18, "812.7万人", 8127000, "人", "exact"},
        {18, "6.1万人", 61000, "人", "exact"},
        {19, "1000.2万人", 10002000, "人", "exact"},
        {19, "14.9万人", 149000, "人", "exact"},
        {20, "86.38%", 86.38, "%", "exact"},
        {20, "0.83个百分点", 0.83, "个百分点", "exact"},
        {20, "7.9万人", 79000, "人", "exact"},
        {21, "7.98‰", 7.98, "‰", "exact"},
        {21, "6.1万人", 61000, "人", "exact"},
        {21, "6.15‰", 6.15, "‰", "exact"},
        {22, "1.83‰", 1.83, "‰", "exact"},
        {22, "0.01个千分点", 0.01, "个千分点", "exact"},
        {24, "21.43万人", 214300, "人", "exact"},
        {24, "4.27万人", 42700, "人", "exact"},
        {25, "0.79万人", 7900, "人", "exact"},
        {26, "0.4%", 0.4, "%", "exact"},
        {27, "0.6%", 0.6, "%", "exact"},
        {30, "12.6%", 12.6, "%", "exact"},
        {31, "55.8%", 55.8, "%", "exact"},
        {31, "1.1个百分点", 1.1, "个百分点", "exact"},
        {32, "37.6%", 37.6, "%", "exact"},
        {32, "137.61万辆", 1376100, "辆", "exact"},
        {33, "10.5%", 10.5, "%", "exact"},
        {33, "21.5%", 21.5, "%", "exact"},
        {34, "5.85亿片", 585000000, "片", "exact"},
        {35, "827.65亿元", 82765000000, "元", "exact"},
        {35, "20.5%", 20.5, "%", "exact"},
        {36, "23.6%", 23.6, "%", "exact"},
        {37, "626.92亿元", 62692000000, "元", "exact"},
        {37, "16.0%", 16, "%", "exact"},
        {38, "24.6%", 24.6, "%", "exact"},
        {38, "2.3个百分点", 2.3, "个百分点", "exact"},
        {39, "16.2%", 16.2, "%", "exact"},
        {40, "22.9%", 22.9, "%", "exact"},
    });
}
