#pragma once
// Representatives: the introductions that name a congress delegate, and what they are quoted as saying.

#include "reportcore/document.h"
#include "structure/structure.h"
#include "text/text.h"

namespace reportcore {

/** Builds Document::representatives from the Speaker blocks, with headlines and statements, and sets
 *  the kinds of the sections that hold them. `blockTexts` are the blocks' texts in UTF-32. */
void extractRepresentatives(Document &doc, const BlockTexts &blockTexts);

} // namespace reportcore
