// A figure's label (labels.h): each step a function — the clause before the figure, a doubling's
// subject, a rate named in brackets, a share, the noun after the figure, the subject of the clause.
#include "figures/labels.h"

#include "figures/numbers.h"
#include "figures/periods.h"
#include "text/lexicon.h"

#include <algorithm>
#include <optional>

namespace reportcore {

using text::u32;
using text::u32v;

namespace {

constexpr char32_t kZhan = 0x5360;      // 占
constexpr char32_t kDe = 0x7684;        // 的
constexpr char32_t kDeng = 0x7B49;      // 等
constexpr char32_t kNian = 0x5E74;      // 年


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
    return m > 0 && (m == s.size() || isYearPhrase(s.substr(m)) || periodAt(s, m) == s.size() - m); // 比一季度末
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
        // 37个工业大类行业（中）有29个…: 有 before the next figure ends the noun (not 有色金属)
        if (const std::size_t k = j + (ch == 0x4E2D ? 1 : 0); j >= from + 2 && k + 1 < t.size() && t[k] == 0x6709
            && (text::isDigit(t[k + 1]) || isChineseNumeralChar(t[k + 1])))
            break;
        // 六成企业建立了…: a verb ends the noun (86项全国服务和…: one joined to the next noun is a noun)
        if (const std::size_t verb = lex.labelVerb.matchAt(t, j); j >= from + 2 && verb > 0 && lex.labelNoun.matchAt(t, j) == 0) {
            const std::size_t after = j + verb;
            if (!(after < t.size() && (t[after] == 0x548C || t[after] == 0x53CA)))
                break;
        }
        // 72种产品产量增长。: a change that ends the clause (not 巩固提升问题, a name)
        if (const std::size_t change = std::max(lex.changeUp.matchAt(t, j), lex.changeDown.matchAt(t, j));
            j >= from + 2 && change > 0 && (j + change == t.size() || isClauseBreak(t[j + change]) || text::isDigit(t[j + change])))
            break;
        ++j;
    }
    return j;
}

/** The clause before a figure, as a label is made from it. */
struct Clause {
    std::size_t start = 0; ///< where it starts in the block's text
    u32v before;           ///< its words up to the figure (a view into the text or into `own`)
    u32 own;               ///< its words when some were left out
    bool opensClause = false; ///< the figure opens its clause (only scope words before it)
};

/** The clause before the figure. A short bracket inside a word does not end it: a word's optional
 *  part (企（事）业单位, 执业（助理）医师) stays, an aside on what is counted (城镇人口（含县）占比) is
 *  left out. */
void clauseBefore(u32v t, const Candidate &c, Clause &clause)
{
    std::size_t start = c.begin;
    std::vector<std::pair<std::size_t, std::size_t>> asides; // bracket ranges left out of the label
    for (;;) {
        while (start > 0 && !isClauseBreak(t[start - 1]))
            --start;
        // 交通运输、仓储和邮政业增加值: a name that lists its parts with 、 is one subject (a part of
        // words only, no figure in it)
        if (start > 1 && t[start - 1] == 0x3001) {
            std::size_t from = start - 1;
            while (from > 0 && !isClauseBreak(t[from - 1]))
                --from;
            const u32v part = t.substr(from, start - 1 - from);
            if (!part.empty() && part.size() <= 12 && std::all_of(part.begin(), part.end(), [](char32_t ch) { return text::isHan(ch); })) {
                start = from;
                continue;
            }
        }
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
        // 高技术产业（制造业）投资: a short bracket of words inside a name stays in it
        const bool words = close - inside <= 6 && std::all_of(t.begin() + static_cast<std::ptrdiff_t>(inside), t.begin() + static_cast<std::ptrdiff_t>(close),
                                                              [](char32_t ch) { return text::isHan(ch); });
        if (!aside && !words)
            break; // a longer bracket of another kind ends the clause
        if (aside)
            asides.emplace_back(inside - 1, close + 1);
        start = inside - 1; // over the bracket, on to the word before it
    }
    clause.start = start;
    clause.before = t.substr(start, c.begin - start);
    if (!asides.empty()) {
        for (std::size_t k = start; k < c.begin; ++k)
            if (std::none_of(asides.begin(), asides.end(), [k](const auto &r) { return k >= r.first && k < r.second; }))
                clause.own.push_back(t[k]);
        clause.before = clause.own;
    }
}

/** 职工文化活动参与人数比上年翻了一番: what doubled is the whole subject, before its comparison. */
u32 doubledSubject(u32v before)
{
    const Lexicon &lex = lexicon();
    u32v subject = stripLeading(before);
    for (std::size_t i = 0; i < subject.size(); ++i)
        if (lex.labelCompare.matchAt(subject, i) > 0 && i >= 2) {
            subject = subject.substr(0, i);
            break;
        }
    return u32(stripTrailing(subject));
}

/** 地区生产总值（GDP）31,890.6亿元: an aside in brackets right before the figure is skipped (the clause
 *  moves to before it); 占常住人口比重（常住人口城镇化率）为74.94%: a rate named in the bracket before a
 *  bare verb is what is counted (returned). */
std::optional<u32> skipBracketBefore(u32v t, Clause &clause)
{
    const u32v before = clause.before;
    const std::size_t start = clause.start;
    const bool bareVerb = before == U"\u4E3A" || before == U"\u8FBE" || before == U"\u662F" || before == U"\u8FBE\u5230"; // 为 达 是 达到
    if (!((before.empty() || bareVerb) && start > 1 && (t[start - 1] == 0xFF09 || t[start - 1] == ')')))
        return std::nullopt;
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
        clause.own = u32(t.substr(from, open - 1 - from));
        clause.before = clause.own;
        clause.start = from;
    }
    return std::nullopt;
}

/** A share: "<part>占<whole>的N%". The part is named before 占, or by the sentence's last label. */
std::optional<u32> shareLabel(u32v before, const Candidate &c, const u32 &previousLabel)
{
    const std::size_t zhan = before.rfind(kZhan);
    if (zhan == u32v::npos || (c.category != Category::Percent && !c.fraction))
        return std::nullopt;
    const Lexicon &lex = lexicon();
    const u32v whole = stripTrailing(before.substr(zhan + 1));
    u32v part = stripLeading(before.substr(0, zhan));
    part.remove_suffix(std::max({lex.aboutBefore.matchBefore(part, part.size()),
                                 lex.overBefore.matchBefore(part, part.size()),
                                 lex.underBefore.matchBefore(part, part.size())})); // 约占
    // <part>占<whole>, built in steps: GCC 12 warns falsely on a chain of + (PR 105329)
    u32 label = !part.empty() ? u32(part) : previousLabel;
    if (!label.empty())
        label += kZhan;
    label += whole;
    return label;
}

/** 全年有222万人享受工伤保险待遇: people counted by what they did, the clause after them up to its
 *  end (享受工伤保险待遇人数, 参加职业技能鉴定人次), when nothing before the figure names them. */
std::optional<u32> peopleWhoDid(u32v t, const Candidate &c, const Clause &clause)
{
    const Lexicon &lex = lexicon();
    if (c.category != Category::People || !clause.opensClause || c.end >= t.size()
        || std::max(lex.labelVerb.matchAt(t, c.end), lex.labelStop.matchAt(t, c.end)) < 2)
        return std::nullopt;
    std::size_t j = c.end;
    while (j < t.size() && j - c.end <= 20 && (text::isHan(t[j]) || text::isOpenQuote(t[j]) || text::isCloseQuote(t[j])))
        ++j;
    if (j - c.end < 3 || j - c.end > 20 || (j < t.size() && !isClauseBreak(t[j])))
        return std::nullopt;
    return u32(t.substr(c.end, j - c.end)) + (c.unit == U"\u4EBA\u6B21" ? u32(U"\u4EBA\u6B21") : u32(U"\u4EBA\u6570")); // 人次 人数
}

/** The noun right after the unit (逾六成企业 too, when the figure opens its clause); then, for a
 *  figure opening its clause, the noun after 的 (三分之二以上的企业, 全市90%以上的企业). */
std::optional<u32> nounAfterFigure(u32v t, const Candidate &c, const Clause &clause)
{
    if (std::optional<u32> doers = peopleWhoDid(t, c, clause))
        return doers;
    // 增发1万亿元国债支持…: money whose clause is only its verb counts what money it is (国债, 资金)
    if (c.category == Category::Money && c.end < t.size() && text::isHan(t[c.end])) {
        const Lexicon &lex = lexicon();
        const u32v verb = stripTrailing(stripLeading(clause.before));
        if (verb.size() >= 2 && verb.size() <= 3 && lex.labelVerb.matchAt(verb, 0) == verb.size())
            for (std::size_t k = c.end; k < t.size() && k < c.end + 10 && text::isHan(t[k]); ++k)
                if (const std::size_t l = lex.moneyNoun.matchAt(t, k))
                    return u32(t.substr(c.end, k + l - c.end));
    }
    if ((c.category != Category::Percent && c.category != Category::Money)
        || (c.category == Category::Percent && clause.opensClause && c.unit == U"\u6210")) { // 成
        std::size_t j = nounEnd(t, c.end, 16);
        // 全市133种产品中，有72种…: the noun, not the place inside it
        if (j - c.end >= 3 && t[j - 1] == 0x4E2D && (j == t.size() || text::isClausePunct(t[j]))) // 中
            --j;
        // 9个区、3个功能区: one character is a noun when the clause or the enumeration ends after it.
        const bool oneAlone = j - c.end == 1 && (j == t.size() || text::isClausePunct(t[j]) || t[j] == 0x3001) // 、
                              && lexicon().oneCharNoun.contains(t.substr(c.end, 1));
        if (j - c.end >= 2 || oneAlone)
            return u32(t.substr(c.end, j - c.end));
    }
    if (clause.opensClause && c.end + 2 < t.size() && t[c.end] == kDe) {
        const std::size_t j = nounEnd(t, c.end + 1, 8);
        if (j - c.end - 1 >= 2)
            return u32(t.substr(c.end + 1, j - c.end - 1));
    }
    return std::nullopt;
}

/** The subject of the clause without its comparison: 是 before a multiple, a bare verb of people
 *  (惠及…人), a comparison alone or against a named base (the sentence's subject instead), the base of
 *  a comparison after the subject. A label when that decides it; else `s` shortened. */
std::optional<u32> withoutComparison(u32v &s, const Candidate &c, const u32 &previousLabel)
{
    const Lexicon &lex = lexicon();
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
    return std::nullopt;
}

/** The object after the clause's first verb (more verbs in a row too), after 等 and after an
 *  enumeration (四类竞赛), without scope words. */
u32v objectOfVerb(u32v s)
{
    const Lexicon &lex = lexicon();
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
        if (verbLen > 0 && i + verbLen < s.size() && (s[i + verbLen] == kDe || s[i + verbLen] == 0x3001)) {
            // 通过网络实现的零售额, 居民服务、修理和其他服务业: a verb inside the subject
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
        // 帮助减轻经济负担, 新建、改造智能化驿站: more verbs in a row (joined by 、 too), as long as a noun
        // of two characters is left
        for (;;) {
            if (s.size() > 1 && s[0] == 0x3001 && lex.labelVerb.matchAt(s, 1) > 0)
                s.remove_prefix(1);
            const std::size_t l = lex.labelVerb.matchAt(s, 0);
            if (l == 0)
                break;
            if (l + 2 > s.size() || lex.labelNoun.matchAt(s, 0) > 0)
                break;
            s.remove_prefix(l);
        }
    }
    // …等 (and so on) ends an enumeration; 等级, 等于, 等同 are words
    if (const std::size_t d = s.rfind(kDeng); d != u32v::npos && d + 1 < s.size()
        && u32v(U"\u7EA7\u4E8E\u540C\u5F85\u5019").find(s[d + 1]) == u32v::npos) // 级 于 同 待 候
        s.remove_prefix(d + 1);
    // an enumeration inside the clause (四类竞赛): what follows it; not inside a quoted name (“新三样”)
    for (std::size_t i = s.size(); i-- > 1;) {
        std::size_t l = 0;
        if ((isChineseNumeralChar(s[i - 1]) || text::isDigit(s[i - 1])) && matchUnit(s, i, l) == UnitKind::Count && i + l < s.size()
            && std::count(s.begin(), s.begin() + i, U'\u201C') <= std::count(s.begin(), s.begin() + i, U'\u201D')) {
            s.remove_prefix(i + l);
            break;
        }
    }
    return stripLeading(s);
}

/** When the object after the clause's first verb is a fragment (调解组织和仲裁机构共办理劳动人事争议案件:
 *  …和仲裁机构…; 新建和升级体育公园: 和升级体育公园): the object after its last verb, else the
 *  object without the second of two verbs joined by 和 (体育公园); else `object` as it is. */
u32v objectOfLastVerb(u32v whole, u32v object)
{
    const Lexicon &lex = lexicon();
    for (std::size_t i = whole.size(); i-- > 0;) {
        const std::size_t l = lex.labelVerb.matchAt(whole, i);
        if (l > 0 && i + l + 2 <= whole.size() && lex.labelNoun.matchAt(whole, i) == 0) {
            const u32v rest = stripLeading(whole.substr(i + l));
            if (!isFragment(rest) && rest.size() >= 2)
                return rest;
            break;
        }
    }
    if (object.size() > 3 && (object[0] == 0x548C || object[0] == 0x53CA || object[0] == 0x4E0E)) { // 和 及 与
        const std::vector<bool> starts = text::wordStarts(u32(object.substr(1)));
        std::size_t next = 1;
        while (next < starts.size() && !starts[next])
            ++next;
        const u32v rest = object.substr(1 + next);
        if (next <= 2 && rest.size() >= 2 && !isFragment(rest))
            return rest;
    }
    return object;
}

/** A label too short to name anything: the sentence's label, or the subject of the clause before up
 *  to its comparison (…参与人数比上年翻了一番,达到12.5万人次). */
std::optional<u32> fromSentence(u32v t, u32v s, std::size_t start, const u32 &previousLabel)
{
    const Lexicon &lex = lexicon();
    if (s.size() < 2 && !previousLabel.empty())
        return previousLabel;
    if (s.size() < 2 && start > 0 && !text::isSentenceEnd(t[start - 1])) {
        std::size_t from = start - 1;
        while (from > 0 && !isClauseBreak(t[from - 1]))
            --from;
        u32v prev = stripLeading(t.substr(from, start - 1 - from));
        // 其次是人均财产净收入，达12924元: what the clause before names after its copula
        const std::size_t copula = prev.find_last_of(U"\u662F\u4E3A"); // 是 为
        if (copula != u32v::npos && prev.size() - copula - 1 >= 2 && prev.size() - copula - 1 <= 16
            && std::none_of(prev.begin(), prev.end(), [](char32_t ch) { return text::isDigit(ch); }))
            return u32(stripTrailing(prev.substr(copula + 1)));
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
    return std::nullopt;
}

/** The clause before: after its first verb, without scope words, totals, hedges and a verb ending it. */
u32 subjectOfClause(u32v t, const Candidate &c, const u32 &previousLabel, const Clause &clause)
{
    const Lexicon &lex = lexicon();
    u32v s = stripTrailing(stripLeading(clause.before));
    if (std::optional<u32> label = withoutComparison(s, c, previousLabel))
        return std::move(*label);
    // 人均地区生产总值116661元（按年平均汇率折算为16381美元），增长3.9%: the converted figure, and the
    // change after it, are of what the sentence is about
    if (!previousLabel.empty() && !s.empty() && s.front() == 0x6309 // 按
        && (text::endsWith(s, U"\u6298\u7B97") || text::endsWith(s, U"\u6298\u5408") || text::endsWith(s, U"\u6362\u7B97"))) // 折算 折合 换算
        return previousLabel;
    const u32v whole = s;
    s = objectOfVerb(s);
    if (isFragment(s))
        s = objectOfLastVerb(whole, s);
    // 一般公共预算收入完成1234.5亿元: a verb that ends the clause is not part of what is counted.
    while (const std::size_t l = lex.labelEnd.matchBefore(s, s.size())) {
        if (s.size() < l + 2) {
            if (l == s.size() && !previousLabel.empty())
                return previousLabel; // 发放补贴每月300元,人均2000元
            break;
        }
        s = stripTrailing(s.substr(0, s.size() - l));
    }
    if (s.size() > 24) {
        // too long for a name: what follows its last 的 (以…为代表的“新三样”出口总值), else its last
        // 24 characters from a word's start (after a 、 when one is near)
        const std::size_t de = s.rfind(kDe);
        if (de != u32v::npos && s.size() - de - 1 >= 2 && s.size() - de - 1 <= 24) {
            s = s.substr(de + 1);
        } else {
            s = s.substr(s.size() - 24);
            if (const std::size_t dun = s.find(U'\u3001'); dun != u32v::npos && dun < 8)
                s = s.substr(dun + 1);
        }
    }
    if (std::optional<u32> label = fromSentence(t, s, clause.start, previousLabel))
        return std::move(*label);
    return u32(s);
}

u32 labelText(u32v t, const Candidate &c, const u32 &previousLabel, bool &share)
{
    share = false;
    if (!c.noun.empty())
        return c.noun;
    Clause clause;
    clauseBefore(t, c, clause);
    if (c.begin < t.size() && t[c.begin] == 0x7FFB) // 翻
        return doubledSubject(clause.before);
    if (std::optional<u32> rate = skipBracketBefore(t, clause))
        return std::move(*rate);
    if (std::optional<u32> label = shareLabel(clause.before, c, previousLabel)) {
        share = true;
        return std::move(*label);
    }
    const u32v scopeOnly = stripTrailing(stripLeading(clause.before));
    clause.opensClause = scopeOnly.empty() || lexicon().labelScope.matchAt(scopeOnly, 0) == scopeOnly.size();
    if (std::optional<u32> noun = nounAfterFigure(t, c, clause))
        return std::move(*noun);
    return subjectOfClause(t, c, previousLabel, clause);
}

} // namespace

/** 粮食播种面积2066.70万亩，总产量902.61万吨: a bare head (总产量) is the head of the sentence's
 *  subject (粮食, what the label before names without its own head); "" when that does not apply. */
static u32 withSubject(u32v t, const Candidate &c, const u32 &head, const u32 &previousLabel)
{
    const Lexicon &lex = lexicon();
    if (previousLabel.empty() || !lex.labelHead.contains(head) || previousLabel.find(kZhan) != u32::npos)
        return {};
    // …only when the head is all its clause names (直接救助支出3.80亿元 names its own subject)
    Clause clause;
    clauseBefore(t, c, clause);
    if (stripTrailing(stripLeading(clause.before)) != u32v(head))
        return {};
    u32v subject = previousLabel;
    subject.remove_suffix(lex.labelHead.matchBefore(subject, subject.size()));
    subject.remove_prefix(lex.measureFlow.matchAt(subject, 0)); // 新增网点70个，销售额…: the outlets' sales, not the new ones
    if (subject.size() < 2 || subject == head)
        return {};
    return u32(subject) + head;
}

FigureLabel labelFor(u32v t, const Candidate &c, const u32 &previousLabel)
{
    FigureLabel label;
    label.text = labelText(t, c, previousLabel, label.share);
    if (u32 whole = withSubject(t, c, label.text, previousLabel); !label.share && !whole.empty()) {
        label.text = std::move(whole);
        label.source = LabelSource::Shared;
    }
    if (!label.share && !previousLabel.empty() && label.text == previousLabel)
        label.source = LabelSource::Shared;
    if (isFragment(label.text)) {
        label.text.clear();
        label.source = LabelSource::None;
    }
    return label;
}

} // namespace reportcore
