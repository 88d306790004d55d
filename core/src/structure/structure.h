#pragma once
// Lines → blocks (with joins across captions and column breaks) → sections.

#include "progress.h"
#include "reportcore/document.h"
#include "reportcore/read.h"
#include "text/text.h"

#include <deque>
#include <vector>

namespace reportcore {

/** The blocks' texts in UTF-32, for the passes after the structure: views into the whole text, or
 *  into `joined` for a block joined from several lines. Valid while the whole text lives. */
struct BlockTexts {
    std::vector<text::u32v> views;
    std::deque<text::u32> joined;
    text::u32v operator[](std::size_t block) const { return views[block]; }
};

/** Fills doc.blocks, doc.sections, doc.title and join diagnostics from the decoded lines.
 *  `blockTexts` receives each block's text (the later passes work on it). `hints` holds what a
 *  format reader knew of each line (one per line), or is empty for plain text: a heading level is
 *  a hint the line's own form may overrule, a table row and a complete paragraph are facts. */
void buildStructure(const std::vector<text::u32v> &lines, const std::vector<LineHint> &hints, Document &doc,
                    BlockTexts &blockTexts, const Progress &progress);

} // namespace reportcore
