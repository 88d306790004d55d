// Each figure as the library files it (library.h: figureYear, roleOf, sentenceOf): its role, its year
// and its sentence. A report's own identity is identity.cpp's.
#include "library/describe.h"

#include "text/lexicon.h"
#include "text/text.h"

#include <algorithm>
#include <map>

namespace reportcore {

using text::u32;
using text::u32v;

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
