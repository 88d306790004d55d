#pragma once
// Indicators: the statistical figures of the text, normalised (shared/indicator-conventions.md),
// and the figures derived from them (change + total, share).

#include "reportcore/document.h"
#include "reportcore/parse.h"
#include "structure/structure.h"

namespace reportcore {

/** Appends Document::indicators and Document::derived for every block (blocks and sections must be
 *  built). `blockTexts` are the blocks' texts in UTF-32. */
void extractIndicators(Document &doc, const BlockTexts &blockTexts, const ParseOptions &options);

} // namespace reportcore
