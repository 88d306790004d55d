#pragma once
// Figures listed together (增长69.8%和15.4%, 分别为8.9%、27.7%和63.4%): one verb and one subject list for
// several figures, each figure given its own.

#include "figures/derived.h"
#include "reportcore/document.h"
#include "text/text.h"

#include <vector>

namespace reportcore {

/** A figure of a block as the list rules see it. */
struct ListedFigure {
    FigureSpan span;
    Category category = Category::Count;
    Change change = Change::None;
};

/** Finds runs of figures joined by 和, 、, 及, 与 or 以及 alone. In a run, a figure without a verb of
 *  change takes the first's (`change` is updated); `listFirst[k]` is the run's first figure. With 分别
 *  and as many subjects as figures (汽车、智能手机零售额分别增长…), `listLabel[k]` is the figure's own
 *  subject completed by what the last one shares (汽车零售额); with 分别 opening its clause,
 *  `listFrom[k]` is the earlier figure of the sentence it stands for (参保职工…，参保离退休人员…，分别
 *  增加…). Returns whether there was any run. */
bool listFigures(text::u32v t, std::vector<ListedFigure> &found, const std::vector<std::size_t> &sentenceOf,
                 std::vector<text::u32> &listLabel, std::vector<std::size_t> &listFirst, std::vector<std::size_t> &listFrom);

} // namespace reportcore
