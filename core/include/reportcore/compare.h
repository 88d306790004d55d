#pragma once
// Comparing two reports of one series (this year's and last year's): the figures both state for the
// same thing, paired, with the change; the figures only one states, apart. No Qt.

#include "reportcore/document.h"
#include "reportcore/library.h"

#include <optional>
#include <string>
#include <vector>

namespace reportcore {

/** One row of a comparison: a pair, or a figure only one report states. */
struct CompareRow {
    std::string label;                  ///< what is compared (the newer report's words when both state it)
    FigureRole role = FigureRole::Result;
    std::optional<std::size_t> older;   ///< index into the older report's figures
    std::optional<std::size_t> newer;   ///< index into the newer report's figures
    double similarity = 0;              ///< of the two labels, 0–1 (1: the same words)
    std::optional<double> change;       ///< newer − older, in the figures' unit (percentage points for rates)
    std::optional<double> relative;     ///< (newer − older) / older, for amounts (not for rates)
    bool points = false;                ///< the change is in percentage points (both figures are rates)
    /** How exact the change is, from the two figures' hedges: exact when both are; over when the newer
     *  is a lower bound (超过126万亿元) and the older exact or an upper bound; under the other way;
     *  about otherwise. A chart or table of changes shows it, never drops it. */
    Qualifier changeQualifier = Qualifier::Exact;
};

/** Pairs the figures of two reports: the same role (target with target, result with result), the
 *  same kind of unit and of figure (a level with a level, a change with a change, per head with per
 *  head), and labels alike (Traditional and Simplified folded; the most alike first, each figure in
 *  one pair at most) — never by position. Pairs come first in the newer report's order, then the
 *  older report's figures alone, then the newer's. Figures whose label names nothing are left out. */
std::vector<CompareRow> compareFigures(const std::vector<Indicator> &older, const std::vector<Indicator> &newer);

/** How alike two labels are, 0–1: the Dice coefficient of their character pairs, after folding. */
double labelSimilarity(const std::string &a, const std::string &b);

} // namespace reportcore
