// Periods (periods.h): the phrase read character by character, its reach the rest of its sentence.
#include "figures/periods.h"

#include "figures/numbers.h"


namespace reportcore {

using text::u32v;

namespace {

constexpr char32_t kYue = 0x6708;   // 月
constexpr char32_t kNian = 0x5E74;  // 年

/** A month number (1–12, Arabic or Chinese) at `i`: where it ends, or `i` when none. */
std::size_t monthNumberEnd(u32v t, std::size_t i)
{
    std::size_t j = i;
    if (j < t.size() && text::isDigit(t[j])) {
        int value = 0;
        while (j < t.size() && text::isDigit(t[j]) && j - i < 2)
            value = value * 10 + text::digitValue(t[j++]);
        return value >= 1 && value <= 12 && !(j < t.size() && text::isDigit(t[j])) ? j : i;
    }
    static const std::u32string_view numerals = U"\u4E00\u4E8C\u4E09\u56DB\u4E94\u516D\u4E03\u516B\u4E5D\u5341"; // 一…十
    while (j < t.size() && j - i < 3 && numerals.find(t[j]) != u32v::npos)
        ++j;
    return j;
}

bool isDash(char32_t c)
{
    return c == '-' || c == 0x2014 || c == 0x2013 || c == 0x2015 || c == 0xFF5E || c == '~' || c == 0x81F3 || c == 0xFF0D; // — – ― ～ 至
}

/** 1—11月, 6月末, 12月份, 前10个月: months; not a date (5月1日). */
std::size_t monthsAt(u32v t, std::size_t at)
{
    std::size_t i = at;
    const bool front = i < t.size() && t[i] == 0x524D; // 前
    if (front)
        ++i;
    std::size_t j = monthNumberEnd(t, i);
    if (j == i)
        return 0;
    if (front) { // 前10个月, 前三个月
        if (j + 1 < t.size() && t[j] == 0x4E2A && t[j + 1] == kYue) // 个月
            return j + 2 - at;
        return 0;
    }
    if (j + 1 < t.size() && isDash(t[j])) {
        const std::size_t k = monthNumberEnd(t, j + 1);
        if (k == j + 1)
            return 0;
        j = k;
    }
    if (j >= t.size() || t[j] != kYue)
        return 0;
    ++j;
    if (j < t.size() && (text::isDigit(t[j]) || isChineseNumeralChar(t[j]) || t[j] == 0x65E5 || t[j] == 0x53F7)) // 日 号
        return 0; // 5月1日: a date
    if (j < t.size() && (t[j] == 0x672B || t[j] == 0x5E95 || t[j] == 0x4EFD)) // 末 底 份
        ++j;
    return j - at;
}

/** Can a period phrase (or 全年) start with `c`? The cheap test asked first. */
inline bool mayStartPeriod(char32_t c)
{
    switch (c) {
    case 0x4E00: case 0x4E8C: case 0x4E09: case 0x56DB: case 0x4E94: case 0x516D: case 0x4E03: case 0x516B: case 0x4E5D:
    case 0x5341: // 一 … 十
    case 0x4E0A: case 0x4E0B: case 0x524D: case 0x7B2C: case 0x5168: // 上 下 前 第 全
        return true;
    default:
        return text::isDigit(c);
    }
}

} // namespace

std::size_t periodAt(u32v t, std::size_t at)
{
    if (at >= t.size() || !mayStartPeriod(t[at]))
        return 0;
    const u32v s = t.substr(at);
    if (s.substr(0, 3) == U"\u4E0A\u534A\u5E74" || s.substr(0, 3) == U"\u4E0B\u534A\u5E74") // 上半年 下半年
        return 3;
    // 一季度, 第一季度, 前三季度, 四季度末
    std::size_t i = 0;
    if (!s.empty() && (s[0] == 0x524D || s[0] == 0x7B2C)) // 前 第
        i = 1;
    if (i < s.size() && (u32v(U"\u4E00\u4E8C\u4E09\u56DB1234").find(s[i]) != u32v::npos) && s.substr(i + 1, 2) == U"\u5B63\u5EA6") // 季度
        return i + 3 + (i + 3 < s.size() && (s[i + 3] == 0x672B || s[i + 3] == 0x5E95) ? 1 : 0); // 末 底
    return monthsAt(t, at);
}

std::vector<PeriodMark> findPeriods(u32v t)
{
    std::vector<PeriodMark> marks;
    // Every period names a quarter (季), a half (半) or months (月): most blocks have none.
    if (!text::contains(t, kYue) && !text::contains(t, 0x5B63) && !text::contains(t, 0x534A))
        return marks;
    for (std::size_t i = 0; i < t.size(); ++i) {
        if (!mayStartPeriod(t[i]))
            continue;
        // Where a phrase may stand: opening its clause, or after its year (2024年一季度); not after a
        // word (比上半年, 较一季度: a base of comparison).
        const bool opens = i == 0 || text::isClausePunct(t[i - 1]) || text::isSpace(t[i - 1]) || t[i - 1] == kNian;
        if (!opens)
            continue;
        std::size_t l = periodAt(t, i);
        u32v text = t.substr(i, l);
        if (l == 0 && t.substr(i, 2) == U"\u5168\u5E74") // 全年: the whole year again
            l = 2;
        if (l == 0)
            continue;
        if (!marks.empty() && marks.back().to > i)
            marks.back().to = i;
        std::size_t end = i + l;
        while (end < t.size() && !text::isSentenceEnd(t[end]))
            ++end;
        marks.push_back({i + l, end, text});
        i += l - 1;
    }
    return marks;
}

u32v periodOf(const std::vector<PeriodMark> &periods, std::size_t offset)
{
    for (const PeriodMark &p : periods)
        if (offset >= p.from && offset < p.to)
            return p.text;
    return {};
}

} // namespace reportcore
