#pragma once
// The part of the year a figure covers, as the text names it before the figure: a quarter (一季度,
// 前三季度), a half (上半年), months (1—11月, 前10个月, 6月末). A figure of the whole year has none.

#include "text/text.h"

#include <vector>

namespace reportcore {

/** How long the period phrase starting at `at` is (上半年, 第一季度, 1—11月, 12月末); 0 when none
 *  starts there. A date (5月1日) is no period. */
std::size_t periodAt(text::u32v t, std::size_t at);

/** A period the text names, and where it holds: from its end to the end of its sentence, or to the
 *  next period (全年 ends one: its text is empty). */
struct PeriodMark {
    std::size_t from = 0, to = 0;
    text::u32v text;
};

/** The periods of a block's text, in order. */
std::vector<PeriodMark> findPeriods(text::u32v t);

/** The period that holds at `offset` ("" when none). */
text::u32v periodOf(const std::vector<PeriodMark> &periods, std::size_t offset);

} // namespace reportcore
