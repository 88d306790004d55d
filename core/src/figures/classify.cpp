#include "reportcore/classify.h"

#include "text/lexicon.h"
#include "text/text.h"

#include <vector>

namespace reportcore {

bool countsMembers(const Document &, const Indicator &indicator)
{
    return indicator.members; // decided during extraction, where the text is at hand
}

DerivedKind derivedKind(const Document &doc, const Derived &derived)
{
    for (int id : derived.from)
        if (id >= 1 && static_cast<std::size_t>(id) <= doc.indicators.size()
            && doc.indicators[static_cast<std::size_t>(id) - 1].category == Category::Percent)
            return DerivedKind::Whole;
    return DerivedKind::Before;
}

namespace {

using text::u32;
using text::u32v;

bool perHead(u32v label)
{
    std::size_t length = 0;
    return lexicon().perHead.findFirst(label, length) != u32v::npos;
}

/** A flow (新增企业, 净增会员) rather than a stock (企业, 会员). */
bool flow(u32v label) { return lexicon().measureFlow.matchAt(label, 0) > 0; }

/** A label with a number or a magnitude in it names a rate or a threshold (亿元GDP死亡人数, 万车死亡人数,
 *  产值超10亿元企业), not a part of a measure. */
bool numbered(u32v label)
{
    for (char32_t c : label)
        if (text::isDigit(c) || c == 0x4E07 || c == 0x4EBF) // 万 亿
            return true;
    return false;
}

/** The words both labels end in ("第一产业增加值", "建筑业增加值" → "增加值"): their common ending,
 *  cut at a word start in both; "" when it is shorter than two characters or a label is all of it
 *  (the same label twice). */
/** Where words start in `s`, the terms of statistics the word breaker splits (人|均) kept whole. */
std::vector<bool> termStarts(const u32 &s)
{
    std::vector<bool> starts = text::wordStarts(s);
    const auto &whole = lexicon().wordWhole;
    for (std::size_t i = 0; i < s.size(); ++i)
        if (const std::size_t n = whole.matchAt(s, i); n > 0) {
            starts[i] = starts[i + n] = true;
            std::fill(starts.begin() + static_cast<std::ptrdiff_t>(i) + 1, starts.begin() + static_cast<std::ptrdiff_t>(i + n), false);
            i += n - 1;
        }
    return starts;
}

u32 headOf(const Indicator &a, const Indicator &b)
{
    const u32 la = text::toUtf32(measureName(a)), lb = text::toUtf32(measureName(b));
    if (la == lb)
        return {};
    std::size_t n = 0;
    while (n < la.size() && n < lb.size() && la[la.size() - 1 - n] == lb[lb.size() - 1 - n])
        ++n;
    if (n < 2)
        return {};
    const std::vector<bool> sa = termStarts(la), sb = termStarts(lb);
    // The longest ending that starts a word in both labels, its first word not a lone character
    // (金融业增加值 splits as 金融|业|增加值: the head is 增加值, not 业增加值).
    for (std::size_t m = n; m >= 2; --m) {
        const std::size_t pa = la.size() - m, pb = lb.size() - m;
        if (sa[pa] && sb[pb] && !sa[pa + 1] && !sb[pb + 1])
            return la.substr(pa);
    }
    return {};
}

} // namespace

std::string measureName(const Indicator &indicator)
{
    std::string name = indicator.label;
    if (!indicator.tableColumn.empty())
        name += " | " + indicator.tableColumn;
    if (!indicator.period.empty() && !name.empty())
        name += "\uFF08" + indicator.period + "\uFF09"; // （…）
    return name;
}

bool hasKnownLabel(const Indicator &indicator)
{
    const std::string name = measureName(indicator);
    const u32 label = text::toUtf32(name);
    if (label.size() < 2 || name == indicator.text)
        return false;
    bool han = false;
    for (char32_t c : label)
        han = han || text::isHan(c);
    if (!han)
        return false;
    // 比上年… is a comparison's base; 按可比口径, 折合 a method; 开行 a verb: none names a thing counted
    // (a word of its own: 先发行 names no thing, 先进制造业 does)
    if (lexicon().labelCompare.matchAt(label, 0) > 0)
        return false;
    const std::size_t notThing = lexicon().labelNotThing.matchAt(label, 0);
    return notThing == 0 || (notThing < label.size() && !text::wordStarts(label)[notThing]);
}

std::string sharedHead(const Indicator &a, const Indicator &b)
{
    if (a.unit != b.unit || a.change != Change::None || b.change != Change::None || a.valueMax || b.valueMax
        || !hasKnownLabel(a) || !hasKnownLabel(b))
        return {};
    const u32 head = headOf(a, b);
    if (head.empty() || lexicon().measureGeneric.contains(head))
        return {};
    const u32 la = text::toUtf32(measureName(a)), lb = text::toUtf32(measureName(b));
    if (perHead(la) != perHead(lb) || flow(la) != flow(lb) || numbered(la) || numbered(lb))
        return {};
    return text::toUtf8(head);
}

bool sameMeasure(const Indicator &a, const Indicator &b) { return !sharedHead(a, b).empty(); }

std::string shareWhole(const Indicator &indicator)
{
    if (indicator.category != Category::Percent || indicator.change != Change::None || indicator.valueMax)
        return {};
    const u32 label = text::toUtf32(measureName(indicator));
    const std::size_t zhan = label.rfind(U'\u5360'); // 占
    if (zhan == u32::npos || zhan == 0)
        return {};
    u32v whole = u32v(label).substr(zhan + 1);
    for (u32v tail : {U"\u7684\u6BD4\u91CD", U"\u6BD4\u91CD", U"\u7684\u6BD4\u4F8B", U"\u6BD4\u4F8B", U"\u7684\u4EFD\u989D", U"\u4EFD\u989D", U"\u7684"}) // 的比重 比重 的比例 比例 的份额 份额 的
        if (text::endsWith(whole, tail)) {
            whole.remove_suffix(tail.size());
            break;
        }
    return whole.size() >= 2 ? text::toUtf8(whole) : std::string();
}

} // namespace reportcore
