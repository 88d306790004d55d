#pragma once
// The forms a figure takes in the text, apart from its number: a candidate figure as the extractor
// reads it, its unit, its hedge, and the written forms read by their own rules — durations, ratios,
// units shared by a list, doubling in words, magnitude words, and the spaces and marks typesetting
// leaves inside figures.

#include "reportcore/document.h"
#include "text/text.h"

#include <optional>
#include <vector>

namespace reportcore {

/** One figure found in a block, before labels and ids. */
struct Candidate {
    std::size_t begin = 0;     // text start (hedge included)
    std::size_t numBegin = 0;  // number start
    std::size_t numEnd = 0;    // after the number and its magnitude (and a range's second number)
    std::size_t end = 0;       // after unit and trailing hedge
    double value = 0;
    std::optional<double> valueMax;
    text::u32 unit;
    text::u32 noun;                  // a counted noun standing for the unit (服务超10万职工)
    Qualifier qualifier = Qualifier::Exact;
    Change change = Change::None;
    Category category = Category::Count;
    bool fraction = false;
};

enum class UnitKind { None, People, Money, Percent, Count, Time };

/** The unit at `k` (longest match), its kind and length; None when there is none. */
UnitKind matchUnit(text::u32v t, std::size_t k, std::size_t &len);
/** The hedge right before `pos` (超, 约, 不足…), its length; `qualifier` set when there is one. */
std::size_t hedgeBefore(text::u32v t, std::size_t pos, Qualifier &qualifier);

/** 缩短到36小时, 每天工作9小时以上: a duration that is a measure, not a span (3个月内). */
bool isDuration(text::u32v t, std::size_t numBegin, std::size_t unitBegin, std::size_t unitLength);
/** 0.3、0.5个百分点: the unit a list of bare numbers shares, where it starts and its length. */
UnitKind sharedUnit(text::u32v t, std::size_t k, std::size_t &at, std::size_t &length);
/** 城乡居民收入比缩小到2.45: a bare number stated as a ratio. */
bool isStatedRatio(text::u32v t, std::size_t numBegin, std::size_t numEnd);
/** Words that carry a clause on after a figure (是, 并, 和…): not the noun of a threshold. */
bool continuesClause(char32_t c);
/** 翻一番, 翻了近一番, 翻两番: a multiple stated in words. */
bool readDoubling(text::u32v t, std::size_t pos, Candidate &c, std::size_t &skipTo);
/** The block's text as figures are read from it (spaces and footnote marks typesetting leaves inside
 *  figures dropped, magnitude words after a hedge as digits); `origin[i]` is the offset in `t` of
 *  `out[i]`. False, with nothing built, when there is nothing to change. */
bool squeezeLayout(text::u32v t, text::u32 &out, std::vector<std::size_t> &origin);

} // namespace reportcore
