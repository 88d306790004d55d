// Footnote marks ("生产总值[2]", "增长4.8%[3]"): taken out of the blocks' text and kept on the block
// with the note they refer to (a paragraph that opens with the mark: "[2]地区生产总值…"). A line cut
// by a mark becomes two pieces of the block, so every figure after it keeps its source column.
#include "structure/passes.h"

#include <algorithm>
#include <map>

namespace reportcore::structure {

using text::u32;
using text::u32v;

namespace {

/** A mark's opening bracket: [ or ［ (the cheap test asked of every character). */
inline bool isOpen(char32_t c) { return c == '[' || c == 0xFF3B; }

/** A mark at `i` refers to a note: it follows a word, a number or a closing mark, not the start of
 *  the block or of a sentence (there it is a note's own label). */
bool refersAt(u32v t, std::size_t i)
{
    std::size_t k = i;
    while (k > 0 && t[k - 1] == ' ')
        --k;
    if (k == 0)
        return false;
    std::size_t label = 0; // [2][4]地区生产总值…: every mark of a note's label is the note's own
    while (label <= i && text::footnoteMarkLength(t, label) > 0)
        label += text::footnoteMarkLength(t, label);
    if (i < label)
        return false;
    const char32_t c = t[k - 1];
    return text::isHan(c) || text::isDigit(c) || text::isAsciiLetter(c) || c == '%' || c == 0xFF05 || c == 0xFF09
           || c == ')' || c == 0x300B || c == 0x201D || c == ']' || c == 0xFF3D || c == 0x3001;
}

struct Cut {
    std::size_t from, mark, to; // spaces before the mark from `from`, the mark [mark, to)
};

/** Block `b` without its marks: the new text, its line pieces, the marks where they stood. */
void takeMarks(Block &block, u32v t, BlockTexts &texts, std::size_t b)
{
    std::vector<Cut> cuts;
    for (std::size_t i = 0; i < t.size(); ++i)
        if (const std::size_t l = isOpen(t[i]) ? text::footnoteMarkLength(t, i) : 0; l > 0 && refersAt(t, i)) {
            std::size_t from = i;
            while (from > 0 && t[from - 1] == ' ')
                --from;
            cuts.push_back({from, i, i + l});
            i += l - 1;
        }
    if (cuts.empty())
        return;
    u32 &out = texts.joined.emplace_back();
    std::vector<int> lines, offsets, columns;
    std::size_t next = 0; // the next cut
    for (std::size_t k = 0; k < block.lines.size(); ++k) {
        const std::size_t begin = static_cast<std::size_t>(block.lineOffsets[k]);
        const std::size_t end = k + 1 < block.lines.size() ? static_cast<std::size_t>(block.lineOffsets[k + 1]) : t.size();
        std::size_t at = begin;
        for (bool first = true;; first = false) {
            const bool cut = next < cuts.size() && cuts[next].mark < end;
            const std::size_t stop = cut ? std::max(cuts[next].from, at) : end;
            if (stop > at || first) { // a piece of the line: where it starts in the text, in its line
                lines.push_back(block.lines[k]);
                offsets.push_back(static_cast<int>(out.size()));
                columns.push_back(block.lineColumns[k] + static_cast<int>(at - begin));
                out.append(t.substr(at, stop - at));
            }
            if (!cut)
                break;
            block.footnotes.push_back({text::toUtf8(t.substr(cuts[next].mark, cuts[next].to - cuts[next].mark)),
                                       static_cast<int>(out.size()), std::string()});
            at = std::min(cuts[next].to, end);
            ++next;
        }
    }
    block.lines = std::move(lines);
    block.lineOffsets = std::move(offsets);
    block.lineColumns = std::move(columns);
    texts.views[b] = out;
}

} // namespace

void takeFootnotes(Document &doc, BlockTexts &texts)
{
    std::map<std::string, std::string> notes; // "[2]" → the note's text
    for (std::size_t b = 0; b < doc.blocks.size(); ++b) {
        const u32v t = texts[b];
        if (doc.blocks[b].kind == BlockKind::Table)
            continue;
        if (!text::contains(t, '[') && !text::contains(t, 0xFF3B))
            continue; // most blocks have no mark
        std::size_t j = 0;
        while (const std::size_t l = text::footnoteMarkLength(t, j))
            j += l;
        for (std::size_t k = 0; k < j;) { // [2][4]地区生产总值…: one note for both marks
            const std::size_t l = text::footnoteMarkLength(t, k);
            if (j < t.size())
                notes.emplace(text::toUtf8(t.substr(k, l)), text::toUtf8(text::trim(t.substr(j))));
            k += l;
        }
        takeMarks(doc.blocks[b], t, texts, b);
    }
    for (Block &block : doc.blocks)
        for (Footnote &f : block.footnotes)
            if (const auto n = notes.find(f.mark); n != notes.end())
                f.note = n->second;
}

} // namespace reportcore::structure
