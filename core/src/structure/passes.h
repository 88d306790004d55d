#pragma once
// The passes of the structure stage, in the order buildStructure() runs them (structure.cpp).
// Each settles one thing: line passes refine the lines' kinds, then blocks, then sections.

#include "progress.h"
#include "structure/lines.h"
#include "structure/structure.h"

namespace reportcore::structure {

// Lines (lineroles.cpp): each refines the kinds the line classification gave.
void classifyLines(Lines &lines, const Progress &progress);
void findKickersAndTitle(Lines &lines);
void findPlainSubheadings(Lines &lines);
void findTopLevel(Lines &lines);
void findCompiledTitles(Lines &lines);
void findSubtitles(Lines &lines);
void findIssuerLines(Lines &lines);
void findProfileHeadlines(Lines &lines);
void findFieldLists(Lines &lines);
void findNoteLists(Lines &lines);

// Blocks (blocks.cpp).
void buildBlocks(const Lines &lines, Document &doc, BlockTexts &blockTexts);
// Footnote marks out of the blocks' text, onto the blocks (footnotes.cpp).
void takeFootnotes(Document &doc, BlockTexts &blockTexts);

// Sections (sections.cpp).
void buildSections(const Lines &lines, Document &doc, const BlockTexts &blockTexts);
void moveClosingCredits(Document &doc);
void extendLastLines(Document &doc);
void findDocumentTitle(const Lines &lines, Document &doc, const BlockTexts &blockTexts);
void nameUntitled(Document &doc, const BlockTexts &blockTexts);

} // namespace reportcore::structure
