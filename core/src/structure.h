#pragma once
// Lines → blocks (with joins across captions and column breaks) → sections.

#include "reportcore/document.h"
#include "text.h"

#include <vector>

namespace reportcore {

/** Fills doc.blocks, doc.sections, doc.title and join diagnostics from the decoded lines.
 *  `blockTexts` receives each block's text in UTF-32 (the indicator pass works on it). */
void buildStructure(const std::vector<text::u32v> &lines, Document &doc, std::vector<text::u32> &blockTexts);

} // namespace reportcore
