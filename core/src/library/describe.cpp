// What a report is about (library.h: describeReport, figureYear, roleOf, sentenceOf): its year, kind
// and issuer from its text, and each figure's role and year as the library files it.
#include "library/describe.h"

#include "text/lexicon.h"
#include "text/text.h"

#include <algorithm>
#include <map>

namespace reportcore {

using text::u32;
using text::u32v;

namespace {

std::optional<int> firstYear(u32v s)
{
    for (std::size_t k = 0; k + 4 <= s.size(); ++k) {
        if ((k > 0 && text::isDigit(s[k - 1])) || !(s[k] == '1' || s[k] == '2') || !(s[k + 1] == '9' || s[k + 1] == '0')
            || !text::isDigit(s[k + 2]) || !text::isDigit(s[k + 3]) || (k + 4 < s.size() && text::isDigit(s[k + 4])))
            continue;
        std::size_t after = k + 4;
        while (after < s.size() && text::isSpace(s[after]))
            ++after;
        if (after < s.size() && s[after] == 0x5E74) // 年
            return (s[k] - '0') * 1000 + (s[k + 1] - '0') * 100 + (s[k + 2] - '0') * 10 + (s[k + 3] - '0');
    }
    return std::nullopt;
}

bool contains(u32v s, const char32_t *word) { return s.find(word) != u32v::npos; }

} // namespace

ReportInfo describeReport(const Document &doc)
{
    ReportInfo info;
    info.title = doc.title;
    if (info.title.empty() && !doc.sections.empty())
        info.title = doc.sections.front().title;
    const u32 title = text::toUtf32(info.title);
    info.year = firstYear(title);
    // the title's line with its subtitle: 政府工作报告——2024年3月5日在…
    for (std::size_t b = 0; b < doc.blocks.size() && b < 3 && !info.year; ++b)
        if (doc.blocks[b].kind == BlockKind::Heading || doc.blocks[b].kind == BlockKind::Subtitle)
            info.year = firstYear(text::toUtf32(doc.blocks[b].text));
    if (!info.year) {
        std::map<int, int> counts;
        for (const Indicator &i : doc.indicators)
            if (i.year)
                ++counts[*i.year];
        int best = 0;
        for (const auto &[year, count] : counts)
            if (count > best) {
                best = count;
                info.year = year;
            }
    }
    // The kind, from the title's words (in Simplified or Traditional characters).
    const u32 folded = foldForSearch(u32v(title));
    if (contains(folded, U"政府工作报告"))
        info.kind = "work-report";
    else if (contains(folded, U"统计公报") || contains(folded, U"国民经济和社会发展"))
        info.kind = "statistical-communique";
    else if (contains(folded, U"工会") || contains(folded, U"职工代表大会"))
        info.kind = "union-report";
    else if (contains(folded, U"工作报告"))
        info.kind = "work-report";
    else
        info.kind = "other";
    // The issuer: a line under the title naming a body (国家统计局), else the place the title names.
    const Lexicon &lex = lexicon();
    for (std::size_t b = 0; b < doc.blocks.size() && b < 6 && info.issuer.empty(); ++b) {
        const Block &block = doc.blocks[b];
        if (block.kind != BlockKind::Subtitle && block.kind != BlockKind::Byline)
            continue;
        const u32 t = text::toUtf32(block.text);
        const u32v part = t;
        std::size_t end = part.size();
        while (end > 0 && text::isSpace(part[end - 1]))
            --end;
        std::size_t start = end;
        while (start > 0 && !text::isSpace(part[start - 1]))
            --start;
        // "合肥市统计局 国家统计局合肥调查队": the first body named
        std::size_t firstEnd = 0;
        while (firstEnd < part.size() && !text::isSpace(part[firstEnd]))
            ++firstEnd;
        if (lex.issuerEnd.matchBefore(part, firstEnd) > 0)
            info.issuer = text::toUtf8(part.substr(0, firstEnd));
        else if (lex.issuerEnd.matchBefore(part, end) > 0)
            info.issuer = text::toUtf8(part.substr(start, end - start));
    }
    if (info.issuer.empty() && contains(title, U"国务院"))
        info.issuer = "国务院";
    if (info.issuer.empty() && !doc.blocks.empty() && doc.blocks.front().text.find("国务院") != std::string::npos
        && foldForSearch(u32v(text::toUtf32(doc.blocks.front().text))).find(U"政府工作报告") != u32::npos)
        info.issuer = "国务院"; // 政府工作报告——…国务院总理 李强
    // 政府工作报告 with no place before it is the national government's, delivered by the premier.
    if (info.issuer.empty() && info.kind == "work-report" && folded.rfind(U"政府工作报告", 0) == 0)
        info.issuer = "国务院";
    if (info.kind == "other") {
        // A title that lost its words (a PDF's "2024 [1]"): the issuer tells the kind.
        const u32 issuer = foldForSearch(u32v(text::toUtf32(info.issuer)));
        if (contains(issuer, U"统计局") || contains(issuer, U"调查队"))
            info.kind = "statistical-communique";
        else if (contains(issuer, U"工会"))
            info.kind = "union-report";
        else if (contains(issuer, U"国务院") || contains(issuer, U"人民政府"))
            info.kind = "work-report";
    }
    if (info.issuer.empty()) {
        // 2024年东莞市国民经济… → 东莞市
        std::size_t k = 0;
        if (info.year) {
            const std::size_t y = title.find(U"年");
            if (y != u32::npos && y < 8)
                k = y + 1;
        }
        while (k < title.size() && text::isSpace(title[k]))
            ++k;
        for (std::size_t e = k; e < title.size() && e < k + 10; ++e) {
            const char32_t c = title[e];
            if (c == U'市' || c == U'省' || c == U'县' || c == U'区' || c == U'州') {
                if (e > k)
                    info.issuer = text::toUtf8(u32v(title).substr(k, e + 1 - k));
                break;
            }
            if (!text::isHan(c))
                break;
        }
    }
    return info;
}

namespace library {

std::string sentenceIn(u32v t, const Indicator &indicator)
{
    auto ends = [](char32_t c) { return text::isSentenceEnd(c) || c == 0xFF1B || c == ';' || c == '\n'; };
    std::size_t begin = std::min<std::size_t>(static_cast<std::size_t>(std::max(indicator.offset, 0)), t.size());
    std::size_t end = std::min(t.size(), begin + static_cast<std::size_t>(std::max(indicator.length, 0)));
    while (begin > 0 && !ends(t[begin - 1]) && end - begin < 300)
        --begin;
    while (end < t.size() && !ends(t[end]) && end - begin < 300)
        ++end;
    if (end < t.size())
        ++end; // the full stop
    return text::toUtf8(text::trim(t.substr(begin, end - begin)));
}

std::optional<int> yearGiven(const Document &doc, const ReportInfo &info, const Indicator &indicator, const std::string &sentence)
{
    if (info.kind != "work-report" || !info.year || indicator.year != info.year || roleOf(indicator) != FigureRole::Result)
        return indicator.year;
    if (sentence.find(std::to_string(*info.year)) != std::string::npos)
        return indicator.year; // 2024年…增长5%: the year named
    // …nor its section's title (二、2024年工作回顾)
    if (indicator.section >= 0 && doc.sections[static_cast<std::size_t>(indicator.section)].title.find(std::to_string(*info.year)) != std::string::npos)
        return indicator.year;
    return *info.year - 1;
}

} // namespace library

std::optional<int> figureYear(const Document &doc, const ReportInfo &info, const Indicator &indicator)
{
    return library::yearGiven(doc, info, indicator, sentenceOf(doc, indicator));
}

FigureRole roleOf(const Indicator &indicator) { return indicator.target ? FigureRole::Target : FigureRole::Result; }

const char *toString(FigureRole role) { return role == FigureRole::Target ? "target" : "result"; }

std::string sentenceOf(const Document &doc, const Indicator &indicator)
{
    if (indicator.block < 0 || static_cast<std::size_t>(indicator.block) >= doc.blocks.size())
        return indicator.text;
    return library::sentenceIn(text::toUtf32(doc.blocks[static_cast<std::size_t>(indicator.block)].text), indicator);
}


} // namespace reportcore
