#include "figures/indicators.h"

#include "figures/derived.h"
#include "figures/figureforms.h"
#include "figures/lists.h"
#include "figures/tables.h"

#include "progress.h"

#include "text/lexicon.h"
#include "figures/numbers.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <map>

namespace reportcore {

double roundTo(double v, int digits)
{
    const double f = std::pow(10.0, digits);
    return std::round(v * f) / f;
}

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

namespace {

using text::u32;
using text::u32v;

constexpr char32_t kDi = 0x7B2C;        // 第
constexpr char32_t kZhan = 0x5360;      // 占
constexpr char32_t kDe = 0x7684;        // 的
constexpr char32_t kDeng = 0x7B49;      // 等
constexpr char32_t kNian = 0x5E74;      // 年

bool isRangeSeparator(char32_t c)
{
    return c == 0x81F3 || c == 0x5230 || c == '~' || c == 0xFF5E || c == 0x301C || c == '-' || c == 0x2014
           || c == 0xFF0D || c == 0x2013;
}

bool isOverMid(char32_t c) { return c == 0x4F59 || c == 0x9918 || c == 0x591A || c == 0x6765 || c == 0x4F86; } // 余 餘 多 来 來

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

/** Reads the figure whose number starts at `pos`. Returns false for traps and non-figures. */
bool readFigure(u32v t, std::size_t pos, const std::vector<char> &inName, Candidate &c, std::size_t &skipTo)
{
    if (readDoubling(t, pos, c, skipTo))
        return true;
    const Lexicon &lex = lexicon();
    skipTo = pos + 1;
    std::size_t numBegin = pos;
    bool percentPrefix = false, permillePrefix = false;
    // 百分之三十六点七八, 千分之五
    if ((t[pos] == 0x767E || t[pos] == 0x5343) && pos + 3 < t.size() && t[pos + 1] == 0x5206
        && t[pos + 2] == 0x4E4B) {
        percentPrefix = t[pos] == 0x767E;
        permillePrefix = !percentPrefix;
        pos += 3;
    }
    NumberWithMagnitude n;
    if (!readNumber(t, pos, n))
        return false;
    skipTo = std::max(skipTo, n.token.end);
    if (n.token.digits.find('.') == std::string::npos ? n.token.digits.size() > 18
                                                        : n.token.digits.find('.') > 18)
        return false; // an identifier or a runaway digit string, not a statistic
    if (n.token.sequence)
        return false; // 二〇二四, 五一
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
    if (inName[numBegin])
        return false;

    std::size_t k = n.end;
    c = Candidate{};
    c.numBegin = numBegin;
    double value = scaled(n.token.digits, n.exponent);
    const bool chinese = n.token.chinese;

    // Fractions: 三分之一, 2/3.
    if (!percentPrefix && !permillePrefix && !n.magnitude && !n.percent) {
        if (chinese && k + 2 < t.size() && t[k] == 0x5206 && t[k + 1] == 0x4E4B) {
            NumberToken den;
            if (parseNumber(t, k + 2, den) && den.chinese && !den.sequence) {
                const double d = scaled(den.digits, den.exponent);
                if (value > 0 && d > 0) {
                    c.value = roundTo(d / value, 7);
                    c.fraction = true;
                    k = den.end;
                }
            }
        } else if (!chinese && k + 1 < t.size() && t[k] == '/' && text::isDigit(t[k + 1])) {
            NumberToken den;
            if (parseNumber(t, k + 1, den) && den.digits.find('.') == std::string::npos
                && (den.end >= t.size() || (!text::isDigit(t[den.end]) && t[den.end] != '/'))) {
                const double d = scaled(den.digits, 0);
                if (d > value && d <= 1000 && value > 0) {
                    c.value = roundTo(value / d, 7);
                    c.fraction = true;
                    k = den.end;
                }
            }
        }
        if (c.fraction) {
            Qualifier q = Qualifier::Exact;
            const std::size_t hedge = hedgeBefore(t, numBegin, q);
            c.begin = numBegin - hedge;
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
            skipTo = k;
            return true;
        }
    }

    // Ranges: 3至5倍, 3~5万人, 6%~7%.
    if (k + 1 < t.size() && isRangeSeparator(t[k]) && !percentPrefix) {
        NumberWithMagnitude m;
        if (readNumber(t, k + 1, m) && m.token.chinese == chinese && !m.token.sequence) {
            int e1 = n.exponent;
            if (!n.magnitude && m.magnitude)
                e1 = m.exponent;
            const double lo = scaled(n.token.digits, e1);
            const double hi = scaled(m.token.digits, m.exponent);
            if (hi > lo) {
                value = lo;
                c.valueMax = hi;
                n.magnitude = n.magnitude || m.magnitude;
                n.percent = n.percent || m.percent;
                k = m.end;
            }
        }
    }
    c.numEnd = k;
    c.value = value;

    // Hedge between number and unit: 1.1万余宗, 160多项.
    bool overMid = n.overMid;
    if (k < t.size() && isOverMid(t[k]) && !n.percent) {
        std::size_t l = 0;
        if (matchUnit(t, k + 1, l) != UnitKind::None || lex.nounPeople.matchAt(t, k + 1)) {
            overMid = true;
            ++k;
        }
    }

    // Unit.
    UnitKind kind = UnitKind::None;
    if (percentPrefix || n.percent) {
        c.unit = U"%";
        kind = UnitKind::Percent;
    } else if (permillePrefix) {
        c.unit = U"\u2030";
        kind = UnitKind::Percent;
    } else {
        std::size_t len = 0;
        kind = matchUnit(t, k, len);
        // 14亿多人民: a person noun longer than the unit it starts with is what is counted.
        if (kind == UnitKind::People && lex.nounPeople.matchAt(t, k) > len)
            kind = UnitKind::None;
        if (kind == UnitKind::Time && !n.magnitude && !isDuration(t, numBegin, k, len))
            return false; // dates, times, spans: 2024年, 5月1日, 24小时
        if (kind == UnitKind::Time) {
            kind = UnitKind::Count;
        }
        if (kind != UnitKind::None) {
            c.unit = u32(t.substr(k, len));
            k += len;
        } else if (const std::size_t noun = lex.nounPeople.matchAt(t, k)) {
            // 12351职工服务热线, 12345职工: five digits or more with no magnitude are a number's name.
            if (!n.magnitude && !chinese && n.token.digits.size() >= 5
                && n.token.digits.find('.') == std::string::npos
                && t.substr(n.token.begin, n.token.end - n.token.begin).find(U',') == u32v::npos)
                return false;
            c.noun = u32(t.substr(k, noun));
            kind = UnitKind::People;
        } else if (std::size_t at = 0, length = 0; !n.magnitude && !chinese && (kind = sharedUnit(t, k, at, length)) != UnitKind::None) {
            // 0.3、0.5个百分点: the list's last figure names the unit of all
            c.unit = u32(t.substr(at, length));
        } else if (!n.magnitude && !isStatedRatio(t, numBegin, k)) {
            return false; // a bare number: a name (12345工作法), a code, a slogan (十城联动)
        } else if (k < t.size() && (text::isAsciiLetter(t[k]) || text::isDigit(t[k]))) {
            return false;
        }
    }
    if (kind == UnitKind::None && k < t.size() && text::isAsciiLetter(t[k]))
        return false;
    // A machine's or a product's specification, not a figure: 800吨压力机, 12米龙门铣, 10万吨级码头 (a
    // unit of measurement run straight into the thing it describes; 30万吨乙烯 with a magnitude is a
    // capacity and stays).
    if (kind == UnitKind::Count && k < t.size() && text::isHan(t[k]) && lex.unitPhysical.contains(c.unit)
        && (!n.magnitude || t[k] == 0x7EA7) && !continuesClause(t[k]) && lex.overAfter.matchAt(t, k) == 0
        && lex.aboutAfter.matchAt(t, k) == 0 && lex.underAfter.matchAt(t, k) == 0 && lex.changeUp.matchAt(t, k) == 0
        && lex.changeDown.matchAt(t, k) == 0)
        return false;
    // 一成不变 is an idiom, not a tenth.
    if (c.unit == U"\u6210" && k < t.size() && (t[k] == 0x4E0D || t[k] == 0x7ACB || t[k] == 0x5458))
        return false;

    // Small Chinese numerals with an ordinary measure word are enumerations in speech: 两个方面, 一名代表.
    const bool ratioUnit = kind == UnitKind::Percent || c.unit == U"\u500D";
    if (chinese && !n.magnitude && value < 100 && !ratioUnit && !overMid && !percentPrefix)
        return false;
    // So are a few aspects in digits: 从5个方面推进.
    if (!n.magnitude && value < 20 && c.unit == U"\u4E2A" && lex.enumNoun.matchAt(t, k) > 0) // 个
        return false;

    // Qualifier: hedges before and after.
    bool thresholdAfter = false;
    Qualifier before = Qualifier::Exact;
    const std::size_t hedge = hedgeBefore(t, numBegin, before);
    // 以下5位代表, 上述3个项目: the count of what is listed or referred to, not a statistic.
    if (hedge == 0 && lex.enumBefore.matchBefore(t, numBegin) > 0)
        return false;
    const std::size_t begin = numBegin - hedge;
    c.qualifier = hedge > 0 ? before : overMid ? Qualifier::Over : Qualifier::Exact;
    {
        const std::size_t o = lex.overAfter.matchAt(t, k), a = lex.aboutAfter.matchAt(t, k),
                          u = lex.underAfter.matchAt(t, k);
        std::size_t l = std::max({o, a, u});
        if (l > 0 && lex.hedgeAfterNot.matchAt(t, k) > l) // 120名来自…: 来 starts a word, not a hedge
            l = 0;
        thresholdAfter = l > 0 && l != a && l >= 2; // 以上, 以下, 及以上 (not 余, 多)
        if (l > 0) {
            if (hedge == 0 && !overMid)
                c.qualifier = l == o ? Qualifier::Over : l == a ? Qualifier::About : Qualifier::Under;
            k += l;
        }
    }
    // A threshold that defines a group is not a figure of the report: 年营业收入2000万元及以上的企业,
    // 从业人员50人以上的单位 (a share, 超过60%的企业, is one).
    // So is an amount with 以上/以下 after it that runs on into the noun it qualifies (年主营业务收入
    // 2000万元及以上工业企业), where a figure's clause would end (城镇新增就业1200万人以上，).
    if ((c.qualifier == Qualifier::Over || c.qualifier == Qualifier::Under) && kind != UnitKind::Percent
        && k < t.size() && (t[k] == kDe || (thresholdAfter && text::isHan(t[k]) && !continuesClause(t[k]))))
        return false;
    // An age that bounds a group (18至60周岁的职工, 60岁以上老人, 35岁青年) is not a figure; an age stated
    // as a measure (平均预期寿命提高0.4岁，) is.
    if (lex.unitAge.contains(c.unit) && (c.valueMax || (k < t.size() && text::isHan(t[k]))))
        return false;
    c.begin = begin;
    c.end = k;

    // Change: 增长5%, 增加64.57万人, 下降2.1%.
    std::size_t p = begin;
    if (lex.changeNot.matchBefore(t, p) == 0) {
        const std::size_t up = lex.changeUp.matchBefore(t, p), down = lex.changeDown.matchBefore(t, p);
        if (up > 0 || down > 0)
            c.change = up >= down ? Change::Up : Change::Down;
    }

    switch (kind) {
    case UnitKind::People: c.category = Category::People; break;
    case UnitKind::Money: c.category = Category::Money; break;
    case UnitKind::Percent: c.category = Category::Percent; break;
    default: c.category = Category::Count; break;
    }
    if (!std::isfinite(c.value) || (c.valueMax && !std::isfinite(*c.valueMax)))
        return false;
    skipTo = k;
    return true;
}

/** Characters a figure can start with (digits, Chinese numerals, 百 and 千), as a bitmap: the scan
 *  over every character of the report asks this first. */
struct FigureStarts {
    std::vector<std::uint64_t> bits = std::vector<std::uint64_t>(1024, 0);
    FigureStarts()
    {
        for (char32_t c = 0; c < 0x10000; ++c)
            if (text::isDigit(c) || isChineseNumeralStart(c) || c == 0x767E || c == 0x5343)
                bits[c >> 6] |= std::uint64_t(1) << (c & 63);
    }
    bool has(char32_t c) const { return c < 0x10000 && ((bits[c >> 6] >> (c & 63)) & 1); }
};

const FigureStarts &figureStarts()
{
    static const FigureStarts starts;
    return starts;
}

/** Can a figure start at `i`? Digits always; a Chinese numeral only when what follows could continue
 *  a figure (another numeral, a unit, 分之, 余, 多); 百分之 and 千分之. For a character that passed
 *  figureStarts() (the cheap test asked first). */
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

/** A people figure (not person-times) whose clause speaks of membership: 新发展会员6万余人,
 *  2.3万名快递小哥全部加入工会. */
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

/** A year phrase and nothing else: "2019年", "2019年末". */
bool isYearPhrase(u32v s)
{
    std::size_t i = 0;
    while (i < s.size() && text::isDigit(s[i]))
        ++i;
    if (i != 4 || i >= s.size() || s[i] != kNian)
        return false;
    const u32v rest = s.substr(i + 1);
    return rest.empty() || rest == U"\u672B" || rest == U"\u5E95" || rest == U"\u540C\u671F"; // 末 底 同期
}

/** "比上年", "同比", "较2019年": the base of a comparison, not a thing counted. */
bool isComparison(u32v s)
{
    const std::size_t m = lexicon().labelCompare.matchAt(s, 0);
    return m > 0 && (m == s.size() || isYearPhrase(s.substr(m)));
}

/** Where the noun that starts at `from` ends (at most `maxLength` characters): at a stop word, at a
 *  verb after two characters (六成企业建立了…), or at anything but letters and quotes. */
std::size_t nounEnd(u32v t, std::size_t from, std::size_t maxLength)
{
    const Lexicon &lex = lexicon();
    std::size_t j = from;
    while (j < t.size() && j - from < maxLength) {
        const char32_t ch = t[j];
        if (!(text::isHan(ch) || text::isAsciiLetter(ch) || text::isOpenQuote(ch) || text::isCloseQuote(ch)))
            break;
        if (lex.labelStop.matchAt(t, j) > 0)
            break;
        if (j >= from + 2 && lex.labelVerb.matchAt(t, j) > 0 && lex.labelNoun.matchAt(t, j) == 0)
            break;
        ++j;
    }
    return j;
}

/** What a figure counts: the noun after it (428家市级以上创新工作室), or the object of the clause
 *  before it (为职工免费提供法律援助2000余宗). */
u32 labelFor(u32v t, const Candidate &c, const u32 &previousLabel, bool &share)
{
    const Lexicon &lex = lexicon();
    share = false;
    if (!c.noun.empty())
        return c.noun;
    // The clause before the figure. A short bracket inside a word does not end it: a word's optional
    // part (企（事）业单位, 执业（助理）医师) stays, an aside on what is counted (城镇人口（含县）占比) is left out.
    std::size_t start = c.begin;
    u32 joined;
    std::vector<std::pair<std::size_t, std::size_t>> asides; // bracket ranges left out of the label
    for (;;) {
        while (start > 0 && !isClauseBreak(t[start - 1]))
            --start;
        if (start < 4 || (t[start - 1] != 0xFF09 && t[start - 1] != ')') || start == c.begin || !text::isHan(t[start]))
            break;
        const std::size_t close = start - 1;
        std::size_t inside = close;
        while (inside > 0 && close - inside < 9 && t[inside - 1] != 0xFF08 && t[inside - 1] != '(')
            --inside;
        if (inside < 2 || close - inside >= 9 || close == inside || !text::isHan(t[inside - 2]))
            break;
        const char32_t first = t[inside];
        const bool aside = first == 0x542B || first == 0x4E0D || first == 0x5305 || first == 0x6309 || first == 0x5176
                           || first == 0x6CE8 || first == 0x7EA6; // 含 不 包 按 其 注 约
        if (!aside && (close - inside > 2 || !text::isHan(first)))
            break; // a longer bracket of another kind ends the clause
        if (aside)
            asides.emplace_back(inside - 1, close + 1);
        start = inside - 1; // over the bracket, on to the word before it
    }
    u32v before = t.substr(start, c.begin - start);
    if (!asides.empty()) {
        for (std::size_t k = start; k < c.begin; ++k)
            if (std::none_of(asides.begin(), asides.end(), [k](const auto &r) { return k >= r.first && k < r.second; }))
                joined.push_back(t[k]);
        before = joined;
    }
    // 职工文化活动参与人数比上年翻了一番: what doubled is the whole subject, before its comparison.
    if (c.begin < t.size() && t[c.begin] == 0x7FFB) { // 翻
        u32v subject = stripLeading(before);
        for (std::size_t i = 0; i < subject.size(); ++i)
            if (lex.labelCompare.matchAt(subject, i) > 0 && i >= 2) {
                subject = subject.substr(0, i);
                break;
            }
        return u32(stripTrailing(subject));
    }
    // 地区生产总值（GDP）31,890.6亿元: an aside in brackets right before the figure is skipped; 占常住人口
    // 比重（常住人口城镇化率）为74.94%: a rate named in the bracket before a bare verb is what is counted.
    u32 withoutAside;
    const bool bareVerb = before == U"\u4E3A" || before == U"\u8FBE" || before == U"\u662F" || before == U"\u8FBE\u5230"; // 为 达 是 达到
    if ((before.empty() || bareVerb) && start > 1 && (t[start - 1] == 0xFF09 || t[start - 1] == ')')) {
        std::size_t open = start - 1;
        while (open > 0 && start - open < 24 && t[open - 1] != 0xFF08 && t[open - 1] != '(')
            --open;
        const u32v inside = open > 0 && open + 1 < start ? t.substr(open, start - 1 - open) : u32v();
        if (bareVerb && inside.size() >= 3 && inside.back() == 0x7387 // 率
            && std::all_of(inside.begin(), inside.end(), [](char32_t ch) { return text::isHan(ch); }))
            return u32(inside);
        if (open > 0 && start - open < 24 && !bareVerb) {
            std::size_t from = open - 1;
            while (from > 0 && !isClauseBreak(t[from - 1]))
                --from;
            withoutAside = u32(t.substr(from, open - 1 - from));
            before = withoutAside;
            start = from;
        }
    }
    const std::size_t zhan = before.rfind(kZhan);
    if (zhan != u32v::npos && (c.category == Category::Percent || c.fraction)) {
        // A share: "<part>占<whole>的N%". The part is named before 占, or by the sentence's last label.
        const u32v whole = stripTrailing(before.substr(zhan + 1));
        u32v part = stripLeading(before.substr(0, zhan));
        part.remove_suffix(std::max({lex.aboutBefore.matchBefore(part, part.size()),
                                     lex.overBefore.matchBefore(part, part.size()),
                                     lex.underBefore.matchBefore(part, part.size())})); // 约占
        share = true;
        if (!part.empty())
            return u32(part) + u32(1, kZhan) + u32(whole);
        if (!previousLabel.empty())
            return previousLabel + u32(1, kZhan) + u32(whole);
        return u32(whole);
    }
    // The noun right after the unit (逾六成企业 too, when the figure opens its clause).
    const u32v scopeOnly = stripTrailing(stripLeading(before));
    const bool opensClause = scopeOnly.empty() || lex.labelScope.matchAt(scopeOnly, 0) == scopeOnly.size();
    if ((c.category != Category::Percent && c.category != Category::Money)
        || (c.category == Category::Percent && opensClause && c.unit == U"\u6210")) { // 成
        const std::size_t j = nounEnd(t, c.end, 16);
        // 9个区、3个功能区: one character is a noun when the clause or the enumeration ends after it.
        const bool oneAlone = j - c.end == 1 && (j == t.size() || text::isClausePunct(t[j]) || t[j] == 0x3001); // 、
        if (j - c.end >= 2 || oneAlone)
            return u32(t.substr(c.end, j - c.end));
    }
    // The clause before: after its first verb, without scope words, totals and hedges.
    u32v s = stripTrailing(stripLeading(before));
    // 三分之二以上的企业, 全市90%以上的企业: a figure that opens its clause counts the noun after 的.
    if (opensClause && c.end + 2 < t.size() && t[c.end] == kDe) {
        const std::size_t j = nounEnd(t, c.end + 1, 8);
        if (j - c.end - 1 >= 2)
            return u32(t.substr(c.end + 1, j - c.end - 1));
    }
    // 职工收入增幅是全国平均水平的1.5倍: what is compared, not what it is compared with.
    if (c.unit == U"\u500D") // 倍
        if (const std::size_t shi = s.find(U'\u662F'); shi != u32v::npos && shi >= 2) // 是
            s = s.substr(0, shi);
    // 惠及一万二千余人: a clause that is only a verb counts the people it reached.
    if (c.category == Category::People && c.noun.empty() && !s.empty() && lex.labelVerb.matchAt(s, 0) == s.size())
        return u32(s) + (c.unit == U"\u4EBA\u6B21" ? u32(U"\u4EBA\u6B21") : u32(U"\u4EBA\u6570")); // 人次 人数
    if (isComparison(s))
        return previousLabel; // 比上年增长5%: the figure counts what the sentence is about
    // 比上年年初预算增加1800亿元: a change against a named base is a change of what the sentence is about.
    if (const std::size_t m = lex.labelCompare.matchAt(s, 0);
        m >= 2 && c.change != Change::None && s.size() <= m + 8 && !previousLabel.empty())
        return previousLabel;
    // 理赔金额比上年增加2300万元: the base of the comparison is not part of what is counted.
    for (std::size_t i = 2; i < s.size(); ++i) {
        const std::size_t m = lex.labelCompare.matchAt(s, i);
        if ((m >= 2 && i + m == s.size()) || (m > 0 && isYearPhrase(s.substr(i + m)))) {
            s = stripTrailing(s.substr(0, i));
            break;
        }
    }
    // A verb followed by one of these is a noun: 覆盖率, 服务面, 投资额.
    auto nounAfterVerb = [&lex](u32v text, std::size_t at) { return lex.labelNounSuffix.matchAt(text, at) > 0; };
    std::size_t verbLen = 0;
    std::size_t verb = u32v::npos;
    for (std::size_t i = 0; i < s.size(); ++i) {
        if (const std::size_t noun = lex.labelNoun.matchAt(s, i)) {
            i += noun - 1; // a noun that holds a verb (增加值): not a cut
            continue;
        }
        if ((verbLen = lex.labelVerb.matchAt(s, i)) > 0 && i + verbLen < s.size() && nounAfterVerb(s, i + verbLen)) {
            i += verbLen;
            continue;
        }
        if (verbLen > 0) {
            verb = i;
            break;
        }
    }
    if (verb != u32v::npos && verb + verbLen < s.size()) {
        s.remove_prefix(verb + verbLen);
        // 帮助减轻经济负担: more verbs in a row, as long as a noun of two characters is left
        while (const std::size_t l = lex.labelVerb.matchAt(s, 0)) {
            if (l + 2 > s.size() || lex.labelNoun.matchAt(s, 0) > 0)
                break;
            s.remove_prefix(l);
        }
    }
    if (const std::size_t d = s.rfind(kDeng); d != u32v::npos && d + 1 < s.size())
        s.remove_prefix(d + 1);
    // an enumeration inside the clause (四类竞赛): what follows it; not inside a quoted name (“新三样”)
    for (std::size_t i = s.size(); i-- > 1;) {
        std::size_t l = 0;
        if (isChineseNumeralChar(s[i - 1]) && matchUnit(s, i, l) == UnitKind::Count && i + l < s.size()
            && std::count(s.begin(), s.begin() + i, U'\u201C') <= std::count(s.begin(), s.begin() + i, U'\u201D')) {
            s.remove_prefix(i + l);
            break;
        }
    }
    s = stripLeading(s);
    // 一般公共预算收入完成1234.5亿元: a verb that ends the clause is not part of what is counted.
    while (const std::size_t l = lex.labelEnd.matchBefore(s, s.size())) {
        if (s.size() < l + 2) {
            if (l == s.size() && !previousLabel.empty())
                return previousLabel; // 发放补贴每月300元,人均2000元
            break;
        }
        s = stripTrailing(s.substr(0, s.size() - l));
    }
    if (s.size() > 24)
        s = s.substr(s.size() - 24);
    if (s.size() < 2 && !previousLabel.empty())
        return previousLabel;
    // …参与人数比上年翻了一番,达到12.5万人次: the subject of the clause before, up to its comparison.
    if (s.size() < 2 && start > 0 && !text::isSentenceEnd(t[start - 1])) {
        std::size_t from = start - 1;
        while (from > 0 && !isClauseBreak(t[from - 1]))
            --from;
        u32v prev = stripLeading(t.substr(from, start - 1 - from));
        for (std::size_t i = 2; i < prev.size(); ++i)
            if (lex.labelCompare.matchAt(prev, i) >= 2 || lex.changeUp.matchAt(prev, i) || lex.changeDown.matchAt(prev, i)) {
                prev = prev.substr(0, i);
                if (prev.size() >= 2 && prev.size() <= 16)
                    return u32(prev);
                break;
            }
    }
    // 新增高新技术企业1200家,总数突破2.5万家: the total of what the sentence counts.
    if (!previousLabel.empty() && lex.labelWhole.contains(s)) {
        u32v thing = previousLabel;
        thing.remove_prefix(std::max(lex.changeNot.matchAt(thing, 0), lex.labelVerb.matchAt(thing, 0)));
        if (thing.size() >= 2)
            return u32(thing) + u32(s);
    }
    return u32(s);
}

struct YearMark {
    std::size_t offset;
    int year;
};

std::vector<YearMark> findYears(u32v t)
{
    std::vector<YearMark> years;
    for (std::size_t i = 0; i + 4 < t.size(); ++i) {
        if (t[i + 4] != kNian)
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

bool hasSentenceEnd(u32v t, std::size_t from, std::size_t to)
{
    for (std::size_t i = from; i < to; ++i)
        if (text::isSentenceEnd(t[i]))
            return true;
    return false;
}

std::size_t sentenceStart(u32v t, std::size_t pos)
{
    while (pos > 0 && !text::isSentenceEnd(t[pos - 1]))
        --pos;
    return pos;
}

bool isMinus(char32_t c) { return c == '-' || c == 0x2212 || c == 0xFF0D; }

} // namespace

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
                s.remove_prefix(i + l);
                changed = true;
            }
        }
    }
    return s;
}

void extractIndicators(Document &doc, const BlockTexts &blockTexts, const ParseOptions &options)
{
    // The report's year: the year it names most often (ties: the later one).
    std::map<int, int> yearCounts;
    std::vector<std::vector<YearMark>> blockYears(doc.blocks.size());
    for (std::size_t b = 0; b < doc.blocks.size(); ++b) {
        blockYears[b] = findYears(blockTexts[b]);
        for (const YearMark &y : blockYears[b])
            ++yearCounts[y.year];
    }
    std::optional<int> reportYear;
    int best = 0;
    for (const auto &[year, count] : yearCounts)
        if (count >= best) {
            best = count;
            reportYear = year;
        }

    std::vector<std::optional<int>> titleYears(doc.sections.size());
    for (std::size_t s = 0; s < doc.sections.size(); ++s) {
        // read as figures are: "2023 年度…" as typeset is the year 2023
        const u32 title = text::toUtf32(doc.sections[s].title);
        u32 squeezedTitle;
        std::vector<std::size_t> titleOrigin;
        const std::vector<YearMark> years = findYears(squeezeLayout(title, squeezedTitle, titleOrigin) ? u32v(squeezedTitle) : u32v(title));
        if (!years.empty())
            titleYears[s] = years.front().year;
    }
    // In a file compiling several reports, the sections after a report's title (2023年…统计公报) that
    // do not nest under it are still that report's: the year of the last such title before them.
    std::vector<std::optional<int>> partYears(doc.sections.size());
    for (std::size_t s = 0; s < doc.sections.size(); ++s) {
        const std::string &title = doc.sections[s].title;
        const u32 t = text::toUtf32(title);
        if (titleYears[s] && lexicon().titleEnd.matchBefore(t, t.size()) > 0)
            partYears[s] = titleYears[s];
        else if (s > 0)
            partYears[s] = partYears[s - 1];
    }
    auto sectionYear = [&](int s) {
        const int own = s;
        for (; s >= 0; s = doc.sections[s].parent)
            if (titleYears[s])
                return titleYears[s];
        return own >= 0 && partYears[own] ? partYears[own] : reportYear;
    };

    const FigureStarts &starts = figureStarts();
    u32 squeezed;
    std::vector<std::size_t> origin;
    std::vector<char> inName;
    std::vector<Candidate> found;
    std::vector<u32> listLabel;         // per block, kept to reuse their memory
    std::vector<std::size_t> listFirst, listFrom;
    std::vector<FigureSpan> spans;
    std::vector<ListedFigure> listed;
    const Progress progress(options.progress, 500, 950);
    for (std::size_t b = 0; b < doc.blocks.size(); ++b) {
        progress.step(b, doc.blocks.size());
        const Block &block = doc.blocks[b];
        if (block.kind == BlockKind::Byline || block.kind == BlockKind::Credit)
            continue;
        if (block.kind == BlockKind::Table) {
            // A table's note of its unit stands in one of the two blocks before it.
            u32v note;
            for (std::size_t k = b; note.empty() && k-- > 0 && k + 2 >= b;)
                note = unitNoteIn(blockTexts[k]);
            extractTableFigures(doc, b, blockTexts[b], note, sectionYear(block.section));
            continue;
        }
        u32v t = blockTexts[b];
        if (t.size() > options.maxLineLength) {
            doc.diagnostics.push_back({DiagnosticCode::LongLine, block.lines.front(), 0,
                                       static_cast<int>(options.maxLineLength)});
            t = t.substr(0, options.maxLineLength);
        }
        const u32v written = t;
        const bool isSqueezed = squeezeLayout(written, squeezed, origin);
        if (isSqueezed) {
            t = squeezed;
            blockYears[b] = findYears(t);
        }
        // Most blocks hold few numbers: find the first candidate before any other work.
        auto mayStartFigure = [&starts](u32v text, std::size_t i) {
            return starts.has(text[i]) && mayStartFigureAt(text, i);
        };
        std::size_t first = 0;
        while (first < t.size() && !mayStartFigure(t, first))
            ++first;
        if (first == t.size())
            continue;
        nameSpans(t, inName);
        found.clear();
        for (std::size_t i = first; i < t.size();) {
            if (!mayStartFigure(t, i)) {
                ++i;
                continue;
            }
            Candidate c;
            std::size_t skipTo = i + 1;
            if (readFigure(t, i, inName, c, skipTo)) {
                // 自然增长率-0.57‰: a minus sign right after a word is the figure's sign (after a
                // digit it joins a range, 2017-2023).
                if (c.begin == c.numBegin && c.begin >= 2 && isMinus(t[c.begin - 1]) && !text::isDigit(t[c.begin - 2])
                    && !isMinus(t[c.begin - 2]) && c.change == Change::None) {
                    --c.begin;
                    c.value = -c.value;
                    if (c.valueMax)
                        *c.valueMax = -*c.valueMax;
                }
                found.push_back(std::move(c));
            }
            // skip the rest of a digit run so "12345" is not read again from "2345"
            while (skipTo < t.size() && text::isDigit(t[skipTo]) && skipTo > i && text::isDigit(t[skipTo - 1]))
                ++skipTo;
            i = std::max(skipTo, i + 1);
        }

        // Where each figure's sentence starts: figures of one sentence are labelled and derived together.
        std::vector<std::size_t> sentenceOf(found.size());
        for (std::size_t k = 0; k < found.size(); ++k)
            sentenceOf[k] = k > 0 && !hasSentenceEnd(t, found[k - 1].begin, found[k].begin)
                                ? sentenceOf[k - 1]
                                : sentenceStart(t, found[k].begin);
        // Figures listed together (增长69.8%和15.4%): each joined to the one before by 和, 、, 及 or 与
        // alone. They share the first's verb; with 分别 and as many subjects as figures
        // (汽车、智能手机零售额分别增长…) each takes its subject, completed by the last one's last word
        // (汽车零售额); else they share the first's label.
        listLabel.assign(found.size(), u32());
        listFirst.assign(found.size(), u32v::npos);
        listFrom.assign(found.size(), u32v::npos);
        if (found.size() > 1) {
            listed.resize(found.size());
            for (std::size_t k = 0; k < found.size(); ++k)
                listed[k] = {{found[k].begin, found[k].numBegin, found[k].numEnd, found[k].end}, found[k].category, found[k].change};
            if (listFigures(t, listed, sentenceOf, listLabel, listFirst, listFrom))
                for (std::size_t k = 0; k < found.size(); ++k)
                    found[k].change = listed[k].change;
        }
        const std::size_t firstIndicator = doc.indicators.size();
        u32 previousLabel;
        std::size_t previousSentence = u32v::npos;
        for (std::size_t k = 0; k < found.size(); ++k) {
            const Candidate &c = found[k];
            const std::size_t sentence = sentenceOf[k];
            if (sentence != previousSentence)
                previousLabel.clear();
            bool share = false;
            u32 label = labelFor(t, c, previousLabel, share);
            if (!listLabel[k].empty())
                label = listLabel[k];
            else if (listFrom[k] != u32v::npos && !doc.indicators[firstIndicator + listFrom[k]].label.empty())
                label = text::toUtf32(doc.indicators[firstIndicator + listFrom[k]].label);
            else if (listFirst[k] != u32v::npos && !share)
                label = text::toUtf32(doc.indicators[firstIndicator + listFirst[k]].label);
            if (!share && !label.empty())
                previousLabel = label;
            previousSentence = sentence;

            Indicator ind;
            ind.id = static_cast<int>(doc.indicators.size()) + 1;
            // Where the figure stands in the text as written (spaces and marks inside it included).
            const std::size_t begin = isSqueezed ? origin[c.begin] : c.begin;
            const std::size_t end = isSqueezed ? origin[c.end - 1] + 1 : c.end;
            ind.text = text::toUtf8(written.substr(begin, end - begin));
            ind.value = c.value;
            ind.valueMax = c.valueMax;
            ind.unit = text::toUtf8(c.unit);
            ind.qualifier = c.qualifier;
            ind.category = c.category;
            ind.change = c.change;
            ind.label = text::toUtf8(label);
            ind.section = block.section;
            ind.block = static_cast<int>(b);
            ind.members = countsMembersAt(t, c);
            ind.offset = static_cast<int>(begin);
            ind.length = static_cast<int>(end - begin);
            // Source position: the block line the figure starts on.
            std::size_t li = 0;
            while (li + 1 < block.lineOffsets.size() && block.lineOffsets[li + 1] <= ind.offset)
                ++li;
            ind.line = block.lines[li];
            ind.column = block.lineColumns[li] + ind.offset - block.lineOffsets[li];
            // Year: the nearest year before it in its block, else the year its section (or an
            // enclosing one) is titled with ("2024年工作回顾"), else the report's.
            ind.year = sectionYear(block.section);
            for (const YearMark &y : blockYears[b])
                if (y.offset < c.begin)
                    ind.year = y.year;
            doc.indicators.push_back(std::move(ind));
        }

        // What the clauses say about the figures: derived levels, targets.
        spans.resize(found.size());
        TargetScanner targets(t);
        for (std::size_t k = 0; k < found.size(); ++k) {
            spans[k] = {found[k].begin, found[k].numBegin, found[k].numEnd, found[k].end};
            doc.indicators[firstIndicator + k].target = targets.isTargetAt(found[k].begin);
        }
        deriveFigures(doc, t, firstIndicator, spans, sentenceOf);
    }
}

} // namespace reportcore
