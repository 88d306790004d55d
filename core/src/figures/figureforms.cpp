#include "figures/figureforms.h"

#include "text/lexicon.h"

#include <algorithm>
#include <cmath>

namespace reportcore {

using text::u32;
using text::u32v;

namespace {

bool isLayoutSpace(char32_t c)
{
    return c == ' ' || c == 0xA0 || c == 0x3000 || (c >= 0x2000 && c <= 0x200A) || c == 0x202F || c == 0x205F;
}

/** Set without spaces around it in Chinese text: Han, CJK and full-width punctuation and forms. */
bool isWideChar(char32_t c)
{
    return text::isHan(c) || (c >= 0x3000 && c <= 0x303F) || (c >= 0xFF00 && c <= 0xFFEF) || c == 0x201C
           || c == 0x201D || c == 0x2018 || c == 0x2019 || c == 0x2030;
}

/** A magnitude word standing for a number after a hedge (超百亿元, 突破千亿元, 破万项, 超百家): the digits
 *  it stands for ("100", "1000", "1" before 万), or empty. 数百万元 and 上百亿 are vague: no hedge. */
u32v magnitudeDigits(u32v t, std::size_t i)
{
    const char32_t c = t[i];
    if ((c != 0x767E && c != 0x5343 && c != 0x4E07) || i == 0 || i + 1 >= t.size()) // 百 千 万
        return {};
    const char32_t p = t[i - 1];
    // 超 逾 破 近 约 达 过 (超过, 突破, 达到 ends in 到: not here)
    if (p != 0x8D85 && p != 0x903E && p != 0x7834 && p != 0x8FD1 && p != 0x7EA6 && p != 0x8FBE && p != 0x8FC7)
        return {};
    const char32_t n = t[i + 1];
    const Lexicon &lex = lexicon();
    const bool magnitudeNext = n == 0x4E07 || n == 0x4EBF || (c != 0x5343 && n == 0x5343); // 万 亿 (千)
    const bool unitNext = lex.unitCount.mayStart(n) || lex.unitPeople.mayStart(n) || lex.unitMoney.mayStart(n)
                          || lex.nounPeople.mayStart(n);
    if (c == 0x4E07) // 破万项, 超万人: one 万
        return n != 0x4EBF && unitNext ? u32v(U"1") : u32v();
    if (!magnitudeNext && !unitNext)
        return {};
    return c == 0x767E ? u32v(U"100") : u32v(U"1000");
}

} // namespace

/** A duration that is a measure, not a span of time: a duration unit (小时, 天, 分钟…) after a verb
 *  of measure (缩短到36小时, 每天工作9小时以上, 时长超100小时), and not closing a span (3个月内, 10天后). */
bool isDuration(u32v t, std::size_t numBegin, std::size_t unitBegin, std::size_t unitLength)
{
    const Lexicon &lex = lexicon();
    if (lex.durationUnit.matchAt(t, unitBegin) != unitLength)
        return false;
    const std::size_t after = unitBegin + unitLength;
    if (after < t.size() && lex.spanAfter.matchAt(t, after) > 0)
        return false;
    Qualifier q = Qualifier::Exact;
    const std::size_t hedge = hedgeBefore(t, numBegin, q);
    return lex.durationBefore.matchBefore(t, numBegin - hedge) > 0;
}

/** 0.3、0.5个百分点 (1.2、0.3和0.5个百分点): after a bare number, only more numbers joined by 、, 和 or
 *  及, then a unit: that unit, where it starts (`at`) and its length; None when anything else comes. */
UnitKind sharedUnit(u32v t, std::size_t k, std::size_t &at, std::size_t &length)
{
    std::size_t j = k;
    bool more = false;
    while (j < t.size() && (t[j] == 0x3001 || t[j] == 0x548C || t[j] == 0x53CA)) { // 、 和 及
        std::size_t d = j + 1;
        while (d < t.size() && (text::isDigit(t[d]) || t[d] == '.'))
            ++d;
        if (d == j + 1 || !text::isDigit(t[j + 1]))
            return UnitKind::None;
        j = d;
        more = true;
    }
    if (!more)
        return UnitKind::None;
    const UnitKind kind = matchUnit(t, j, length);
    if (kind == UnitKind::None || kind == UnitKind::Time)
        return UnitKind::None;
    at = j;
    return kind;
}

/** A bare number stated as a ratio: 城乡居民收入比缩小到2.45, 基尼系数为0.46 — a ratio word, then at most
 *  a short verb, right before it, and the number not run into a word or another number. */
bool isStatedRatio(u32v t, std::size_t numBegin, std::size_t numEnd)
{
    // A ratio of several terms (三次产业结构为2.5：36.7：60.7): every term is stated, the ratio word
    // stands before the first.
    auto chainColon = [&](std::size_t at) { return at < t.size() && text::isColon(t[at]) && at + 1 < t.size() && text::isDigit(t[at + 1]); };
    while (numBegin >= 2 && text::isColon(t[numBegin - 1]) && text::isDigit(t[numBegin - 2])) {
        numBegin -= 2;
        while (numBegin > 0 && (text::isDigit(t[numBegin - 1]) || t[numBegin - 1] == '.'))
            --numBegin;
    }
    if (numEnd < t.size() && !chainColon(numEnd)
        && (text::isHan(t[numEnd]) || text::isDigit(t[numEnd]) || text::isAsciiLetter(t[numEnd]) || text::isColon(t[numEnd])))
        return false;
    const Lexicon &lex = lexicon();
    for (std::size_t verb = 0; verb <= 4 && verb <= numBegin; ++verb) {
        const u32v before = t.substr(0, numBegin - verb);
        if (lex.ratioWord.matchBefore(before, before.size()) > 0) {
            const u32v between = t.substr(numBegin - verb, verb);
            return between.empty() || lex.exactBefore.matchAt(between, 0) == between.size();
        }
    }
    return false;
}

/** Words that carry a clause on after a figure (1200万人以上是…, …以上并…): not the noun of a threshold. */
bool continuesClause(char32_t c)
{
    return c == 0x662F || c == 0x5E76 || c == 0x4E14 || c == 0x4E3A || c == 0x548C || c == 0x4E0E || c == 0x53CA
           || c == 0x6216 || c == 0x7684; // 是 并 且 为 和 与 及 或 的
}

/** 翻一番 (×2), 翻了近一番 (about ×2), 翻两番 (×4): a multiple stated in words, read as a change in 倍. */
bool readDoubling(u32v t, std::size_t pos, Candidate &c, std::size_t &skipTo)
{
    if (pos + 1 >= t.size() || t[pos + 1] != 0x756A) // 番
        return false;
    int times = 0;
    switch (t[pos]) {
    case 0x4E00: times = 1; break; // 一
    case 0x4E24: case 0x4E8C: times = 2; break; // 两 二
    case 0x4E09: times = 3; break; // 三
    default: return false;
    }
    std::size_t begin = pos;
    Qualifier q = Qualifier::Exact;
    if (begin > 0 && (t[begin - 1] == 0x8FD1 || t[begin - 1] == 0x7EA6)) { // 近 约
        q = Qualifier::About;
        --begin;
    }
    if (begin > 0 && t[begin - 1] == 0x4E86) // 了
        --begin;
    if (begin == 0 || t[begin - 1] != 0x7FFB) // 翻
        return false;
    c.begin = begin - 1;
    c.numBegin = pos;
    c.numEnd = pos + 1;
    c.end = pos + 2;
    c.value = std::pow(2.0, times);
    c.unit.assign(1, U'\u500D'); // 倍 (one character: GCC 12 warns falsely on assigning a literal)
    c.qualifier = q;
    c.category = Category::Count;
    c.change = Change::Up;
    skipTo = c.end;
    return true;
}

bool squeezeLayout(u32v t, u32 &out, std::vector<std::size_t> &origin)
{
    bool any = false;
    for (std::size_t i = 0; i < t.size() && !any; ++i) {
        const char32_t c = t[i];
        if (c >= 0x4E00) { // Han: most of the text; only 百 千 万 may matter
            any = (c == 0x767E || c == 0x5343 || c == 0x4E07) && !magnitudeDigits(t, i).empty();
            continue;
        }
        any = isLayoutSpace(c) || c == '[' || c == 0xFF3B;
    }
    if (!any)
        return false;
    out.clear();
    origin.clear();
    bool dropped = false;
    for (std::size_t i = 0; i < t.size();) {
        const char32_t c = t[i];
        if (const std::size_t mark = text::footnoteMarkLength(t, i)) { // [12] or ［12］
            i += mark;
            dropped = true;
            continue;
        }
        if (const u32v digits = c == 0x767E || c == 0x5343 || c == 0x4E07 ? magnitudeDigits(t, i) : u32v(); !digits.empty()) { // 超百亿元 is read as 超100亿元
            for (char32_t d : digits) {
                out.push_back(d);
                origin.push_back(i);
            }
            dropped = true;
            if (c != 0x4E07) { // 百, 千 become the digits; 万 stays after its 1
                ++i;
                continue;
            }
        }
        if (isLayoutSpace(c) && !out.empty()) {
            std::size_t k = i;
            while (k < t.size() && isLayoutSpace(t[k]))
                ++k;
            const char32_t before = out.back(), after = k < t.size() ? t[k] : 0;
            const bool wide = isWideChar(before) || isWideChar(after);
            const bool percent = text::isDigit(before) && (after == '%' || after == 0xFF05 || after == 0x2030);
            if (after != 0 && (wide || percent)) {
                i = k;
                dropped = true;
                continue;
            }
        }
        out.push_back(c);
        origin.push_back(i);
        ++i;
    }
    origin.push_back(t.size());
    return dropped;
}

UnitKind matchUnit(u32v t, std::size_t k, std::size_t &len)
{
    const Lexicon &lex = lexicon();
    len = 0;
    UnitKind kind = UnitKind::None;
    const std::pair<const WordSet *, UnitKind> sets[] = {
        {&lex.unitPeople, UnitKind::People}, {&lex.unitMoney, UnitKind::Money},
        {&lex.unitPercent, UnitKind::Percent}, {&lex.unitCount, UnitKind::Count},
        {&lex.unitTime, UnitKind::Time},
    };
    for (const auto &[set, k2] : sets) {
        const std::size_t l = set->matchAt(t, k);
        if (l > len) {
            len = l;
            kind = k2;
        }
    }
    return kind;
}

/** The hedge word right before `pos` (超, 近, 不足, …), its length and the qualifier it gives. */
std::size_t hedgeBefore(u32v t, std::size_t pos, Qualifier &qualifier)
{
    const Lexicon &lex = lexicon();
    const std::size_t over = lex.overBefore.matchBefore(t, pos), about = lex.aboutBefore.matchBefore(t, pos),
                      under = lex.underBefore.matchBefore(t, pos);
    const std::size_t hedge = std::max({over, about, under});
    if (hedge == 0 || lex.hedgeNot.matchBefore(t, pos) >= hedge)
        return 0;
    qualifier = hedge == over ? Qualifier::Over : hedge == about ? Qualifier::About : Qualifier::Under;
    return hedge;
}

} // namespace reportcore
