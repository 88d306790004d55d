#include "structure/structure.h"

#include "structure/passes.h"

namespace reportcore {

void buildStructure(const std::vector<text::u32v> &lines, const std::vector<LineHint> &hints, Document &doc,
                    BlockTexts &blockTexts, const Progress &progress)
{
    using namespace structure;
    Lines l{lines, hints, std::vector<LineInfo>(lines.size()), lines.size(), hints.size() == lines.size()};
    // Each line by its form, then by the lines around it.
    classifyLines(l, progress);
    findKickersAndTitle(l);
    findPlainSubheadings(l);
    findTopLevel(l);
    findCompiledTitles(l);
    findSubtitles(l);
    findIssuerLines(l);
    findProfileHeadlines(l);
    findFieldLists(l);
    findNoteLists(l);
    // Lines into blocks, blocks into sections.
    buildBlocks(l, doc, blockTexts);
    takeFootnotes(doc, blockTexts);
    buildSections(l, doc, blockTexts);
    moveClosingCredits(doc);
    extendLastLines(doc);
    findDocumentTitle(l, doc, blockTexts);
    nameUntitled(doc, blockTexts);
}

} // namespace reportcore
