#pragma once
// Reading one figure where a number starts: the number and its magnitude, a fraction or a range, the
// unit or the counted noun, hedges before and after, the verb of change before it; and the spans of
// a block where a number is part of a name. What is no figure (a year, a code, a model, a threshold
// that defines a group, an enumeration in speech) is turned away here.

#include "figures/figureforms.h"
#include "text/text.h"

#include <cstdint>
#include <vector>

namespace reportcore {

/** Spans where a number is part of a name: inside 《…》, or inside a short quotation (“三大工程”).
 *  Fills `inName` (reused between blocks: one allocation for the whole document). */
void nameSpans(text::u32v t, std::vector<char> &inName);

/** Characters a figure can start with (digits, Chinese numerals, 百 and 千), as a bitmap: the scan
 *  over every character of the report asks this first. */
struct FigureStarts {
    std::vector<std::uint64_t> bits = std::vector<std::uint64_t>(1024, 0);
    FigureStarts();
    bool has(char32_t c) const { return c < 0x10000 && ((bits[c >> 6] >> (c & 63)) & 1); }
};
const FigureStarts &figureStarts();

/** Can a figure start at `i`? Digits always; a Chinese numeral only when what follows could continue
 *  a figure (another numeral, a unit, 分之, 余, 多); 百分之 and 千分之. For a character that passed
 *  figureStarts() (the cheap test asked first). */
bool mayStartFigureAt(text::u32v t, std::size_t i);

/** Reads the figure whose number starts at `pos` into `c`. Returns false for traps and non-figures;
 *  `skipTo` is where the scan goes on either way. */
bool readFigure(text::u32v t, std::size_t pos, const std::vector<char> &inName, Candidate &c, std::size_t &skipTo);

/** A people figure (not person-times) whose clause speaks of membership: 新发展会员6万余人. */
bool countsMembersAt(text::u32v t, const Candidate &c);

} // namespace reportcore
