// Which report a text is: its title, issuer, kind and year as a reader would write them, on heads of
// reports written for these tests in the genre's forms (a title lost to a footnoted year, a letterhead,
// a speech without a title line, a union's spread under a kicker, news with its metadata), and on the
// real documents.

#include <reportcore/library.h>
#include <reportcore/parse.h>

#include <catch2/catch.hpp>

#include <string>

using namespace reportcore;

namespace {

/** The text as a file of it is read (its front matter, if any, as metadata). */
ReportInfo identityOf(const std::string &text)
{
    DecodeError error = DecodeError::None;
    const Document doc = parseBytes(text, "report.md", error, ReadOptions{});
    REQUIRE(error == DecodeError::None);
    return describeReport(doc);
}

ReportInfo identityOfFile(const std::string &path)
{
    DecodeError error = DecodeError::None;
    const Document doc = parseFile(path, error, ReadOptions{});
    REQUIRE(error == DecodeError::None);
    return describeReport(doc);
}

} // namespace

TEST_CASE("identity: a communiqué whose title was lost to its year, dated the year after", "[identity]")
{
    // As a PDF converter leaves it: the title reduced to its year and a footnote mark, the issuing
    // bodies on a line, the publication date, then the lead.
    const ReportInfo info = identityOf("2023 [1]\n"
                                       "江东市统计局 国家统计局江东调查队\n"
                                       "2024 年3月20日\n"
                                       "2023 年，全市上下坚持稳中求进，经济运行回升向好。\n"
                                       "一、综 合\n"
                                       "初步核算，全年生产总值2345.6亿元，比上年增长5.6%。\n");
    CHECK(info.kind == "statistical-communique");
    CHECK(info.issuer == "江东市统计局");
    CHECK(info.year == 2023); // the year it covers, not the day it was published
    CHECK(info.titleDerived);
    CHECK(info.title == "江东市统计局 2023年统计公报"); // never "2023", never "综 合"
}

TEST_CASE("identity: a letterhead above the title is the body's paper, not the title", "[identity]")
{
    const ReportInfo info = identityOf("江东市统计局文件\n"
                                       "\n"
                                       "2022年江东市国民经济和社会发展统计公报\n"
                                       "\n"
                                       "2022年，全市地区生产总值1999.9亿元，比上年增长4.1%。\n");
    CHECK(info.title == "2022年江东市国民经济和社会发展统计公报");
    CHECK_FALSE(info.titleDerived);
    CHECK(info.kind == "statistical-communique");
    CHECK(info.year == 2022);
}

TEST_CASE("identity: a speech without a title line is the government's work report of the year it is delivered", "[identity]")
{
    const ReportInfo info = identityOf("各位代表：\n"
                                       "\n"
                                       "现在，我代表市人民政府，向大会报告政府工作，请予审议，并请市政协委员提出意见。\n"
                                       "\n"
                                       "一、2024年工作回顾\n"
                                       "\n"
                                       "过去一年，全市地区生产总值增长5.2%，城镇新增就业12.3万人。2024年全市一般公共预算收入"
                                       "增长3.1%。\n"
                                       "\n"
                                       "二、2025年主要目标\n"
                                       "\n"
                                       "今年经济社会发展的主要预期目标是：地区生产总值增长5%左右。\n");
    CHECK(info.kind == "work-report");
    CHECK(info.issuer == "市人民政府");
    CHECK(info.year == 2025); // delivered the year after the one it reviews
    CHECK(info.titleDerived);
    CHECK(info.title.find("各位代表") == std::string::npos); // a salutation is no title
    CHECK(info.title.find("工作报告") != std::string::npos);
}

TEST_CASE("identity: a union's spread under its kicker", "[identity]")
{
    const ReportInfo info = identityOf("江东市总工会：\n"
                                       "\n"
                                       "## 建功新时代 奋进新征程\n"
                                       "\n"
                                       "过去一年，江东市总工会团结动员广大职工建功立业。2023年全市新发展会员3.2万人，"
                                       "建成职工驿站120个。\n"
                                       "\n"
                                       "2023年，全市工会帮扶困难职工5600人次。\n");
    CHECK(info.title == "建功新时代 奋进新征程");
    CHECK(info.issuer == "江东市总工会");
    CHECK(info.kind == "union-report");
    CHECK(info.year == 2024);
}

TEST_CASE("identity: news dated by its metadata, issued by who published it", "[identity]")
{
    const ReportInfo info = identityOf("---\n"
                                       "title: '今年经济增长预期目标5%左右如何实现'\n"
                                       "author: 江东日报\n"
                                       "date: Tue, 05 Mar 2024 08:10:00 GMT\n"
                                       "---\n"
                                       "\n"
                                       "3月5日下午，国务院新闻办公室举行吹风会，介绍政府工作报告有关情况。\n");
    CHECK(info.title == "今年经济增长预期目标5%左右如何实现");
    CHECK(info.kind == "news");
    CHECK(info.year == 2024);
    CHECK(info.issuer == "江东日报");
}

TEST_CASE("identity: a dated first line and page chrome are no titles", "[identity]")
{
    CHECK(identityOf("2025年3月5日\n\n政府工作报告\n\n各位代表：\n\n过去一年，经济增长5%。\n").title == "政府工作报告");
    const ReportInfo chrome = identityOf("分享到：微信 微博\n\n2023年江东市国民经济和社会发展统计公报\n\n2023年，全市经济增长5%。\n");
    CHECK(chrome.title == "2023年江东市国民经济和社会发展统计公报");
}

TEST_CASE("identity: the real documents", "[identity][real]")
{
    const std::string dir = REPORTLENS_REAL_DIR;
    const ReportInfo hefei = identityOfFile(dir + "/hefei_2024_tjgb.txt");
    CHECK(hefei.year == 2024);
    CHECK(hefei.issuer == "合肥市统计局");
    CHECK(hefei.kind == "statistical-communique");
    CHECK(hefei.title.find("2024") != std::string::npos);
    CHECK(hefei.title != "2024");
    const ReportInfo national = identityOfFile(dir + "/national_2024_zfgzbg_qqiw.txt");
    CHECK(national.title == "政府工作报告");
    CHECK(national.issuer == "国务院");
    CHECK(national.year == 2024);
    CHECK(national.kind == "work-report");
    const ReportInfo zhoukou = identityOfFile(dir + "/zhoukou_2023_tjgb.pdf");
    CHECK(zhoukou.year == 2023);
    CHECK(zhoukou.issuer == "周口市统计局");
    const ReportInfo sample = identityOfFile(REPORTLENS_SAMPLE);
    CHECK(sample.issuer == "广州市总工会");
    CHECK(sample.kind == "union-report");
    CHECK(sample.year == 2025);
}
