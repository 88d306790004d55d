#include "figures/derived.h"

#include "figures/labels.h"
#include "figures/numbers.h"
#include "text/lexicon.h"

#include <algorithm>
#include <cmath>

namespace reportcore {
namespace {

using text::u32;
using text::u32v;

constexpr char32_t kZhan = 0x5360; // 占

/** "自产改实施以来": the event a change is counted from ("产改"), or empty. */
u32 sinceEvent(u32v sentence)
{
    const std::size_t since = sentence.find(U"\u4EE5\u6765"); // 以来
    if (since == u32v::npos)
        return {};
    std::size_t start = since;
    while (start > 0 && !isClauseBreak(sentence[start - 1]))
        --start;
    u32v event = sentence.substr(start, since - start);
    if (!event.empty() && event.front() == 0x81EA) // 自
        event.remove_prefix(1);
    for (u32v tail : {U"\u5B9E\u65BD", U"\u5F00\u5C55", U"\u542F\u52A8", U"\u5F00\u59CB"}) // 实施 开展 启动 开始
        if (text::endsWith(event, tail) && event.size() > tail.size())
            event.remove_suffix(tail.size());
    if (event.empty() || event.size() > 10)
        return {};
    return u32(event);
}

/** Adds the level before a change ("146.57万 − 64.57万 = 82万"); false when it would not be positive. */
bool addLevelBefore(Document &doc, u32v t, const Indicator &change, const FigureSpan &ca, const Indicator &total,
                    const FigureSpan &cz, std::string label, std::vector<int> from)
{
    const bool up = change.change == Change::Up;
    Derived d;
    d.value = up ? total.value - change.value : total.value + change.value;
    if (d.value <= 0)
        return false;
    d.label = std::move(label);
    d.unit = total.unit;
    d.formula = text::toUtf8(t.substr(cz.numBegin, cz.numEnd - cz.numBegin)) + (up ? " \u2212 " : " + ")
                + text::toUtf8(t.substr(ca.numBegin, ca.numEnd - ca.numBegin));
    d.from = std::move(from);
    d.section = total.section;
    doc.derived.push_back(std::move(d));
    return true;
}

/** A change and a total that can be paired: same unit, a level, a single value. */
bool pairs(const Indicator &change, const Indicator &total)
{
    return change.change != Change::None && change.category != Category::Percent && total.change == Change::None
           && total.unit == change.unit && !total.valueMax && !change.valueMax;
}

/** What stands between a change and the total it reached says so: one clause break at most, then a
 *  short connector ending in a verb of reaching (已达, 降至, 总量达, 总数). */
bool reachesTotal(u32v between)
{
    if (!between.empty() && isClauseBreak(between.front()))
        between.remove_prefix(1);
    if (between.size() > 8)
        return false;
    for (char32_t c : between)
        if (isClauseBreak(c) || text::isDigit(c))
            return false;
    if (between.empty())
        return false;
    const Lexicon &lex = lexicon();
    const std::size_t l = lex.deriveReach.matchBefore(between, between.size());
    return l > 0 && between.size() - l <= 4;
}

/** "、比上年增加", "，较上年末减少": a total's own change against a base, in the same clause. Returns
 *  the base ("上年", "上年年初预算"), or empty when the text between is anything else. */
u32 baseOfChange(u32v between)
{
    if (!between.empty() && isClauseBreak(between.front()))
        between.remove_prefix(1);
    for (char32_t c : between)
        if (isClauseBreak(c) || text::isDigit(c))
            return {};
    const u32v verbless = stripTrailing(between);
    if (verbless.size() == between.size() || verbless.empty())
        return {}; // no verb of change: not this figure's change
    if (verbless == U"\u540C\u6BD4") // 同比
        return U"\u4E0A\u5E74\u540C\u671F"; // 上年同期
    u32v base = verbless;
    if (text::startsWith(base, U"\u4E0E") || text::startsWith(base, U"\u540C")) { // 与上年相比, 同上年相比
        if (!text::endsWith(base, U"\u76F8\u6BD4"))
            return {};
        base = base.substr(1, base.size() - 3);
    } else if (base.front() == 0x6BD4 || base.front() == 0x8F83) { // 比 较
        base.remove_prefix(1);
    } else {
        return {};
    }
    if (base.empty() || base.size() > 10)
        return {};
    return u32(base);
}

} // namespace

void deriveFigures(Document &doc, u32v t, std::size_t first, const std::vector<FigureSpan> &spans,
                   const std::vector<std::size_t> &sentenceOf)
{
    const std::size_t n = spans.size();
    auto ind = [&](std::size_t k) -> const Indicator & { return doc.indicators[first + k]; };
    for (std::size_t a = 0; a < n; ++a) {
        const FigureSpan &ca = spans[a];
        bool derived = false;
        // The change, then the total it reached: "增加64.57万人，已达146.57万人".
        if (a + 1 < n && sentenceOf[a + 1] == sentenceOf[a] && pairs(ind(a), ind(a + 1))
            && reachesTotal(t.substr(ca.end, spans[a + 1].begin - ca.end))) {
            const Indicator &change = ind(a), &total = ind(a + 1);
            const u32 event = sinceEvent(t.substr(sentenceOf[a], ca.begin - sentenceOf[a]));
            const u32 label = text::toUtf32(total.label.empty() ? change.label : total.label);
            const std::string name = text::toUtf8((event.empty() ? u32(U"\u6B64\u524D") : event + U"\u524D") + label); // 此前 …前
            derived = addLevelBefore(doc, t, change, ca, total, spans[a + 1], name, {change.id, total.id});
        }
        // The total, then its change against a named base: "人口140828万人，比上年末减少139万人".
        if (!derived && a > 0 && sentenceOf[a - 1] == sentenceOf[a] && pairs(ind(a), ind(a - 1))) {
            const u32 base = baseOfChange(t.substr(spans[a - 1].end, ca.begin - spans[a - 1].end));
            if (!base.empty()) {
                const Indicator &change = ind(a), &total = ind(a - 1);
                addLevelBefore(doc, t, change, ca, total, spans[a - 1], text::toUtf8(base) + total.label,
                               {total.id, change.id});
            }
        }
        // Share: "…已达146.57万人,占技能人才总量的36.78%" → the whole.
        const Indicator &share = ind(a);
        if (share.category == Category::Percent && share.unit == "%" && share.change == Change::None
            && share.value > 0 && share.value < 100) {
            std::size_t clause = ca.begin;
            while (clause > 0 && !isClauseBreak(t[clause - 1]))
                --clause;
            const u32v before = t.substr(clause, ca.begin - clause);
            const std::size_t zhan = before.rfind(kZhan);
            if (zhan == u32v::npos)
                continue;
            for (std::size_t z = a; z-- > 0;) {
                const Indicator &part = ind(z);
                if (sentenceOf[z] != sentenceOf[a])
                    break;
                if (part.category == Category::Percent || part.change != Change::None || part.valueMax)
                    continue;
                // Only a whole the text names (占技能人才总量的…); 占比 or 占45% name none.
                const u32v whole = stripTrailing(before.substr(zhan + 1));
                if (whole.empty() || whole == U"\u6BD4") // 比
                    break;
                Derived d;
                d.value = part.value / (share.value / 100.0);
                d.value = part.category == Category::Money && d.value < 1e6 ? roundTo(d.value, 2) : std::round(d.value);
                d.label = text::toUtf8(whole);
                d.unit = part.unit;
                d.formula = text::toUtf8(t.substr(spans[z].numBegin, spans[z].numEnd - spans[z].numBegin)) + " \u00F7 "
                            + text::toUtf8(t.substr(ca.numBegin, ca.numEnd - ca.numBegin));
                d.from = {part.id, share.id};
                d.section = part.section;
                doc.derived.push_back(std::move(d));
                break;
            }
        }
    }
}

bool TargetScanner::isTargetAt(std::size_t begin)
{
    const Lexicon &lex = lexicon();
    const u32v s = m_text;
    begin = std::min(begin, s.size());
    // a word that starts before the figure and does not run into it
    auto within = [&](std::size_t l) { return l > 0 && m_pos + l <= begin; };
    while (m_pos < begin) {
        const char32_t c = s[m_pos];
        if (c < 0x4E00 || c >= 0xFF00) { // not Han: no word starts here; maybe a new clause or sentence
            if (c == 0x3002 || c == 0xFF01 || c == 0xFF1F || c == '!' || c == '?')
                m_target = m_list = false;
            else if (m_target && text::isColon(c) && m_pos <= m_markerEnd + 2) // 预期目标是：, 目标为：
                m_list = true;
            else if (!m_list && (c == 0xFF0C || c == 0xFF1B || c == ',' || c == ';'))
                m_target = false; // a target word's scope is its clause
            ++m_pos;
            continue;
        }
        // Most characters start none of the words: one bit each tells (this runs over every block).
        if (m_target && lex.targetMet.mayStart(c)) { // 目标任务较好完成
            if (const std::size_t l = lex.targetMet.matchAt(s, m_pos); within(l)) {
                m_target = false;
                m_pos += l;
                continue;
            }
        }
        if (lex.targetMarker.mayStart(c)) {
            if (const std::size_t l = lex.targetMarker.matchAt(s, m_pos); within(l)) {
                // ...unless it is inside a word that only looks like one: 预期寿命, 超出预期, 模拟
                bool lookalike = false;
                for (std::size_t k = 0; k <= 2 && k <= m_pos && !lookalike; ++k)
                    lookalike = lex.targetNot.matchAt(s, m_pos - k) > k;
                m_target = m_target || !lookalike;
                m_pos += l;
                if (!lookalike)
                    m_markerEnd = m_pos;
                continue;
            }
        }
        ++m_pos;
    }
    return m_target;
}

} // namespace reportcore
