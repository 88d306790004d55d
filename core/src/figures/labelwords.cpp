// The words of a label (labels.h): what trails it before a figure (verbs of change, 的, hedges),
// what leads it (scope words, time phrases), and whether what is left can name anything at all.
#include "figures/labels.h"

#include "figures/numbers.h"
#include "figures/periods.h"
#include "text/lexicon.h"

#include <algorithm>

namespace reportcore {

using text::u32;
using text::u32v;

text::u32v stripTrailing(text::u32v s)
{
    const Lexicon &lex = lexicon();
    for (bool changed = true; changed && !s.empty();) {
        changed = false;
        // the longest of them: 少增 is one word, not 少 + 增
        const std::size_t l = std::max({lex.exactBefore.matchBefore(s, s.size()), lex.changeUp.matchBefore(s, s.size()),
                                        lex.changeDown.matchBefore(s, s.size())});
        if (l > 0) {
            s.remove_suffix(l);
            changed = true;
        }
        if (!s.empty() && (s.back() == 0x201C || s.back() == 0x300C || s.back() == '"')) { // an opening quote: “5.5%左右”
            s.remove_suffix(1);
            changed = true;
        }
        if (!s.empty() && s.back() == 0x7684) { // 的
            s.remove_suffix(1);
            changed = true;
        }
    }
    return s;
}

/** Strips scope words and leading time phrases ("2024年", "近五年", "目前全市") from a label. */
text::u32v stripLeading(text::u32v s)
{
    const Lexicon &lex = lexicon();
    for (bool changed = true; changed && !s.empty();) {
        changed = false;
        // ...a word of its own, not the first character of one (有色金属 is not 有 + 色金属)
        if (const std::size_t l = lex.labelScope.matchAt(s, 0); l > 0 && l < s.size() && (l > 1 || text::wordStarts(u32(s.substr(0, std::min<std::size_t>(s.size(), 8))))[1])) {
            s.remove_prefix(l);
            changed = true;
            continue;
        }
        // 上半年, 1—11月: the part of the year goes to the figure's period, not its label
        if (const std::size_t l = periodAt(s, 0)) {
            s.remove_prefix(l);
            changed = true;
            continue;
        }
        // “十四五”期间, 产改实施以来: a period named before what is counted
        for (std::size_t k = 2; k + 2 < s.size() && k <= 12; ++k) {
            if (const std::size_t l = lex.labelPeriodEnd.matchAt(s, k); l > 0 && k + l < s.size()) {
                s.remove_prefix(k + l);
                changed = true;
                break;
            }
        }
        if (changed)
            continue;
        // a number with a time unit, or a hedge word before one: 2024年, 近五年, 过去五年
        std::size_t i = 0;
        if (const std::size_t h = std::max(lex.aboutBefore.matchAt(s, 0), lex.overBefore.matchAt(s, 0)))
            i = h;
        const std::size_t start = i;
        while (i < s.size() && (text::isDigit(s[i]) || isChineseNumeralChar(s[i])))
            ++i;
        if (i > start && i < s.size()) {
            std::size_t l = 0;
            if (matchUnit(s, i, l) == UnitKind::Time && i + l < s.size()) {
                // 五年间, 三年来, 两年内: the span's own ending goes with it
                const char32_t after = s[i + l];
                if ((after == 0x95F4 || after == 0x6765 || after == 0x5185 || after == 0x4EE5) && i + l + 1 < s.size()) // 间 来 内 以
                    ++l;
                // 2016年末, 年底, 年初: the point of the year goes with it (not 年初步核算)
                else if ((after == 0x672B || after == 0x5E95 || (after == 0x521D && (i + l + 1 >= s.size() || s[i + l + 1] != 0x6B65)))
                         && i + l + 1 < s.size()) // 末 底 初 (步)
                    ++l;
                s.remove_prefix(i + l);
                changed = true;
            }
        }
    }
    return s;
}

bool isFragment(u32v label)
{
    if (label.empty())
        return true;
    static const u32v startsInside = U"\u7684\u6027\u4E4B\u548C\u53CA\u4E0E\u6216\u5E76\u3001"; // 的 性 之 和 及 与 或 并 、
    static const u32v endsInside = U"\u7684\u548C\u53CA\u4E0E\u6216\u5E76\u3001"; // 的 和 及 与 或 并 、
    if (startsInside.find(label.front()) != u32v::npos || endsInside.find(label.back()) != u32v::npos)
        return true;
    // a figure is no name (由计划总投资50万元提高到500万元: not "50万元")
    if (text::isDigit(label.front())
        && std::count_if(label.begin(), label.end(), [](char32_t c) { return text::isHan(c) && !isChineseNumeralChar(c) && c != 0x5143; }) <= 1) // 元
        return true;
    // one character: a noun of its own only as a measure's place (区, 县, 村 after a count word)
    return label.size() == 1 && !lexicon().oneCharNoun.contains(label);
}

} // namespace reportcore
