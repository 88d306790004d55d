// Reading one figure where a number starts (candidates.h): its number, fraction or range, unit,
// hedges and change, each step a function over one Reading.
#include "figures/candidates.h"

#include "figures/numbers.h"
#include "text/lexicon.h"

#include <algorithm>
#include <cmath>
#include <cstdint>

namespace reportcore {

namespace {

using text::u32;
using text::u32v;

constexpr char32_t kDi = 0x7B2C;        // 第
constexpr char32_t kDe = 0x7684;        // 的

bool isRangeSeparator(char32_t c)
{
    return c == 0x81F3 || c == 0x5230 || c == '~' || c == 0xFF5E || c == 0x301C || c == '-' || c == 0x2014
           || c == 0xFF0D || c == 0x2013;
}

bool isOverMid(char32_t c) { return c == 0x4F59 || c == 0x9918 || c == 0x591A || c == 0x6765 || c == 0x4F86; } // 余 餘 多 来 來

} // namespace

/** Spans where a number is part of a name: inside 《…》, or inside a short quotation (“三大工程”).
 *  Fills `inName` (reused between blocks: one allocation for the whole document). */
void nameSpans(u32v t, std::vector<char> &inName)
{
    inName.assign(t.size(), 0);
    int titleDepth = 0;
    for (std::size_t i = 0; i < t.size(); ++i) {
        const char32_t c = t[i];
        if (c < 0x201C || c > 0x300D) { // not a bracket or a quote we look for: the common case
            if (titleDepth > 0)
                inName[i] = 1; // 《中国制造2025》
            continue;
        }
        if (c == 0x300A) {
            ++titleDepth;
        } else if (c == 0x300B && titleDepth > 0) {
            --titleDepth;
            inName[i] = 1;
        } else if (c == 0x201C || c == 0x300C) {
            const char32_t close = c == 0x201C ? 0x201D : 0x300D;
            std::size_t j = i + 1;
            while (j < t.size() && j - i <= 20 && t[j] != close)
                ++j;
            // “5.5%左右”: a figure quoted, not a name (a name holds words: “十城联动”, “12345工作法”)
            bool quotedFigure = false;
            if (j < t.size() && j > i + 1 && text::isDigit(t[i + 1])) {
                const Lexicon &lex = lexicon();
                const u32v quoted = t.substr(0, j);
                std::size_t k = i + 1;
                while (k < j && (text::isDigit(quoted[k]) || quoted[k] == '.' || quoted[k] == 0x4E07 || quoted[k] == 0x4EBF)) // 万 亿
                    ++k;
                k += std::max({lex.unitPercent.matchAt(quoted, k), lex.unitCount.matchAt(quoted, k), lex.unitPeople.matchAt(quoted, k),
                               lex.unitMoney.matchAt(quoted, k)});
                k += std::max({lex.aboutAfter.matchAt(quoted, k), lex.overAfter.matchAt(quoted, k), lex.underAfter.matchAt(quoted, k)});
                quotedFigure = k == j;
            }
            if (j < t.size() && t[j] == close && !quotedFigure) {
                for (std::size_t k = i; k <= j; ++k)
                    inName[k] = 1;
                if (titleDepth == 0) {
                    i = j;
                    continue;
                }
            }
        }
        if (titleDepth > 0)
            inName[i] = 1;
    }
}

namespace {

struct NumberWithMagnitude {
    NumberToken token;
    std::size_t end = 0;
    int exponent = 0;
    bool magnitude = false;
    bool percent = false;
    bool overMid = false;
};

/** A number, then 余/多 (30多万), its magnitude and a percent sign. */
bool readNumber(u32v t, std::size_t pos, NumberWithMagnitude &n)
{
    if (!parseNumber(t, pos, n.token))
        return false;
    std::size_t k = n.token.end;
    n.exponent = n.token.exponent;
    n.magnitude = n.token.chineseMagnitude;
    if (!n.token.chineseMagnitude) {
        std::size_t mid = k;
        if (mid < t.size() && isOverMid(t[mid]) && mid + 1 < t.size()) {
            int e = 0;
            if (parseMagnitude(t, mid + 1, e) > 0) {
                n.overMid = true;
                k = mid + 1;
            }
        }
        const std::size_t m = parseMagnitude(t, k, n.exponent);
        if (m > 0) {
            n.magnitude = true;
            k += m;
        }
    }
    if (k < t.size() && (t[k] == '%' || t[k] == 0xFF05)) {
        n.percent = true;
        ++k;
    }
    n.end = k;
    return true;
}

/** A figure being read: where it is, what is read of it so far. */
struct Reading {
    u32v t;
    std::size_t numBegin = 0; // where the number (or 百分之) starts
    bool percentPrefix = false, permillePrefix = false;
    NumberWithMagnitude n;
    std::size_t k = 0;        // how far the figure reaches
    double value = 0;
    bool chinese = false;
    bool overMid = false;     // 1.1万余宗: a hedge between number and unit
    UnitKind kind = UnitKind::None;
};

/** The number at `pos` (百分之 and 千分之 included) and the checks on what stands before it: false
 *  for a runaway digit string, a sequence (二〇二四), a model or code (C919), an ordinal (第3),
 *  the number of a table or chart, a number inside a name. */
bool readNumberPart(Reading &r, std::size_t pos, const std::vector<char> &inName, std::size_t &skipTo)
{
    const u32v t = r.t;
    r.numBegin = pos;
    // 百分之三十六点七八, 千分之五
    if ((t[pos] == 0x767E || t[pos] == 0x5343) && pos + 3 < t.size() && t[pos + 1] == 0x5206
        && t[pos + 2] == 0x4E4B) {
        r.percentPrefix = t[pos] == 0x767E;
        r.permillePrefix = !r.percentPrefix;
        pos += 3;
    }
    NumberWithMagnitude &n = r.n;
    if (!readNumber(t, pos, n))
        return false;
    skipTo = std::max(skipTo, n.token.end);
    if (n.token.digits.find('.') == std::string::npos ? n.token.digits.size() > 18
                                                        : n.token.digits.find('.') > 18)
        return false; // an identifier or a runaway digit string, not a statistic
    if (n.token.sequence)
        return false; // 二〇二四, 五一
    const std::size_t numBegin = r.numBegin;
    if (numBegin > 0) {
        const char32_t before = t[numBegin - 1];
        // After a letter, a model or a code (C919, G20), unless an acronym of a measure stands before a
        // figure with its unit (人均GDP136063元).
        bool acronym = false;
        if (text::isAsciiLetter(before)) {
            std::size_t letters = 0, len = 0;
            while (letters < numBegin && text::isAsciiLetter(t[numBegin - 1 - letters]))
                ++letters;
            const UnitKind unit = matchUnit(t, n.end, len);
            acronym = letters >= 2 && (numBegin == letters || !text::isAsciiLetter(t[numBegin - 1 - letters]))
                      && unit != UnitKind::None && unit != UnitKind::Time;
        }
        if (before == kDi || (text::isAsciiLetter(before) && !acronym) || before == '.' || before == '#' || before == '/'
            || (n.token.chinese && isChineseNumeralChar(before)))
            return false;
        // 表11 从业人员情况, 如图2所示: the number of a table or a chart
        std::size_t b = numBegin;
        while (b > 0 && text::isSpace(t[b - 1]))
            --b;
        if (b > 0 && (t[b - 1] == 0x8868 || t[b - 1] == 0x56FE) && (b == 1 || !text::isHan(t[b - 2]) || t[b - 2] == 0x89C1 || t[b - 2] == 0x5982)) // 表 图, 见 如
            return false;
    }
    return !inName[numBegin];
}

/** "/10万", "/万", "/1000人": the base of a rate per so many after a figure; its length, or 0. */
std::size_t perBaseLength(u32v t, std::size_t k)
{
    if (k + 1 >= t.size() || t[k] != '/')
        return 0;
    std::size_t j = k + 1;
    while (j < t.size() && text::isAsciiDigit(t[j]))
        ++j;
    if (j < t.size() && (t[j] == 0x4E07 || t[j] == 0x5343 || t[j] == 0x767E)) // 万 千 百
        return j + 1 - k;
    return 0;
}

/** Fractions: 三分之一, 2/3 (with a hedge: 三分之二以上的企业). True when the figure is one, read whole. */
bool readFraction(Reading &r, Candidate &c)
{
    const u32v t = r.t;
    const NumberWithMagnitude &n = r.n;
    if (r.percentPrefix || r.permillePrefix || n.magnitude || n.percent)
        return false;
    std::size_t k = r.k;
    bool per = false;
    if (r.chinese && k + 2 < t.size() && t[k] == 0x5206 && t[k + 1] == 0x4E4B) {
        NumberToken den;
        if (parseNumber(t, k + 2, den) && den.chinese && !den.sequence) {
            const double d = scaled(den.digits, den.exponent);
            if (r.value > 0 && d > 0) {
                c.value = roundTo(d / r.value, 7);
                c.fraction = true;
                k = den.end;
            }
        }
    } else if (const std::size_t base = perBaseLength(t, k); !r.chinese && base > 0) {
        // 孕产妇死亡率5.07/10万: a rate per a base, its value as written, the base its unit
        c.value = r.value;
        c.unit = u32(t.substr(k, base));
        per = true;
        k += base;
    } else if (!r.chinese && k + 1 < t.size() && t[k] == '/' && text::isDigit(t[k + 1])) {
        NumberToken den;
        if (parseNumber(t, k + 1, den) && den.digits.find('.') == std::string::npos
            && (den.end >= t.size() || (!text::isDigit(t[den.end]) && t[den.end] != '/'))) {
            const double d = scaled(den.digits, 0);
            if (d > r.value && d <= 1000 && r.value > 0) {
                c.value = roundTo(r.value / d, 7);
                c.fraction = true;
                k = den.end;
            }
        }
    }
    if (!c.fraction && !per)
        return false;
    const Lexicon &lex = lexicon();
    Qualifier q = Qualifier::Exact;
    const std::size_t hedge = hedgeBefore(t, r.numBegin, q);
    c.begin = r.numBegin - hedge;
    c.qualifier = q;
    c.numEnd = k;
    // 三分之二以上的企业
    const std::size_t o = lex.overAfter.matchAt(t, k), a = lex.aboutAfter.matchAt(t, k),
                      u = lex.underAfter.matchAt(t, k);
    const std::size_t l = std::max({o, a, u});
    if (l > 1 || (l == 1 && o == 0)) { // not 余/多/来 after a fraction: 三分之一多 is rare, 来 a verb
        if (hedge == 0)
            c.qualifier = l == o ? Qualifier::Over : l == a ? Qualifier::About : Qualifier::Under;
        k += l;
    }
    c.end = k;
    c.category = Category::Count;
    r.k = k;
    return true;
}

/** Ranges: 3至5倍, 3~5万人, 6%~7% (the second number's magnitude is the first's when it has none). */
void readRange(Reading &r, Candidate &c)
{
    const u32v t = r.t;
    if (r.k + 1 < t.size() && isRangeSeparator(t[r.k]) && !r.percentPrefix) {
        NumberWithMagnitude m;
        if (readNumber(t, r.k + 1, m) && m.token.chinese == r.chinese && !m.token.sequence) {
            int e1 = r.n.exponent;
            if (!r.n.magnitude && m.magnitude)
                e1 = m.exponent;
            const double lo = scaled(r.n.token.digits, e1);
            const double hi = scaled(m.token.digits, m.exponent);
            if (hi > lo) {
                r.value = lo;
                c.valueMax = hi;
                r.n.magnitude = r.n.magnitude || m.magnitude;
                r.n.percent = r.n.percent || m.percent;
                r.k = m.end;
            }
        }
    }
    c.numEnd = r.k;
    c.value = r.value;
}

/** The unit after the number, or the noun of people it counts, or the unit a list shares: false for
 *  a bare number (a name, a code), a date or a span of time, a specification (800吨压力机). */
bool readUnitWord(Reading &r, Candidate &c)
{
    const Lexicon &lex = lexicon();
    const u32v t = r.t;
    const NumberWithMagnitude &n = r.n;
    std::size_t &k = r.k;
    UnitKind &kind = r.kind;
    if (r.percentPrefix || n.percent) {
        c.unit = U"%";
        kind = UnitKind::Percent;
        return true;
    }
    if (r.permillePrefix) {
        c.unit = U"\u2030";
        kind = UnitKind::Percent;
        return true;
    }
    std::size_t len = 0;
    kind = matchUnit(t, k, len);
    // 14亿多人民: a person noun longer than the unit it starts with is what is counted.
    if (kind == UnitKind::People && lex.nounPeople.matchAt(t, k) > len)
        kind = UnitKind::None;
    if (kind == UnitKind::Time && !n.magnitude && !isDuration(t, r.numBegin, k, len))
        return false; // dates, times, spans: 2024年, 5月1日, 24小时
    if (kind == UnitKind::Time) {
        kind = UnitKind::Count;
    }
    if (kind != UnitKind::None) {
        c.unit = u32(t.substr(k, len));
        k += len;
    } else if (const std::size_t noun = lex.nounPeople.matchAt(t, k)) {
        // 12351职工服务热线, 12345职工: five digits or more with no magnitude are a number's name.
        if (!n.magnitude && !r.chinese && n.token.digits.size() >= 5
            && n.token.digits.find('.') == std::string::npos
            && t.substr(n.token.begin, n.token.end - n.token.begin).find(U',') == u32v::npos)
            return false;
        c.noun = u32(t.substr(k, noun));
        kind = UnitKind::People;
    } else if (std::size_t at = 0, length = 0; !n.magnitude && !r.chinese && (kind = sharedUnit(t, k, at, length)) != UnitKind::None) {
        // 0.3、0.5个百分点: the list's last figure names the unit of all
        c.unit = u32(t.substr(at, length));
    } else if (!n.magnitude && !isStatedRatio(t, r.numBegin, k)) {
        return false; // a bare number: a name (12345工作法), a code, a slogan (十城联动)
    } else if (k < t.size() && (text::isAsciiLetter(t[k]) || text::isDigit(t[k]))) {
        return false;
    }
    return true;
}

/** The unit, and what the unit shows the figure is not: a specification, an idiom, an enumeration. */
bool readUnit(Reading &r, Candidate &c)
{
    const Lexicon &lex = lexicon();
    const u32v t = r.t;
    const std::size_t k = r.k;
    // Hedge between number and unit: 1.1万余宗, 160多项.
    r.overMid = r.n.overMid;
    if (k < t.size() && isOverMid(t[k]) && !r.n.percent) {
        std::size_t l = 0;
        if (matchUnit(t, k + 1, l) != UnitKind::None || lex.nounPeople.matchAt(t, k + 1)) {
            r.overMid = true;
            ++r.k;
        }
    }
    if (!readUnitWord(r, c))
        return false;
    const UnitKind kind = r.kind;
    const std::size_t after = r.k;
    if (kind == UnitKind::None && after < t.size() && text::isAsciiLetter(t[after]))
        return false;
    // A machine's or a product's specification, not a figure: 800吨压力机, 12米龙门铣, 10万吨级码头 (a
    // unit of measurement run straight into the thing it describes; 30万吨乙烯 with a magnitude is a
    // capacity and stays).
    if (kind == UnitKind::Count && after < t.size() && text::isHan(t[after]) && lex.unitPhysical.contains(c.unit)
        && (!r.n.magnitude || t[after] == 0x7EA7) && !continuesClause(t[after]) && lex.overAfter.matchAt(t, after) == 0
        && lex.aboutAfter.matchAt(t, after) == 0 && lex.underAfter.matchAt(t, after) == 0 && lex.changeUp.matchAt(t, after) == 0
        && lex.changeDown.matchAt(t, after) == 0)
        return false;
    // 一成不变 is an idiom, not a tenth.
    if (c.unit == U"\u6210" && after < t.size() && (t[after] == 0x4E0D || t[after] == 0x7ACB || t[after] == 0x5458))
        return false;
    // Small Chinese numerals with an ordinary measure word are enumerations in speech: 两个方面, 一名代表.
    const bool ratioUnit = kind == UnitKind::Percent || c.unit == U"\u500D";
    if (r.chinese && !r.n.magnitude && r.value < 100 && !ratioUnit && !r.overMid && !r.percentPrefix)
        return false;
    // So are a few aspects in digits: 从5个方面推进.
    if (!r.n.magnitude && r.value < 20 && c.unit == U"\u4E2A" && lex.enumNoun.matchAt(t, after) > 0) // 个
        return false;
    return true;
}

/** Hedges before and after (超过…, …以上, 约…左右), and what a hedge shows the figure is not: a
 *  threshold defining a group, the count of what is listed, an age bounding a group. */
bool readHedges(Reading &r, Candidate &c)
{
    const Lexicon &lex = lexicon();
    const u32v t = r.t;
    std::size_t &k = r.k;
    bool thresholdAfter = false;
    Qualifier before = Qualifier::Exact;
    const std::size_t hedge = hedgeBefore(t, r.numBegin, before);
    // 以下5位代表, 上述3个项目: the count of what is listed or referred to, not a statistic.
    if (hedge == 0 && lex.enumBefore.matchBefore(t, r.numBegin) > 0)
        return false;
    c.qualifier = hedge > 0 ? before : r.overMid ? Qualifier::Over : Qualifier::Exact;
    {
        const std::size_t o = lex.overAfter.matchAt(t, k), a = lex.aboutAfter.matchAt(t, k),
                          u = lex.underAfter.matchAt(t, k);
        std::size_t l = std::max({o, a, u});
        if (l > 0 && lex.hedgeAfterNot.matchAt(t, k) > l) // 120名来自…: 来 starts a word, not a hedge
            l = 0;
        thresholdAfter = l > 0 && l != a && l >= 2; // 以上, 以下, 及以上 (not 余, 多)
        if (l > 0) {
            if (hedge == 0 && !r.overMid)
                c.qualifier = l == o ? Qualifier::Over : l == a ? Qualifier::About : Qualifier::Under;
            k += l;
        }
    }
    // A threshold that defines a group is not a figure of the report: 年营业收入2000万元及以上的企业,
    // 从业人员50人以上的单位 (a share, 超过60%的企业, is one).
    // So is an amount with 以上/以下 after it that runs on into the noun it qualifies (年主营业务收入
    // 2000万元及以上工业企业), where a figure's clause would end (城镇新增就业1200万人以上，).
    if ((c.qualifier == Qualifier::Over || c.qualifier == Qualifier::Under) && r.kind != UnitKind::Percent
        && k < t.size() && (t[k] == kDe || (thresholdAfter && text::isHan(t[k]) && !continuesClause(t[k]))))
        return false;
    // An age that bounds a group (18至60周岁的职工, 60岁以上老人, 35岁青年) is not a figure; an age stated
    // as a measure (平均预期寿命提高0.4岁，) is.
    if (lex.unitAge.contains(c.unit) && (c.valueMax || (k < t.size() && text::isHan(t[k]))))
        return false;
    c.begin = r.numBegin - hedge;
    c.end = k;
    return true;
}

/** Change: 增长5%, 增加64.57万人, 下降2.1% (the verb right before the figure); and the category. */
void readChangeAndCategory(const Reading &r, Candidate &c)
{
    const Lexicon &lex = lexicon();
    const std::size_t p = c.begin;
    if (lex.changeNot.matchBefore(r.t, p) == 0) {
        const std::size_t up = lex.changeUp.matchBefore(r.t, p), down = lex.changeDown.matchBefore(r.t, p);
        if (up > 0 || down > 0)
            c.change = up >= down ? Change::Up : Change::Down;
    }
    switch (r.kind) {
    case UnitKind::People: c.category = Category::People; break;
    case UnitKind::Money: c.category = Category::Money; break;
    case UnitKind::Percent: c.category = Category::Percent; break;
    default: c.category = Category::Count; break;
    }
}

} // namespace

FigureStarts::FigureStarts()
{
    for (char32_t c = 0; c < 0x10000; ++c)
        if (text::isDigit(c) || isChineseNumeralStart(c) || c == 0x767E || c == 0x5343)
            bits[c >> 6] |= std::uint64_t(1) << (c & 63);
}

const FigureStarts &figureStarts()
{
    static const FigureStarts starts;
    return starts;
}

bool mayStartFigureAt(u32v t, std::size_t i)
{
    const char32_t c = t[i];
    if (text::isDigit(c))
        return true;
    if (c == 0x767E || c == 0x5343) // 百 千: only as 百分之 / 千分之 (a numeral needs a digit first)
        return i + 1 < t.size() && t[i + 1] == 0x5206;
    if (!isChineseNumeralStart(c))
        return false;
    if (i + 1 >= t.size())
        return false;
    const char32_t n = t[i + 1];
    const Lexicon &lex = lexicon();
    return isChineseNumeralChar(n) || n == 0x70B9 || n == 0x5206 || n == 0x756A || isOverMid(n) || lex.unitCount.mayStart(n)
           || lex.unitPeople.mayStart(n) || lex.unitPercent.mayStart(n) || lex.unitMoney.mayStart(n)
           || lex.nounPeople.mayStart(n);
}

bool readFigure(u32v t, std::size_t pos, const std::vector<char> &inName, Candidate &c, std::size_t &skipTo)
{
    if (readDoubling(t, pos, c, skipTo))
        return true;
    skipTo = pos + 1;
    Reading r;
    r.t = t;
    if (!readNumberPart(r, pos, inName, skipTo))
        return false;
    c = Candidate{};
    c.numBegin = r.numBegin;
    r.k = r.n.end;
    r.value = scaled(r.n.token.digits, r.n.exponent);
    r.chinese = r.n.token.chinese;
    if (readFraction(r, c)) {
        skipTo = r.k;
        return true;
    }
    readRange(r, c);
    if (!readUnit(r, c) || !readHedges(r, c))
        return false;
    readChangeAndCategory(r, c);
    // 、五倍子、: a multiple in numerals that opens a list item and goes on as a word is a name
    if (r.chinese && c.unit == U"\u500D" && c.end < t.size() && text::isHan(t[c.end]) && c.begin > 0 // 倍
        && (t[c.begin - 1] == 0x3001 || text::isComma(t[c.begin - 1])))
        return false;
    if (!std::isfinite(c.value) || (c.valueMax && !std::isfinite(*c.valueMax)))
        return false;
    skipTo = r.k;
    return true;
}

bool countsMembersAt(u32v t, const Candidate &c)
{
    if (c.category != Category::People || c.unit == U"\u4EBA\u6B21") // 人次
        return false;
    std::size_t start = c.begin, end = c.end;
    while (start > 0 && !text::isClausePunct(t[start - 1]))
        --start;
    while (end < t.size() && !text::isClausePunct(t[end]))
        ++end;
    std::size_t length = 0;
    return lexicon().memberWord.findFirst(t.substr(start, end - start), length) != u32v::npos;
}

} // namespace reportcore
