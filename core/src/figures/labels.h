#pragma once
// What a figure counts: its label, the measure as the sentence states it (the noun after the figure,
// or the subject of the clause before it, without verbs of change, hedges, scope and time words).

#include "figures/figureforms.h"
#include "text/text.h"

namespace reportcore {

/** A figure's label and where it came from; `share` for a share (<part>占<whole>). */
struct FigureLabel {
    text::u32 text;
    LabelSource source = LabelSource::Text;
    bool share = false;
};

/** What a figure counts: the noun after it (428家市级以上创新工作室), or the object of the clause
 *  before it (为职工免费提供法律援助2000余宗). `previousLabel` is the label of the sentence's figure
 *  before (a comparison or a pronoun refers to it: the label is then shared). Empty, with source
 *  None, when what the text gives is no name: a fragment (的商品零售额, 性, 子) or nothing. */
FigureLabel labelFor(text::u32v t, const Candidate &c, const text::u32 &previousLabel);

/** Words that cannot name anything alone: one character that is no noun of its own, a start inside
 *  a word or a clause (的…, 性…, 和…), an end inside one (…的, …和). */
bool isFragment(text::u32v label);

/** A clause ends here: punctuation or a bracket. */
inline bool isClauseBreak(char32_t c)
{
    return text::isClausePunct(c) || c == '(' || c == 0xFF08 || c == ')' || c == 0xFF09;
}
/** A label without what trails it before a figure: verbs of change, 的, hedge words. */
text::u32v stripTrailing(text::u32v s);
/** A label without what leads it: scope words (全市, 目前), time phrases (2024年, 近五年). */
text::u32v stripLeading(text::u32v s);

} // namespace reportcore
