#include "figures/years.h"

#include "figures/figureforms.h"
#include "text/lexicon.h"

#include <map>

namespace reportcore {

using text::u32;
using text::u32v;

std::vector<YearMark> findYears(u32v t)
{
    std::vector<YearMark> years;
    for (std::size_t i = 0; i + 4 < t.size(); ++i) {
        if (t[i + 4] != 0x5E74) // 年
            continue;
        bool digits = true;
        int y = 0;
        for (std::size_t k = 0; k < 4; ++k) {
            if (!text::isDigit(t[i + k])) {
                digits = false;
                break;
            }
            y = y * 10 + text::digitValue(t[i + k]);
        }
        if (!digits || (i > 0 && text::isDigit(t[i - 1])) || y < 1900 || y > 2199)
            continue;
        // 较2019年, 比2019年, 自2019年, 2019年以来: a base or a start, not the year figures belong to
        if (i > 0) {
            const char32_t p = t[i - 1];
            if (p == 0x8F83 || p == 0x6BD4 || p == 0x81EA || p == 0x4ECE || p == 0x4E0E || p == 0x540C)
                continue;
        }
        if (t.substr(i + 5, 2) == U"\u4EE5\u6765")
            continue;
        years.push_back({i, y});
    }
    return years;
}

SectionYears::SectionYears(const Document &doc, const std::vector<u32v> &blockTexts,
                           std::vector<std::vector<YearMark>> &blockYears)
    : m_doc(doc), m_titleYears(doc.sections.size()), m_partYears(doc.sections.size())
{
    // The report's year: the year it names most often (ties: the later one).
    std::map<int, int> yearCounts;
    blockYears.assign(doc.blocks.size(), {});
    for (std::size_t b = 0; b < doc.blocks.size(); ++b) {
        blockYears[b] = findYears(blockTexts[b]);
        for (const YearMark &y : blockYears[b])
            ++yearCounts[y.year];
    }
    int best = 0;
    for (const auto &[year, count] : yearCounts)
        if (count >= best) {
            best = count;
            m_reportYear = year;
        }
    for (std::size_t s = 0; s < doc.sections.size(); ++s) {
        // read as figures are: "2023 年度…" as typeset is the year 2023
        const u32 title = text::toUtf32(doc.sections[s].title);
        u32 squeezedTitle;
        std::vector<std::size_t> titleOrigin;
        const std::vector<YearMark> years = findYears(squeezeLayout(title, squeezedTitle, titleOrigin) ? u32v(squeezedTitle) : u32v(title));
        if (!years.empty())
            m_titleYears[s] = years.front().year;
    }
    // In a file compiling several reports, the sections after a report's title (2023年…统计公报) that
    // do not nest under it are still that report's: the year of the last such title before them.
    for (std::size_t s = 0; s < doc.sections.size(); ++s) {
        const std::string &title = doc.sections[s].title;
        const u32 t = text::toUtf32(title);
        if (m_titleYears[s] && lexicon().titleEnd.matchBefore(t, t.size()) > 0)
            m_partYears[s] = m_titleYears[s];
        else if (s > 0)
            m_partYears[s] = m_partYears[s - 1];
    }
}

std::optional<int> SectionYears::of(int s) const
{
    const int own = s;
    for (; s >= 0; s = m_doc.sections[s].parent)
        if (m_titleYears[s])
            return m_titleYears[s];
    return own >= 0 && m_partYears[own] ? m_partYears[own] : m_reportYear;
}

} // namespace reportcore
