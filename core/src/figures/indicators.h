#pragma once
// Indicators: the statistical figures of the text, normalised (shared/indicator-conventions.md),
// and the figures derived from them (change + total, share).

#include "reportcore/document.h"
#include "reportcore/parse.h"
#include "structure/structure.h"
#include "text/text.h"

#include <vector>

namespace reportcore {

/** Appends Document::indicators and Document::derived for every block (blocks and sections must be
 *  built). `blockTexts` are the blocks' texts in UTF-32. */
void extractIndicators(Document &doc, const BlockTexts &blockTexts, const ParseOptions &options);

// Shared with the other rule families of the figures (derived.cpp, tables.cpp).
double roundTo(double v, int digits);
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
